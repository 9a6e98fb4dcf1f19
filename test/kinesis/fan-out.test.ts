import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateStreamCommand,
  DeleteStreamCommand,
  DeregisterStreamConsumerCommand,
  DescribeStreamConsumerCommand,
  DescribeStreamSummaryCommand,
  KinesisClient,
  ListStreamConsumersCommand,
  PutRecordCommand,
  RegisterStreamConsumerCommand,
  SplitShardCommand,
  SubscribeToShardCommand,
  type SubscribeToShardEvent,
} from '@aws-sdk/client-kinesis';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';

describe('Kinesis enhanced fan-out: consumers and SubscribeToShard (HTTP/2 event stream)', () => {
  let cloud: Cloud;
  let kinesis: KinesisClient;
  let streamArn: string;
  before(async () => {
    cloud = await startTestCloud({ kinesisStatusDelayMs: 5000 });
    kinesis = new KinesisClient(clientConfig(cloud));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'fan', ShardCount: 1 }));
    const created = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'fan' }))).StreamDescriptionSummary!;
    assert.equal(created.StreamStatus, 'CREATING');
    await advanceClock(cloud, '5s');
    const active = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'fan' }))).StreamDescriptionSummary!;
    assert.equal(active.StreamStatus, 'ACTIVE');
    streamArn = active.StreamARN!;
  });
  after(async () => {
    kinesis.destroy();
    await cloud.close();
  });

  test('consumers: CREATING → ACTIVE on the clock, described by ARN or name, listed, limit of 20, deregistered', async () => {
    const registered = (await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'reader' }))).Consumer!;
    assert.equal(registered.ConsumerStatus, 'CREATING');
    assert.match(registered.ConsumerARN!, new RegExp(`^${streamArn}/consumer/reader:\\d+$`));
    await expectAwsError(kinesis.send(new SubscribeToShardCommand({ ConsumerARN: registered.ConsumerARN, ShardId: 'shardId-000000000000', StartingPosition: { Type: 'LATEST' } })), {
      name: 'ResourceInUseException',
      message: new RegExp(`^Consumer reader with creation timestamp \\d+ under stream: fan , account ${ACCOUNT} is not in ACTIVE status\\.$`),
    });
    await advanceClock(cloud, '5s');
    const byArn = (await kinesis.send(new DescribeStreamConsumerCommand({ ConsumerARN: registered.ConsumerARN }))).ConsumerDescription!;
    assert.equal(byArn.ConsumerStatus, 'ACTIVE');
    assert.equal(byArn.StreamARN, streamArn);
    const byName = (await kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'reader' }))).ConsumerDescription!;
    assert.equal(byName.ConsumerARN, registered.ConsumerARN);
    await expectAwsError(kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'reader' })), { name: 'ResourceInUseException', status: 400 });

    for (let i = 1; i < 20; i++) await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: `extra-${String(i).padStart(2, '0')}` }));
    await expectAwsError(kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'one-too-many' })), {
      name: 'LimitExceededException',
      message: `Stream fan under account ${ACCOUNT} already has 20 registered consumers, the limit.`,
    });
    const page = await kinesis.send(new ListStreamConsumersCommand({ StreamARN: streamArn, MaxResults: 15 }));
    assert.equal(page.Consumers!.length, 15);
    const rest = await kinesis.send(new ListStreamConsumersCommand({ StreamARN: streamArn, NextToken: page.NextToken }));
    assert.equal(rest.Consumers!.length, 5);
    assert.equal(rest.NextToken, undefined);
    for (let i = 1; i < 20; i++) await kinesis.send(new DeregisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: `extra-${String(i).padStart(2, '0')}` }));
    assert.equal((await kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'extra-01' }))).ConsumerDescription!.ConsumerStatus, 'DELETING');
    await advanceClock(cloud, '5s');
    assert.equal((await kinesis.send(new ListStreamConsumersCommand({ StreamARN: streamArn }))).Consumers!.length, 1);
    await expectAwsError(kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'extra-01' })), {
      name: 'ResourceNotFoundException',
      message: `Consumer extra-01 under stream fan under account ${ACCOUNT} not found.`,
    });
  });

  test('SubscribeToShard delivers records as they are put, with continuation sequence numbers; a second subscription within 5 s is refused', async () => {
    const consumerArn = (await kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'reader' }))).ConsumerDescription!.ConsumerARN!;
    const before = await kinesis.send(new PutRecordCommand({ StreamName: 'fan', PartitionKey: 'k', Data: Buffer.from('before') }));
    const response = await kinesis.send(
      new SubscribeToShardCommand({ ConsumerARN: consumerArn, ShardId: 'shardId-000000000000', StartingPosition: { Type: 'TRIM_HORIZON' } }),
    );
    const events: SubscribeToShardEvent[] = [];
    const received: string[] = [];
    const reading = (async () => {
      for await (const event of response.EventStream!) {
        if (!event.SubscribeToShardEvent) continue;
        events.push(event.SubscribeToShardEvent);
        received.push(...event.SubscribeToShardEvent.Records!.map((r) => Buffer.from(r.Data!).toString()));
        if (received.length >= 3) break;
      }
    })();
    await expectAwsError(
      kinesis.send(new SubscribeToShardCommand({ ConsumerARN: consumerArn, ShardId: 'shardId-000000000000', StartingPosition: { Type: 'LATEST' } })),
      { name: 'ResourceInUseException', message: `Another active subscription exists for this consumer: ${consumerArn}`, status: 400 },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await kinesis.send(new PutRecordCommand({ StreamName: 'fan', PartitionKey: 'k', Data: Buffer.from('live-1') }));
    const last = await kinesis.send(new PutRecordCommand({ StreamName: 'fan', PartitionKey: 'k', Data: Buffer.from('live-2') }));
    await reading;
    assert.deepEqual(received, ['before', 'live-1', 'live-2']);
    assert.equal(events[0]!.Records![0]!.SequenceNumber, before.SequenceNumber);
    assert.equal(events[events.length - 1]!.ContinuationSequenceNumber, last.SequenceNumber);
    assert.equal(events[events.length - 1]!.MillisBehindLatest, 0);
  });

  test('a subscription ends after five minutes on the clock; at a closed shard end it names the children', async () => {
    const consumerArn = (await kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'reader' }))).ConsumerDescription!.ConsumerARN!;
    await advanceClock(cloud, '6s');
    const response = await kinesis.send(new SubscribeToShardCommand({ ConsumerARN: consumerArn, ShardId: 'shardId-000000000000', StartingPosition: { Type: 'LATEST' } }));
    let count = 0;
    const ended = (async () => {
      for await (const event of response.EventStream!) if (event.SubscribeToShardEvent) count += 1;
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await advanceClock(cloud, '5m');
    await ended;
    assert.ok(count >= 1, 'the subscription sent at least its first event');

    // Split the shard: a subscription reading it reaches its end, with the children and no continuation.
    await kinesis.send(new SplitShardCommand({ StreamName: 'fan', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: (2n ** 127n).toString() }));
    // While the stream is UPDATING it takes no other reshard.
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'fan' }))).StreamDescriptionSummary!.StreamStatus, 'UPDATING');
    await expectAwsError(kinesis.send(new SplitShardCommand({ StreamName: 'fan', ShardToSplit: 'shardId-000000000001', NewStartingHashKey: '1000' })), {
      name: 'ResourceInUseException',
      message: `Stream fan under account ${ACCOUNT} not ACTIVE, instead in state UPDATING`,
      status: 400,
    });
    await advanceClock(cloud, '6s');
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'fan' }))).StreamDescriptionSummary!.StreamStatus, 'ACTIVE');
    const closing = await kinesis.send(new SubscribeToShardCommand({ ConsumerARN: consumerArn, ShardId: 'shardId-000000000000', StartingPosition: { Type: 'TRIM_HORIZON' } }));
    const seen: SubscribeToShardEvent[] = [];
    for await (const event of closing.EventStream!) if (event.SubscribeToShardEvent) seen.push(event.SubscribeToShardEvent);
    const final = seen[seen.length - 1]!;
    assert.equal(final.ContinuationSequenceNumber, undefined);
    assert.deepEqual(final.ChildShards!.map((c) => c.ShardId), ['shardId-000000000001', 'shardId-000000000002']);
    assert.deepEqual(seen.flatMap((e) => e.Records!.map((r) => Buffer.from(r.Data!).toString())), ['before', 'live-1', 'live-2']);
  });

  test('DeleteStream refuses a stream with consumers unless EnforceConsumerDeletion', async () => {
    await expectAwsError(kinesis.send(new DeleteStreamCommand({ StreamName: 'fan' })), {
      name: 'ResourceInUseException',
      message: `Stream fan under account ${ACCOUNT} has registered consumers. Deregister them first, or set EnforceConsumerDeletion.`,
    });
    await kinesis.send(new DeleteStreamCommand({ StreamName: 'fan', EnforceConsumerDeletion: true }));
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'fan' }))).StreamDescriptionSummary!.StreamStatus, 'DELETING');
    await advanceClock(cloud, '5s');
    await expectAwsError(kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'fan' })), {
      name: 'ResourceNotFoundException',
      message: `Stream fan under account ${ACCOUNT} not found.`,
    });
  });
});
