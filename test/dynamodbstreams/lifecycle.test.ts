import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DeleteTableCommand, DynamoDBClient, PutItemCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable } from '../dynamodb/support.js';

const HOUR = 60 * 60 * 1000;

describe('DynamoDB Streams: lifecycle, shards, retention and errors', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let streams: DynamoDBStreamsClient;

  before(async () => {
    // Tables and streams take a second to change status, so ENABLING and DISABLING can be seen.
    cloud = await startTestCloud({ dynamodbStatusDelayMs: 1000 });
    ddb = new DynamoDBClient(clientConfig(cloud));
    streams = new DynamoDBStreamsClient(clientConfig(cloud));
  });
  after(async () => {
    ddb.destroy();
    streams.destroy();
    await cloud.close();
  });

  const describeStream = async (arn: string) => (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!;
  const put = (table: string, pk: string, v = 1) => ddb.send(new PutItemCommand({ TableName: table, Item: { pk: { S: pk }, v: { N: String(v) } } }));
  const iterator = async (arn: string, shardId: string, type: ShardIteratorType, sequenceNumber?: string) =>
    (await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: type, SequenceNumber: sequenceNumber }))).ShardIterator!;
  const settle = () => advanceClock(cloud, '2s');

  it('goes ENABLING → ENABLED → DISABLING → DISABLED; a re-enabled stream gets a new label; a disabled one is readable for 24 hours', async () => {
    const created = await createTable(ddb, 'lives', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }, null);
    const first = created.TableDescription!.LatestStreamArn!;
    const described = await describeStream(first);
    assert.equal(described.StreamStatus, 'ENABLING');
    assert.equal(described.TableName, 'lives');
    assert.equal(described.StreamViewType, 'KEYS_ONLY');
    assert.equal(described.StreamLabel, created.TableDescription!.LatestStreamLabel);
    assert.deepEqual(described.KeySchema, [{ AttributeName: 'pk', KeyType: 'HASH' }]);
    assert.ok(described.CreationRequestDateTime instanceof Date);
    assert.equal(described.Shards!.length, 1);
    assert.match(described.Shards![0]!.ShardId!, /^shardId-\d{20}-[0-9a-f]{8}$/);
    assert.equal(described.Shards![0]!.SequenceNumberRange!.EndingSequenceNumber, undefined);
    await settle();
    assert.equal((await describeStream(first)).StreamStatus, 'ENABLED');
    await put('lives', 'before-disable');

    await ddb.send(new UpdateTableCommand({ TableName: 'lives', StreamSpecification: { StreamEnabled: false } }));
    const disabling = await describeStream(first);
    assert.equal(disabling.StreamStatus, 'DISABLING');
    assert.ok(disabling.Shards![0]!.SequenceNumberRange!.EndingSequenceNumber, 'the shard is closed');
    await settle();
    assert.equal((await describeStream(first)).StreamStatus, 'DISABLED');
    // Writes now go nowhere; what was written is still there to read, and then the shard ends.
    await put('lives', 'while-disabled');
    const shardId = disabling.Shards![0]!.ShardId!;
    const page = await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(first, shardId, 'TRIM_HORIZON') }));
    assert.deepEqual(page.Records!.map((r) => r.dynamodb!.Keys!.pk!.S), ['before-disable']);
    const end = await streams.send(new GetRecordsCommand({ ShardIterator: page.NextShardIterator! }));
    assert.deepEqual(end.Records, []);
    assert.equal(end.NextShardIterator, undefined, 'a closed shard read to its end has no next iterator');

    await advanceClock(cloud, '1s');
    const again = await ddb.send(new UpdateTableCommand({ TableName: 'lives', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }));
    const second = again.TableDescription!.LatestStreamArn!;
    assert.notEqual(second, first);
    await settle();
    const listed = await streams.send(new ListStreamsCommand({ TableName: 'lives' }));
    assert.deepEqual(listed.Streams!.map((s) => s.StreamArn).sort(), [first, second].sort());

    await advanceClock(cloud, 24 * HOUR);
    await expectAwsError(describeStream(first), { name: 'ResourceNotFoundException', message: `Requested resource not found: Stream: ${first} not found`, status: 400 });
    assert.deepEqual((await streams.send(new ListStreamsCommand({ TableName: 'lives' }))).Streams!.map((s) => s.StreamArn), [second]);
    assert.equal((await describeStream(second)).StreamStatus, 'ENABLED');
  });

  it('disables the stream of a deleted table, which stays listed and readable', async () => {
    const arn = (await createTable(ddb, 'doomed', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }, null)).TableDescription!.LatestStreamArn!;
    await settle();
    await put('doomed', 'last-words');
    await ddb.send(new DeleteTableCommand({ TableName: 'doomed' }));
    await settle();
    const described = await describeStream(arn);
    assert.equal(described.StreamStatus, 'DISABLED');
    const records = (await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, described.Shards![0]!.ShardId!, 'TRIM_HORIZON') }))).Records!;
    assert.deepEqual(records.map((r) => r.dynamodb!.NewImage!.pk!.S), ['last-words']);
    assert.deepEqual((await streams.send(new ListStreamsCommand({ TableName: 'doomed' }))).Streams!.map((s) => s.StreamArn), [arn]);
  });

  it('pages ListStreams and DescribeStream', async () => {
    for (const name of ['page-a', 'page-b', 'page-c']) await createTable(ddb, name, { StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }, null);
    await settle();
    const seen: string[] = [];
    let start: string | undefined;
    do {
      const page = await streams.send(new ListStreamsCommand({ Limit: 1, ExclusiveStartStreamArn: start }));
      assert.ok(page.Streams!.length <= 1);
      seen.push(...page.Streams!.map((s) => s.TableName!));
      start = page.LastEvaluatedStreamArn;
    } while (start);
    for (const name of ['page-a', 'page-b', 'page-c']) assert.equal(seen.filter((t) => t === name).length, 1);
    await expectAwsError(streams.send(new ListStreamsCommand({ ExclusiveStartStreamArn: 'not-a-stream-arn-at-all-but-long-enough-to-pass' })), {
      name: 'ValidationException',
      message: 'Invalid StreamArn',
      status: 400,
    });
  });

  it('rolls a shard over after four hours: the child names its parent, the parent closes', async () => {
    const arn = (await createTable(ddb, 'rolling', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }, null)).TableDescription!.LatestStreamArn!;
    await settle();
    await put('rolling', 'x', 1);
    await advanceClock(cloud, 4 * HOUR);
    await put('rolling', 'x', 2);
    const shards = (await describeStream(arn)).Shards!;
    assert.equal(shards.length, 2);
    const [parent, child] = shards as [(typeof shards)[0], (typeof shards)[0]];
    assert.equal(child.ParentShardId, parent.ShardId);
    assert.ok(parent.SequenceNumberRange!.EndingSequenceNumber);
    assert.equal(child.SequenceNumberRange!.EndingSequenceNumber, undefined);
    assert.ok(BigInt(child.SequenceNumberRange!.StartingSequenceNumber!) > BigInt(parent.SequenceNumberRange!.EndingSequenceNumber!));
    const fromParent = await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, parent.ShardId!, 'TRIM_HORIZON') }));
    const fromChild = await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, child.ShardId!, 'TRIM_HORIZON') }));
    assert.deepEqual([...fromParent.Records!, ...fromChild.Records!].map((r) => r.dynamodb!.NewImage!.v!.N), ['1', '2']);
    // One shard a page, then the rest; CHILD_SHARDS names the child.
    const first = await streams.send(new DescribeStreamCommand({ StreamArn: arn, Limit: 1 }));
    assert.equal(first.StreamDescription!.LastEvaluatedShardId, parent.ShardId);
    const rest = await streams.send(new DescribeStreamCommand({ StreamArn: arn, ExclusiveStartShardId: first.StreamDescription!.LastEvaluatedShardId }));
    assert.deepEqual(rest.StreamDescription!.Shards!.map((s) => s.ShardId), [child.ShardId]);
    assert.equal(rest.StreamDescription!.LastEvaluatedShardId, undefined);
    const children = await streams.send(new DescribeStreamCommand({ StreamArn: arn, ShardFilter: { Type: 'CHILD_SHARDS', ShardId: parent.ShardId } }));
    assert.deepEqual(children.StreamDescription!.Shards!.map((s) => s.ShardId), [child.ShardId]);
  });

  it('positions iterators: LATEST, AT_ and AFTER_SEQUENCE_NUMBER; iterators expire after 15 minutes', async () => {
    const arn = (await createTable(ddb, 'positions', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }, null)).TableDescription!.LatestStreamArn!;
    await settle();
    for (let i = 1; i <= 3; i++) await put('positions', 'p', i);
    const shardId = (await describeStream(arn)).Shards![0]!.ShardId!;
    const all = (await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, shardId, 'TRIM_HORIZON'), Limit: 2 })));
    assert.equal(all.Records!.length, 2, 'Limit');
    const second = all.Records![1]!.dynamodb!.SequenceNumber!;
    const at = await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, shardId, 'AT_SEQUENCE_NUMBER', second) }));
    assert.deepEqual(at.Records!.map((r) => r.dynamodb!.NewImage!.v!.N), ['2', '3']);
    const afterSecond = await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, shardId, 'AFTER_SEQUENCE_NUMBER', second) }));
    assert.deepEqual(afterSecond.Records!.map((r) => r.dynamodb!.NewImage!.v!.N), ['3']);
    const latest = await iterator(arn, shardId, 'LATEST');
    assert.match(latest, /^arn:aws:dynamodb:us-east-1:000000000000:table\/positions\/stream\/[^|]+\|1\|/);
    await put('positions', 'p', 4);
    const fromLatest = await streams.send(new GetRecordsCommand({ ShardIterator: latest }));
    assert.deepEqual(fromLatest.Records!.map((r) => r.dynamodb!.NewImage!.v!.N), ['4']);

    const stale = await iterator(arn, shardId, 'TRIM_HORIZON');
    await advanceClock(cloud, '16m');
    await expectAwsError(streams.send(new GetRecordsCommand({ ShardIterator: stale })), {
      name: 'ExpiredIteratorException',
      message: 'The provided iterator exceeds the maximum age allowed.',
      status: 400,
    });
    // Each answer's NextShardIterator lives 15 minutes from when it was given.
    const fresh = await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, shardId, 'TRIM_HORIZON') }));
    await advanceClock(cloud, '10m');
    assert.deepEqual((await streams.send(new GetRecordsCommand({ ShardIterator: fresh.NextShardIterator! }))).Records, []);
  });

  it('trims records after 24 hours: TRIM_HORIZON passes over them, a place among them is TrimmedDataAccessException', async () => {
    const arn = (await createTable(ddb, 'aging', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }, null)).TableDescription!.LatestStreamArn!;
    await settle();
    await put('aging', 'old', 1);
    const shardId = (await describeStream(arn)).Shards![0]!.ShardId!;
    const oldSequence = (await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, shardId, 'TRIM_HORIZON') }))).Records![0]!.dynamodb!.SequenceNumber!;
    await advanceClock(cloud, 23 * HOUR + 55 * 60 * 1000);
    const beforeTrim = await iterator(arn, shardId, 'AT_SEQUENCE_NUMBER', oldSequence);
    await advanceClock(cloud, '10m');
    const trimmed = { name: 'TrimmedDataAccessException', message: 'The data you are trying to access has been trimmed', status: 400 };
    await expectAwsError(streams.send(new GetRecordsCommand({ ShardIterator: beforeTrim })), trimmed);
    await expectAwsError(iterator(arn, shardId, 'AT_SEQUENCE_NUMBER', oldSequence), trimmed);
    // The shard is four hours old by now: the new record lands in its child.
    await put('aging', 'new', 2);
    const shards = (await describeStream(arn)).Shards!;
    const records = [];
    for (const shard of shards) records.push(...(await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, shard.ShardId!, 'TRIM_HORIZON') }))).Records!);
    assert.deepEqual(records.map((r) => r.dynamodb!.NewImage!.pk!.S), ['new']);
  });

  it('after a reset of dynamodbstreams alone, a table with a stream records again under the same ARN', async () => {
    const arn = (await createTable(ddb, 'reset-me', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }, null)).TableDescription!.LatestStreamArn!;
    await settle();
    await put('reset-me', 'forgotten');
    const reset = await fetch(`${cloud.endpoint}/_nimbus/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ services: ['dynamodbstreams'] }) });
    assert.equal(reset.status, 200);
    await expectAwsError(describeStream(arn), { name: 'ResourceNotFoundException', status: 400 });
    await put('reset-me', 'remembered');
    const shardId = (await describeStream(arn)).Shards![0]!.ShardId!;
    const records = (await streams.send(new GetRecordsCommand({ ShardIterator: await iterator(arn, shardId, 'TRIM_HORIZON') }))).Records!;
    assert.deepEqual(records.map((r) => r.dynamodb!.Keys!.pk!.S), ['remembered']);
  });

  it('answers bad stream ARNs, shards, sequence numbers and iterators with AWS errors', async () => {
    const arn = (await createTable(ddb, 'strict', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }, null)).TableDescription!.LatestStreamArn!;
    await settle();
    const shardId = (await describeStream(arn)).Shards![0]!.ShardId!;
    const validation = (message: string | RegExp) => ({ name: 'ValidationException', message, status: 400 });
    await expectAwsError(describeStream('sdfadfsdfnlfkajakfgjalksfgklasjklasdjfklasdfasdfgasf'), validation('Invalid StreamArn'));
    const missing = 'arn:aws:dynamodb:us-east-1:000000000000:table/strict/stream/2020-01-01T00:00:00.000';
    await expectAwsError(describeStream(missing), { name: 'ResourceNotFoundException', message: `Requested resource not found: Stream: ${missing} not found`, status: 400 });
    await expectAwsError(iterator(missing, shardId, 'LATEST'), { name: 'ResourceNotFoundException', message: `Requested resource not found: Stream: ${missing} not found`, status: 400 });
    await expectAwsError(iterator(arn, 'shardId-00000000000000000000-deadbeef', 'LATEST'), {
      name: 'ResourceNotFoundException',
      message: 'Requested resource not found: Shard does not exist',
      status: 400,
    });
    await expectAwsError(iterator(arn, shardId, 'AT_SEQUENCE_NUMBER'), validation('SequenceNumber is required for ShardIteratorType AT_SEQUENCE_NUMBER'));
    await expectAwsError(iterator(arn, shardId, 'LATEST', '100000000000000000001'), validation('SequenceNumber must not be specified for ShardIteratorType LATEST'));
    await expectAwsError(iterator(arn, shardId, 'AFTER_SEQUENCE_NUMBER', 'abcdefghijklmnopqrstuvwxy'), validation('Invalid SequenceNumber: abcdefghijklmnopqrstuvwxy'));
    await expectAwsError(streams.send(new GetRecordsCommand({ ShardIterator: 'sdfsdfsgagaddafgagasgasgasdfasdfasdfasdfasdgasdasdgasdg' })), validation('Invalid ShardIterator'));
    // A real iterator with its opaque part altered is refused the same way.
    const real = await iterator(arn, shardId, 'LATEST');
    const altered = real.slice(0, -4) + (real.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expectAwsError(streams.send(new GetRecordsCommand({ ShardIterator: altered })), validation('Invalid ShardIterator'));
    await expectAwsError(streams.send(new GetRecordsCommand({ ShardIterator: real, Limit: 1001 })), validation(/Value '1001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 1000/));
    // Another region does not see this stream.
    const west = new DynamoDBStreamsClient(clientConfig(cloud, 'us-west-2'));
    await expectAwsError(west.send(new DescribeStreamCommand({ StreamArn: arn })), { name: 'ResourceNotFoundException', status: 400 });
    west.destroy();
  });
});
