import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateStreamCommand,
  DescribeStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  MergeShardsCommand,
  PutRecordsCommand,
  SplitShardCommand,
  UpdateShardCountCommand,
  type Shard,
} from '@aws-sdk/client-kinesis';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const HALF = (2n ** 127n).toString();

async function put(kinesis: KinesisClient, stream: string, from: number, count: number): Promise<void> {
  await kinesis.send(
    new PutRecordsCommand({ StreamName: stream, Records: Array.from({ length: count }, (_, i) => ({ PartitionKey: `key-${(from + i) % 37}`, Data: Buffer.from(`record-${from + i}`) })) }),
  );
}

/**
 * A KCL-style consumer: list the shards, read each from TRIM_HORIZON to its end, and move on to a
 * shard's children only once all its parents are done. Answers every record's data, per partition key.
 */
async function consumeEverything(kinesis: KinesisClient, stream: string): Promise<Map<string, string[]>> {
  const shards: Shard[] = [];
  let token: string | undefined;
  do {
    const page = await kinesis.send(token ? new ListShardsCommand({ NextToken: token }) : new ListShardsCommand({ StreamName: stream, MaxResults: 2 }));
    shards.push(...page.Shards!);
    token = page.NextToken;
  } while (token);
  const byId = new Map(shards.map((s) => [s.ShardId!, s]));
  const done = new Set<string>();
  const perKey = new Map<string, string[]>();
  const ready = (s: Shard) => [s.ParentShardId, s.AdjacentParentShardId].every((p) => !p || !byId.has(p) || done.has(p));
  const queue = shards.filter(ready);
  while (queue.length) {
    const shard = queue.shift()!;
    if (done.has(shard.ShardId!)) continue;
    let iterator = (await kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
    let children: string[] = [];
    while (iterator) {
      const page = await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 25 }));
      for (const record of page.Records!) {
        const list = perKey.get(record.PartitionKey!) ?? [];
        list.push(Buffer.from(record.Data!).toString());
        perKey.set(record.PartitionKey!, list);
      }
      if (page.ChildShards) children = page.ChildShards.map((c) => c.ShardId!);
      // An open shard is read up to its tip; a closed one to its end (no NextShardIterator).
      if (!page.Records!.length && !page.ChildShards && page.MillisBehindLatest === 0) break;
      iterator = page.NextShardIterator;
    }
    done.add(shard.ShardId!);
    for (const child of children) {
      const known = byId.get(child);
      assert.ok(known, `child ${child} is listed by ListShards`);
      if (ready(known)) queue.push(known);
    }
  }
  assert.equal(done.size, shards.length, 'every shard was reached');
  return perKey;
}

function assertEverythingInOrder(perKey: Map<string, string[]>, total: number): void {
  const all = [...perKey.values()].flat();
  assert.equal(all.length, total);
  assert.equal(new Set(all).size, total);
  for (const [, list] of perKey) {
    const numbers = list.map((d) => Number(d.slice('record-'.length)));
    assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), 'records of one partition key come in the order they were put');
  }
}

describe('Kinesis resharding: SplitShard, MergeShards, UpdateShardCount', () => {
  let cloud: Cloud;
  let kinesis: KinesisClient;
  before(async () => {
    cloud = await startTestCloud();
    kinesis = new KinesisClient(clientConfig(cloud));
  });
  after(async () => {
    kinesis.destroy();
    await cloud.close();
  });

  test('a split and a merge keep every record, close the parents and record the lineage', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'reshape', ShardCount: 1 }));
    await put(kinesis, 'reshape', 0, 100);
    await kinesis.send(new SplitShardCommand({ StreamName: 'reshape', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: HALF }));
    await put(kinesis, 'reshape', 100, 100);

    const afterSplit = (await kinesis.send(new ListShardsCommand({ StreamName: 'reshape' }))).Shards!;
    assert.deepEqual(afterSplit.map((s) => s.ShardId), ['shardId-000000000000', 'shardId-000000000001', 'shardId-000000000002']);
    assert.ok(afterSplit[0]!.SequenceNumberRange!.EndingSequenceNumber, 'the parent is closed');
    assert.equal(afterSplit[1]!.ParentShardId, 'shardId-000000000000');
    assert.equal(afterSplit[1]!.HashKeyRange!.EndingHashKey, (2n ** 127n - 1n).toString());
    assert.equal(afterSplit[2]!.HashKeyRange!.StartingHashKey, HALF);

    await kinesis.send(new MergeShardsCommand({ StreamName: 'reshape', ShardToMerge: 'shardId-000000000001', AdjacentShardToMerge: 'shardId-000000000002' }));
    await put(kinesis, 'reshape', 200, 100);
    const shards = (await kinesis.send(new DescribeStreamCommand({ StreamName: 'reshape' }))).StreamDescription!.Shards!;
    const merged = shards.find((s) => s.ShardId === 'shardId-000000000003')!;
    assert.equal(merged.ParentShardId, 'shardId-000000000001');
    assert.equal(merged.AdjacentParentShardId, 'shardId-000000000002');
    assert.deepEqual(merged.HashKeyRange, { StartingHashKey: '0', EndingHashKey: (2n ** 128n - 1n).toString() });
    const summary = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'reshape' }))).StreamDescriptionSummary!;
    assert.equal(summary.OpenShardCount, 1);

    // The closed parent answers its children at its end, and no NextShardIterator after it.
    const it = (await kinesis.send(new GetShardIteratorCommand({ StreamName: 'reshape', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    const whole = await kinesis.send(new GetRecordsCommand({ ShardIterator: it }));
    assert.equal(whole.Records!.length, 100);
    assert.equal(whole.NextShardIterator, undefined);
    assert.deepEqual(
      whole.ChildShards!.map((c) => [c.ShardId, c.ParentShards]),
      [
        ['shardId-000000000001', ['shardId-000000000000']],
        ['shardId-000000000002', ['shardId-000000000000']],
      ],
    );

    assertEverythingInOrder(await consumeEverything(kinesis, 'reshape'), 300);
  });

  test('a KCL-style loop reads everything across UpdateShardCount up and down', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'scaled', ShardCount: 3 }));
    await put(kinesis, 'scaled', 0, 150);
    const up = await kinesis.send(new UpdateShardCountCommand({ StreamName: 'scaled', TargetShardCount: 5, ScalingType: 'UNIFORM_SCALING' }));
    assert.equal(up.CurrentShardCount, 3);
    assert.equal(up.TargetShardCount, 5);
    await put(kinesis, 'scaled', 150, 150);
    await kinesis.send(new UpdateShardCountCommand({ StreamName: 'scaled', TargetShardCount: 3, ScalingType: 'UNIFORM_SCALING' }));
    await put(kinesis, 'scaled', 300, 150);

    const open = (await kinesis.send(new ListShardsCommand({ StreamName: 'scaled', ShardFilter: { Type: 'AT_LATEST' } }))).Shards!;
    assert.equal(open.length, 3);
    // The open shards cover the hash-key space evenly, end to end.
    assert.equal(open[0]!.HashKeyRange!.StartingHashKey, '0');
    assert.equal(open[2]!.HashKeyRange!.EndingHashKey, (2n ** 128n - 1n).toString());
    for (const s of [...open].sort((a, b) => (BigInt(a.HashKeyRange!.StartingHashKey!) < BigInt(b.HashKeyRange!.StartingHashKey!) ? -1 : 1)).slice(1)) {
      assert.ok(open.some((o) => BigInt(o.HashKeyRange!.EndingHashKey!) + 1n === BigInt(s.HashKeyRange!.StartingHashKey!)));
    }
    const roots = (await kinesis.send(new ListShardsCommand({ StreamName: 'scaled', ShardFilter: { Type: 'AT_TRIM_HORIZON' } }))).Shards!;
    assert.deepEqual(roots.map((s) => s.ShardId), ['shardId-000000000000', 'shardId-000000000001', 'shardId-000000000002']);
    const after2 = (await kinesis.send(new ListShardsCommand({ StreamName: 'scaled', ShardFilter: { Type: 'AFTER_SHARD_ID', ShardId: 'shardId-000000000002' } }))).Shards!;
    assert.ok(after2.every((s) => s.ShardId! > 'shardId-000000000002'));

    assertEverythingInOrder(await consumeEverything(kinesis, 'scaled'), 450);
  });

  test('AWS errors: non-adjacent merges, bad split keys, closed and unknown shards, scaling limits', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'strict', ShardCount: 3 }));
    await expectAwsError(kinesis.send(new MergeShardsCommand({ StreamName: 'strict', ShardToMerge: 'shardId-000000000000', AdjacentShardToMerge: 'shardId-000000000002' })), {
      name: 'InvalidArgumentException',
      message: `Shards shardId-000000000000 and shardId-000000000002 in stream strict under account ${ACCOUNT} are not an adjacent pair of shards eligible for merging`,
      status: 400,
    });
    await expectAwsError(kinesis.send(new SplitShardCommand({ StreamName: 'strict', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1' })), {
      name: 'InvalidArgumentException',
      message: `NewStartingHashKey 1 used in SplitShard() on shard shardId-000000000000 in stream strict under account ${ACCOUNT} is not both greater than one plus the shard's StartingHashKey 0 and less than the shard's EndingHashKey 113427455640312821154458202477256070484.`,
    });
    await expectAwsError(kinesis.send(new SplitShardCommand({ StreamName: 'strict', ShardToSplit: 'shardId-000000000007', NewStartingHashKey: '100' })), {
      name: 'ResourceNotFoundException',
      message: `Could not find shard shardId-000000000007 in stream strict under account ${ACCOUNT}.`,
    });
    await kinesis.send(new MergeShardsCommand({ StreamName: 'strict', ShardToMerge: 'shardId-000000000000', AdjacentShardToMerge: 'shardId-000000000001' }));
    // A closed shard can no longer be split or merged.
    await expectAwsError(kinesis.send(new SplitShardCommand({ StreamName: 'strict', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '100' })), {
      name: 'ResourceNotFoundException',
      message: `Could not find shard shardId-000000000000 in stream strict under account ${ACCOUNT}.`,
    });
    await expectAwsError(kinesis.send(new UpdateShardCountCommand({ StreamName: 'strict', TargetShardCount: 5, ScalingType: 'UNIFORM_SCALING' })), {
      name: 'LimitExceededException',
      message: 'UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: 2 Target shard count: 5',
    });
    await expectAwsError(kinesis.send(new UpdateShardCountCommand({ StreamName: 'strict', TargetShardCount: 0, ScalingType: 'UNIFORM_SCALING' })), {
      name: 'ValidationException',
      status: 400,
    });
    // Ten scalings a rolling day.
    for (let i = 0; i < 10; i++) await kinesis.send(new UpdateShardCountCommand({ StreamName: 'strict', TargetShardCount: i % 2 ? 2 : 3, ScalingType: 'UNIFORM_SCALING' }));
    await expectAwsError(kinesis.send(new UpdateShardCountCommand({ StreamName: 'strict', TargetShardCount: 3, ScalingType: 'UNIFORM_SCALING' })), {
      name: 'LimitExceededException',
      message: `Stream strict under account ${ACCOUNT} has already been scaled 10 times in the last 24 hours.`,
    });
    await advanceClock(cloud, '25h');
    await kinesis.send(new UpdateShardCountCommand({ StreamName: 'strict', TargetShardCount: 3, ScalingType: 'UNIFORM_SCALING' }));
  });

  test('closed shards stay readable until the retention period passes, then leave the listing', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'aging', ShardCount: 1 }));
    await put(kinesis, 'aging', 0, 10);
    await kinesis.send(new SplitShardCommand({ StreamName: 'aging', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: HALF }));
    await advanceClock(cloud, '23h');
    assert.equal((await kinesis.send(new ListShardsCommand({ StreamName: 'aging' }))).Shards!.length, 3);
    await advanceClock(cloud, '2h');
    const left = (await kinesis.send(new ListShardsCommand({ StreamName: 'aging' }))).Shards!;
    assert.deepEqual(left.map((s) => s.ShardId), ['shardId-000000000001', 'shardId-000000000002']);
    await expectAwsError(kinesis.send(new GetShardIteratorCommand({ StreamName: 'aging', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' })), {
      name: 'ResourceNotFoundException',
      message: `Shard shardId-000000000000 in stream aging under account ${ACCOUNT} does not exist`,
    });
  });
});
