import { AwsError } from '../../../core/errors.js';
import { arn } from '../../../core/ids.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Engine } from '../engine.js';
import { validation } from '../errors.js';
import type { TableDef } from '../state.js';
import type { ReplicaManager } from './replicas.js';
import type { Replicator } from './replication.js';
import type { GlobalTableState, ReplicaRow } from './state.js';

export const LEGACY_VERSION = '2017.11.29';

function globalTableNotFound(): AwsError {
  return new AwsError('GlobalTableNotFoundException', 'Global table not found', 400);
}

function sameKeys(a: TableDef, b: TableDef): boolean {
  return JSON.stringify(a.keySchema) === JSON.stringify(b.keySchema);
}

/**
 * The version 2017.11.29 operations (CreateGlobalTable, UpdateGlobalTable, Describe/List, the settings pair)
 * over the same replication as UpdateTable's replicas: each region's table is created by the user beforehand,
 * empty, with a NEW_AND_OLD_IMAGES stream. They see only 2017.11.29 groups, as AWS's do.
 */
export function legacyGlobalTableOperations(engine: Engine, state: GlobalTableState, replicas: ReplicaManager, replicator: Replicator): Partial<Ddb.DynamodbOperations> {
  function legacyGroup(account: string, name: string): ReplicaRow[] {
    const members = replicas.members(account, name);
    if (!members.length || members[0].version !== LEGACY_VERSION) throw globalTableNotFound();
    return members;
  }

  /** A region's table as a 2017.11.29 replica must be: present, empty, same keys, streaming new and old images. */
  function checkMemberTable(account: string, region: string, name: string, reference: TableDef | undefined): TableDef {
    const table = engine.state.findTable(account, region, name);
    if (!table) throw new AwsError('TableNotFoundException', `Table: ${name} not found in region: ${region}`, 400);
    if (!table.stream?.enabled || table.stream.viewType !== 'NEW_AND_OLD_IMAGES') {
      throw validation(`One or more parameter values were invalid: Table: ${name} in region: ${region} must have DynamoDB Streams enabled with StreamViewType NEW_AND_OLD_IMAGES`);
    }
    if (engine.state.counts(table).itemCount > 0) throw validation(`One or more parameter values were invalid: Replica table: ${name} in region: ${region} must be empty`);
    if (reference && !sameKeys(reference, table)) throw validation(`One or more parameter values were invalid: Table: ${name} in region: ${region} has a different key schema`);
    return table;
  }

  function description(account: string, region: string, name: string, members: ReplicaRow[]): Ddb.GlobalTableDescription {
    const created = Math.min(...members.map((m) => m.createdAt));
    const busy = members.some((m) => m.status !== 'ACTIVE');
    return {
      GlobalTableName: name,
      GlobalTableArn: arn({ service: 'dynamodb', region: '', account, resource: `global-table/${name}`, partitionRegion: region }),
      CreationDateTime: new Date(created),
      GlobalTableStatus: busy ? 'UPDATING' : 'ACTIVE',
      ReplicationGroup: members.map((m) => ({ RegionName: m.region })),
    };
  }

  function replicaSettings(members: ReplicaRow[]): Ddb.ReplicaSettingsDescription[] {
    return members.map((m) => {
      const table = engine.state.findTable(m.account, m.region, m.name)!;
      const settings: Ddb.ReplicaSettingsDescription = {
        RegionName: m.region,
        ReplicaStatus: m.status,
        ReplicaBillingModeSummary: { BillingMode: table.billingMode },
        ReplicaProvisionedReadCapacityUnits: table.throughput.read,
        ReplicaProvisionedWriteCapacityUnits: table.throughput.write,
        ReplicaGlobalSecondaryIndexSettings: table.indexes.filter((i) => i.global).map((i) => ({
          IndexName: i.name,
          IndexStatus: i.status,
          ProvisionedReadCapacityUnits: i.throughput?.read ?? 0,
          ProvisionedWriteCapacityUnits: i.throughput?.write ?? 0,
        })),
      };
      if (table.tableClass) settings.ReplicaTableClassSummary = { TableClass: table.tableClass };
      return settings;
    });
  }

  function save(rows: ReplicaRow[], account: string, name: string): void {
    for (const row of rows) state.putReplica(row);
    replicator.forget(account, name);
    replicator.listen();
  }

  return {
    CreateGlobalTable(input, context) {
      const account = context.accountId;
      const name = input.GlobalTableName;
      const existing = replicas.members(account, name);
      if (existing.length) throw new AwsError('GlobalTableAlreadyExistsException', 'Global table with this name already exists', 400);
      const regions = input.ReplicationGroup.map((r) => r.RegionName ?? '');
      if (!regions.length || regions.includes('')) throw validation('One or more parameter values were invalid: ReplicationGroup must name a region for each replica');
      const repeated = regions.find((r, i) => regions.indexOf(r) !== i);
      if (repeated !== undefined) throw validation(`One or more parameter values were invalid: Duplicate region in ReplicationGroup: ${repeated}`);
      const reference = checkMemberTable(account, regions[0], name, undefined);
      for (const region of regions.slice(1)) checkMemberTable(account, region, name, reference);
      const now = engine.clock.now();
      const rows = regions.map((region) => replicas.newRow(reference, region, 'ACTIVE', { tableId: engine.state.findTable(account, region, name)!.tableId }, now, LEGACY_VERSION));
      save(rows, account, name);
      return { GlobalTableDescription: { ...description(account, context.region, name, rows), GlobalTableStatus: 'CREATING' } };
    },

    DescribeGlobalTable(input, context) {
      const members = legacyGroup(context.accountId, input.GlobalTableName);
      return { GlobalTableDescription: description(context.accountId, context.region, input.GlobalTableName, members) };
    },

    ListGlobalTables(input, context) {
      const limit = input.Limit ?? 100;
      let names = state.groupNames(context.accountId, input.RegionName).filter((name) => {
        const members = replicas.members(context.accountId, name);
        return members.length > 1 && members[0].version === LEGACY_VERSION;
      });
      if (input.ExclusiveStartGlobalTableName !== undefined) names = names.filter((n) => n > input.ExclusiveStartGlobalTableName!);
      const page = names.slice(0, limit);
      return {
        GlobalTables: page.map((name) => ({ GlobalTableName: name, ReplicationGroup: replicas.members(context.accountId, name).map((m) => ({ RegionName: m.region })) })),
        LastEvaluatedGlobalTableName: names.length > limit ? page[page.length - 1] : undefined,
      };
    },

    UpdateGlobalTable(input, context) {
      const account = context.accountId;
      const name = input.GlobalTableName;
      const members = legacyGroup(account, name);
      const reference = engine.state.findTable(account, members[0].region, name)!;
      const now = engine.clock.now();
      let rows = members.map((m) => ({ ...m }));
      for (const update of input.ReplicaUpdates) {
        if (update.Create) {
          const region = update.Create.RegionName;
          if (rows.some((r) => r.region === region)) throw new AwsError('ReplicaAlreadyExistsException', `Replica already exists in region: ${region}`, 400);
          const joining = checkMemberTable(account, region, name, reference);
          rows.push(replicas.newRow(reference, region, 'ACTIVE', { tableId: joining.tableId }, now, LEGACY_VERSION));
        } else if (update.Delete) {
          const region = update.Delete.RegionName;
          if (!rows.some((r) => r.region === region)) throw new AwsError('ReplicaNotFoundException', `Replica not found in region: ${region}`, 400);
          rows = rows.filter((r) => r.region !== region);
          state.deleteReplica(account, name, region);
        }
      }
      save(rows, account, name);
      if (rows.length === 0) replicator.forget(account, name);
      return { GlobalTableDescription: description(account, context.region, name, rows.length ? rows : members) };
    },

    DescribeGlobalTableSettings(input, context) {
      const members = legacyGroup(context.accountId, input.GlobalTableName);
      return { GlobalTableName: input.GlobalTableName, ReplicaSettings: replicaSettings(members) };
    },

    UpdateGlobalTableSettings(input, context) {
      const account = context.accountId;
      const name = input.GlobalTableName;
      const members = legacyGroup(account, name);
      engine.state.transaction(() => {
        for (const member of members) {
          const table = structuredClone(engine.state.findTable(account, member.region, name)!);
          if (input.GlobalTableBillingMode) table.billingMode = input.GlobalTableBillingMode;
          if (input.GlobalTableProvisionedWriteCapacityUnits !== undefined) table.throughput.write = input.GlobalTableProvisionedWriteCapacityUnits;
          for (const update of input.ReplicaSettingsUpdate ?? []) {
            if (update.RegionName !== member.region) continue;
            if (update.ReplicaProvisionedReadCapacityUnits !== undefined) table.throughput.read = update.ReplicaProvisionedReadCapacityUnits;
            if (update.ReplicaTableClass) table.tableClass = update.ReplicaTableClass;
          }
          engine.state.saveTable(table);
        }
        for (const update of input.ReplicaSettingsUpdate ?? []) {
          if (!members.some((m) => m.region === update.RegionName)) throw new AwsError('ReplicaNotFoundException', `Replica not found in region: ${update.RegionName}`, 400);
        }
      });
      return { GlobalTableName: name, ReplicaSettings: replicaSettings(members) };
    },
  };
}
