import { AwsError } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import type { RequestContext } from '../../core/context.js';
import { checkValue, deserializeItem, itemSize, serializeItem, typeOf, type AttributeValue, type Item } from './attribute-values.js';
import { CapacityTally, writeUnits } from './capacity.js';
import { invalidParameter, keyMismatch, resourceNotFound, validation } from './errors.js';
import type { KeySchemaInfo } from './expressions/key-condition.js';
import { encodeKey, encodeKeyParts, hashKey } from './key-encoding.js';
import type { DynamoState, IndexDef, IndexRow, TableDef } from './state.js';
import { keyInfo, tableNameOf } from './tables.js';
import { ownValue, setOwnValue } from '../../core/keyed-record.js';

export const MAX_HASH_KEY_BYTES = 2048;
export const MAX_RANGE_KEY_BYTES = 1024;
/** An item collection (a partition of a table with LSIs) holds at most 10 GB. */
export const ITEM_COLLECTION_LIMIT_BYTES = 10 * 1024 ** 3;

export interface EncodedKey {
  hk: number;
  pk: Buffer;
  sk: Buffer;
  /** The key attributes, normalized. */
  key: Item;
}

export interface StoredItem {
  item: Item;
  size: number;
}

/** One item change, as a stream record would describe it (Streams build on this). */
export interface ItemChange {
  table: TableDef;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  keys: Item;
  oldImage?: Item;
  newImage?: Item;
  at: number;
  /** Set when DynamoDB itself made the change (a TTL deletion), as stream records report it. */
  userIdentity?: { type: 'Service'; principalId: 'dynamodb.amazonaws.com' };
}
/** A change listener; `wants` (when given) says which tables' changes it needs, so other tables' writes skip reading old images. */
export type ChangeListener = ((change: ItemChange) => void) & { wants?: (table: TableDef) => boolean };

const EMPTY = Buffer.alloc(0);

/** Tables, keys and the one function every item change goes through. */
export class Engine {
  readonly listeners: ChangeListener[] = [];
  /** UpdateTable's ReplicaUpdates, answered by global tables (global-tables/), which set it. */
  replicaUpdates?: (input: import('../../generated/dynamodb.js').UpdateTableInput, table: TableDef, context: RequestContext) => import('../../generated/dynamodb.js').TableDescription;
  /** Parts that take a piece of CreateTable's request (resource policies: ResourcePolicy): each checks it first, then keeps it for the new table. */
  readonly onCreateTable: Array<(input: import('../../generated/dynamodb.js').CreateTableInput) => ((table: TableDef) => void) | undefined> = [];
  private readonly schemas = new WeakMap<object, KeySchemaInfo>();

  constructor(
    readonly state: DynamoState,
    readonly clock: Clock,
    readonly collectionLimit = ITEM_COLLECTION_LIMIT_BYTES,
  ) {}

  /** The table a data-plane request names (ResourceNotFoundException otherwise). */
  requireTable(context: RequestContext, given: string): TableDef {
    const name = tableNameOf(given);
    const table = this.state.findTable(context.accountId, context.region, name);
    if (!table || table.status === 'CREATING') throw resourceNotFound();
    return table;
  }

  schemaOf(owner: { keySchema: TableDef['keySchema'] }, table: TableDef): KeySchemaInfo {
    let info = this.schemas.get(owner);
    if (!info) {
      info = keyInfo(owner.keySchema, table.attributeDefinitions);
      this.schemas.set(owner, info);
    }
    return info;
  }

  private encode(hash: AttributeValue, range: AttributeValue | undefined, key: Item): EncodedKey {
    const pk = encodeKey(hash);
    if ((hash.S !== undefined ? Buffer.byteLength(hash.S) : pk.length) > MAX_HASH_KEY_BYTES) {
      throw invalidParameter(`Size of hashkey has exceeded the maximum size limit of${MAX_HASH_KEY_BYTES} bytes`);
    }
    const sk = range ? encodeKey(range) : EMPTY;
    if (range && (range.S !== undefined ? Buffer.byteLength(range.S) : sk.length) > MAX_RANGE_KEY_BYTES) {
      throw invalidParameter(`Aggregated size of all range keys has exceeded the size limit of ${MAX_RANGE_KEY_BYTES} bytes`);
    }
    return { hk: hashKey(pk), pk, sk, key };
  }

  /** A `Key` parameter's values, checked before the table is looked up (AWS validates a request before it looks for the table). */
  checkKey(given: Record<string, unknown> | undefined): Item {
    const key: Item = {};
    for (const [name, value] of Object.entries(given ?? {})) setOwnValue(key, name, checkValue(value));
    return key;
  }

  /** A checked `Key` parameter: exactly the key attributes, of the key types. */
  keyFromInput(table: TableDef, key: Item): EncodedKey {
    const info = this.schemaOf(table, table);
    const names = Object.keys(key);
    const expected = info.range ? 2 : 1;
    const hash = ownValue(key, info.hash.name);
    const range = info.range ? ownValue(key, info.range.name) : undefined;
    if (names.length !== expected || !hash || (info.range && !range)) throw keyMismatch();
    if (typeOf(hash) !== info.hash.type || (range && typeOf(range) !== info.range!.type)) throw keyMismatch();
    this.checkNotEmpty(info, key);
    return this.encode(hash, range, key);
  }

  private checkNotEmpty(info: KeySchemaInfo, item: Item): void {
    for (const attribute of [info.hash, info.range]) {
      if (!attribute) continue;
      const value = ownValue(item, attribute.name);
      if (value?.S === '' || value?.B?.length === 0) {
        throw validation(
          `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${value.S === '' ? 'string' : 'binary'} value. Key: ${attribute.name}`,
        );
      }
    }
  }

  /** The key of a whole item (PutItem and the like; BatchWriteItem words a missing or mistyped key as a key mismatch). */
  keyFromItem(table: TableDef, item: Item, asKeyMismatch = false): EncodedKey {
    const info = this.schemaOf(table, table);
    const key: Item = {};
    for (const attribute of [info.hash, info.range]) {
      if (!attribute) continue;
      const value = ownValue(item, attribute.name);
      if (!value) throw asKeyMismatch ? keyMismatch() : invalidParameter(`Missing the key ${attribute.name} in the item`);
      const type = typeOf(value);
      if (type !== attribute.type) {
        throw asKeyMismatch ? keyMismatch() : invalidParameter(`Type mismatch for key ${attribute.name} expected: ${attribute.type} actual: ${type}`);
      }
      setOwnValue(key, attribute.name, value);
    }
    this.checkNotEmpty(info, item);
    return this.encode(key[info.hash.name], info.range ? key[info.range.name] : undefined, key);
  }

  /** Secondary-index key attributes of an item must have the index's types and not be empty. */
  checkIndexKeys(table: TableDef, item: Item): void {
    for (const index of table.indexes) {
      const info = this.schemaOf(index, table);
      for (const attribute of [...info.hashKeys, ...info.rangeKeys]) {
        const value = ownValue(item, attribute.name);
        if (!value) continue;
        const type = typeOf(value);
        if (type !== attribute.type) {
          throw invalidParameter(`Type mismatch for Index Key ${attribute.name} Expected: ${attribute.type} Actual: ${type} IndexName: ${index.name}`);
        }
        if (value.S === '' || value.B?.length === 0) {
          throw validation(
            `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty ${value.S === '' ? 'string' : 'binary'} value. IndexName: ${index.name}, IndexKey: ${attribute.name}`,
          );
        }
      }
    }
  }

  /** The stored item; with `parse` false only its size is wanted (the item is left unread). */
  load(table: TableDef, key: EncodedKey, parse = true): StoredItem | undefined {
    const row = this.state.getRow(table.id, key.hk, key.pk, key.sk);
    if (!row) return undefined;
    return { item: parse ? deserializeItem(row.item) : {}, size: row.size };
  }

  /** Whether a write must read the item it replaces (for indexes or change listeners). */
  needsOldImage(table: TableDef): boolean {
    return table.indexes.length > 0 || this.listeners.some((listener) => listener.wants?.(table) ?? true);
  }

  /** The attributes an index holds of an item. */
  projectForIndex(table: TableDef, index: IndexDef, item: Item): Item {
    if (index.projection.ProjectionType === 'ALL') return item;
    const out: Item = {};
    const names = new Set([...table.keySchema, ...index.keySchema].map((k) => k.AttributeName));
    if (index.projection.ProjectionType === 'INCLUDE') for (const name of index.projection.NonKeyAttributes ?? []) names.add(name);
    for (const name of names) {
      const value = ownValue(item, name);
      if (value !== undefined) setOwnValue(out, name, value);
    }
    return out;
  }

  /**
   * Where an item sits in a key schema: its partition and sort key bytes, or undefined when
   * it lacks one of the key attributes (an index is sparse: such items are not in it).
   */
  keyBytes(info: KeySchemaInfo, item: Item): { pk: Buffer; sk: Buffer } | undefined {
    const hashValues: AttributeValue[] = [];
    for (const attribute of info.hashKeys) {
      const value = ownValue(item, attribute.name);
      if (!value) return undefined;
      hashValues.push(value);
    }
    const rangeValues: AttributeValue[] = [];
    for (const attribute of info.rangeKeys) {
      const value = ownValue(item, attribute.name);
      if (!value) return undefined;
      rangeValues.push(value);
    }
    return { pk: encodeKeyParts(hashValues), sk: encodeKeyParts(rangeValues) };
  }

  /** The index entry of an item, or undefined when the item lacks an index key (sparse index). */
  indexEntry(table: TableDef, index: IndexDef, item: Item, tableKey: EncodedKey): IndexRow | undefined {
    const at = this.keyBytes(this.schemaOf(index, table), item);
    if (!at) return undefined;
    const projected = this.projectForIndex(table, index, item);
    return {
      hk: hashKey(at.pk),
      pk: at.pk,
      sk: at.sk,
      tpk: tableKey.pk,
      tsk: tableKey.sk,
      item: serializeItem(projected),
      size: itemSize(projected),
    };
  }

  /**
   * The one function every item change goes through (puts, updates, deletes,
   * batches, transactions): writes the item, keeps every index in step, enforces the item-collection limit, counts the
   * index writes, and tells the change listeners (Streams). Callers run it
   * inside a store transaction, so a failure undoes all of it. `userIdentity` marks a change
   * DynamoDB made itself (a TTL deletion), for the listeners.
   */
  commit(
    table: TableDef, key: EncodedKey, old: StoredItem | undefined, next: Item | undefined, tally?: CapacityTally, knownSize?: number,
    userIdentity?: ItemChange['userIdentity'],
  ): number {
    const nextSize = next ? (knownSize ?? itemSize(next)) : 0;
    if (next) this.state.putRow(table.id, { hk: key.hk, pk: key.pk, sk: key.sk, item: serializeItem(next), size: nextSize });
    else if (old) this.state.deleteRow(table.id, key.hk, key.pk, key.sk);
    else return 0;
    let hasLsi = false;
    for (const index of table.indexes) {
      if (!index.global) hasLsi = true;
      const before = old ? this.indexEntry(table, index, old.item, key) : undefined;
      const after = next ? this.indexEntry(table, index, next, key) : undefined;
      const sameKey = before && after && before.pk.equals(after.pk) && before.sk.equals(after.sk);
      if (before && !sameKey) this.state.deleteIndexRow(index.id, before.hk, before.pk, before.sk, before.tpk, before.tsk);
      if (after && !(sameKey && before!.item === after.item)) this.state.putIndexRow(index.id, after);
      let units = 0;
      if (before && after) units = sameKey ? (before.item === after.item ? 0 : writeUnits(after.size)) : writeUnits(before.size) + writeUnits(after.size);
      else if (before) units = writeUnits(before.size);
      else if (after) units = writeUnits(after.size);
      if (units && tally) tally.addIndex(index.name, index.global, units);
    }
    let collection = 0;
    if (hasLsi) {
      collection = this.state.collectionSize(table, key.hk, key.pk);
      if (next && collection > this.collectionLimit) {
        throw new AwsError('ItemCollectionSizeLimitExceededException', 'Item collection size limit exceeded', 400);
      }
    }
    if (this.listeners.length) {
      const change: ItemChange = {
        table,
        eventName: !old ? 'INSERT' : next ? 'MODIFY' : 'REMOVE',
        keys: key.key,
        oldImage: old?.item,
        newImage: next,
        at: this.clock.now(),
      };
      if (userIdentity) change.userIdentity = userIdentity;
      for (const listener of this.listeners) listener(change);
    }
    return collection;
  }
}
