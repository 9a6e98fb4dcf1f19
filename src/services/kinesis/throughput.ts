/**
 * Per-shard throughput limits, as AWS enforces them on provisioned capacity, when switched on
 * (--kinesis-throughput-limits): in, 1 MiB or 1,000 records a second; out, 5 GetRecords calls and
 * 2 MiB a second, where one large read uses up the seconds it would have taken at 2 MiB/s. Each
 * second is a second of the virtual clock. What a shard has used is not state a restart must keep.
 */
const WRITE_BYTES_PER_SECOND = 1024 * 1024;
const WRITE_RECORDS_PER_SECOND = 1000;
const READ_CALLS_PER_SECOND = 5;
const READ_BYTES_PER_SECOND = 2 * 1024 * 1024;

interface ShardUse {
  second: number;
  bytesIn: number;
  recordsIn: number;
  reads: number;
  /** Reads are refused until this epoch millisecond, after a read larger than a second's worth. */
  readsBlockedUntil: number;
  bytesOutThisSecond: number;
}

export class ShardThrottle {
  private readonly uses = new Map<string, ShardUse>();

  constructor(readonly enabled: boolean) {}

  private use(key: string, now: number): ShardUse {
    const second = Math.floor(now / 1000);
    let use = this.uses.get(key);
    if (!use) {
      use = { second, bytesIn: 0, recordsIn: 0, reads: 0, readsBlockedUntil: 0, bytesOutThisSecond: 0 };
      this.uses.set(key, use);
      // Keys of deleted streams and closed shards would pile up: a long-idle map is emptied.
      if (this.uses.size > 100_000) this.uses.clear();
    } else if (use.second !== second) {
      use.second = second;
      use.bytesIn = 0;
      use.recordsIn = 0;
      use.reads = 0;
      use.bytesOutThisSecond = 0;
    }
    return use;
  }

  /** Whether a record of `bytes` (data and key) may go into the shard now; counts it if so. */
  admitWrite(key: string, bytes: number, now: number): boolean {
    if (!this.enabled) return true;
    const use = this.use(key, now);
    if (use.recordsIn + 1 > WRITE_RECORDS_PER_SECOND || use.bytesIn + bytes > WRITE_BYTES_PER_SECOND) return false;
    use.recordsIn += 1;
    use.bytesIn += bytes;
    return true;
  }

  /** Whether a GetRecords call may read the shard now; counts the call if so. */
  admitRead(key: string, now: number): boolean {
    if (!this.enabled) return true;
    const use = this.use(key, now);
    if (now < use.readsBlockedUntil || use.reads >= READ_CALLS_PER_SECOND || use.bytesOutThisSecond >= READ_BYTES_PER_SECOND) return false;
    use.reads += 1;
    return true;
  }

  /** Counts what a read returned: a read of more than 2 MiB holds the shard's reads back for the seconds it used. */
  countRead(key: string, bytes: number, now: number): void {
    if (!this.enabled) return;
    const use = this.use(key, now);
    use.bytesOutThisSecond += bytes;
    if (use.bytesOutThisSecond > READ_BYTES_PER_SECOND) {
      use.readsBlockedUntil = use.second * 1000 + Math.ceil(use.bytesOutThisSecond / READ_BYTES_PER_SECOND) * 1000;
    }
  }
}
