import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { GetFunctionCommand, InvokeCommand, LambdaClient, PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, encode, eventually, marksFolder } from './support.js';

/** Fails the first time it sees an event, succeeds the next: a retry after a restart shows the event was kept. */
const FLAKY = `
  const fs = require('node:fs');
  exports.handler = async (event, context) => {
    const seen = fs.existsSync(process.env.MARK) ? fs.readFileSync(process.env.MARK, 'utf8').split('\\n').filter(Boolean).length : 0;
    fs.appendFileSync(process.env.MARK, context.awsRequestId + '\\n');
    if (seen === 0) throw new Error('not yet');
    return { attempt: seen + 1 };
  };`;

/** Lambda's internal queue of async events is in the store: an event waiting for its retry survives a restart. */
describe('Lambda async events across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-lambda-async-restart-'));
  const marks = marksFolder('nimbus-lambda-async-restart-marks-');
  let cloud: Cloud | undefined;
  after(async () => {
    await cloud?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(marks, { recursive: true, force: true });
  });

  test('a failed event waiting for its retry runs after the restart, a minute after its first attempt, and its record reaches the destination', async () => {
    const mark = join(marks, 'flaky');
    cloud = await startTestCloud({ dataDir });
    let lambda = new LambdaClient(clientConfig(cloud));
    let sqs = new SQSClient(clientConfig(cloud));
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'restart-successes' }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await createFunction(lambda, 'restart-flaky', { 'index.js': FLAKY }, { Environment: { Variables: { MARK: mark } } });
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'restart-flaky', DestinationConfig: { OnSuccess: { Destination: arn } } }));
    const requestId = (await lambda.send(new InvokeCommand({ FunctionName: 'restart-flaky', InvocationType: 'Event', Payload: encode({ order: 1 }) }))).$metadata.requestId;
    const attempts = () => (existsSync(mark) ? readFileSync(mark, 'utf8').split('\n').filter(Boolean) : []);
    await eventually(() => attempts().length === 1, 10_000, 'the first attempt');
    // The attempt is over (and its outcome stored) once its REPORT line is written: a close in the middle would run it again.
    const logs = new CloudWatchLogsClient(clientConfig(cloud));
    try {
      await eventually(async () => {
        const found = await logs.send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/restart-flaky', filterPattern: '"REPORT RequestId"' }));
        return found.events?.length ? true : undefined;
      }, 10_000, 'the first attempt\'s REPORT line');
    } finally {
      logs.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    lambda.destroy();
    sqs.destroy();
    await cloud.close();

    cloud = await startTestCloud({ dataDir });
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    try {
      // Lambda starts with its first request here (starting with Nimbus is services/index.ts's wake tables').
      await lambda.send(new GetFunctionCommand({ FunctionName: 'restart-flaky' }));
      await new Promise((resolve) => setTimeout(resolve, 150));
      assert.equal(attempts().length, 1, 'the retry waits for its minute');
      await advanceClock(cloud, '1m');
      await eventually(() => attempts().length === 2, 10_000, 'the retry after the restart');
      assert.deepEqual(attempts(), [requestId, requestId]);
      const [message] = await eventually(async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages, 10_000, 'the success record');
      const record = JSON.parse(message.Body!);
      assert.equal(record.requestContext.requestId, requestId);
      assert.equal(record.requestContext.condition, 'Success');
      assert.equal(record.requestContext.approximateInvokeCount, 2);
      assert.deepEqual(record.responsePayload, { attempt: 2 });
    } finally {
      lambda.destroy();
      sqs.destroy();
    }
  });
});
