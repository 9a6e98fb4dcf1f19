import { randomUUID } from 'node:crypto';
import { arn } from '../../../core/ids.js';
import { WorkSlices } from '../../../core/work-slices.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import { deserializeItem, itemSize } from '../attribute-values.js';
import type { Engine } from '../engine.js';
import { invalidParameter, limitExceeded } from '../errors.js';
import type { IndexDef, TableDef, Throughput } from '../state.js';
import { buildIndex, checkSse, describeTable, LIMITS, type IndexInput } from '../tables.js';
import type { BackupState, CopiedRow } from './state.js';

/** The overrides RestoreTableFromBackup and RestoreTableToPointInTime share. */
export type RestoreOverrides = Pick<
  Ddb.RestoreTableFromBackupInput,
  'BillingModeOverride' | 'ProvisionedThroughputOverride' | 'OnDemandThroughputOverride' | 'GlobalSecondaryIndexOverride' | 'LocalSecondaryIndexOverride' | 'SSESpecificationOverride'
>;

/** Where a restored table's items come from. */
export type RestoreSource =
  | { kind: 'backup'; backupArn: string }
  | { kind: 'pointInTime'; table: TableDef; at: number };

const PAGE = 500;

function throughputOf(given: Ddb.ProvisionedThroughput): Throughput {
  if (given.ReadCapacityUnits > LIMITS.TableMaxReadCapacityUnits || given.WriteCapacityUnits > LIMITS.TableMaxWriteCapacityUnits) {
    throw limitExceeded(
      `Subscriber limit exceeded: Provisioned throughput for a single table or global secondary index cannot exceed ${LIMITS.TableMaxReadCapacityUnits} read capacity units or ${LIMITS.TableMaxWriteCapacityUnits} write capacity units. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.`,
    );
  }
  return { read: given.ReadCapacityUnits, write: given.WriteCapacityUnits, decreasesToday: 0 };
}

/**
 * The restored table's definition: the source's keys, attributes and indexes, with the request's
 * overrides. Streams, TTL, PITR, tags and deletion protection are not carried over (AWS leaves
 * them to be set up again on the new table).
 */
export function restoredDefinition(source: TableDef, targetName: string, overrides: RestoreOverrides, now: number, restore: TableDef['restore']): Omit<TableDef, 'id'> {
  const billingMode = overrides.BillingModeOverride ?? source.billingMode;
  let throughput: Throughput = { read: source.throughput.read, write: source.throughput.write, decreasesToday: 0 };
  if (billingMode === 'PAY_PER_REQUEST') {
    if (overrides.ProvisionedThroughputOverride) {
      throw invalidParameter('Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST');
    }
    throughput = { read: 0, write: 0, decreasesToday: 0 };
  } else if (overrides.ProvisionedThroughputOverride) {
    throughput = throughputOf(overrides.ProvisionedThroughputOverride);
  } else if (source.billingMode === 'PAY_PER_REQUEST') {
    throw invalidParameter('ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED');
  }

  const shape = { keySchema: source.keySchema, definitions: source.attributeDefinitions, billingMode, origin: 'CreateTable' as const };
  const keep = (index: IndexDef): Omit<IndexDef, 'id'> => {
    const copy: Omit<IndexDef, 'id'> & { id?: number } = { ...structuredClone(index), status: 'CREATING' };
    delete copy.id;
    if (copy.global) copy.throughput = billingMode === 'PAY_PER_REQUEST' ? undefined : (copy.throughput ?? { ...throughput, decreasesToday: 0 });
    return copy;
  };
  const lsis = overrides.LocalSecondaryIndexOverride
    ? overrides.LocalSecondaryIndexOverride.map((lsi) => ({ ...buildIndex(lsi as IndexInput, false, shape), status: 'CREATING' as const }))
    : source.indexes.filter((i) => !i.global).map(keep);
  const gsis = overrides.GlobalSecondaryIndexOverride
    ? overrides.GlobalSecondaryIndexOverride.map((gsi) => ({ ...buildIndex(gsi as IndexInput, true, shape), status: 'CREATING' as const }))
    : source.indexes.filter((i) => i.global).map(keep);
  const indexes = [...lsis, ...gsis];
  const seen = new Set<string>();
  for (const index of indexes) {
    if (seen.has(index.name)) throw invalidParameter(`Duplicate index name: ${index.name}`);
    seen.add(index.name);
  }
  const used = new Set([...source.keySchema, ...indexes.flatMap((i) => i.keySchema)].map((k) => k.AttributeName));

  let sse = source.sse ? { ...source.sse } : undefined;
  if (overrides.SSESpecificationOverride) {
    checkSse(overrides.SSESpecificationOverride);
    const keyId = overrides.SSESpecificationOverride.KMSMasterKeyId;
    sse = overrides.SSESpecificationOverride.Enabled
      ? { kmsKeyArn: keyId?.startsWith('arn:') ? keyId : arn({ service: 'kms', region: source.region, account: source.account, resource: `key/${keyId ?? randomUUID()}` }) }
      : undefined;
  }

  return {
    account: source.account,
    region: source.region,
    name: targetName,
    tableId: randomUUID(),
    createdAt: now,
    status: 'CREATING',
    attributeDefinitions: source.attributeDefinitions.filter((d) => used.has(d.AttributeName)).map((d) => ({ ...d })),
    keySchema: source.keySchema.map((k) => ({ ...k })),
    billingMode,
    payPerRequestSince: billingMode === 'PAY_PER_REQUEST' ? now : undefined,
    throughput,
    onDemand: overrides.OnDemandThroughputOverride ?? source.onDemand,
    indexes: indexes as IndexDef[],
    sse,
    tableClass: source.tableClass,
    deletionProtection: false,
    tags: [],
    restore,
  };
}

/**
 * Creates the restored table (CREATING), fills it and makes it ACTIVE. The items are copied in one
 * statement (a consistent copy, with the log's last sequence number at that instant); a
 * point-in-time restore then undoes, newest first, the logged changes up to that number made
 * after the restore time. The undo and the index entries go page by page, yielding between
 * slices (nobody else writes to a CREATING table); the table turns ACTIVE when they are done and
 * `delayMs` of clock time has passed.
 */
export function restoreTable(engine: Engine, backups: BackupState, definition: Omit<TableDef, 'id'>, source: RestoreSource, delayMs: number): Ddb.TableDescription {
  const { state, clock } = engine;
  let lastSeq = 0;
  const table = state.transaction(() => {
    const created = state.createTable(definition);
    if (source.kind === 'backup') backups.copyBackupItems(source.backupArn, created.id);
    else {
      backups.copyTableItems(source.table.id, created.id);
      lastSeq = backups.lastSeq();
    }
    return created;
  });
  const description = describeTable(table, state, 'CREATING');
  const readyAt = clock.now() + delayMs;
  const slices = new WorkSlices();
  const fill = async () => {
    if (source.kind === 'pointInTime') {
      // The source may be deleted, or PITR turned off, while the undo runs: its log stays until the undo is done.
      const uid = source.table.tableId;
      backups.logReaders.set(uid, (backups.logReaders.get(uid) ?? 0) + 1);
      try {
        await undoChangesAfter(engine, backups, table, uid, source.at, lastSeq, slices);
      } finally {
        const readers = backups.logReaders.get(uid)! - 1;
        if (readers) backups.logReaders.set(uid, readers);
        else backups.logReaders.delete(uid);
        if (!readers && !backups.pitr(uid)) backups.dropPitr(uid);
      }
    }
    await buildIndexes(engine, backups, table, slices);
  };
  void fill().then(() => {
    const activate = () => {
      const current = state.findTable(table.account, table.region, table.name);
      if (!current || current.id !== table.id) return;
      current.status = 'ACTIVE';
      for (const index of current.indexes) index.status = 'ACTIVE';
      state.saveTable(current);
    };
    if (clock.now() >= readyAt) activate();
    else clock.at(readyAt, activate);
  }, () => {
    // Only a store closed or reset under a restore still filling its table gets here: nothing is left to finish.
  });
  return description;
}

/** Whether the restored table is still the one being filled (not deleted, not replaced). */
function stillFilling(engine: Engine, table: TableDef): boolean {
  const current = engine.state.findTable(table.account, table.region, table.name);
  return current !== undefined && current.id === table.id;
}

async function undoChangesAfter(engine: Engine, backups: BackupState, target: TableDef, sourceUid: string, at: number, lastSeq: number, slices: WorkSlices): Promise<void> {
  let below = lastSeq + 1;
  for (;;) {
    if (!stillFilling(engine, target)) return;
    const page = backups.changesAfter(sourceUid, at, below, PAGE);
    engine.state.transaction(() => {
      for (const change of page) {
        const key = engine.keyFromItem(target, deserializeItem(change.keys));
        if (change.oldItem === null) engine.state.deleteRow(target.id, key.hk, key.pk, key.sk);
        else engine.state.putRow(target.id, { hk: key.hk, pk: key.pk, sk: key.sk, item: change.oldItem, size: itemSize(deserializeItem(change.oldItem)) });
      }
    });
    if (page.length < PAGE) return;
    below = page[page.length - 1].seq!;
    if (slices.due()) await slices.pause();
  }
}

/** Builds every index of a freshly filled table; small tables finish before the first pause. */
async function buildIndexes(engine: Engine, backups: BackupState, table: TableDef, slices: WorkSlices): Promise<void> {
  if (!table.indexes.length) return;
  let after: CopiedRow | undefined;
  for (;;) {
    if (!stillFilling(engine, table)) return;
    const page = backups.tableRowsAfter(table.id, after, PAGE);
    engine.state.transaction(() => {
      for (const row of page) {
        const item = deserializeItem(row.item);
        for (const index of table.indexes) {
          const entry = engine.indexEntry(table, index, item, { hk: row.hk, pk: row.pk, sk: row.sk, key: {} });
          if (entry) engine.state.putIndexRow(index.id, entry);
        }
      }
    });
    if (page.length < PAGE) return;
    after = page[page.length - 1];
    if (slices.due()) await slices.pause();
  }
}
