import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AddPermissionCommand, GetFunctionRecursionConfigCommand, InvokeCommand, LambdaClient, PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { lineageHash } from '../../src/services/lambda/recursion.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction, encode, eventually, marksFolder, readMarks } from './support.js';

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';
const FUNCTION_ARN = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
const STOPPED = "Lambda has detected your function being invoked in a recursive loop with other AWS resources and stopped your function's invocation.";

/** Invokes itself asynchronously with the next hop, through the runtime's SDK (which sends the function's trace header on), until stopAt. */
const SELF_INVOKER = `
  const fs = require('node:fs');
  const { LambdaClient, InvokeCommand } = require('@aws-sdk/client-lambda');
  const lambda = new LambdaClient({});
  exports.handler = async (event) => {
    fs.appendFileSync(process.env.MARK, JSON.stringify({ hop: event.hop, trace: process.env._X_AMZN_TRACE_ID }) + '\\n');
    if (event.hop >= event.stopAt) return { done: event.hop };
    await lambda.send(new InvokeCommand({ FunctionName: process.env.AWS_LAMBDA_FUNCTION_NAME, InvocationType: 'Event', Payload: JSON.stringify({ ...event, hop: event.hop + 1 }) }));
    return { sent: event.hop + 1 };
  };`;

/** Sends what it got to a queue through the runtime's SDK: SQS keeps the function's trace header as AWSTraceHeader. */
const QUEUE_WRITER = `
  const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
  const sqs = new SQSClient({});
  exports.handler = async (event) => {
    await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(event) }));
    return { trace: process.env._X_AMZN_TRACE_ID };
  };`;

function lineageOf(header: string | undefined): Record<string, number> {
  const value = /(?:^|;)Lineage=([^;]*)/.exec(header ?? '')?.[1] ?? '';
  return Object.fromEntries(value.split('|').filter(Boolean).map((entry) => [entry.split(':')[0], Number(entry.split(':')[1])]));
}
const rootOf = (header: string | undefined) => /(?:^|;)Root=([^;]*)/.exec(header ?? '')?.[1];

/** Recursive loop detection: the Lineage of the X-Ray trace header through Lambda, SQS and SNS, stopped at 16, RecursiveLoop Allow. */
describe('Lambda recursive loop detection', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let sns: SNSClient;
  let dir: string;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    sns = new SNSClient(clientConfig(cloud));
    dir = marksFolder('nimbus-recursion-');
  });
  after(async () => {
    for (const client of [lambda, sqs, sns]) client.destroy();
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const marks = readMarks;

  async function queue(name: string) {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    return { url, arn };
  }

  async function receiveOne(url: string, what: string) {
    const [message] = await eventually(
      async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['AWSTraceHeader'], MaxNumberOfMessages: 1 }))).Messages,
      15_000,
      what,
    );
    await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle! }));
    return message;
  }

  /** A Lambda client that sends the given X-Amzn-Trace-Id, as an SQS poller or an SDK inside a function does. */
  function tracedLambda(header: string): LambdaClient {
    const client = new LambdaClient(clientConfig(cloud));
    client.middlewareStack.add((next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers['X-Amzn-Trace-Id'] = header;
      return next(args);
    }, { step: 'build', name: 'traceHeader' });
    return client;
  }

  test('a function invoking itself asynchronously is stopped at its 17th invocation: 16 runs, the event to OnFailure and the DLQ, RecursiveInvocationsDropped counted', async () => {
    const mark = join(dir, 'self');
    const failures = await queue('loop-failures');
    const dlq = await queue('loop-dlq');
    await createFunction(lambda, 'loop-self', { 'index.js': SELF_INVOKER }, { Environment: { Variables: { MARK: mark } }, DeadLetterConfig: { TargetArn: dlq.arn } });
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'loop-self', DestinationConfig: { OnFailure: { Destination: failures.arn } } }));
    assert.equal((await lambda.send(new GetFunctionRecursionConfigCommand({ FunctionName: 'loop-self' }))).RecursiveLoop, 'Terminate');

    await lambda.send(new InvokeCommand({ FunctionName: 'loop-self', InvocationType: 'Event', Payload: encode({ hop: 1, stopAt: 1000 }) }));
    const record = JSON.parse((await receiveOne(failures.url, 'the stopped event\'s record')).Body!);
    const runs = marks(mark);
    assert.deepEqual(runs.map((run) => run.hop), Array.from({ length: 16 }, (_, i) => i + 1), 'sixteen runs, then the chain stops');
    const hash = lineageHash(FUNCTION_ARN('loop-self'));
    runs.forEach((run, i) => {
      assert.match(run.trace, /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0;Lineage=[0-9a-f]{8}:\d+$/);
      assert.deepEqual(lineageOf(run.trace), { [hash]: i + 1 }, `the lineage of hop ${i + 1}`);
      assert.equal(rootOf(run.trace), rootOf(runs[0].trace), 'one trace for the whole chain');
    });
    assert.equal(record.requestContext.condition, 'RetriesExhausted');
    assert.equal(record.requestContext.approximateInvokeCount, 0);
    assert.equal(record.requestContext.functionArn, `${FUNCTION_ARN('loop-self')}:$LATEST`);
    assert.deepEqual(record.requestPayload, { hop: 17, stopAt: 1000 });
    assert.equal(record.responseContext, undefined);
    const dead = await receiveOne(dlq.url, 'the stopped event in the DLQ');
    assert.deepEqual(JSON.parse(dead.Body!), { hop: 17, stopAt: 1000 });
    assert.equal(dead.MessageAttributes?.ErrorCode?.StringValue, '400');
    assert.equal(dead.MessageAttributes?.ErrorMessage?.StringValue, STOPPED);
    assert.deepEqual(lineageOf(dead.Attributes?.AWSTraceHeader), { [hash]: 16 }, 'the dead event keeps the lineage it came with');

    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    try {
      const sum = await eventually(async () => {
        const stats = await cloudwatch.send(new GetMetricStatisticsCommand({
          Namespace: 'AWS/Lambda', MetricName: 'RecursiveInvocationsDropped', Dimensions: [{ Name: 'FunctionName', Value: 'loop-self' }],
          StartTime: new Date(Date.now() - 3_600_000), EndTime: new Date(Date.now() + 3_600_000), Period: 60, Statistics: ['Sum'],
        }));
        return stats.Datapoints?.reduce((total, point) => total + (point.Sum ?? 0), 0) || undefined;
      }, 10_000, 'the RecursiveInvocationsDropped metric');
      assert.equal(sum, 1);
    } finally {
      cloudwatch.destroy();
    }
  });

  test('SQS keeps the function\'s header as AWSTraceHeader; a synchronous invocation whose chain already ran the function 16 times gets RecursiveInvocationException', async () => {
    const loop = await queue('loop-queue');
    await createFunction(lambda, 'loop-sqs', { 'index.js': QUEUE_WRITER }, { Environment: { Variables: { QUEUE_URL: loop.url } } });
    const hash = lineageHash(FUNCTION_ARN('loop-sqs'));
    // The test invokes with each message's AWSTraceHeader, as an SQS event source mapping does (recursion-sqs-mapping.test.ts runs the real thing).
    const hop = async (header: string | undefined, n: number) => {
      const client = header ? tracedLambda(header) : lambda;
      try {
        const out = await client.send(new InvokeCommand({ FunctionName: 'loop-sqs', Payload: encode({ hop: n }) }));
        assert.equal(out.FunctionError, undefined);
      } finally {
        if (client !== lambda) client.destroy();
      }
      const message = await receiveOne(loop.url, `hop ${n} on the queue`);
      assert.deepEqual(JSON.parse(message.Body!), { hop: n });
      return message.Attributes?.AWSTraceHeader;
    };
    const first = await hop(undefined, 1);
    assert.match(first ?? '', /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0;Lineage=[0-9a-f]{8}:1$/);
    const second = await hop(first, 2);
    assert.deepEqual(lineageOf(second), { [hash]: 2 });
    assert.equal(rootOf(second), rootOf(first), 'one trace for the chain');
    // Fourteen hops on: the 16th run is allowed, the 17th stopped.
    const at15 = second!.replace(`Lineage=${hash}:2`, `Lineage=${hash}:15`);
    const header = await hop(at15, 16);
    assert.deepEqual(lineageOf(header), { [hash]: 16 });
    const client = tracedLambda(header!);
    try {
      await expectAwsError(client.send(new InvokeCommand({ FunctionName: 'loop-sqs', Payload: encode({ hop: 17 }) })), { name: 'RecursiveInvocationException', message: STOPPED, status: 400 });
    } finally {
      client.destroy();
    }
    const none = await sqs.send(new ReceiveMessageCommand({ QueueUrl: loop.url, WaitTimeSeconds: 0 }));
    assert.equal(none.Messages, undefined, 'the stopped invocation sent nothing');

    // A message's own AWSTraceHeader system attribute wins over the request's header.
    const sender = new SQSClient(clientConfig(cloud));
    sender.middlewareStack.add((next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers['X-Amzn-Trace-Id'] = header!;
      return next(args);
    }, { step: 'build', name: 'traceHeader' });
    try {
      await sender.send(new SendMessageCommand({ QueueUrl: loop.url, MessageBody: 'from the header' }));
      await sender.send(new SendMessageCommand({ QueueUrl: loop.url, MessageBody: 'own attribute', MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String', StringValue: 'Root=1-00000001-000000000000000000000001' } } }));
    } finally {
      sender.destroy();
    }
    // The CLI (SQS's query protocol) reads the attribute too.
    const cli = await aws(cloud, ['sqs', 'receive-message', '--queue-url', loop.url, '--attribute-names', 'AWSTraceHeader']);
    assert.equal(cli.code, 0, cli.stderr);
    const [viaCli] = JSON.parse(cli.stdout).Messages;
    assert.equal(viaCli.Body, 'from the header');
    assert.equal(viaCli.Attributes.AWSTraceHeader, header);
    await sqs.send(new DeleteMessageCommand({ QueueUrl: loop.url, ReceiptHandle: viaCli.ReceiptHandle }));
    assert.equal((await receiveOne(loop.url, 'the message with its own attribute')).Attributes?.AWSTraceHeader, 'Root=1-00000001-000000000000000000000001');
  });

  test('boto3 inside a Python function sends the function\'s header on too (percent-encoding the `|` between lineage entries)', async () => {
    const pyQueue = await queue('loop-python');
    await createFunction(lambda, 'loop-python', {
      'lambda_function.py': [
        'import json, os, boto3',
        "sqs = boto3.client('sqs')",
        'def handler(event, context):',
        "    sqs.send_message(QueueUrl=os.environ['QUEUE_URL'], MessageBody=json.dumps(event))",
        "    return os.environ.get('_X_AMZN_TRACE_ID')",
      ].join('\n'),
    }, { Runtime: 'python3.11', Handler: 'lambda_function.handler', Environment: { Variables: { QUEUE_URL: pyQueue.url } } });
    const hash = lineageHash(FUNCTION_ARN('loop-python'));
    const other = '0badc0de';
    const first = tracedLambda(`Root=1-6543a1b2-0123456789abcdef01234567;Parent=1122334455667788;Sampled=0;Lineage=${other}:2`);
    try {
      const out = await first.send(new InvokeCommand({ FunctionName: 'loop-python', Payload: encode({ hop: 1 }) }));
      assert.equal(out.FunctionError, undefined, new TextDecoder().decode(out.Payload));
    } finally {
      first.destroy();
    }
    const sent = (await receiveOne(pyQueue.url, 'what the Python function sent')).Attributes?.AWSTraceHeader ?? '';
    assert.equal(rootOf(sent), '1-6543a1b2-0123456789abcdef01234567');
    assert.match(sent, /;Lineage=[0-9a-f]{8}:\d+%7C[0-9a-f]{8}:\d+$/, 'botocore percent-encodes the separator');
    assert.deepEqual(lineageOf(decodeURIComponent(sent)), { [other]: 2, [hash]: 1 });
    // The header as boto3 sent it (`%7C` and all) counts when it comes back.
    const second = tracedLambda(sent);
    try {
      const out = await second.send(new InvokeCommand({ FunctionName: 'loop-python', Payload: encode({ hop: 2 }) }));
      assert.deepEqual(lineageOf(JSON.parse(new TextDecoder().decode(out.Payload))), { [other]: 2, [hash]: 2 });
    } finally {
      second.destroy();
    }
    await receiveOne(pyQueue.url, 'the second message');
  });

  test('SNS hands the publisher\'s header to SQS and Lambda subscribers', async () => {
    const topicArn = (await sns.send(new CreateTopicCommand({ Name: 'loop-topic' }))).TopicArn!;
    const subscriberQueue = await queue('loop-topic-subscriber');
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: subscriberQueue.arn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }] };
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: subscriberQueue.url, Attributes: { Policy: JSON.stringify(policy) } }));
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: subscriberQueue.arn }));
    await lambda.send(new AddPermissionCommand({ FunctionName: 'loop-sqs', StatementId: 'sns', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: topicArn }));
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'lambda', Endpoint: FUNCTION_ARN('loop-sqs') }));

    const other = 'abcdef12';
    const published = `Root=1-6543a1b2-0123456789abcdef01234567;Parent=1122334455667788;Sampled=1;Lineage=${other}:3|${lineageHash(FUNCTION_ARN('loop-sqs'))}:5`;
    const publisher = new SNSClient(clientConfig(cloud));
    publisher.middlewareStack.add((next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers['X-Amzn-Trace-Id'] = published;
      return next(args);
    }, { step: 'build', name: 'traceHeader' });
    try {
      await publisher.send(new PublishCommand({ TopicArn: topicArn, Message: 'round and round' }));
    } finally {
      publisher.destroy();
    }
    const atSubscriber = await receiveOne(subscriberQueue.url, 'the notification on the subscribed queue');
    assert.equal(atSubscriber.Attributes?.AWSTraceHeader, published);
    // The function ran with the publisher's trace, its own count one up, and its SDK sent that on to its queue.
    const fromFunction = await receiveOne((await queue('loop-queue')).url, 'what the SNS-invoked function sent');
    assert.equal(JSON.parse(fromFunction.Body!).Records[0].Sns.Message, 'round and round');
    const header = fromFunction.Attributes?.AWSTraceHeader;
    assert.equal(rootOf(header), '1-6543a1b2-0123456789abcdef01234567');
    assert.match(header!, /;Sampled=1;/);
    assert.deepEqual(lineageOf(header), { [other]: 3, [lineageHash(FUNCTION_ARN('loop-sqs'))]: 6 });
  });
});
