/**
 * What an export writes, record by record: a full export's items (the table's rows, read a page
 * at a time), or an incremental export's changed keys over a time window, from the change log
 * point-in-time recovery keeps (backups/), each key once with its latest state.
 */
import { WorkSlices } from '../../../core/work-slices.js';
import type { Store } from '../../../core/store.js';
import { deserializeItem, itemSize, type Item } from '../attribute-values.js';
import type { Engine } from '../engine.js';
import type { TableDef } from '../state.js';
import { pitrChanges } from './state.js';

export interface ExportedRecord {
  record: Record<string, Item>;
  /** Bytes billed for it (the item's size). */
  size: number;
}

const PAGE_ROWS = 1000;

/** A key as text that does not depend on the order its attributes were given in: the schema's. */
function canonicalKey(table: TableDef, item: Item): string {
  return JSON.stringify(table.keySchema.map((k) => item[k.AttributeName]));
}

/**
 * The table's items as they were at `exportTime`: its rows now, except that a key changed since
 * then is written as it was before its first later change (or not at all if it did not exist).
 * PITR's change log says what changed.
 */
export async function* fullExportRecords(engine: Engine, store: Store, table: TableDef, exportTime: number, now: number): AsyncGenerator<ExportedRecord> {
  const slices = new WorkSlices();
  const rewound = new Map<string, string | null>();
  if (exportTime < now) {
    let afterSeq = 0;
    for (;;) {
      const changes = pitrChanges(store, table.tableId, exportTime + 1, Number.MAX_SAFE_INTEGER, afterSeq, PAGE_ROWS);
      for (const change of changes) {
        const key = canonicalKey(table, deserializeItem(change.keys));
        if (!rewound.has(key)) rewound.set(key, change.oldItem);
        afterSeq = change.seq;
      }
      if (changes.length < PAGE_ROWS) break;
      if (slices.due()) await slices.pause();
    }
  }
  let after: [number, Buffer, Buffer] | undefined;
  for (;;) {
    const rows = engine.state.scanRows({ tableId: table.id }, undefined, after, PAGE_ROWS);
    for (const row of rows) {
      const item = deserializeItem(row.item);
      if (rewound.size && rewound.has(canonicalKey(table, item))) continue;
      yield { record: { Item: item }, size: row.size };
    }
    if (rows.length < PAGE_ROWS) break;
    const last = engine.keyFromItem(table, deserializeItem(rows[rows.length - 1].item));
    after = [last.hk, last.pk, last.sk];
    if (slices.due()) await slices.pause();
  }
  for (const before of rewound.values()) {
    if (before === null) continue;
    const item = deserializeItem(before);
    yield { record: { Item: item }, size: itemSize(item) };
  }
}

export interface IncrementalWindow {
  from: number;
  to: number;
  viewType: 'NEW_IMAGE' | 'NEW_AND_OLD_IMAGES';
}

/**
 * One record a key changed in the window: Metadata.WriteTimestampMicros (its last write), Keys,
 * NewImage (absent when the key ends deleted), and with NEW_AND_OLD_IMAGES the OldImage it had
 * before the window (absent when it did not exist).
 */
export async function* incrementalExportRecords(store: Store, tableUid: string, window: IncrementalWindow): AsyncGenerator<ExportedRecord> {
  const slices = new WorkSlices();
  const byKey = new Map<string, { keys: string; before: string | null; after: string | null; at: number }>();
  let afterSeq = 0;
  for (;;) {
    const changes = pitrChanges(store, tableUid, window.from, window.to, afterSeq, PAGE_ROWS);
    for (const change of changes) {
      const seen = byKey.get(change.keys);
      if (seen) {
        seen.after = change.newItem;
        seen.at = change.at;
      } else byKey.set(change.keys, { keys: change.keys, before: change.oldItem, after: change.newItem, at: change.at });
      afterSeq = change.seq;
    }
    if (changes.length < PAGE_ROWS) break;
    if (slices.due()) await slices.pause();
  }
  for (const entry of byKey.values()) {
    // A key created and deleted inside the window left nothing to export.
    if (entry.before === null && entry.after === null) continue;
    const record: Record<string, Item> = { Metadata: { WriteTimestampMicros: { N: String(entry.at * 1000) } }, Keys: deserializeItem(entry.keys) };
    if (window.viewType === 'NEW_AND_OLD_IMAGES' && entry.before !== null) record.OldImage = deserializeItem(entry.before);
    if (entry.after !== null) record.NewImage = deserializeItem(entry.after);
    yield { record, size: itemSize(record.NewImage ?? record.Keys) };
  }
}
