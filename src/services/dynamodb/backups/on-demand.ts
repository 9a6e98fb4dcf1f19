import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../../core/context.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Engine } from '../engine.js';
import type { TableDef } from '../state.js';
import { tableArn, tableNameOf } from '../tables.js';
import { backupInUse, backupNotFound, tableAlreadyExists, tableInUse, tableNotFoundForBackup } from './errors.js';
import { restoredDefinition, restoreTable } from './restore.js';
import type { BackupRecord, BackupState } from './state.js';

type Operations = Partial<Ddb.DynamodbOperations>;

export interface BackupOptions {
  /** How long a backup stays CREATING and a restored table CREATING (the DynamoDB status delay). */
  statusDelayMs: number;
}

/** `arn:…:table/<t>/backup/<17-digit creation ms>-<8 hex>`; a SYSTEM backup's suffix is all zeros, as AWS's are. */
export function backupArn(table: TableDef, at: number, type: BackupRecord['type']): string {
  const suffix = type === 'SYSTEM' ? '00000000' : randomBytes(4).toString('hex');
  return `${tableArn(table)}/backup/${String(at).padStart(17, '0')}-${suffix}`;
}

export function backupStatus(record: BackupRecord, now: number): 'CREATING' | 'AVAILABLE' {
  return now >= record.availableAt ? 'AVAILABLE' : 'CREATING';
}

/** Takes a backup of a table as it is now: its definition and a copy of its items, in one transaction. */
export function takeBackup(engine: Engine, backups: BackupState, table: TableDef, name: string, type: BackupRecord['type'], delayMs: number, keepMs?: number): BackupRecord {
  const now = engine.clock.now();
  return engine.state.transaction(() => {
    const counts = backups.tableCounts(table.id);
    const record: BackupRecord = {
      arn: backupArn(table, now, type),
      account: table.account,
      region: table.region,
      name,
      tableName: table.name,
      type,
      createdAt: now,
      availableAt: now + delayMs,
      expiresAt: keepMs !== undefined ? now + keepMs : undefined,
      sizeBytes: counts.sizeBytes,
      itemCount: counts.itemCount,
      table: structuredClone(table),
    };
    backups.createBackup(record);
    return record;
  });
}

function details(record: BackupRecord, status: Ddb.BackupDetails['BackupStatus']): Ddb.BackupDetails {
  return {
    BackupArn: record.arn,
    BackupName: record.name,
    BackupSizeBytes: record.sizeBytes,
    BackupStatus: status,
    BackupType: record.type,
    BackupCreationDateTime: new Date(record.createdAt),
    BackupExpiryDateTime: record.expiresAt !== undefined ? new Date(record.expiresAt) : undefined,
  };
}

/** Whether a backup is past its expiry (then it is deleted the next time it is looked at). */
function expired(record: BackupRecord, now: number): boolean {
  return record.expiresAt !== undefined && now >= record.expiresAt;
}

function throughput(t: TableDef['throughput'] | undefined): Ddb.ProvisionedThroughput {
  return { ReadCapacityUnits: t?.read ?? 0, WriteCapacityUnits: t?.write ?? 0 };
}

function description(record: BackupRecord, status: Ddb.BackupDetails['BackupStatus']): Ddb.BackupDescription {
  const table = record.table;
  const lsis = table.indexes.filter((i) => !i.global);
  const gsis = table.indexes.filter((i) => i.global);
  const features: Ddb.SourceTableFeatureDetails = {};
  if (lsis.length) features.LocalSecondaryIndexes = lsis.map((i) => ({ IndexName: i.name, KeySchema: i.keySchema, Projection: i.projection }));
  if (gsis.length) {
    features.GlobalSecondaryIndexes = gsis.map((i) => ({
      IndexName: i.name, KeySchema: i.keySchema, Projection: i.projection, ProvisionedThroughput: throughput(i.throughput), OnDemandThroughput: i.onDemand,
    }));
  }
  if (table.stream?.enabled) features.StreamDescription = { StreamEnabled: true, StreamViewType: table.stream.viewType };
  if (table.sse) features.SSEDescription = { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: table.sse.kmsKeyArn };
  return {
    BackupDetails: details(record, status),
    SourceTableDetails: {
      TableName: table.name,
      TableId: table.tableId,
      TableArn: tableArn(table),
      TableSizeBytes: record.sizeBytes,
      KeySchema: table.keySchema,
      TableCreationDateTime: new Date(table.createdAt),
      ProvisionedThroughput: throughput(table.throughput),
      OnDemandThroughput: table.onDemand,
      ItemCount: record.itemCount,
      BillingMode: table.billingMode,
    },
    SourceTableFeatureDetails: features,
  };
}

export function onDemandBackupOperations(engine: Engine, backups: BackupState, options: BackupOptions): Operations {
  const { state, clock } = engine;

  /** A backup of the caller's account and region (another's ARN is not found). */
  function findBackup(context: RequestContext, arn: string): BackupRecord {
    const record = backups.backup(arn);
    if (!record || record.account !== context.accountId || record.region !== context.region) throw backupNotFound(arn);
    if (expired(record, clock.now())) {
      backups.deleteBackup(record.arn);
      throw backupNotFound(arn);
    }
    return record;
  }

  return {
    CreateBackup(input, context) {
      const name = tableNameOf(input.TableName);
      const table = state.findTable(context.accountId, context.region, name);
      if (!table) throw tableNotFoundForBackup(name);
      if (table.status === 'CREATING' || table.status === 'DELETING') throw tableInUse(name);
      const record = takeBackup(engine, backups, table, input.BackupName, 'USER', options.statusDelayMs);
      return { BackupDetails: details(record, backupStatus(record, clock.now())) };
    },

    DescribeBackup(input, context) {
      const record = findBackup(context, input.BackupArn);
      return { BackupDescription: description(record, backupStatus(record, clock.now())) };
    },

    ListBackups(input, context) {
      const type = input.BackupType ?? 'USER';
      const tableName = input.TableName !== undefined ? tableNameOf(input.TableName) : undefined;
      const lower = input.TimeRangeLowerBound?.getTime();
      const upper = input.TimeRangeUpperBound?.getTime();
      const now = clock.now();
      for (const record of backups.listBackups(context.accountId, context.region)) if (expired(record, now)) backups.deleteBackup(record.arn);
      let records = backups.listBackups(context.accountId, context.region).filter(
        (r) => (type === 'ALL' || r.type === type) && (tableName === undefined || r.tableName === tableName)
          // The lower bound is inclusive, the upper exclusive.
          && (lower === undefined || r.createdAt >= lower) && (upper === undefined || r.createdAt < upper),
      );
      if (input.ExclusiveStartBackupArn !== undefined) {
        const at = records.findIndex((r) => r.arn === input.ExclusiveStartBackupArn);
        if (at >= 0) records = records.slice(at + 1);
      }
      const limit = input.Limit ?? records.length;
      const page = records.slice(0, limit);
      return {
        BackupSummaries: page.map((r) => ({
          TableName: r.tableName,
          TableId: r.table.tableId,
          TableArn: tableArn(r.table),
          BackupArn: r.arn,
          BackupName: r.name,
          BackupCreationDateTime: new Date(r.createdAt),
          BackupStatus: backupStatus(r, now),
          BackupType: r.type,
          BackupSizeBytes: r.sizeBytes,
          BackupExpiryDateTime: r.expiresAt !== undefined ? new Date(r.expiresAt) : undefined,
        })),
        LastEvaluatedBackupArn: records.length > page.length && page.length ? page[page.length - 1].arn : undefined,
      };
    },

    DeleteBackup(input, context) {
      const record = findBackup(context, input.BackupArn);
      if (backupStatus(record, clock.now()) === 'CREATING') throw backupInUse(record.arn);
      const answer = description(record, 'DELETED');
      backups.deleteBackup(record.arn);
      return { BackupDescription: answer };
    },

    RestoreTableFromBackup(input, context) {
      const record = findBackup(context, input.BackupArn);
      if (backupStatus(record, clock.now()) === 'CREATING') throw backupInUse(record.arn);
      const target = tableNameOf(input.TargetTableName, 'targetTableName');
      if (state.findTable(context.accountId, context.region, target)) throw tableAlreadyExists(target);
      const now = clock.now();
      const definition = restoredDefinition(record.table, target, input, now, { sourceBackupArn: record.arn, sourceTableArn: tableArn(record.table), at: record.createdAt });
      return { TableDescription: restoreTable(engine, backups, definition, { kind: 'backup', backupArn: record.arn }, options.statusDelayMs) };
    },
  };
}
