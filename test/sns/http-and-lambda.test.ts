import assert from 'node:assert/strict';
import { verify, X509Certificate } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  ConfirmSubscriptionCommand,
  CreateTopicCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  PublishCommand,
  SetSubscriptionAttributesCommand,
  SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { AddPermissionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cloud } from '../../src/index.js';
import { createFunction, eventually } from '../lambda/support.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTTP endpoint that records what SNS posts and answers the statuses it is told to. */
class Endpoint {
  readonly received: Received[] = [];
  statuses: number[] = [];
  private waiters: Array<() => void> = [];
  private server: Server;

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
        response.statusCode = this.statuses.shift() ?? 200;
        response.end();
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Waits until `count` requests have arrived (at most 5 s). */
  async until(count: number): Promise<Received[]> {
    const deadline = Date.now() + 5000;
    while (this.received.length < count) {
      if (Date.now() > deadline) assert.fail(`expected ${count} requests, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return this.received;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('SNS HTTP(S) and Lambda subscriptions', () => {
  let cloud: Cloud;
  let sns: SNSClient;
  let sqs: SQSClient;
  let endpoint: Endpoint;
  let url: string;

  before(async () => {
    cloud = await startTestCloud();
    sns = new SNSClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    endpoint = new Endpoint();
    url = await endpoint.start();
  });
  after(async () => {
    sns.destroy();
    sqs.destroy();
    await endpoint.close();
    await cloud.close();
  });

  test('confirmation by GET of SubscribeURL, signed notifications with AWS headers, retries on the virtual clock, then the DLQ', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'webhooks' }));
    const subscribed = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: url }));
    assert.equal(subscribed.SubscriptionArn, 'pending confirmation');
    assert.equal((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes?.SubscriptionsPending, '1');
    // An email subscription waits for a confirmation Nimbus cannot send; ReturnSubscriptionArn still names it.
    const email = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'ops@example.com', ReturnSubscriptionArn: true }));
    assert.match(email.SubscriptionArn!, new RegExp(`^${TopicArn}:`));
    assert.equal((await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: email.SubscriptionArn }))).Attributes?.PendingConfirmation, 'true');

    const [confirmation] = await endpoint.until(1);
    assert.equal(confirmation!.headers['x-amz-sns-message-type'], 'SubscriptionConfirmation');
    assert.equal(confirmation!.headers['x-amz-sns-topic-arn'], TopicArn);
    const message = JSON.parse(confirmation!.body);
    assert.equal(message.Type, 'SubscriptionConfirmation');
    assert.ok(message.Token);
    assert.ok(message.SubscribeURL.startsWith(cloud.endpoint));
    const cert = new X509Certificate(await (await fetch(message.SigningCertURL)).text());
    const canonical = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'].map((k) => `${k}\n${message[k]}\n`).join('');
    assert.ok(verify('sha1', Buffer.from(canonical), cert.publicKey, Buffer.from(message.Signature, 'base64')));

    await expectAwsError(sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token: 'wrong' })), { name: 'InvalidParameterException', message: 'Invalid parameter: Token', status: 400 });
    const visited = await fetch(message.SubscribeURL);
    assert.equal(visited.status, 200);
    const subscriptionArn = /<SubscriptionArn>([^<]+)<\/SubscriptionArn>/.exec(await visited.text())?.[1];
    assert.match(subscriptionArn!, new RegExp(`^${TopicArn}:`));
    assert.equal((await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn }))).Attributes?.PendingConfirmation, 'false');

    // A dead-letter queue for what the endpoint never takes.
    const { QueueUrl: dlqUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'webhooks-dlq' }));
    const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn, AttributeName: 'RedrivePolicy', AttributeValue: JSON.stringify({ deadLetterTargetArn: dlqArn }) }));

    // The first attempt fails; AWS's default policy tries again 20 s later.
    endpoint.statuses = [500];
    const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Message: 'event one', Subject: 'hi' }));
    await endpoint.until(2);
    await advanceClock(cloud, '20s');
    const requests = await endpoint.until(3);
    const notification = requests[2]!;
    assert.equal(notification.headers['x-amz-sns-message-type'], 'Notification');
    assert.equal(notification.headers['x-amz-sns-message-id'], MessageId);
    assert.equal(notification.headers['x-amz-sns-subscription-arn'], subscriptionArn);
    assert.equal(notification.headers['content-type'], 'text/plain; charset=UTF-8');
    assert.equal(notification.headers['user-agent'], 'Amazon Simple Notification Service Agent');
    assert.equal(JSON.parse(notification.body).Message, 'event one');

    // Four failures (the first try and AWS's three retries) put the message in the DLQ.
    endpoint.statuses = [500, 500, 500, 500];
    await sns.send(new PublishCommand({ TopicArn, Message: 'event two' }));
    await endpoint.until(4);
    for (let i = 5; i <= 7; i++) {
      await advanceClock(cloud, '20s');
      await endpoint.until(i);
    }
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, WaitTimeSeconds: 3 }));
    assert.equal(JSON.parse(Messages![0]!.Body!).Message, 'event two');

    // A delivery policy's requestPolicy chooses the Content-Type.
    await sns.send(
      new SetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn, AttributeName: 'DeliveryPolicy', AttributeValue: JSON.stringify({ requestPolicy: { headerContentType: 'application/json' } }) }),
    );
    await sns.send(new PublishCommand({ TopicArn, Message: '{"event":3}' }));
    const [, , , , , , , json] = await endpoint.until(8);
    assert.equal(json!.headers['content-type'], 'application/json');

    // The UnsubscribeURL ends the subscription.
    const unsubscribe = await fetch(JSON.parse(notification.body).UnsubscribeURL);
    assert.equal(unsubscribe.status, 200);
    await expectAwsError(sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn })), { name: 'NotFoundException' });
  });

  test('a Lambda subscriber gets the SNS event once its policy lets the topic invoke it', async () => {
    const lambda = new LambdaClient(clientConfig(cloud));
    const dir = mkdtempSync(join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), 'nimbus-sns-lambda-'));
    const mark = join(dir, 'events');
    try {
      const fn = await createFunction(
        lambda,
        'on-order',
        { 'index.js': `exports.handler = async (event) => { require('node:fs').appendFileSync(process.env.MARK, JSON.stringify(event) + '\\n'); };` },
        { Environment: { Variables: { MARK: mark } } },
      );
      const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'to-lambda' }));
      const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'lambda', Endpoint: fn.FunctionArn }));
      assert.match(SubscriptionArn!, new RegExp(`^${TopicArn}:`));

      // Without a permission for SNS, the function is not invoked.
      await sns.send(new PublishCommand({ TopicArn, Message: 'refused' }));
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(existsSync(mark), false);

      await lambda.send(new AddPermissionCommand({ FunctionName: 'on-order', StatementId: 'sns', Action: 'lambda:InvokeFunction', Principal: 'sns.amazonaws.com', SourceArn: TopicArn }));
      const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Message: 'order placed', Subject: 'orders', MessageAttributes: { kind: { DataType: 'String', StringValue: 'book' } } }));
      const line = await eventually(() => (existsSync(mark) ? readFileSync(mark, 'utf8').trim() : undefined), 20_000, 'the function to run');
      const event = JSON.parse(line.split('\n')[0]!);
      const record = event.Records[0];
      assert.equal(record.EventSource, 'aws:sns');
      assert.equal(record.EventVersion, '1.0');
      assert.equal(record.EventSubscriptionArn, SubscriptionArn);
      assert.equal(record.Sns.Type, 'Notification');
      assert.equal(record.Sns.MessageId, MessageId);
      assert.equal(record.Sns.TopicArn, TopicArn);
      assert.equal(record.Sns.Subject, 'orders');
      assert.equal(record.Sns.Message, 'order placed');
      assert.deepEqual(record.Sns.MessageAttributes, { kind: { Type: 'String', Value: 'book' } });
      assert.ok(record.Sns.Signature && record.Sns.SigningCertUrl && record.Sns.UnsubscribeUrl);
    } finally {
      lambda.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
