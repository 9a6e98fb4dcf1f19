import { decodePageToken, encodePageToken } from '../../core/pagination.js';
import type * as Kinesis from '../../generated/kinesis.js';
import { AwsError } from '../../core/errors.js';
import { couldNotFindShard, invalidArgument, limitExceeded, shardLimitExceeded } from './errors.js';
import { shardId, shardIndexOf, uniformRanges } from './sequence.js';
import { SHARD_LIMIT, type KinesisService } from './service.js';
import type { ShardRow, StreamRow } from './state.js';
import { requireActive } from './streams.js';

const DAY_MS = 86_400_000;
const SCALINGS_PER_DAY = 10;
const MAX_SHARDS_PER_STREAM = 10_000;
/** A ListShards NextToken lives 300 seconds, as on AWS. */
const LIST_TOKEN_LIFETIME_MS = 300_000;

type NewShard = Omit<ShardRow, 'streamId' | 'lastCounter'>;

/**
 * A reshard in the making: shards to close and shards to add, each added shard taking the next
 * index of the stream, applied in one transaction.
 */
class Reshard {
  readonly closing: ShardRow[] = [];
  readonly adding: NewShard[] = [];
  /** Added shards that are closed as soon as they are made (UpdateShardCount's short-lived ones). */
  readonly shortLived = new Set<number>();

  constructor(
    private readonly service: KinesisService,
    private readonly stream: StreamRow,
    private readonly now: number,
  ) {}

  add(start: bigint, end: bigint, parent: number, adjacentParent?: number): NewShard {
    const shard: NewShard = { index: this.stream.nextShardIndex++, parentIndex: parent, adjacentParentIndex: adjacentParent, startHash: start, endHash: end, createdAt: this.now, closedAt: undefined };
    this.adding.push(shard);
    return shard;
  }

  apply(): void {
    const { service, stream, now } = this;
    service.state.transaction(() => {
      for (const shard of this.closing) service.state.closeShard(shard, now);
      for (const shard of this.adding) {
        service.state.insertShard({ ...shard, streamId: stream.id, lastCounter: 0, closedAt: this.shortLived.has(shard.index) ? now : undefined });
      }
      service.state.updateStream(stream);
    });
  }
}

function requireOpenShard(service: KinesisService, stream: StreamRow, id: string): ShardRow {
  const index = shardIndexOf(id);
  const shard = index === undefined ? undefined : service.openShards(stream).find((s) => s.index === index);
  if (!shard) throw couldNotFindShard(id, stream.name, stream.account);
  return shard;
}

/** Shards of an ON_DEMAND stream are AWS's to manage: splits, merges and scaling are refused. */
function requireProvisioned(stream: StreamRow, operation: string): void {
  if (stream.mode === 'ON_DEMAND') {
    throw new AwsError('ValidationException', `${operation} is not supported for stream ${stream.name} under account ${stream.account} in ON_DEMAND mode.`, 400);
  }
}

function checkShardLimit(service: KinesisService, stream: StreamRow, adding: number): void {
  const current = service.state.openShardCount(stream.account, stream.region);
  if (current + adding > SHARD_LIMIT) throw shardLimitExceeded(stream.account, stream.region, current, SHARD_LIMIT, adding);
}

/**
 * UNIFORM_SCALING as AWS performs it, by splits and merges: every open shard is split at the new
 * boundaries inside it, then the pieces of each new range are merged left to right. Pieces and
 * partial merges are short-lived shards (closed at once, empty), so every shard keeps at most two
 * parents and every closed shard names its children: a reader following ChildShards reads all.
 */
function scaleUniformly(reshard: Reshard, open: ShardRow[], target: number): void {
  const ranges = uniformRanges(target);
  const boundaries = ranges.slice(1).map((range) => range.start);
  const pieces: Array<{ start: bigint; end: bigint; index: number; isNew: boolean }> = [];
  for (const old of [...open].sort((a, b) => (a.startHash < b.startHash ? -1 : 1))) {
    let current = { start: old.startHash, end: old.endHash, index: old.index, isNew: false };
    for (const boundary of boundaries) {
      if (boundary <= current.start || boundary > current.end) continue;
      if (current.isNew) reshard.shortLived.add(current.index);
      else reshard.closing.push(old);
      const left = reshard.add(current.start, boundary - 1n, current.index);
      const right = reshard.add(boundary, current.end, current.index);
      pieces.push({ start: left.startHash, end: left.endHash, index: left.index, isNew: true });
      current = { start: right.startHash, end: right.endHash, index: right.index, isNew: true };
    }
    pieces.push(current);
  }
  for (const range of ranges) {
    const inside = pieces.filter((piece) => piece.start >= range.start && piece.end <= range.end);
    let merged = inside[0]!;
    for (const next of inside.slice(1)) {
      for (const piece of [merged, next]) {
        if (piece.isNew) reshard.shortLived.add(piece.index);
        else reshard.closing.push(oldShard(open, piece.index));
      }
      const shard = reshard.add(merged.start, next.end, merged.index, next.index);
      merged = { start: shard.startHash, end: shard.endHash, index: shard.index, isNew: true };
    }
  }
}

function oldShard(open: ShardRow[], index: number): ShardRow {
  return open.find((shard) => shard.index === index)!;
}

interface ListShardsToken {
  account: string;
  region: string;
  stream: string;
  after: number;
  filter?: { Type: Kinesis.ShardFilter['Type']; ShardId?: string; Timestamp?: number };
  issuedAt: number;
}

const isListShardsToken = (v: unknown): v is ListShardsToken => {
  const t = v as ListShardsToken | null;
  return typeof t?.account === 'string' && typeof t.region === 'string' && typeof t.stream === 'string' && Number.isSafeInteger(t.after) && Number.isSafeInteger(t.issuedAt);
};

/** The shards a ShardFilter selects among those still kept. */
function filterShards(service: KinesisService, stream: StreamRow, shards: ShardRow[], filter: ListShardsToken['filter']): ShardRow[] {
  if (!filter) return shards;
  const kept = new Set(shards.map((s) => s.index));
  switch (filter.Type) {
    case 'AFTER_SHARD_ID': {
      const after = filter.ShardId === undefined ? undefined : shardIndexOf(filter.ShardId);
      if (after === undefined) throw invalidArgument('The ShardId must be specified for a ShardFilter of type AFTER_SHARD_ID.');
      return shards.filter((s) => s.index > after);
    }
    case 'AT_TRIM_HORIZON':
      // The oldest shards kept: those whose parents are gone.
      return shards.filter((s) => !(s.parentIndex !== undefined && kept.has(s.parentIndex)) && !(s.adjacentParentIndex !== undefined && kept.has(s.adjacentParentIndex)));
    case 'FROM_TRIM_HORIZON':
      return shards;
    case 'AT_LATEST':
      return shards.filter((s) => s.closedAt === undefined);
    case 'AT_TIMESTAMP':
    case 'FROM_TIMESTAMP': {
      if (filter.Timestamp === undefined) throw invalidArgument(`The Timestamp must be specified for a ShardFilter of type ${filter.Type}.`);
      const at = Math.max(filter.Timestamp, stream.createdAt);
      const openAt = (s: ShardRow) => s.createdAt <= at && (s.closedAt === undefined || s.closedAt > at);
      return shards.filter((s) => openAt(s) || (filter.Type === 'FROM_TIMESTAMP' && s.createdAt > at));
    }
    default:
      return shards;
  }
}

/** SplitShard, MergeShards, UpdateShardCount, ListShards. */
export function reshardingOperations(service: KinesisService): Partial<Kinesis.KinesisOperations> {
  return {
    SplitShard(input, context) {
      const stream = service.requireStream(input, context);
      requireProvisioned(stream, 'SplitShard');
      requireActive(stream);
      const shard = requireOpenShard(service, stream, input.ShardToSplit);
      checkShardLimit(service, stream, 1);
      const key = BigInt(input.NewStartingHashKey);
      if (key <= shard.startHash + 1n || key >= shard.endHash) {
        throw invalidArgument(
          `NewStartingHashKey ${input.NewStartingHashKey} used in SplitShard() on shard ${shardId(shard.index)} in stream ${stream.name} under account ${stream.account} is not both greater than one plus the shard's StartingHashKey ${shard.startHash} and less than the shard's EndingHashKey ${shard.endHash}.`,
        );
      }
      const reshard = new Reshard(service, stream, service.clock.now());
      reshard.closing.push(shard);
      reshard.add(shard.startHash, key - 1n, shard.index);
      reshard.add(key, shard.endHash, shard.index);
      reshard.apply();
      service.transition(stream, 'UPDATING');
    },

    MergeShards(input, context) {
      const stream = service.requireStream(input, context);
      requireProvisioned(stream, 'MergeShards');
      requireActive(stream);
      const first = requireOpenShard(service, stream, input.ShardToMerge);
      const second = requireOpenShard(service, stream, input.AdjacentShardToMerge);
      const adjacent = first.endHash + 1n === second.startHash || second.endHash + 1n === first.startHash;
      if (!adjacent || first.index === second.index) {
        throw invalidArgument(
          `Shards ${shardId(first.index)} and ${shardId(second.index)} in stream ${stream.name} under account ${stream.account} are not an adjacent pair of shards eligible for merging`,
        );
      }
      const reshard = new Reshard(service, stream, service.clock.now());
      reshard.closing.push(first, second);
      const start = first.startHash < second.startHash ? first.startHash : second.startHash;
      const end = first.endHash > second.endHash ? first.endHash : second.endHash;
      reshard.add(start, end, first.index, second.index);
      reshard.apply();
      service.transition(stream, 'UPDATING');
    },

    UpdateShardCount(input, context) {
      const stream = service.requireStream(input, context);
      requireProvisioned(stream, 'UpdateShardCount');
      requireActive(stream);
      const open = service.openShards(stream);
      const current = open.length;
      const target = input.TargetShardCount;
      const now = service.clock.now();
      const recent = stream.scalings.filter((at) => at > now - DAY_MS);
      if (recent.length >= SCALINGS_PER_DAY) {
        throw limitExceeded(`Stream ${stream.name} under account ${stream.account} has already been scaled ${SCALINGS_PER_DAY} times in the last 24 hours.`);
      }
      if (target > current * 2) throw limitExceeded(`UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: ${current} Target shard count: ${target}`);
      if (target * 2 < current) throw limitExceeded(`UpdateShardCount cannot scale down below half your current open shard count. Current open shard count: ${current} Target shard count: ${target}`);
      if (target > MAX_SHARDS_PER_STREAM) throw limitExceeded(`UpdateShardCount cannot scale up over ${MAX_SHARDS_PER_STREAM} shards in a stream. Target shard count: ${target}`);
      if (target > current) checkShardLimit(service, stream, target - current);
      stream.scalings = [...recent, now];
      const starts = open.map((shard) => shard.startHash).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const uniform = uniformRanges(current).every((range, i) => range.start === starts[i]);
      if (target !== current || !uniform) {
        const reshard = new Reshard(service, stream, now);
        scaleUniformly(reshard, open, target);
        reshard.apply();
      } else {
        service.state.updateStream(stream);
      }
      service.transition(stream, 'UPDATING');
      return { StreamName: stream.name, StreamARN: stream.arn, CurrentShardCount: current, TargetShardCount: target };
    },

    ListShards(input, context) {
      const named = input.StreamName !== undefined || input.StreamARN !== undefined;
      if (input.NextToken !== undefined && input.StreamName !== undefined) throw invalidArgument('NextToken and StreamName cannot be provided together.');
      if (input.NextToken === undefined && !named) throw invalidArgument('Either NextToken or StreamName should be provided.');
      const now = service.clock.now();
      let token: ListShardsToken | undefined;
      if (input.NextToken !== undefined) {
        token = decodePageToken(input.NextToken, isListShardsToken, () => invalidArgument('Invalid NextToken.'));
        if (now - token.issuedAt > LIST_TOKEN_LIFETIME_MS) throw new AwsError('ExpiredNextTokenException', 'The requested NextToken has expired.', 400);
      }
      const stream = token
        ? service.requireStream({ StreamARN: service.streamArn(token.account, token.region, token.stream) }, context)
        : service.requireStream(input, context);
      if (input.StreamCreationTimestamp && !token && input.StreamCreationTimestamp.getTime() !== stream.createdAt && Math.floor(input.StreamCreationTimestamp.getTime() / 1000) !== Math.floor(stream.createdAt / 1000)) {
        throw invalidArgument(`StreamCreationTimestamp does not match the creation time of stream ${stream.name}.`);
      }
      const filter = token?.filter ?? (input.ShardFilter ? { ...input.ShardFilter, Timestamp: input.ShardFilter.Timestamp?.getTime() } : undefined);
      const after = token ? token.after : input.ExclusiveStartShardId === undefined ? -1 : (shardIndexOf(input.ExclusiveStartShardId) ?? -1);
      const shards = filterShards(service, stream, service.liveShards(stream), filter).filter((s) => s.index > after);
      const limit = input.MaxResults ?? 1000;
      const page = shards.slice(0, limit);
      const more = shards.length > limit;
      return {
        Shards: page.map((shard) => service.describeShard(shard)),
        NextToken: more
          ? encodePageToken({ account: stream.account, region: stream.region, stream: stream.name, after: page[page.length - 1]!.index, filter, issuedAt: now } satisfies ListShardsToken)
          : undefined,
      };
    },
  };
}
