import type { RequestContext } from '../../../core/context.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Engine } from '../engine.js';
import { resourceNotFound, tableNotFound } from '../errors.js';
import { tableNameOf } from '../tables.js';
import type { ReplicaManager } from './replicas.js';
import type { GlobalTableState } from './state.js';

/** Auto scaling settings as stored: the table's write scaling, each region's read scaling, each index's. */
interface StoredAutoScaling {
  write?: Ddb.AutoScalingSettingsDescription;
  read?: Record<string, Ddb.AutoScalingSettingsDescription>;
  indexWrite?: Record<string, Ddb.AutoScalingSettingsDescription>;
  indexRead?: Record<string, Record<string, Ddb.AutoScalingSettingsDescription>>;
}

function describeSettings(update: Ddb.AutoScalingSettingsUpdate, previous?: Ddb.AutoScalingSettingsDescription): Ddb.AutoScalingSettingsDescription {
  const next: Ddb.AutoScalingSettingsDescription = { ...previous };
  if (update.AutoScalingDisabled !== undefined) next.AutoScalingDisabled = update.AutoScalingDisabled;
  if (update.AutoScalingRoleArn !== undefined) next.AutoScalingRoleArn = update.AutoScalingRoleArn;
  if (update.MinimumUnits !== undefined) next.MinimumUnits = update.MinimumUnits;
  if (update.MaximumUnits !== undefined) next.MaximumUnits = update.MaximumUnits;
  if (update.ScalingPolicyUpdate) {
    next.ScalingPolicies = [{ PolicyName: update.ScalingPolicyUpdate.PolicyName ?? 'DynamoDBWriteCapacityUtilization', TargetTrackingScalingPolicyConfiguration: { ...update.ScalingPolicyUpdate.TargetTrackingScalingPolicyConfiguration } }];
  }
  next.AutoScalingDisabled ??= false;
  return next;
}

/**
 * DescribeTableReplicaAutoScaling / UpdateTableReplicaAutoScaling: the settings are stored and described
 * (Nimbus has no Application Auto Scaling to act on them). Unlike AWS, a table that is not yet global takes
 * them too: they are how a PROVISIONED table meets the "write capacity AutoScaled" rule for its first replica.
 */
export function autoScalingOperations(engine: Engine, state: GlobalTableState, replicas: ReplicaManager): Partial<Ddb.DynamodbOperations> {
  function findTable(context: RequestContext, given: string) {
    const name = tableNameOf(given);
    const table = engine.state.findTable(context.accountId, context.region, name);
    if (!table) throw tableNotFound(name);
    return table;
  }

  function describe(account: string, region: string, name: string): Ddb.TableAutoScalingDescription {
    const table = engine.state.findTable(account, region, name)!;
    const stored = (state.autoScaling(account, name) ?? {}) as StoredAutoScaling;
    const members = replicas.members(account, name);
    const regions = members.length ? members.map((m) => ({ region: m.region, status: m.status })) : [{ region, status: table.status === 'DELETING' ? 'DELETING' : 'ACTIVE' }];
    return {
      TableName: name,
      TableStatus: table.status,
      Replicas: regions.map(({ region: replicaRegion, status }) => {
        const indexes = table.indexes.filter((i) => i.global);
        return {
          RegionName: replicaRegion,
          ReplicaStatus: status as Ddb.ReplicaAutoScalingDescription['ReplicaStatus'],
          ReplicaProvisionedReadCapacityAutoScalingSettings: stored.read?.[replicaRegion] ?? { AutoScalingDisabled: true },
          ReplicaProvisionedWriteCapacityAutoScalingSettings: stored.write ?? { AutoScalingDisabled: true },
          GlobalSecondaryIndexes: indexes.length
            ? indexes.map((index) => ({
                IndexName: index.name,
                IndexStatus: index.status,
                ProvisionedReadCapacityAutoScalingSettings: stored.indexRead?.[replicaRegion]?.[index.name] ?? { AutoScalingDisabled: true },
                ProvisionedWriteCapacityAutoScalingSettings: stored.indexWrite?.[index.name] ?? { AutoScalingDisabled: true },
              }))
            : undefined,
        };
      }),
    };
  }

  return {
    DescribeTableReplicaAutoScaling(input, context) {
      const table = findTable(context, input.TableName);
      return { TableAutoScalingDescription: describe(table.account, table.region, table.name) };
    },

    UpdateTableReplicaAutoScaling(input, context) {
      const table = findTable(context, input.TableName);
      const stored = (state.autoScaling(table.account, table.name) ?? {}) as StoredAutoScaling;
      if (input.ProvisionedWriteCapacityAutoScalingUpdate) stored.write = describeSettings(input.ProvisionedWriteCapacityAutoScalingUpdate, stored.write);
      for (const update of input.GlobalSecondaryIndexUpdates ?? []) {
        if (!update.IndexName || !update.ProvisionedWriteCapacityAutoScalingUpdate) continue;
        if (!table.indexes.some((i) => i.global && i.name === update.IndexName)) throw resourceNotFound(`Requested resource not found: Index: ${update.IndexName} not found`);
        stored.indexWrite = { ...stored.indexWrite, [update.IndexName]: describeSettings(update.ProvisionedWriteCapacityAutoScalingUpdate, stored.indexWrite?.[update.IndexName]) };
      }
      for (const update of input.ReplicaUpdates ?? []) {
        if (update.ReplicaProvisionedReadCapacityAutoScalingUpdate) {
          stored.read = { ...stored.read, [update.RegionName]: describeSettings(update.ReplicaProvisionedReadCapacityAutoScalingUpdate, stored.read?.[update.RegionName]) };
        }
        for (const index of update.ReplicaGlobalSecondaryIndexUpdates ?? []) {
          if (!index.IndexName || !index.ProvisionedReadCapacityAutoScalingUpdate) continue;
          const byRegion = { ...stored.indexRead?.[update.RegionName] };
          byRegion[index.IndexName] = describeSettings(index.ProvisionedReadCapacityAutoScalingUpdate, byRegion[index.IndexName]);
          stored.indexRead = { ...stored.indexRead, [update.RegionName]: byRegion };
        }
      }
      state.setAutoScaling(table.account, table.name, stored as Record<string, unknown>);
      return { TableAutoScalingDescription: describe(table.account, table.region, table.name) };
    },
  };
}
