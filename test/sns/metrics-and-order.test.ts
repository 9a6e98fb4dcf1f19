import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { GetMetricStatisticsCommand, ListMetricsCommand, CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { InvokeCommand, LambdaClient, PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand, type MessageAttributeValue } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SetQueueAttributesCommand,
  SQSClient,
  type Message,
} from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { createFunction, encode, eventually } from '../lambda/support.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** AWS/SNS metrics, FIFO fan-out order, and Lambda's dead-letter queue and destinations pointing at SNS topics. */
describe('SNS metrics, FIFO order, Lambda to SNS', () => {
  let cloud: Cloud;
  let sns: SNSClient;
  let sqs: SQSClient;
  let cloudwatch: CloudWatchClient;
  let lambda: LambdaClient;

  before(async () => {
    cloud = await startTestCloud();
    sns = new SNSClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    cloudwatch = new CloudWatchClient(clientConfig(cloud));
    lambda = new LambdaClient(clientConfig(cloud));
  });
  after(async () => {
    for (const client of [sns, sqs, cloudwatch, lambda]) client.destroy();
    await cloud.close();
  });

  /** A queue; with a topic, its policy lets that topic send to it. */
  async function queueFor(name: string, topicArn?: string, attributes: Record<string, string> = {}) {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    if (topicArn) {
      const policy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }],
      };
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { Policy: JSON.stringify(policy) } }));
    }
    return { url: QueueUrl!, arn };
  }

  async function subscribe(topicArn: string, queueArn: string, attributes: Record<string, string> = {}) {
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: queueArn, Attributes: attributes, ReturnSubscriptionArn: true }));
  }

  /** Receives and deletes until `count` messages have come (or 5 s pass). */
  async function drain(url: string, count: number): Promise<Message[]> {
    const got: Message[] = [];
    const deadline = Date.now() + 5000;
    while (got.length < count && Date.now() < deadline) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'] }),
      );
      for (const message of Messages) {
        got.push(message);
        await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
      }
    }
    assert.equal(got.length, count, `expected ${count} messages on ${url}`);
    return got;
  }

  /** The Sum (or another statistic) of an AWS/SNS metric of a topic over the last hour. */
  async function snsStatistic(topicName: string, metricName: string, statistic: 'Sum' | 'SampleCount' | 'Minimum' | 'Maximum' = 'Sum'): Promise<number | undefined> {
    const now = cloud.clock.now();
    const { Datapoints = [] } = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'AWS/SNS',
        MetricName: metricName,
        Dimensions: [{ Name: 'TopicName', Value: topicName }],
        StartTime: new Date(now - 3_600_000),
        EndTime: new Date(now + 60_000),
        Period: 60,
        Statistics: [statistic],
      }),
    );
    if (!Datapoints.length) return undefined;
    const values = Datapoints.map((point) => point[statistic]!);
    if (statistic === 'Minimum') return Math.min(...values);
    if (statistic === 'Maximum') return Math.max(...values);
    return values.reduce((sum, value) => sum + value, 0);
  }

  test('AWS/SNS metrics by TopicName: published, size, delivered, filtered out (by reason), failed, redriven', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'metered' }));
    const everything = await queueFor('metered-all', TopicArn);
    const byAttribute = await queueFor('metered-attr', TopicArn);
    const byBody = await queueFor('metered-body', TopicArn);
    // No policy lets the topic send here: every delivery fails and, its retries spent, is redriven.
    const refusing = await queueFor('metered-refusing');
    const deadLetters = await queueFor('metered-dlq');
    await subscribe(TopicArn!, everything.arn);
    await subscribe(TopicArn!, byAttribute.arn, { FilterPolicy: JSON.stringify({ color: ['red'] }) });
    await subscribe(TopicArn!, byBody.arn, { FilterPolicy: JSON.stringify({ kind: ['x'] }), FilterPolicyScope: 'MessageBody' });
    await subscribe(TopicArn!, refusing.arn, { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetters.arn }) });

    const color = (value: string): Record<string, MessageAttributeValue> => ({ color: { DataType: 'String', StringValue: value } });
    await sns.send(new PublishCommand({ TopicArn, Message: 'hello' }));
    await sns.send(new PublishCommand({ TopicArn, Message: '{"kind":"x"}', MessageAttributes: color('red') }));
    await sns.send(new PublishCommand({ TopicArn, Message: '{"kind":"y"}', MessageAttributes: color('blue') }));
    await drain(everything.url, 3);
    await drain(byAttribute.url, 1);
    await drain(byBody.url, 1);

    // The refused deliveries retry on the clock (15 tries over about 75 s) before SNS gives up.
    for (let step = 0; step < 20; step++) {
      await advanceClock(cloud, '10s');
      await settle();
    }
    await drain(deadLetters.url, 3);
    // The minute ticks after the activity hand the figures to CloudWatch.
    await advanceClock(cloud, '61s');

    const expected: Record<string, number> = {
      NumberOfMessagesPublished: 3,
      NumberOfNotificationsDelivered: 5,
      NumberOfNotificationsFailed: 3,
      NumberOfNotificationsFilteredOut: 4,
      'NumberOfNotificationsFilteredOut-NoMessageAttributes': 1,
      'NumberOfNotificationsFilteredOut-MessageAttributes': 1,
      'NumberOfNotificationsFilteredOut-MessageBody': 1,
      'NumberOfNotificationsFilteredOut-InvalidMessageBody': 1,
      NumberOfNotificationsRedrivenToDlq: 3,
    };
    await eventually(async () => (await snsStatistic('metered', 'NumberOfNotificationsRedrivenToDlq')) === 3, 5000, 'the metrics in CloudWatch');
    for (const [metricName, sum] of Object.entries(expected)) assert.equal(await snsStatistic('metered', metricName), sum, metricName);
    assert.equal(await snsStatistic('metered', 'NumberOfNotificationsFailedToRedriveToDlq'), undefined, 'no redrive failed');

    // PublishSize: the message plus its attributes (name, type and value), in bytes.
    assert.equal(await snsStatistic('metered', 'PublishSize', 'SampleCount'), 3);
    assert.equal(await snsStatistic('metered', 'PublishSize'), 5 + (12 + 14) + (12 + 15));
    assert.equal(await snsStatistic('metered', 'PublishSize', 'Minimum'), 5);
    assert.equal(await snsStatistic('metered', 'PublishSize', 'Maximum'), 27);

    const { Metrics = [] } = await cloudwatch.send(new ListMetricsCommand({ Namespace: 'AWS/SNS', MetricName: 'PublishSize' }));
    const metered = Metrics.find((metric) => metric.Dimensions?.[0]?.Value === 'metered');
    assert.deepEqual(metered?.Dimensions, [{ Name: 'TopicName', Value: 'metered' }]);
    const { Datapoints = [] } = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'AWS/SNS',
        MetricName: 'PublishSize',
        Dimensions: [{ Name: 'TopicName', Value: 'metered' }],
        StartTime: new Date(cloud.clock.now() - 3_600_000),
        EndTime: new Date(cloud.clock.now()),
        Period: 3600,
        Statistics: ['Average'],
      }),
    );
    assert.equal(Datapoints[0]?.Unit, 'Bytes');
  });

  test('a FIFO topic fans out to two FIFO queues keeping each group in order, with group and deduplication ids', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'ordered.fifo', Attributes: { FifoTopic: 'true' } }));
    const queues = [await queueFor('ordered-a.fifo', TopicArn, { FifoQueue: 'true' }), await queueFor('ordered-b.fifo', TopicArn, { FifoQueue: 'true' })];
    for (const queue of queues) await subscribe(TopicArn!, queue.arn);

    const published: Array<{ group: string; dedup: string; body: string; sequence: string }> = [];
    for (let n = 1; n <= 4; n++) {
      for (const group of ['left', 'right']) {
        const body = `${group}-${n}`;
        const out = await sns.send(new PublishCommand({ TopicArn, Message: body, MessageGroupId: group, MessageDeduplicationId: `dedup-${body}` }));
        published.push({ group, dedup: `dedup-${body}`, body, sequence: out.SequenceNumber! });
      }
    }
    // Sequence numbers rise with every publish to the topic.
    for (let i = 1; i < published.length; i++) assert.ok(BigInt(published[i]!.sequence) > BigInt(published[i - 1]!.sequence));

    for (const queue of queues) {
      const received = await drain(queue.url, 8);
      for (const group of ['left', 'right']) {
        const ofGroup = received.filter((message) => message.Attributes?.MessageGroupId === group);
        const envelopes = ofGroup.map((message) => JSON.parse(message.Body!) as { Message: string; SequenceNumber: string });
        const expected = published.filter((p) => p.group === group);
        assert.deepEqual(envelopes.map((e) => e.Message), expected.map((p) => p.body), `${queue.url}: group ${group} in order`);
        assert.deepEqual(envelopes.map((e) => e.SequenceNumber), expected.map((p) => p.sequence));
        assert.deepEqual(ofGroup.map((m) => m.Attributes?.MessageDeduplicationId), expected.map((p) => p.dedup));
      }
    }
  });

  const FUNCTION = `
    exports.handler = async (event) => {
      if (event.fail) throw new Error('failing on purpose');
      return { ok: true, seen: event };
    };`;

  /** A topic with a queue subscribed to it, raw deliveries off (the queue gets SNS's envelope). */
  async function topicToQueue(name: string) {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
    const queue = await queueFor(`${name}-q`, TopicArn);
    await subscribe(TopicArn!, queue.arn);
    return { topicArn: TopicArn!, queue };
  }

  test("a failing asynchronous invocation's dead-letter topic passes the event on to a subscribed queue", async () => {
    const { topicArn, queue } = await topicToQueue('lambda-dead-letters');
    await createFunction(lambda, 'sns-dlq-failing', { 'index.js': FUNCTION }, { DeadLetterConfig: { TargetArn: topicArn } });
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'sns-dlq-failing', MaximumRetryAttempts: 0 }));
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'sns-dlq-failing', InvocationType: 'Event', Payload: encode({ fail: true, order: 7 }) }));
    assert.equal(out.StatusCode, 202);
    const [message] = await eventually(
      async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: queue.url, WaitTimeSeconds: 1 }))).Messages,
      15_000,
      'the dead letter on the queue',
    );
    const envelope = JSON.parse(message!.Body!);
    assert.equal(envelope.Type, 'Notification');
    assert.equal(envelope.TopicArn, topicArn);
    assert.deepEqual(JSON.parse(envelope.Message), { fail: true, order: 7 });
    // As to an SQS dead-letter queue, the event carries the request id and the error as attributes.
    assert.equal(envelope.MessageAttributes.ErrorCode.Type, 'Number');
    assert.equal(envelope.MessageAttributes.ErrorCode.Value, '200');
    assert.match(envelope.MessageAttributes.RequestID.Value, /^[0-9a-f-]{36}$/);
    assert.equal(typeof envelope.MessageAttributes.ErrorMessage.Value, 'string');
  });

  test('OnSuccess and OnFailure destinations that are topics deliver the invocation record to subscribed queues', async () => {
    const successes = await topicToQueue('lambda-successes');
    const failures = await topicToQueue('lambda-failures');
    await createFunction(lambda, 'sns-destinations', { 'index.js': FUNCTION });
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: 'sns-destinations',
        MaximumRetryAttempts: 0,
        DestinationConfig: { OnSuccess: { Destination: successes.topicArn }, OnFailure: { Destination: failures.topicArn } },
      }),
    );
    const functionArn = 'arn:aws:lambda:us-east-1:000000000000:function:sns-destinations:$LATEST';

    const ok = await lambda.send(new InvokeCommand({ FunctionName: 'sns-destinations', InvocationType: 'Event', Payload: encode({ hello: 'world' }) }));
    const [success] = await eventually(
      async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: successes.queue.url, WaitTimeSeconds: 1 }))).Messages,
      15_000,
      'the success record',
    );
    const successEnvelope = JSON.parse(success!.Body!);
    assert.equal(successEnvelope.TopicArn, successes.topicArn);
    const successRecord = JSON.parse(successEnvelope.Message);
    assert.equal(successRecord.version, '1.0');
    assert.match(successRecord.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    assert.deepEqual(successRecord.requestContext, { requestId: ok.$metadata.requestId, functionArn, condition: 'Success', approximateInvokeCount: 1 });
    assert.deepEqual(successRecord.requestPayload, { hello: 'world' });
    assert.deepEqual(successRecord.responseContext, { statusCode: 200, executedVersion: '$LATEST' });
    assert.deepEqual(successRecord.responsePayload, { ok: true, seen: { hello: 'world' } });

    const failed = await lambda.send(new InvokeCommand({ FunctionName: 'sns-destinations', InvocationType: 'Event', Payload: encode({ fail: true }) }));
    const [failure] = await eventually(
      async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: failures.queue.url, WaitTimeSeconds: 1 }))).Messages,
      15_000,
      'the failure record',
    );
    const failureRecord = JSON.parse(JSON.parse(failure!.Body!).Message);
    assert.deepEqual(failureRecord.requestContext, { requestId: failed.$metadata.requestId, functionArn, condition: 'RetriesExhausted', approximateInvokeCount: 1 });
    assert.deepEqual(failureRecord.requestPayload, { fail: true });
    assert.deepEqual(failureRecord.responseContext, { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' });
    assert.equal(failureRecord.responsePayload.errorType, 'Error');
    assert.equal(failureRecord.responsePayload.errorMessage, 'failing on purpose');
    // Nothing crossed over: the success queue holds no failure.
    const { Messages: stray = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: successes.queue.url }));
    assert.equal(stray.length, 0);
  });
});
