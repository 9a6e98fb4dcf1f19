/**
 * The throughput of one table or one global secondary index, as DynamoDB's developer guide
 * describes it: the key space split into partitions, each a token bucket of its share of the
 * provisioned capacity, with burst and adaptive capacity on top, and AWS's per-partition
 * maximums in both capacity modes. Pure: time is passed in (clock milliseconds).
 */

/** DynamoDB keeps up to five minutes of a partition's unused capacity as burst capacity. */
export const BURST_SECONDS = 300;
/** A partition serves at most 3,000 read units and 1,000 write units a second, in either mode. */
export const PARTITION_MAX = { read: 3000, write: 1000 } as const;
/** A partition holds about 10 GB. */
export const PARTITION_SIZE_BYTES = 10 * 1024 ** 3;
/** The default per-table account quota for on-demand tables (read and write request units a second). */
export const ON_DEMAND_TABLE_QUOTA = 40_000;
/** A new on-demand table can serve 4,000 writes and 12,000 reads a second at once: four partitions. */
export const ON_DEMAND_INITIAL_PARTITIONS = 4;

export type Kind = 'read' | 'write';
/** Rates are fractional (5 WCU over 3 partitions): comparisons allow for rounding. */
const EPSILON = 1e-4;
export type LimitType = 'ProvisionedThroughputExceeded' | 'KeyRangeThroughputExceeded' | 'MaxOnDemandThroughputExceeded' | 'AccountLimitExceeded';

/** `ceil(max(RCU/3000 + WCU/1000, size/10 GB))`, at least one. */
export function partitionCount(read: number, write: number, sizeBytes: number): number {
  return Math.max(1, Math.ceil(Math.max(read / PARTITION_MAX.read + write / PARTITION_MAX.write, sizeBytes / PARTITION_SIZE_BYTES)));
}

/** Which partition a partition key's hash falls in: the 32-bit hash space cut into equal ranges. */
export function partitionOf(hash: number, partitions: number): number {
  return Math.min(partitions - 1, Math.floor(((hash >>> 0) / 2 ** 32) * partitions));
}

/** Units a second, with up to BURST_SECONDS of unused units kept. */
export class TokenBucket {
  private updatedAt: number;

  constructor(
    readonly rate: number,
    now: number,
    public tokens = rate * BURST_SECONDS,
  ) {
    this.updatedAt = now;
  }

  get capacity(): number {
    return this.rate * BURST_SECONDS;
  }

  available(now: number): number {
    const elapsed = (now - this.updatedAt) / 1000;
    if (elapsed > 0) {
      this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.rate);
      this.updatedAt = now;
    }
    return this.tokens;
  }
}

/** Units used in the current clock second. */
class SecondWindow {
  private second = -1;
  private used = 0;

  usedAt(now: number): number {
    return Math.floor(now / 1000) === this.second ? this.used : 0;
  }

  add(now: number, units: number): void {
    const second = Math.floor(now / 1000);
    if (second !== this.second) {
      this.second = second;
      this.used = 0;
    }
    this.used += units;
  }
}

export interface PoolSettings {
  mode: 'PROVISIONED' | 'PAY_PER_REQUEST';
  read: number;
  write: number;
  partitions: number;
  /** On-demand maximums (MaxReadRequestUnits / MaxWriteRequestUnits); -1 or absent for none. */
  maxRead?: number;
  maxWrite?: number;
}

/** Where an admitted request is charged: a partition's bucket, or spread over all (a Scan, an index write). */
export interface Admission {
  kind: Kind;
  hash?: number;
  /** The partition whose bucket pays; -1 spreads the units evenly over every partition. */
  payer: number;
}

export class CapacityPool {
  private settings: PoolSettings = { mode: 'PAY_PER_REQUEST', read: 0, write: 0, partitions: 1 };
  private buckets: Record<Kind, TokenBucket[]> = { read: [], write: [] };
  private readonly total = { read: new SecondWindow(), write: new SecondWindow() };
  /** Per partition key value (hash), this second: AWS's partition maximums bind each hot key once adaptive capacity has isolated it. */
  private keySecond = -1;
  private readonly keyUse = new Map<string, number>();

  get partitions(): number {
    return this.settings.partitions;
  }

  get mode(): PoolSettings['mode'] {
    return this.settings.mode;
  }

  /** Applies the table's current capacity; buckets are rebuilt only when it changed, keeping the unused units they held. */
  configure(next: PoolSettings, now: number): void {
    const current = this.settings;
    const partitions = Math.max(next.partitions, current.partitions);
    const changed = !this.buckets.read.length || next.mode !== current.mode || next.read !== current.read || next.write !== current.write || partitions !== current.partitions;
    this.settings = { ...next, partitions };
    if (!changed) return;
    for (const kind of ['read', 'write'] as const) {
      const rate = next[kind] / partitions;
      const old = this.buckets[kind];
      const held = old.length ? old.reduce((sum, b) => sum + b.available(now), 0) / partitions : undefined;
      this.buckets[kind] = Array.from({ length: partitions }, () => {
        const bucket = new TokenBucket(rate, now);
        if (held !== undefined) bucket.tokens = Math.min(bucket.capacity, held);
        return bucket;
      });
    }
  }

  /** Units the partition's bucket holds now (burst included). */
  available(kind: Kind, partition: number, now: number): number {
    return this.buckets[kind][partition]?.available(now) ?? 0;
  }

  private keyUsed(kind: Kind, hash: number, now: number): number {
    const second = Math.floor(now / 1000);
    if (second !== this.keySecond) {
      this.keySecond = second;
      this.keyUse.clear();
    }
    return this.keyUse.get(`${kind}:${hash}`) ?? 0;
  }

  /**
   * Whether a request needing at least `estimate` units may run now: an Admission, or why not.
   * A provisioned partition pays from its own bucket (its share plus burst); when that is spent,
   * adaptive capacity lends it the unused units of another partition as long as the table stays
   * within its provisioned rate this second. What the request really consumed is charged after.
   */
  admit(kind: Kind, hash: number | undefined, estimate: number, now: number): Admission | LimitType {
    if (hash !== undefined && this.keyUsed(kind, hash, now) + estimate > PARTITION_MAX[kind] + EPSILON) return 'KeyRangeThroughputExceeded';
    const used = this.total[kind].usedAt(now);
    if (this.settings.mode === 'PAY_PER_REQUEST') {
      const max = kind === 'read' ? this.settings.maxRead : this.settings.maxWrite;
      if (max !== undefined && max > 0 && used + estimate > max) return 'MaxOnDemandThroughputExceeded';
      if (used + estimate > ON_DEMAND_TABLE_QUOTA) return 'AccountLimitExceeded';
      return { kind, hash, payer: -1 };
    }
    const buckets = this.buckets[kind];
    if (hash === undefined) {
      const held = buckets.reduce((sum, b) => sum + b.available(now), 0);
      return held >= estimate - EPSILON ? { kind, payer: -1 } : 'ProvisionedThroughputExceeded';
    }
    const own = partitionOf(hash, buckets.length);
    if (buckets[own].available(now) >= estimate - EPSILON) return { kind, hash, payer: own };
    if (buckets.length > 1 && used + estimate <= this.settings[kind] + EPSILON) {
      let lender = -1;
      for (let i = 0; i < buckets.length; i++) {
        if (i !== own && buckets[i].available(now) >= estimate - EPSILON && (lender < 0 || buckets[i].tokens > buckets[lender].tokens)) lender = i;
      }
      if (lender >= 0) return { kind, hash, payer: lender };
    }
    return 'ProvisionedThroughputExceeded';
  }

  /** Charges what an admitted request consumed; a bucket may go below zero and admits nothing until it refills. */
  charge(admission: Admission, units: number, now: number): void {
    const { kind, hash, payer } = admission;
    this.total[kind].add(now, units);
    if (hash !== undefined) {
      const used = this.keyUsed(kind, hash, now);
      this.keyUse.set(`${kind}:${hash}`, used + units);
    }
    if (this.settings.mode !== 'PROVISIONED') return;
    const buckets = this.buckets[kind];
    if (payer >= 0) {
      buckets[payer].available(now);
      buckets[payer].tokens -= units;
      return;
    }
    for (const bucket of buckets) {
      bucket.available(now);
      bucket.tokens -= units / buckets.length;
    }
  }
}
