import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { CreateTopicCommand, PublishCommand, SetSubscriptionAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { expectHealthyWithin, longestStall, REQUEST_BUDGET_MS } from './support.js';

/** SNS under hostile endpoints and filter policies: bounded work, AWS's refusals, a server that keeps answering. */
describe('SNS deliveries and filter policies under attack', () => {
  let cloud: Cloud;
  let sns: SNSClient;
  let server: Server;
  let endpointUrl: string;
  let posts = 0;
  let streamsOpen = 0;

  before(async () => {
    cloud = await startTestCloud();
    sns = new SNSClient(clientConfig(cloud));
    // An endpoint that answers 200 and then streams its body without end.
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        posts++;
        streamsOpen++;
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        const timer = setInterval(() => response.write(chunk), 1);
        response.on('close', () => {
          clearInterval(timer);
          streamsOpen--;
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/endless`;
  });
  after(async () => {
    sns.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await cloud.close();
  });

  test('an HTTP endpoint answering with an endless body: Nimbus stops reading it at once', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'endless' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: endpointUrl }));
    // The confirmation request arrives, and its endless answer is cancelled.
    const until = Date.now() + 5000;
    while ((posts < 1 || streamsOpen > 0) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    assert.equal(posts, 1);
    assert.equal(streamsOpen, 0, 'the endless answer was closed');
    await expectHealthyWithin(cloud);
  });

  test('filter policies: over 150 combinations, over 5 keys and over 256 KB are refused; the largest accepted one is cheap to match', async (t) => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'filters' }));
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:absent' }));
    const set = (policy: unknown) => sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: typeof policy === 'string' ? policy : JSON.stringify(policy) }));
    const values = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`);
    await expectAwsError(set({ a: values(13), b: values(13) }), { name: 'InvalidParameterException', message: 'Invalid parameter: FilterPolicy: Filter policy is too complex', status: 400 });
    await expectAwsError(set({ a: ['x'], b: ['x'], c: ['x'], d: ['x'], e: ['x'], f: ['x'] }), { message: 'Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys' });
    await expectAwsError(set(JSON.stringify({ a: ['x'.repeat(256 * 1024)] })), { name: 'InvalidParameterException', message: /^Invalid parameter: FilterPolicy: / });

    // 150 long prefix values on one key: the most work one accepted policy asks of each publish.
    const heavy = { a: Array.from({ length: 150 }, (_, i) => ({ prefix: `${'p'.repeat(1500)}${i}` })) };
    const { stallMs: setStall } = await longestStall(() => set(heavy));
    assert.ok(setStall < REQUEST_BUDGET_MS, `setting the policy stalled ${setStall} ms`);
    const { stallMs } = await longestStall(async () => {
      for (let i = 0; i < 50; i++) {
        await sns.send(new PublishCommand({ TopicArn, Message: 'x', MessageAttributes: { a: { DataType: 'String', StringValue: 'p'.repeat(200_000) } } }));
      }
    });
    assert.ok(stallMs < REQUEST_BUDGET_MS, `50 publishes against it stalled ${stallMs} ms`);
    t.diagnostic(`longest stall: setting the policy ${setStall.toFixed(0)} ms, 50 publishes ${stallMs.toFixed(0)} ms`);
    await expectHealthyWithin(cloud);
  });
});
