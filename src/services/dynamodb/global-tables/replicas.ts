import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../core/context.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Engine } from '../engine.js';
import { invalidParameter, resourceInUse, validation } from '../errors.js';
import type { TableDef } from '../state.js';
import { describeTable, streamLabel } from '../tables.js';
import type { Replicator } from './replication.js';
import type { GlobalTableState, ReplicaRow, ReplicaSettings } from './state.js';

export const CURRENT_VERSION = '2019.11.21';
/** AWS region names: two letters, one or more words, a digit (us-east-1, ap-southeast-2, us-gov-west-1). */
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** Regions AWS serves global tables in only after the account opts in; without it AWS refuses them. */
const OPT_IN_REGIONS = new Set(['af-south-1', 'ap-east-1', 'ap-south-2', 'ap-southeast-3', 'ap-southeast-4', 'ca-west-1', 'eu-central-2', 'eu-south-1', 'eu-south-2', 'il-central-1', 'me-central-1', 'me-south-1']);

export interface ReplicaOptions {
  statusDelayMs: number;
}

/** UpdateTable's ReplicaUpdates (global tables version 2019.11.21) and the Replicas DescribeTable shows. */
export class ReplicaManager {
  constructor(
    private readonly engine: Engine,
    private readonly state: GlobalTableState,
    private readonly replicator: Replicator,
    private readonly options: ReplicaOptions,
  ) {}

  /** The live members of a table's replication group: rows whose table still exists (DeleteTable on a replica leaves the group). */
  members(account: string, name: string): ReplicaRow[] {
    const rows = this.replicator.group(account, name);
    return rows.filter((row) => {
      const table = this.engine.state.findTable(account, row.region, name);
      return table && (row.settings.tableId === undefined || row.settings.tableId === table.tableId);
    });
  }

  /** Adds Replicas and GlobalTableVersion to a table's description when it has replicas. */
  describe(table: TableDef, description: Ddb.TableDescription): void {
    const members = this.members(table.account, table.name);
    if (members.length < 2 || !members.some((m) => m.region === table.region)) return;
    description.GlobalTableVersion = members[0].version;
    description.Replicas = members.filter((m) => m.region !== table.region).map((m) => this.replicaDescription(m));
  }

  replicaDescription(row: ReplicaRow): Ddb.ReplicaDescription {
    const replica = this.engine.state.findTable(row.account, row.region, row.name);
    const described: Ddb.ReplicaDescription = { RegionName: row.region, ReplicaStatus: row.status };
    if (row.settings.kmsMasterKeyId) described.KMSMasterKeyId = row.settings.kmsMasterKeyId;
    if (row.settings.provisionedReadOverride !== undefined) described.ProvisionedThroughputOverride = { ReadCapacityUnits: row.settings.provisionedReadOverride };
    if (row.settings.onDemandReadOverride !== undefined) described.OnDemandThroughputOverride = { MaxReadRequestUnits: row.settings.onDemandReadOverride };
    if (replica?.tableClass) described.ReplicaTableClassSummary = { TableClass: replica.tableClass, LastUpdateDateTime: replica.tableClassUpdatedAt !== undefined ? new Date(replica.tableClassUpdatedAt) : undefined };
    if (row.status === 'ACTIVE' && replica) {
      described.WarmThroughput = { ReadUnitsPerSecond: 12000, WriteUnitsPerSecond: 4000, Status: 'ACTIVE' };
    }
    return described;
  }

  /** UpdateTable with ReplicaUpdates: checks every action first, then creates, updates and deletes replicas. */
  update(input: Ddb.UpdateTableInput, table: TableDef, context: RequestContext): Ddb.TableDescription {
    const updates = input.ReplicaUpdates ?? [];
    const others = [input.ProvisionedThroughput, input.BillingMode, input.GlobalSecondaryIndexUpdates, input.StreamSpecification, input.SSESpecification,
      input.DeletionProtectionEnabled, input.TableClass, input.OnDemandThroughput, input.WarmThroughput].filter((c) => c !== undefined);
    if (others.length) throw invalidParameter('ReplicaUpdates cannot be combined with other table updates in one UpdateTable request');
    const group = this.members(table.account, table.name);
    if (group.length > 1 && group[0].version !== CURRENT_VERSION) {
      throw validation(`Table ${table.name} is part of a version ${group[0].version} global table; use UpdateGlobalTable to change its replicas`);
    }
    this.checkUpdates(updates, table, group);
    if (table.status !== 'ACTIVE' || group.some((m) => m.status !== 'ACTIVE')) {
      throw resourceInUse(`Attempt to change a resource which is still in use: Table is being updated: ${table.name}`);
    }

    const now = this.engine.clock.now();
    const source = structuredClone(table);
    const rows = group.length ? group.map((r) => ({ ...r, settings: { ...r.settings } })) : [this.newRow(table, table.region, 'ACTIVE', { tableId: table.tableId }, now)];
    if (!table.stream?.enabled) source.stream = { enabled: true, viewType: 'NEW_AND_OLD_IMAGES', label: streamLabel(now) };
    source.status = 'UPDATING';
    this.engine.state.transaction(() => {
      for (const update of updates) {
        if (update.Create) {
          const replica = this.createReplicaTable(source, update.Create, now);
          this.replicator.copyItems(table, replica);
          rows.push(this.newRow(table, update.Create.RegionName, 'CREATING', { ...this.settingsOf(update.Create), tableId: replica.tableId }, now));
        } else if (update.Update) {
          const row = rows.find((r) => r.region === update.Update!.RegionName)!;
          row.settings = { ...row.settings, ...this.settingsOf(update.Update) };
          row.status = 'UPDATING';
          this.applyOverrides(row);
        } else if (update.Delete) {
          const row = rows.find((r) => r.region === update.Delete!.RegionName)!;
          row.status = 'DELETING';
          const replica = this.engine.state.findTable(table.account, row.region, table.name);
          if (replica) this.engine.state.saveTable({ ...replica, status: 'DELETING' });
        }
      }
      for (const row of rows) this.state.putReplica(row);
      this.engine.state.saveTable(source);
    });
    this.replicator.forget(table.account, table.name);
    this.replicator.listen();
    const description = describeTable(source, this.engine.state);
    this.describe(source, description);
    this.settle(table.account, table.name);
    return description;
  }

  private checkUpdates(updates: Ddb.ReplicationGroupUpdate[], table: TableDef, group: ReplicaRow[]): void {
    const missing: string[] = [];
    for (const update of updates) {
      const actions = [update.Create, update.Update, update.Delete].filter((a) => a !== undefined);
      if (!actions.length) throw validation('There are no actions specified in the Replica Update Action of the request.');
      if (actions.length > 1) throw validation('Update table operation with more than one type of replica actions not allowed.');
      const region = actions[0]!.RegionName;
      if (region === table.region) throw validation('Cannot add or delete the local region through ReplicaUpdates. Use CreateTable, DeleteTable, or UpdateTable as required.');
      if (!REGION_NAME.test(region)) {
        throw validation(`Region ${region} is not supported. The latest version of global tables are only supported in the following regions: [us-east-1, us-east-2, us-west-1, us-west-2, eu-west-1, eu-west-2, eu-west-3, eu-central-1, eu-north-1, ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-southeast-1, ap-southeast-2, ap-south-1, ca-central-1, sa-east-1]`);
      }
      if (OPT_IN_REGIONS.has(region)) throw validation(`Failed to access the region: \u2018${region}\u2019. User is missing the permissions since the region is disabled.`);
      if (update.Create) {
        if (group.some((m) => m.region === region) || this.engine.state.findTable(table.account, region, table.name)) {
          throw validation(`Failed to create a the new replica of table with name: \u2018${table.name}\u2019 because one or more replicas already existed as tables.`);
        }
        if (table.stream?.enabled && table.stream.viewType !== 'NEW_AND_OLD_IMAGES') {
          throw invalidParameter('Table stream view type must be NEW_AND_OLD_IMAGES to add replicas');
        }
        if (table.billingMode === 'PROVISIONED') {
          const scaling = this.state.autoScaling(table.account, table.name) as { write?: { AutoScalingDisabled?: boolean } } | undefined;
          if (!scaling?.write || scaling.write.AutoScalingDisabled) throw validation('Table write capacity should either be Pay-Per-Request or AutoScaled.');
        }
      } else {
        if (!group.some((m) => m.region === region)) missing.push(region);
        if (update.Update) {
          const u = update.Update;
          if (u.GlobalSecondaryIndexes === undefined && u.KMSMasterKeyId === undefined && u.ProvisionedThroughputOverride === undefined && u.OnDemandThroughputOverride === undefined && u.TableClassOverride === undefined) {
            throw validation('There are no actions specified in the Replica Update Action of the request.');
          }
          if (u.ProvisionedThroughputOverride && table.billingMode === 'PAY_PER_REQUEST') {
            throw invalidParameter('Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
          }
        }
      }
    }
    if (missing.length) {
      throw validation(`Update global table operation failed because one or more replicas were not part of the global table. Please retry the request without these replicas: [${missing.join(', ')}].`);
    }
  }

  private settingsOf(action: Ddb.CreateReplicationGroupMemberAction | Ddb.UpdateReplicationGroupMemberAction): ReplicaSettings {
    const settings: ReplicaSettings = {};
    if (action.KMSMasterKeyId !== undefined) settings.kmsMasterKeyId = action.KMSMasterKeyId;
    if (action.ProvisionedThroughputOverride?.ReadCapacityUnits !== undefined) settings.provisionedReadOverride = action.ProvisionedThroughputOverride.ReadCapacityUnits;
    if (action.OnDemandThroughputOverride?.MaxReadRequestUnits !== undefined) settings.onDemandReadOverride = action.OnDemandThroughputOverride.MaxReadRequestUnits;
    if (action.TableClassOverride !== undefined) settings.tableClassOverride = action.TableClassOverride;
    return settings;
  }

  newRow(table: TableDef, region: string, status: ReplicaRow['status'], settings: ReplicaSettings, now: number, version: ReplicaRow['version'] = CURRENT_VERSION): ReplicaRow {
    return { account: table.account, name: table.name, region, status, version, settings, createdAt: now };
  }

  /** The replica: a real table in the other region with the same keys, indexes and stream, and its own overrides. */
  private createReplicaTable(source: TableDef, create: Ddb.CreateReplicationGroupMemberAction, now: number): TableDef {
    const { id: _id, ...shape } = structuredClone(source);
    const replica: Omit<TableDef, 'id'> = {
      ...shape,
      region: create.RegionName,
      tableId: randomUUID(),
      createdAt: now,
      status: 'CREATING',
      deletionProtection: false,
      tags: [],
      stream: { enabled: true, viewType: 'NEW_AND_OLD_IMAGES', label: streamLabel(now) },
      indexes: shape.indexes.map((index) => ({ ...index, status: 'CREATING' as const })),
    };
    if (create.ProvisionedThroughputOverride?.ReadCapacityUnits !== undefined && replica.billingMode === 'PROVISIONED') {
      replica.throughput = { ...replica.throughput, read: create.ProvisionedThroughputOverride.ReadCapacityUnits };
    }
    if (create.TableClassOverride) {
      replica.tableClass = create.TableClassOverride;
      replica.tableClassUpdatedAt = now;
    }
    if (create.KMSMasterKeyId) {
      replica.sse = { kmsKeyArn: create.KMSMasterKeyId.startsWith('arn:') ? create.KMSMasterKeyId : `arn:aws:kms:${create.RegionName}:${source.account}:key/${create.KMSMasterKeyId}` };
    }
    return this.engine.state.createTable(replica);
  }

  private applyOverrides(row: ReplicaRow): void {
    const replica = this.engine.state.findTable(row.account, row.region, row.name);
    if (!replica) return;
    const next = structuredClone(replica);
    if (row.settings.provisionedReadOverride !== undefined && next.billingMode === 'PROVISIONED') next.throughput.read = row.settings.provisionedReadOverride;
    if (row.settings.tableClassOverride && row.settings.tableClassOverride !== next.tableClass) {
      next.tableClass = row.settings.tableClassOverride;
      next.tableClassUpdatedAt = this.engine.clock.now();
    }
    this.engine.state.saveTable(next);
  }

  /** After the status delay: new replicas and the table ACTIVE, deleted replicas gone (and a lone table no longer global). */
  private settle(account: string, name: string): void {
    const finish = () => {
      this.engine.state.transaction(() => {
        const rows = this.state.replicas(account, name);
        for (const row of rows) {
          const table = this.engine.state.findTable(account, row.region, name);
          if (row.status === 'DELETING') {
            if (table) this.engine.state.deleteTable(table);
            this.state.deleteReplica(account, name, row.region);
            continue;
          }
          if (row.status !== 'ACTIVE') this.state.putReplica({ ...row, status: 'ACTIVE' });
          if (table && table.status !== 'ACTIVE') {
            const next = structuredClone(table);
            next.status = 'ACTIVE';
            for (const index of next.indexes) index.status = 'ACTIVE';
            this.engine.state.saveTable(next);
          }
        }
        const left = this.state.replicas(account, name);
        if (left.length === 1) this.state.deleteReplica(account, name, left[0].region);
      });
      this.replicator.forget(account, name);
    };
    if (this.options.statusDelayMs > 0) this.engine.clock.setTimeout(finish, this.options.statusDelayMs);
    else finish();
  }
}
