import type { RequestContext } from '../../../core/context.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Engine } from '../engine.js';
import { resourceInUse, tableNotFound, validation } from '../errors.js';
import type { TableDef } from '../state.js';
import { tableNameOf } from '../tables.js';
import { CHANGE_INTERVAL_MS, statusAt } from './settings.js';
import type { TtlState } from './state.js';
import type { TtlSweeper } from './sweeper.js';

type Operations = Partial<Ddb.DynamodbOperations>;

/** UpdateTimeToLive and DescribeTimeToLive, worded and ordered as AWS answers them. */
export function ttlOperations(engine: Engine, state: TtlState, sweeper: TtlSweeper): Operations {
  const { clock } = engine;

  function findTable(context: RequestContext, given: string): TableDef {
    const name = tableNameOf(given);
    const table = engine.state.findTable(context.accountId, context.region, name);
    if (!table) throw tableNotFound(name);
    return table;
  }

  return {
    UpdateTimeToLive(input, context) {
      const table = findTable(context, input.TableName);
      // An UPDATING table takes a TTL change; one still being created or deleted does not.
      if (table.status === 'CREATING' || table.status === 'DELETING') {
        const doing = table.status === 'CREATING' ? 'created' : 'deleted';
        throw resourceInUse(`Attempt to change a resource which is still in use: Table ${table.name} is being ${doing}`);
      }
      const spec = input.TimeToLiveSpecification;
      const now = clock.now();
      const current = state.setting(table.tableId);
      // What the request asks is judged before the once-an-hour rule, as AWS does.
      if (current?.enabled) {
        if (current.attribute !== spec.AttributeName) {
          throw validation(`TimeToLive is active on a different AttributeName: current AttributeName is ${current.attribute}`);
        }
        if (spec.Enabled) throw validation('TimeToLive is already enabled');
      } else if (!spec.Enabled) {
        throw validation('TimeToLive is already disabled');
      }
      if (current && now < current.changedAt + CHANGE_INTERVAL_MS) {
        throw validation('Time to live has been modified multiple times within a fixed interval');
      }
      state.save({
        tableUid: table.tableId,
        account: table.account,
        region: table.region,
        tableName: table.name,
        attribute: spec.AttributeName,
        enabled: spec.Enabled,
        changedAt: now,
      });
      if (spec.Enabled) sweeper.arm();
      // AWS answers with the specification as asked, not with the status.
      return { TimeToLiveSpecification: { AttributeName: spec.AttributeName, Enabled: spec.Enabled } };
    },

    DescribeTimeToLive(input, context) {
      const table = findTable(context, input.TableName);
      if (table.status === 'CREATING' || table.status === 'DELETING') {
        throw validation(`Cannot describe time to live while table is in ${table.status} state: Current table state is ${table.status}`);
      }
      const setting = state.setting(table.tableId);
      const status = statusAt(setting, clock.now());
      // A disabled TTL shows no attribute name, whether it was never set or turned off.
      if (status === 'DISABLED') return { TimeToLiveDescription: { TimeToLiveStatus: status } };
      return { TimeToLiveDescription: { TimeToLiveStatus: status, AttributeName: setting!.attribute } };
    },
  };
}
