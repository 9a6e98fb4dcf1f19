import type * as Ddb from '../../generated/dynamodb.js';

/**
 * Consumed capacity as DynamoDB counts it: reads in 4 KB units (half for an
 * eventually consistent read), writes in 1 KB units, every index write on
 * top, and twice as much inside a transaction.
 */
export const READ_UNIT_BYTES = 4096;
export const WRITE_UNIT_BYTES = 1024;

export function readUnits(bytes: number, consistent: boolean): number {
  const units = Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES));
  return consistent ? units : units / 2;
}

export function writeUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));
}

/** Capacity a request consumed on one table, split by table and index. */
export class CapacityTally {
  table = 0;
  readonly gsis = new Map<string, number>();
  readonly lsis = new Map<string, number>();

  constructor(readonly tableName: string) {}

  addIndex(name: string, global: boolean, units: number): void {
    const map = global ? this.gsis : this.lsis;
    map.set(name, (map.get(name) ?? 0) + units);
  }

  total(): number {
    let sum = this.table;
    for (const units of this.gsis.values()) sum += units;
    for (const units of this.lsis.values()) sum += units;
    return sum;
  }

  scale(factor: number): void {
    this.table *= factor;
    for (const [name, units] of this.gsis) this.gsis.set(name, units * factor);
    for (const [name, units] of this.lsis) this.lsis.set(name, units * factor);
  }

  /** The ConsumedCapacity element for ReturnConsumedCapacity TOTAL or INDEXES (undefined for NONE). */
  report(mode: string | undefined): Ddb.ConsumedCapacity | undefined {
    if (mode !== 'TOTAL' && mode !== 'INDEXES') return undefined;
    const consumed: Ddb.ConsumedCapacity = { TableName: this.tableName, CapacityUnits: this.total() };
    if (mode === 'INDEXES') {
      consumed.Table = { CapacityUnits: this.table };
      if (this.gsis.size) consumed.GlobalSecondaryIndexes = Object.fromEntries([...this.gsis].map(([name, units]) => [name, { CapacityUnits: units }]));
      if (this.lsis.size) consumed.LocalSecondaryIndexes = Object.fromEntries([...this.lsis].map(([name, units]) => [name, { CapacityUnits: units }]));
    }
    return consumed;
  }
}
