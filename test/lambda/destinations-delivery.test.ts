import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DeleteFunctionConcurrencyCommand, InvokeCommand, LambdaClient, PutFunctionConcurrencyCommand, PutFunctionEventInvokeConfigCommand, UpdateFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateEventBusCommand, EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { s3Client, text } from '../s3/support.js';
import { createFunction, encode, eventually, marksFolder, readMarks } from './support.js';

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';
const FUNCTION_ARN = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;

/** Succeeds unless the event asks it to fail; notes each run in a file when MARK is set. */
const HANDLER = `
  const fs = require('node:fs');
  exports.handler = async (event, context) => {
    if (process.env.MARK) fs.appendFileSync(process.env.MARK, JSON.stringify({ id: context.awsRequestId, event }) + '\\n');
    if (event.fail) throw new Error('failed: ' + event.n);
    return { handled: event.n };
  };`;

/** Asynchronous invocation records, end to end, to every kind of destination; event age and retries on the clock; throttled events. */
describe('Lambda async destinations', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let sns: SNSClient;
  let events: EventBridgeClient;
  let dir: string;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    sns = new SNSClient(clientConfig(cloud));
    events = new EventBridgeClient(clientConfig(cloud));
    dir = marksFolder('nimbus-destinations-');
    await createFunction(lambda, 'dest-source', { 'index.js': HANDLER }, { Environment: { Variables: { MARK: join(dir, 'source') } } });
  });
  after(async () => {
    for (const client of [lambda, sqs, sns, events]) client.destroy();
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const marks = readMarks;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

  async function queue(name: string, policyFor?: { service: string; source: string }) {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    if (policyFor) {
      const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: policyFor.service }, Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnEquals: { 'aws:SourceArn': policyFor.source } } }] };
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { Policy: JSON.stringify(policy) } }));
    }
    return { url, arn };
  }

  async function receiveOne(url: string, what: string) {
    const [message] = await eventually(
      async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['AWSTraceHeader'], MaxNumberOfMessages: 1 }))).Messages,
      10_000,
      what,
    );
    // Read once: a message left in flight would come back once the test's clock moves past its visibility timeout.
    await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle! }));
    return message;
  }

  async function configure(onSuccess: string | undefined, onFailure: string | undefined, extra: { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number } = { MaximumRetryAttempts: 0 }) {
    await lambda.send(new PutFunctionEventInvokeConfigCommand({
      FunctionName: 'dest-source',
      ...extra,
      DestinationConfig: { ...(onSuccess ? { OnSuccess: { Destination: onSuccess } } : {}), ...(onFailure ? { OnFailure: { Destination: onFailure } } : {}) },
    }));
  }

  function assertRecord(record: any, expected: { requestId: string; condition: string; count: number; payload: unknown; failed: boolean }) {
    assert.equal(record.version, '1.0');
    assert.match(record.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.deepEqual(record.requestContext, {
      requestId: expected.requestId,
      functionArn: `${FUNCTION_ARN('dest-source')}:$LATEST`,
      condition: expected.condition,
      approximateInvokeCount: expected.count,
    });
    assert.deepEqual(record.requestPayload, expected.payload);
    if (expected.failed) {
      assert.deepEqual(record.responseContext, { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' });
      assert.equal(record.responsePayload.errorType, 'Error');
      assert.equal(record.responsePayload.errorMessage, `failed: ${(expected.payload as { n: number }).n}`);
    } else {
      assert.deepEqual(record.responseContext, { statusCode: 200, executedVersion: '$LATEST' });
      assert.deepEqual(record.responsePayload, { handled: (expected.payload as { n: number }).n });
    }
  }

  async function invokeEvent(payload: unknown): Promise<string> {
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'dest-source', InvocationType: 'Event', Payload: encode(payload) }));
    assert.equal(out.StatusCode, 202);
    return out.$metadata.requestId!;
  }

  test('SQS on success, SNS on failure: the invocation record as AWS writes it', async () => {
    const successes = await queue('dest-successes');
    const topicArn = (await sns.send(new CreateTopicCommand({ Name: 'dest-failures' }))).TopicArn!;
    const viaTopic = await queue('dest-failures-from-topic', { service: 'sns.amazonaws.com', source: topicArn });
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: viaTopic.arn, Attributes: { RawMessageDelivery: 'true' } }));
    await configure(successes.arn, topicArn);

    const ok = await invokeEvent({ n: 1 });
    const okMessage = await receiveOne(successes.url, 'the success record on SQS');
    assertRecord(JSON.parse(okMessage.Body!), { requestId: ok, condition: 'Success', count: 1, payload: { n: 1 }, failed: false });
    assert.match(okMessage.Attributes?.AWSTraceHeader ?? '', /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0;Lineage=[0-9a-f]{8}:1$/, 'the record carries the function\'s trace header on');

    const failed = await invokeEvent({ n: 2, fail: true });
    const failedMessage = await receiveOne(viaTopic.url, 'the failure record through SNS');
    assertRecord(JSON.parse(failedMessage.Body!), { requestId: failed, condition: 'RetriesExhausted', count: 1, payload: { n: 2, fail: true }, failed: true });
  });

  test('EventBridge bus on success and on failure: an event from source "lambda" with the record as detail', async () => {
    const bus = await events.send(new CreateEventBusCommand({ Name: 'dest-bus' }));
    await events.send(new PutRuleCommand({ Name: 'lambda-results', EventBusName: 'dest-bus', EventPattern: JSON.stringify({ source: ['lambda'] }) }));
    const ruleArn = `arn:aws:events:${REGION}:${ACCOUNT}:rule/dest-bus/lambda-results`;
    const fromBus = await queue('dest-from-bus', { service: 'events.amazonaws.com', source: ruleArn });
    await events.send(new PutTargetsCommand({ Rule: 'lambda-results', EventBusName: 'dest-bus', Targets: [{ Id: 'q', Arn: fromBus.arn }] }));
    await configure(bus.EventBusArn, bus.EventBusArn);

    const ok = await invokeEvent({ n: 3 });
    const okEvent = JSON.parse((await receiveOne(fromBus.url, 'the success event')).Body!);
    assert.equal(okEvent.source, 'lambda');
    assert.equal(okEvent['detail-type'], 'Lambda Function Invocation Result - Success');
    assert.equal(okEvent.account, ACCOUNT);
    assert.equal(okEvent.region, REGION);
    assert.deepEqual(okEvent.resources, [bus.EventBusArn, `${FUNCTION_ARN('dest-source')}:$LATEST`]);
    assertRecord(okEvent.detail, { requestId: ok, condition: 'Success', count: 1, payload: { n: 3 }, failed: false });

    const failed = await invokeEvent({ n: 4, fail: true });
    const failedEvent = JSON.parse((await receiveOne(fromBus.url, 'the failure event')).Body!);
    assert.equal(failedEvent['detail-type'], 'Lambda Function Invocation Result - Failure');
    assertRecord(failedEvent.detail, { requestId: failed, condition: 'RetriesExhausted', count: 1, payload: { n: 4, fail: true }, failed: true });
  });

  test('another function on success (invoked asynchronously with the record), an S3 bucket on failure', async () => {
    const nextMark = join(dir, 'next');
    await createFunction(lambda, 'dest-next', { 'index.js': HANDLER }, { Environment: { Variables: { MARK: nextMark } } });
    const s3 = s3Client(cloud);
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'dest-failed-records' }));
      await configure(FUNCTION_ARN('dest-next'), 'arn:aws:s3:::dest-failed-records');

      const ok = await invokeEvent({ n: 5 });
      const [forwarded] = await eventually(() => (marks(nextMark).length ? marks(nextMark) : undefined), 10_000, 'the record at the next function');
      assert.notEqual(forwarded.id, ok, 'the destination runs as its own invocation');
      assertRecord(forwarded.event, { requestId: ok, condition: 'Success', count: 1, payload: { n: 5 }, failed: false });

      const failed = await invokeEvent({ n: 6, fail: true });
      const key = await eventually(async () => (await s3.send(new ListObjectsV2Command({ Bucket: 'dest-failed-records' }))).Contents?.[0]?.Key, 10_000, 'the record in S3');
      assert.match(key, /^aws\/lambda\/async\/dest-source\/\d{4}\/\d\d\/\d\d\/\d{4}-\d\d-\d\dT\d\d\.\d\d\.\d\d-[0-9a-f-]{36}$/);
      const object = await s3.send(new GetObjectCommand({ Bucket: 'dest-failed-records', Key: key }));
      assertRecord(JSON.parse(await text(object.Body)), { requestId: failed, condition: 'RetriesExhausted', count: 1, payload: { n: 6, fail: true }, failed: true });
    } finally {
      s3.destroy();
    }
  });

  test('MaximumRetryAttempts 1 and MaximumEventAgeInSeconds hold on the clock; the DLQ (an SNS topic) gets the event with its error attributes', async () => {
    const failures = await queue('dest-retry-failures');
    const dlqTopic = (await sns.send(new CreateTopicCommand({ Name: 'dest-dlq' }))).TopicArn!;
    const dlq = await queue('dest-dlq-from-topic', { service: 'sns.amazonaws.com', source: dlqTopic });
    await sns.send(new SubscribeCommand({ TopicArn: dlqTopic, Protocol: 'sqs', Endpoint: dlq.arn }));
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'dest-source', DeadLetterConfig: { TargetArn: dlqTopic } }));
    await configure(undefined, failures.arn, { MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 3600 });
    const source = join(dir, 'source');
    const runs = () => marks(source).filter((mark) => mark.event.n === 7).length;

    const requestId = await invokeEvent({ n: 7, fail: true });
    await eventually(() => runs() === 1, 10_000, 'the first attempt');
    await settle();
    await advanceClock(cloud, '59s');
    await settle();
    assert.equal(runs(), 1, 'the retry waits a minute');
    await advanceClock(cloud, '1s');
    await eventually(() => runs() === 2, 10_000, 'the one retry');
    const record = JSON.parse((await receiveOne(failures.url, 'the failure record')).Body!);
    assertRecord(record, { requestId, condition: 'RetriesExhausted', count: 2, payload: { n: 7, fail: true }, failed: true });
    const notification = JSON.parse((await receiveOne(dlq.url, 'the dead event through SNS')).Body!);
    assert.deepEqual(JSON.parse(notification.Message), { n: 7, fail: true });
    assert.deepEqual(notification.MessageAttributes, {
      RequestID: { Type: 'String', Value: requestId },
      ErrorCode: { Type: 'Number', Value: '200' },
      ErrorMessage: { Type: 'String', Value: 'failed: 7' },
    });
    await advanceClock(cloud, '5m');
    await settle();
    assert.equal(runs(), 2, 'no attempt beyond MaximumRetryAttempts');

    // An event 90 s old at the most is not retried 2 minutes after its second attempt: EventAgeExceeded.
    await configure(undefined, failures.arn, { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 90 });
    const aged = await invokeEvent({ n: 8, fail: true });
    const agedRuns = () => marks(source).filter((mark) => mark.event.n === 8).length;
    await eventually(() => agedRuns() === 1, 10_000, 'the first attempt');
    await settle();
    await advanceClock(cloud, '1m');
    await eventually(() => agedRuns() === 2, 10_000, 'the retry a minute later');
    const agedRecord = JSON.parse((await receiveOne(failures.url, 'the aged-out record')).Body!);
    assertRecord(agedRecord, { requestId: aged, condition: 'EventAgeExceeded', count: 2, payload: { n: 8, fail: true }, failed: true });
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'dest-source', DeadLetterConfig: { TargetArn: '' } }));
  });

  test('event invoke config limits: MaximumEventAgeInSeconds 60 to 21600, MaximumRetryAttempts 0 to 2', async () => {
    for (const [member, value, constraint] of [
      ['maximumEventAgeInSeconds', 59, 'Member must have value greater than or equal to 60'],
      ['maximumEventAgeInSeconds', 21_601, 'Member must have value less than or equal to 21600'],
      ['maximumRetryAttempts', 3, 'Member must have value less than or equal to 2'],
      ['maximumRetryAttempts', -1, 'Member must have value greater than or equal to 0'],
    ] as const) {
      const input = member === 'maximumEventAgeInSeconds' ? { MaximumEventAgeInSeconds: value } : { MaximumRetryAttempts: value };
      await expectAwsError(lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'dest-source', ...input })), {
        name: 'ValidationException',
        message: `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`,
        status: 400,
      });
    }
  });

  test('a throttled event goes back to the queue with backoff and runs once concurrency frees up; one throttled past its age fails with 429', async () => {
    const successes = await queue('dest-throttled-ok');
    const failures = await queue('dest-throttled-failed');
    const dlq = await queue('dest-throttled-dlq');
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'dest-source', DeadLetterConfig: { TargetArn: dlq.arn } }));
    await configure(successes.arn, failures.arn, { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21_600 });
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'dest-source', ReservedConcurrentExecutions: 0 }));
    const source = join(dir, 'source');
    const runs = (n: number) => marks(source).filter((mark) => mark.event.n === n).length;

    const requestId = await invokeEvent({ n: 9 });
    // Throttled again and again (1 s, 2 s, 4 s ... up to 5 minutes apart) for ten minutes.
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      await advanceClock(cloud, '1m');
    }
    assert.equal(runs(9), 0, 'no run while the function has no concurrency');
    await lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: 'dest-source' }));
    await advanceClock(cloud, '5m');
    await eventually(() => runs(9) === 1, 10_000, 'the throttled event run at last');
    const record = JSON.parse((await receiveOne(successes.url, 'the late success record')).Body!);
    assertRecord(record, { requestId, condition: 'Success', count: 1, payload: { n: 9 }, failed: false });

    // Throttled until it is older than MaximumEventAgeInSeconds: dropped to OnFailure and the DLQ, never run.
    await configure(successes.arn, failures.arn, { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 60 });
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: 'dest-source', ReservedConcurrentExecutions: 0 }));
    const dropped = await invokeEvent({ n: 10 });
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      await advanceClock(cloud, '20s');
    }
    const failure = JSON.parse((await receiveOne(failures.url, 'the aged-out throttled record')).Body!);
    assert.deepEqual(failure.requestContext, { requestId: dropped, functionArn: `${FUNCTION_ARN('dest-source')}:$LATEST`, condition: 'EventAgeExceeded', approximateInvokeCount: 0 });
    assert.deepEqual(failure.requestPayload, { n: 10 });
    assert.equal(failure.responseContext, undefined, 'no response: the function never ran');
    const dead = await receiveOne(dlq.url, 'the throttled event in the DLQ');
    assert.deepEqual(JSON.parse(dead.Body!), { n: 10 });
    assert.equal(dead.MessageAttributes?.RequestID?.StringValue, dropped);
    assert.equal(dead.MessageAttributes?.ErrorCode?.StringValue, '429');
    assert.equal(dead.MessageAttributes?.ErrorMessage?.StringValue, 'Rate Exceeded.');
    assert.equal(runs(10), 0);
    await lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: 'dest-source' }));
  });

  test('AWS/Lambda counts async events: received, age, dropped, and deliveries that failed (a FIFO queue destination, a missing DLQ)', async () => {
    const fifo = (await sqs.send(new CreateQueueCommand({ QueueName: 'dest-unsupported.fifo', Attributes: { FifoQueue: 'true' } }))).QueueUrl!;
    const fifoArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: fifo, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await createFunction(lambda, 'dest-counted', { 'index.js': HANDLER }, { DeadLetterConfig: { TargetArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dest-no-such-queue` } });
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'dest-counted', MaximumRetryAttempts: 0, DestinationConfig: { OnSuccess: { Destination: fifoArn }, OnFailure: { Destination: fifoArn } } }));
    await lambda.send(new InvokeCommand({ FunctionName: 'dest-counted', InvocationType: 'Event', Payload: encode({ n: 12 }) }));
    await lambda.send(new InvokeCommand({ FunctionName: 'dest-counted', InvocationType: 'Event', Payload: encode({ n: 13, fail: true }) }));
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    const sum = async (metric: string, statistic: 'Sum' | 'SampleCount' = 'Sum') => {
      const stats = await cloudwatch.send(new GetMetricStatisticsCommand({
        Namespace: 'AWS/Lambda', MetricName: metric, Dimensions: [{ Name: 'FunctionName', Value: 'dest-counted' }],
        StartTime: new Date(Date.now() - 3_600_000), EndTime: new Date(Date.now() + 3_600_000), Period: 3600, Statistics: [statistic],
      }));
      return stats.Datapoints?.reduce((total, point) => total + (point[statistic] ?? 0), 0) ?? 0;
    };
    try {
      await eventually(async () => ((await sum('DestinationDeliveryFailures')) === 2 ? true : undefined), 15_000, 'two failed deliveries to the FIFO queue');
      assert.equal(await sum('AsyncEventsReceived'), 2);
      assert.equal(await sum('AsyncEventAge', 'SampleCount'), 2, 'one age per invocation');
      assert.equal(await sum('AsyncEventsDropped'), 1, 'the failed event');
      assert.equal(await sum('DeadLetterErrors'), 1, 'its dead-letter queue does not exist');
      assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: fifo }))).Messages, undefined);
    } finally {
      cloudwatch.destroy();
    }
  });

  test('the AWS CLI sets an event invoke config with destinations', async () => {
    const target = await queue('dest-cli');
    const put = await aws(cloud, ['lambda', 'put-function-event-invoke-config', '--function-name', 'dest-source', '--maximum-retry-attempts', '0', '--destination-config', JSON.stringify({ OnSuccess: { Destination: target.arn } })]);
    assert.equal(put.code, 0, put.stderr);
    assert.deepEqual(JSON.parse(put.stdout).DestinationConfig, { OnSuccess: { Destination: target.arn }, OnFailure: {} });
    const requestId = await invokeEvent({ n: 11 });
    assertRecord(JSON.parse((await receiveOne(target.url, 'the record')).Body!), { requestId, condition: 'Success', count: 1, payload: { n: 11 }, failed: false });
  });
});
