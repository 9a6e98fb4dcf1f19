import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreatePipeCommand, DescribePipeCommand, PipesClient, StartPipeCommand, StopPipeCommand } from '@aws-sdk/client-pipes';
import { CreateEventBusCommand, EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, eventually } from '../lambda/support.js';

const ROLE = 'arn:aws:iam::000000000000:role/pipe-role';
const ACCOUNT = '000000000000';
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
const functionArn = (name: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;

describe('Pipes: batching windows, Lambda and event bus targets, sources Nimbus cannot read', () => {
  let cloud: Cloud;
  let pipes: PipesClient;
  let sqs: SQSClient;
  let lambda: LambdaClient;
  let events: EventBridgeClient;
  const urls: Record<string, string> = {};

  before(async () => {
    cloud = await startTestCloud();
    pipes = new PipesClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    lambda = new LambdaClient(clientConfig(cloud));
    events = new EventBridgeClient(clientConfig(cloud));
    for (const name of ['windowed', 'window-out', 'templated', 'templated-out', 'to-lambda', 'mixed', 'to-bus', 'bus-out']) urls[name] = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    await createFunction(lambda, 'count-batch', { 'index.js': `exports.handler = async (records) => [{ size: records.length, bodies: records.map((r) => r.body) }];` });
    await createFunction(lambda, 'picky', {
      'index.js': `exports.handler = async (batch) => ({ batchItemFailures: batch.filter((r) => r.body === 'bad').map((r) => ({ itemIdentifier: r.messageId })) });`,
    });
    // Succeeds only when handed the batch as one array of three SQS records.
    await createFunction(lambda, 'want-array', {
      'index.js': `exports.handler = async (batch) => { if (!Array.isArray(batch) || batch.length !== 3 || batch.some((r) => r.eventSource !== 'aws:sqs')) throw new Error('unexpected ' + JSON.stringify(batch)); return 'ok'; };`,
    });
  });
  after(async () => {
    pipes.destroy();
    sqs.destroy();
    lambda.destroy();
    events.destroy();
    await cloud.close();
  });

  const running = async (name: string) => {
    await advanceClock(cloud, '1s');
    await advanceClock(cloud, '1s');
    const described = await pipes.send(new DescribePipeCommand({ Name: name }));
    assert.equal(described.CurrentState, 'RUNNING', described.StateReason);
  };
  const receiveAll = async (queue: string): Promise<string[]> => {
    const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: urls[queue], MaxNumberOfMessages: 10 }));
    for (const message of out.Messages ?? []) await sqs.send(new DeleteMessageCommand({ QueueUrl: urls[queue], ReceiptHandle: message.ReceiptHandle! }));
    return (out.Messages ?? []).map((m) => m.Body!);
  };
  const send = (queue: string, body: string) => sqs.send(new SendMessageCommand({ QueueUrl: urls[queue], MessageBody: body }));
  const inQueue = async (queue: string) => {
    const out = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: urls[queue], AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    return Number(out.Attributes!.ApproximateNumberOfMessages) + Number(out.Attributes!.ApproximateNumberOfMessagesNotVisible);
  };

  it('gathers a batch for MaximumBatchingWindowInSeconds before handing it on', async () => {
    await pipes.send(
      new CreatePipeCommand({
        Name: 'windowed-pipe',
        Source: queueArn('windowed'),
        Target: queueArn('window-out'),
        Enrichment: functionArn('count-batch'),
        RoleArn: ROLE,
        SourceParameters: { SqsQueueParameters: { BatchSize: 10, MaximumBatchingWindowInSeconds: 10 } },
      }),
    );
    await running('windowed-pipe');
    await send('windowed', 'one');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await send('windowed', 'two');
    await send('windowed', 'three');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(await receiveAll('window-out'), [], 'nothing before the window ends');
    // (Were the first message taken late, the window would still close in real time.)
    await advanceClock(cloud, '10s');
    const [out] = await eventually(async () => {
      const got = await receiveAll('window-out');
      return got.length ? got : undefined;
    }, 20_000, 'the batch');
    assert.deepEqual(JSON.parse(out!), { size: 3, bodies: ['one', 'two', 'three'] });
  });

  it('shapes what the enrichment receives with EnrichmentParameters.InputTemplate', async () => {
    await pipes.send(
      new CreatePipeCommand({
        Name: 'templated-pipe',
        Source: queueArn('templated'),
        Target: queueArn('templated-out'),
        Enrichment: functionArn('count-batch'),
        EnrichmentParameters: { InputTemplate: '{"body": "<$.body.name> via <aws.pipes.pipe-name>"}' },
        RoleArn: ROLE,
      }),
    );
    await running('templated-pipe');
    await send('templated', JSON.stringify({ name: 'ada' }));
    const [out] = await eventually(async () => {
      const got = await receiveAll('templated-out');
      return got.length ? got : undefined;
    }, 15_000, 'the enriched event');
    assert.deepEqual(JSON.parse(out!), { size: 1, bodies: ['ada via templated-pipe'] });
  });

  it('hands a Lambda target the batch as one array, and deletes it once the function succeeds', async () => {
    await pipes.send(
      new CreatePipeCommand({
        Name: 'lambda-pipe',
        Source: queueArn('to-lambda'),
        Target: functionArn('want-array'),
        RoleArn: ROLE,
        DesiredState: 'STOPPED',
        TargetParameters: { LambdaFunctionParameters: { InvocationType: 'REQUEST_RESPONSE' } },
      }),
    );
    await advanceClock(cloud, '1s');
    for (const body of ['a', 'b', 'c']) await send('to-lambda', body);
    await pipes.send(new StartPipeCommand({ Name: 'lambda-pipe' }));
    await advanceClock(cloud, '1s');
    await eventually(async () => (await inQueue('to-lambda')) === 0, 15_000, 'the batch deleted');
  });

  it('deletes what a Lambda target processed and leaves what it reports in batchItemFailures', async () => {
    await pipes.send(new CreatePipeCommand({ Name: 'picky-pipe', Source: queueArn('mixed'), Target: functionArn('picky'), RoleArn: ROLE, DesiredState: 'STOPPED' }));
    await advanceClock(cloud, '1s');
    for (const body of ['good', 'bad', 'fine']) await send('mixed', body);
    await pipes.send(new StartPipeCommand({ Name: 'picky-pipe' }));
    await advanceClock(cloud, '1s');
    await eventually(async () => (await inQueue('mixed')) === 1, 15_000, 'the two processed messages deleted');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await inQueue('mixed'), 1);
    await pipes.send(new StopPipeCommand({ Name: 'picky-pipe' }));
    await advanceClock(cloud, '31s');
    const left = await receiveAll('mixed');
    assert.deepEqual(left, ['bad']);
  });

  it('puts each record on an event bus as the detail of an event with the given source and detail type', async () => {
    await events.send(new CreateEventBusCommand({ Name: 'pipe-bus' }));
    await events.send(new PutRuleCommand({ Name: 'from-pipe', EventBusName: 'pipe-bus', EventPattern: JSON.stringify({ source: ['shop.orders'], 'detail-type': ['OrderPlaced'] }) }));
    await events.send(new PutTargetsCommand({ Rule: 'from-pipe', EventBusName: 'pipe-bus', Targets: [{ Id: 'out', Arn: queueArn('bus-out') }] }));
    await pipes.send(
      new CreatePipeCommand({
        Name: 'bus-pipe',
        Source: queueArn('to-bus'),
        Target: `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/pipe-bus`,
        RoleArn: ROLE,
        TargetParameters: { EventBridgeEventBusParameters: { Source: 'shop.orders', DetailType: 'OrderPlaced' } },
      }),
    );
    await running('bus-pipe');
    await send('to-bus', JSON.stringify({ order: 42 }));
    const [delivered] = await eventually(async () => {
      const got = await receiveAll('bus-out');
      return got.length ? got : undefined;
    }, 15_000, 'the event on the bus');
    const event = JSON.parse(delivered!);
    assert.equal(event.source, 'shop.orders');
    assert.equal(event['detail-type'], 'OrderPlaced');
    assert.equal(event.account, ACCOUNT);
    assert.equal(event.detail.eventSource, 'aws:sqs');
    assert.equal(event.detail.body, JSON.stringify({ order: 42 }));
  });

  it('fails a pipe whose source does not exist (a DynamoDB stream) or whose enrichment it cannot call, saying why', async () => {
    const stream = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders/stream/2026-12-02T00:00:00.000`;
    await pipes.send(
      new CreatePipeCommand({
        Name: 'ddb-pipe',
        Source: stream,
        Target: queueArn('bus-out'),
        RoleArn: ROLE,
        SourceParameters: { DynamoDBStreamParameters: { StartingPosition: 'LATEST' } },
      }),
    );
    // Looking the stream up loads the streams service first: the transition may take a moment of real time.
    const described = (await eventually(async () => {
      await advanceClock(cloud, '1s');
      const pipe = await pipes.send(new DescribePipeCommand({ Name: 'ddb-pipe' }));
      return pipe.CurrentState === 'CREATING' ? undefined : pipe;
    }, 10_000, 'the pipe out of CREATING'))!;
    assert.equal(described.CurrentState, 'CREATE_FAILED');
    assert.equal(described.StateReason, `DynamoDB stream ${stream} does not exist.`);
    // An enrichment that must answer, and Nimbus cannot call yet, fails the pipe the same way.
    const machine = `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:enrich`;
    await pipes.send(new CreatePipeCommand({ Name: 'sfn-enriched', Source: queueArn('to-bus'), Target: queueArn('bus-out'), Enrichment: machine, RoleArn: ROLE }));
    await advanceClock(cloud, '1s');
    const failed = await pipes.send(new DescribePipeCommand({ Name: 'sfn-enriched' }));
    assert.equal(failed.CurrentState, 'CREATE_FAILED');
    assert.equal(failed.StateReason, `Nimbus calls only Lambda functions as enrichments yet: ${machine} cannot be called.`);
  });
});
