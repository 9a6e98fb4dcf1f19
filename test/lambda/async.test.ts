import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  DeleteFunctionEventInvokeConfigCommand,
  GetFunctionEventInvokeConfigCommand,
  InvokeCommand,
  LambdaClient,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, encode, eventually, marksFolder, readMarks } from './support.js';
import { expectAwsError } from '../support/errors.js';

/** A function that notes each invocation in a file and fails when the event asks it to. */
const RECORDER = `
  const fs = require('node:fs');
  exports.handler = async (event, context) => {
    fs.appendFileSync(process.env.MARK, JSON.stringify({ id: context.awsRequestId, event }) + '\\n');
    if (event.fail) throw new Error('failing on purpose');
    return { ok: true, seen: event };
  };`;

/** Asynchronous invocation: the internal queue, retries on the virtual clock, DLQ and destinations. */
describe('Lambda asynchronous invocation', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let dir: string;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    // The functions write their marks here: outside /tmp, which is each function's own where Nimbus gives it a mount namespace.
    dir = marksFolder('nimbus-lambda-async-');
  });
  after(async () => {
    lambda.destroy();
    sqs.destroy();
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const marks = readMarks;
  const settle = () => new Promise((r) => setTimeout(r, 150));

  async function queue(name: string) {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    return { url, arn };
  }

  async function receive(url: string) {
    return eventually(async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MessageAttributeNames: ['All'], MaxNumberOfMessages: 10 }))).Messages, 5000, `a message on ${url}`);
  }

  test('Event invocations answer 202 and run the function soon after', async () => {
    const mark = join(dir, 'simple');
    await createFunction(lambda, 'async-simple', { 'index.js': RECORDER }, { Environment: { Variables: { MARK: mark } } });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'async-simple', InvocationType: 'Event', Payload: encode({ n: 1 }) }));
    assert.equal(out.StatusCode, 202);
    assert.equal(out.Payload?.length ?? 0, 0);
    const [first] = await eventually(() => (marks(mark).length ? marks(mark) : undefined));
    assert.deepEqual(first.event, { n: 1 });
    assert.equal(first.id, out.$metadata.requestId, 'the invocation keeps the request id Invoke answered');
    const dry = await lambda.send(new InvokeCommand({ FunctionName: 'async-simple', InvocationType: 'DryRun' }));
    assert.equal(dry.StatusCode, 204);
  });

  test('a failing event is retried 1 minute then 2 minutes later, then goes to the DLQ and the OnFailure destination', async () => {
    const mark = join(dir, 'failing');
    const dlq = await queue('async-dlq');
    const failures = await queue('async-failures');
    await createFunction(lambda, 'async-failing', { 'index.js': RECORDER }, { Environment: { Variables: { MARK: mark } }, DeadLetterConfig: { TargetArn: dlq.arn } });
    const config = await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'async-failing', DestinationConfig: { OnFailure: { Destination: failures.arn } } }));
    assert.equal(config.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:async-failing:$LATEST');
    assert.deepEqual(config.DestinationConfig, { OnSuccess: {}, OnFailure: { Destination: failures.arn } });

    const out = await lambda.send(new InvokeCommand({ FunctionName: 'async-failing', InvocationType: 'Event', Payload: encode({ fail: true, order: 42 }) }));
    await eventually(() => marks(mark).length === 1);
    await settle();
    await advanceClock(cloud, '59s');
    await settle();
    assert.equal(marks(mark).length, 1, 'no retry before a minute has passed');
    await advanceClock(cloud, '1s');
    await eventually(() => marks(mark).length === 2);
    await settle();
    await advanceClock(cloud, '119s');
    await settle();
    assert.equal(marks(mark).length, 2, 'the second retry waits two minutes');
    await advanceClock(cloud, '1s');
    await eventually(() => marks(mark).length === 3);
    assert.ok(marks(mark).every((m) => m.id === out.$metadata.requestId));

    const [record] = await receive(failures.url);
    const body = JSON.parse(record.Body!);
    assert.equal(body.version, '1.0');
    assert.match(body.timestamp, /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(body.requestContext, {
      requestId: out.$metadata.requestId,
      functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:async-failing:$LATEST',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 3,
    });
    assert.deepEqual(body.requestPayload, { fail: true, order: 42 });
    assert.deepEqual(body.responseContext, { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' });
    assert.equal(body.responsePayload.errorType, 'Error');
    assert.equal(body.responsePayload.errorMessage, 'failing on purpose');

    const [dead] = await receive(dlq.url);
    assert.deepEqual(JSON.parse(dead.Body!), { fail: true, order: 42 });
    assert.equal(dead.MessageAttributes?.RequestID?.StringValue, out.$metadata.requestId);
    assert.equal(dead.MessageAttributes?.ErrorCode?.StringValue, '200');
    assert.equal(dead.MessageAttributes?.ErrorMessage?.StringValue, 'failing on purpose');

    await advanceClock(cloud, '10m');
    await settle();
    assert.equal(marks(mark).length, 3, 'no fourth attempt');
  });

  test('MaximumRetryAttempts 0, OnSuccess to SQS and to another function', async () => {
    const mark = join(dir, 'success');
    const nextMark = join(dir, 'next');
    const successes = await queue('async-successes');
    await createFunction(lambda, 'async-next', { 'index.js': RECORDER }, { Environment: { Variables: { MARK: nextMark } } });
    await createFunction(lambda, 'async-success', { 'index.js': RECORDER }, { Environment: { Variables: { MARK: mark } } });
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'async-success', MaximumRetryAttempts: 0, DestinationConfig: { OnSuccess: { Destination: successes.arn } } }));
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'async-success', InvocationType: 'Event', Payload: encode({ hello: 'world' }) }));
    const [record] = await receive(successes.url);
    const body = JSON.parse(record.Body!);
    assert.equal(body.requestContext.condition, 'Success');
    assert.equal(body.requestContext.requestId, out.$metadata.requestId);
    assert.equal(body.requestContext.approximateInvokeCount, 1);
    assert.deepEqual(body.responseContext, { statusCode: 200, executedVersion: '$LATEST' });
    assert.deepEqual(body.responsePayload, { ok: true, seen: { hello: 'world' } });

    // No retries: one attempt, then the failure destination (another function, invoked asynchronously).
    await lambda.send(new PutFunctionEventInvokeConfigCommand({
      FunctionName: 'async-success',
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:lambda:us-east-1:000000000000:function:async-next' } },
    }));
    await lambda.send(new InvokeCommand({ FunctionName: 'async-success', InvocationType: 'Event', Payload: encode({ fail: true }) }));
    const [forwarded] = await eventually(() => (marks(nextMark).length ? marks(nextMark) : undefined));
    assert.equal(forwarded.event.requestContext.condition, 'RetriesExhausted');
    assert.equal(forwarded.event.requestContext.approximateInvokeCount, 1);
    assert.deepEqual(forwarded.event.requestPayload, { fail: true });
    assert.equal(marks(mark).filter((m) => m.event.fail).length, 1);

    const got = await lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'async-success' }));
    assert.equal(got.MaximumRetryAttempts, 0);
    await lambda.send(new DeleteFunctionEventInvokeConfigCommand({ FunctionName: 'async-success' }));
    await expectAwsError(lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'async-success' })), { name: 'ResourceNotFoundException', message: "The function arn:aws:lambda:us-east-1:000000000000:function:async-success:$LATEST doesn't have an EventInvokeConfig" });
  });

  test('MaximumEventAgeInSeconds drops an event that is too old to retry', async () => {
    const mark = join(dir, 'aged');
    const failures = await queue('async-aged');
    await createFunction(lambda, 'async-aged', { 'index.js': RECORDER }, { Environment: { Variables: { MARK: mark } } });
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'async-aged', MaximumEventAgeInSeconds: 90, DestinationConfig: { OnFailure: { Destination: failures.arn } } }));
    await lambda.send(new InvokeCommand({ FunctionName: 'async-aged', InvocationType: 'Event', Payload: encode({ fail: true }) }));
    await eventually(() => marks(mark).length === 1);
    await settle();
    await advanceClock(cloud, '1m');
    await eventually(() => marks(mark).length === 2);
    const [record] = await receive(failures.url);
    const body = JSON.parse(record.Body!);
    assert.equal(body.requestContext.condition, 'EventAgeExceeded');
    assert.equal(body.requestContext.approximateInvokeCount, 2);
  });
});
