import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CloudWatchLogsClient, CreateLogGroupCommand, DescribeLogStreamsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateEventBusCommand, EventBridgeClient, PutPermissionCommand } from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateDeliveryStreamCommand, FirehoseClient } from '@aws-sdk/client-firehose';
import { CreateStreamCommand, DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand, KinesisClient, ListShardsCommand } from '@aws-sdk/client-kinesis';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import type { EventsApi } from '../../src/services/events/api.js';
import { createFunction, eventually } from '../lambda/support.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { makeQueue, putEvent, receive, ruleWithTargets } from './targets-support.js';

const ROLE = 'arn:aws:iam::000000000000:role/events-targets';

/** A rule's targets of every kind Nimbus runs (queues, topics, functions, buses, log groups, streams), each receiving what EventBridge sends it. */
describe('EventBridge targets deliver', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
  });

  let kinesis: KinesisClient | undefined;
  const kinesisClient = (): KinesisClient => (kinesis ??= new KinesisClient(clientConfig(cloud)));

  after(async () => {
    kinesis?.destroy();
    await cloud.close();
  });

  test('an SQS queue receives the whole event as the message body', async () => {
    const queue = await makeQueue(sqs, 'orders');
    await ruleWithTargets(events, 'to-queue', 'app.orders', [{ Id: 'q', Arn: queue.arn }]);
    const id = await putEvent(events, 'app.orders', { orderId: 'o-1' }, { detailType: 'Order Placed', resources: ['arn:aws:s3:::r'] });
    const [message] = await receive(sqs, queue.url);
    const event = JSON.parse(message!.Body!);
    assert.deepEqual(Object.keys(event), ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    assert.equal(event.id, id);
    assert.equal(event['detail-type'], 'Order Placed');
    assert.equal(event.account, '000000000000');
    assert.deepEqual(event.resources, ['arn:aws:s3:::r']);
    assert.deepEqual(event.detail, { orderId: 'o-1' });
  });

  test('a FIFO queue receives the event in the target\'s message group, deduplicated on the event id', async () => {
    const queue = await makeQueue(sqs, 'orders.fifo', { FifoQueue: 'true' });
    await ruleWithTargets(events, 'to-fifo', 'app.fifo', [{ Id: 'fifo', Arn: queue.arn, SqsParameters: { MessageGroupId: 'group-7' } }]);
    const id = await putEvent(events, 'app.fifo', { n: 1 });
    const [message] = await receive(sqs, queue.url);
    assert.equal(message!.Attributes!.MessageGroupId, 'group-7');
    assert.equal(message!.Attributes!.MessageDeduplicationId, id);
    assert.equal(JSON.parse(message!.Body!).id, id);
  });

  test('an SNS topic passes the event on to its SQS subscriber', async () => {
    const sns = new SNSClient(clientConfig(cloud));
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'events-topic' }));
    // SNS delivers to a queue whose policy lets the topic send.
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { ArnEquals: { 'aws:SourceArn': TopicArn } } }] };
    const queue = await makeQueue(sqs, 'from-topic', { Policy: JSON.stringify(policy) });
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn, Attributes: { RawMessageDelivery: 'true' } }));
    await ruleWithTargets(events, 'to-topic', 'app.topic', [{ Id: 'topic', Arn: TopicArn! }]);
    const id = await putEvent(events, 'app.topic', { via: 'sns' });
    const [message] = await receive(sqs, queue.url);
    const event = JSON.parse(message!.Body!);
    assert.equal(event.id, id);
    assert.deepEqual(event.detail, { via: 'sns' });
  });

  test('a Lambda function is invoked asynchronously with the event', async () => {
    const lambda = new LambdaClient(clientConfig(cloud));
    const dir = mkdtempSync(join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), 'nimbus-events-lambda-'));
    const mark = join(dir, 'events');
    try {
      const fn = await createFunction(
        lambda,
        'on-event',
        { 'index.js': `exports.handler = async (event) => { require('node:fs').appendFileSync(process.env.MARK, JSON.stringify(event) + '\\n'); };` },
        { Environment: { Variables: { MARK: mark } } },
      );
      await ruleWithTargets(events, 'to-lambda', 'app.lambda', [{ Id: 'fn', Arn: fn.FunctionArn! }]);
      const id = await putEvent(events, 'app.lambda', { hello: 'lambda' });
      const line = await eventually(() => (existsSync(mark) ? readFileSync(mark, 'utf8').trim() : undefined), 20_000, 'the function to run');
      const event = JSON.parse(line.split('\n')[0]!);
      assert.equal(event.id, id);
      assert.equal(event.source, 'app.lambda');
      assert.deepEqual(event.detail, { hello: 'lambda' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('another account\'s bus receives the event when its policy allows the sender, and routes it to its own rules', async () => {
    const other = { ...clientConfig(cloud), credentials: { accessKeyId: '111111111111', secretAccessKey: 'test' } };
    const otherEvents = new EventBridgeClient(other);
    const otherSqs = new SQSClient(other);
    const { EventBusArn } = await otherEvents.send(new CreateEventBusCommand({ Name: 'central' }));
    assert.equal(EventBusArn, 'arn:aws:events:us-east-1:111111111111:event-bus/central');
    await otherEvents.send(new PutPermissionCommand({ EventBusName: 'central', Action: 'events:PutEvents', Principal: '000000000000', StatementId: 'from-000' }));
    const inbox = await makeQueue(otherSqs, 'central-inbox');
    await ruleWithTargets(otherEvents, 'collect', 'app.cross', [{ Id: 'inbox', Arn: inbox.arn }], 'central');

    await ruleWithTargets(events, 'to-central', 'app.cross', [{ Id: 'bus', Arn: EventBusArn!, RoleArn: 'arn:aws:iam::000000000000:role/events-cross' }]);
    const id = await putEvent(events, 'app.cross', { shipped: true });
    const [message] = await receive(otherSqs, inbox.url);
    const event = JSON.parse(message!.Body!);
    assert.equal(event.id, id);
    assert.equal(event.account, '000000000000');
    assert.deepEqual(event.detail, { shipped: true });
  });

  test('a log group gets the event as a log event in a stream named for the event id', async () => {
    const logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/events/orders' }));
    await ruleWithTargets(events, 'to-logs', 'app.logs', [{ Id: 'lg', Arn: 'arn:aws:logs:us-east-1:000000000000:log-group:/aws/events/orders:*' }]);
    const id = await putEvent(events, 'app.logs', { logged: 1 });
    const streams = await eventually(async () => {
      const out = await logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/events/orders' }));
      return out.logStreams?.length ? out.logStreams : undefined;
    }, 5000, 'a log stream');
    assert.equal(streams[0]!.logStreamName, id);
    const { events: logEvents } = await logs.send(new GetLogEventsCommand({ logGroupName: '/aws/events/orders', logStreamName: id }));
    assert.equal(logEvents!.length, 1);
    const event = JSON.parse(logEvents![0]!.message!);
    assert.equal(event.id, id);
    assert.equal(logEvents![0]!.timestamp, Date.parse(event.time));
  });

  test('targets Nimbus does not run yet (ECS, Step Functions) are recorded with their parameters', async () => {
    const cluster = 'arn:aws:ecs:us-east-1:000000000000:cluster/jobs';
    const machine = 'arn:aws:states:us-east-1:000000000000:stateMachine:flow';
    await ruleWithTargets(events, 'to-recorded', 'app.recorded', [
      {
        Id: 'ecs',
        Arn: cluster,
        RoleArn: 'arn:aws:iam::000000000000:role/ecs-events',
        EcsParameters: { TaskDefinitionArn: 'arn:aws:ecs:us-east-1:000000000000:task-definition/job:1', TaskCount: 2, LaunchType: 'FARGATE' },
      },
      { Id: 'sfn', Arn: machine, RoleArn: ROLE, Input: '{"fixed":true}' },
    ]);
    const id = await putEvent(events, 'app.recorded', { run: 'job' });
    // Read as a user reads them: the internal route, all of them or one target's.
    type Recorded = { targetArn: string; sourceArn: string; input: string; details: Record<string, unknown> };
    const readRoute = async (query = '') => ((await (await fetch(`${cloud.endpoint}/_nimbus/events/deliveries${query}`)).json()) as { deliveries: Recorded[] }).deliveries;
    let recorded: Recorded[] = [];
    for (let i = 0; i < 100 && recorded.length < 2; i++) {
      recorded = await readRoute();
      if (recorded.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(recorded.length, 2, 'two recorded deliveries');
    assert.deepEqual((await readRoute(`?target=${encodeURIComponent(machine)}`)).map((r) => r.targetArn), [machine]);
    const ecs = recorded.find((r) => r.targetArn === cluster)!;
    assert.equal(JSON.parse(ecs.input).id, id);
    assert.equal(ecs.sourceArn, 'arn:aws:events:us-east-1:000000000000:rule/to-recorded');
    assert.deepEqual(ecs.details, {
      EcsParameters: { TaskDefinitionArn: 'arn:aws:ecs:us-east-1:000000000000:task-definition/job:1', TaskCount: 2, LaunchType: 'FARGATE' },
      RoleArn: 'arn:aws:iam::000000000000:role/ecs-events',
    });
    const sfn = recorded.find((r) => r.targetArn === machine)!;
    assert.equal(sfn.input, '{"fixed":true}');
  });

  const records = async (stream: string) => {
    const { Shards } = await kinesisClient().send(new ListShardsCommand({ StreamName: stream }));
    const all = [];
    for (const shard of Shards ?? []) {
      const { ShardIterator } = await kinesisClient().send(new GetShardIteratorCommand({ StreamName: stream, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }));
      const page = await kinesisClient().send(new GetRecordsCommand({ ShardIterator }));
      all.push(...(page.Records ?? []));
    }
    return all;
  };

  test('a Kinesis stream gets the event, keyed by PartitionKeyPath or else by the event id', async () => {
    await kinesisClient().send(new CreateStreamCommand({ StreamName: 'event-stream', ShardCount: 1 }));
    const { StreamDescription } = await kinesisClient().send(new DescribeStreamCommand({ StreamName: 'event-stream' }));
    const streamArn = StreamDescription!.StreamARN!;
    await ruleWithTargets(events, 'to-stream', 'app.stream', [
      { Id: 'keyed', Arn: streamArn, RoleArn: ROLE, KinesisParameters: { PartitionKeyPath: '$.detail.customer' } },
      { Id: 'by-id', Arn: streamArn, RoleArn: ROLE },
    ]);
    const id = await putEvent(events, 'app.stream', { customer: 'c-17' });
    const got = await eventually(async () => {
      const found = await records('event-stream');
      return found.length >= 2 ? found : undefined;
    }, 5000, 'two records');
    assert.deepEqual(got.map((r) => r.PartitionKey).sort(), ['c-17', id].sort());
    for (const record of got) {
      const event = JSON.parse(Buffer.from(record.Data!).toString());
      assert.equal(event.id, id);
      assert.deepEqual(event.detail, { customer: 'c-17' });
    }
  });

  test('a missing stream is a failure EventBridge does not retry: straight to the DLQ', async () => {
    const dlq = await makeQueue(sqs, 'stream-dlq');
    const missing = 'arn:aws:kinesis:us-east-1:000000000000:stream/nowhere';
    await ruleWithTargets(events, 'to-missing-stream', 'app.nostream', [{ Id: 's', Arn: missing, RoleArn: ROLE, DeadLetterConfig: { Arn: dlq.arn } }]);
    await putEvent(events, 'app.nostream', {});
    const [dead] = await receive(sqs, dlq.url);
    assert.equal(dead!.MessageAttributes!.ERROR_CODE!.StringValue, 'RESOURCE_NOT_FOUND');
    assert.equal(dead!.MessageAttributes!.TARGET_ARN!.StringValue, missing);
  });

  test('a Firehose delivery stream gets the event as a record, delivered to S3 when its buffer interval passes', async () => {
    const firehose = new FirehoseClient(clientConfig(cloud));
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'event-archive' }));
    const { DeliveryStreamARN } = await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'events-to-s3',
        ExtendedS3DestinationConfiguration: { BucketARN: 'arn:aws:s3:::event-archive', RoleARN: 'arn:aws:iam::000000000000:role/firehose', BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 } },
      }),
    );
    await advanceClock(cloud, '2s');
    await ruleWithTargets(events, 'to-firehose', 'app.firehose', [{ Id: 'fh', Arn: DeliveryStreamARN!, RoleArn: ROLE }]);
    const id = await putEvent(events, 'app.firehose', { archived: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await advanceClock(cloud, '61s');
    const [key] = await eventually(async () => {
      const found = (await s3.send(new ListObjectsV2Command({ Bucket: 'event-archive' }))).Contents ?? [];
      return found.length ? found.map((c) => c.Key!) : undefined;
    }, 10_000, 'the delivered object');
    const body = await (await s3.send(new GetObjectCommand({ Bucket: 'event-archive', Key: key })))!.Body!.transformToString();
    const event = JSON.parse(body);
    assert.equal(event.id, id);
    assert.deepEqual(event.detail, { archived: true });
    firehose.destroy();
    s3.destroy();
  });

  test('EventsApi.deliverToTarget (for Scheduler and Pipes) delivers once, or rejects with a TargetFailure', async () => {
    const api = await cloud.runtime.api<EventsApi>('events');
    const queue = await makeQueue(sqs, 'direct');
    await api.deliverToTarget({ arn: queue.arn, input: 'plain text', account: '000000000000', region: 'us-east-1', sourceArn: 'arn:aws:scheduler:us-east-1:000000000000:schedule/default/s' });
    const [message] = await receive(sqs, queue.url);
    assert.equal(message!.Body, 'plain text');
    const missing = 'arn:aws:sqs:us-east-1:000000000000:not-there';
    await assert.rejects(api.deliverToTarget({ arn: missing, input: '{}', account: '000000000000', region: 'us-east-1', sourceArn: 'arn:aws:pipes:us-east-1:000000000000:pipe/p' }), {
      errorCode: 'RESOURCE_NOT_FOUND',
      errorMessage: `The specified queue does not exist: ${missing}`,
      retryable: false,
    });
    const fifo = await makeQueue(sqs, 'direct.fifo', { FifoQueue: 'true' });
    await assert.rejects(api.deliverToTarget({ arn: fifo.arn, input: '{}', account: '000000000000', region: 'us-east-1', sourceArn: 'arn:aws:pipes:us-east-1:000000000000:pipe/p' }), {
      errorCode: 'SDK_CLIENT_ERROR',
      retryable: false,
    });
  });
});
