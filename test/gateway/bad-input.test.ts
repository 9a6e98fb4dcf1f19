import assert from 'node:assert/strict';
import { connect } from 'node:http2';
import { after, before, describe, test } from 'node:test';
import { KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** Bad input of every kind gets AWS's error with the right status, and the server goes on serving. */
describe('bad input', () => {
  let cloud: Cloud;
  let small: Cloud;
  let queueUrl: string;

  before(async () => {
    cloud = await startTestCloud();
    small = await startTestCloud({ maxBodyBytes: 64 * 1024 });
    const created = await sqsJson('CreateQueue', { QueueName: 'bad-input' });
    queueUrl = ((await created.json()) as { QueueUrl: string }).QueueUrl;
  });
  after(async () => {
    await cloud.close();
    await small.close();
  });

  function sqsJson(operation: string, body: unknown, target = cloud): Promise<Response> {
    return fetch(`${target.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AmazonSQS.${operation}` },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  function sqsQuery(form: string): Promise<Response> {
    return fetch(`${cloud.endpoint}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
  }

  async function jsonError(response: Response, status: number, type: string, message?: string | RegExp, queryError?: string) {
    assert.equal(response.status, status);
    const body = (await response.json()) as { __type: string; message: string };
    assert.equal(body.__type, type);
    if (typeof message === 'string') assert.equal(body.message, message);
    else if (message) assert.match(body.message, message);
    if (queryError) assert.equal(response.headers.get('x-amzn-query-error'), queryError);
  }

  async function xmlError(response: Response, status: number, code: string, message?: string | RegExp) {
    assert.equal(response.status, status);
    const text = await response.text();
    assert.match(text, new RegExp(`<Code>${code.replaceAll('.', '\\.')}</Code>`));
    const found = /<Message>([^<]*)<\/Message>/.exec(text)?.[1];
    if (typeof message === 'string') assert.equal(found, message);
    else if (message) assert.match(found ?? '', message);
  }

  test('malformed JSON', async () => {
    await jsonError(await sqsJson('ListQueues', '{"QueueNamePrefix": '), 400, 'SerializationException');
    await jsonError(await sqsJson('ListQueues', '[1, 2]'), 400, 'SerializationException');
  });

  test('wrong types and missing required members', async () => {
    await jsonError(await sqsJson('CreateQueue', { QueueName: 5 }), 400, 'SerializationException', 'NUMBER_VALUE can not be converted to a String');
    await jsonError(await sqsJson('ReceiveMessage', { QueueUrl: queueUrl, MaxNumberOfMessages: 'ten' }), 400, 'SerializationException');
    await jsonError(await sqsJson('CreateQueue', {}), 400, 'MissingParameter', 'The request must contain the parameter QueueName.', 'MissingParameter;Sender');
    await xmlError(await sqsQuery('Action=CreateQueue&Version=2012-11-05'), 400, 'MissingParameter', 'The request must contain the parameter QueueName.');
    await xmlError(
      await sqsQuery(`Action=ReceiveMessage&QueueUrl=${encodeURIComponent(queueUrl)}&MaxNumberOfMessages=ten`),
      400,
      'InvalidParameterValue',
      /MaxNumberOfMessages/,
    );
  });

  test('malformed query strings', async () => {
    await xmlError(await sqsQuery('Action=ListQueues&QueueNamePrefix=%zz'), 400, 'MalformedQueryString');
  });

  test('unknown actions, targets and services', async () => {
    await xmlError(await sqsQuery('Action=FlyToTheMoon&Version=2012-11-05'), 400, 'InvalidAction', 'The action FlyToTheMoon is not valid for this web service.');
    // Signed for SQS, the action is checked against SQS's own operations.
    const signed = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=00',
        'x-amz-date': '20260101T000000Z',
      },
      body: 'Action=FlyToTheMoon',
    });
    await xmlError(signed, 400, 'InvalidAction', 'The action FlyToTheMoon is not valid for this web service (SQS).');
    await jsonError(await sqsJson('FlyToTheMoon', {}), 400, 'UnknownOperationException', /AmazonSQS\.FlyToTheMoon/);
    const unknownService = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host;x-amz-date, Signature=00',
        'x-amz-date': '20260101T000000Z',
      },
      body: 'Action=DescribeInstances',
    });
    await xmlError(unknownService, 501, 'NotImplemented', 'Service ec2 is not available in Nimbus.');
  });

  test('a service in scope without an implementation answers 501 in its own protocol', async () => {
    const response = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters' },
      body: '{}',
    });
    await jsonError(response, 501, 'NotImplemented', 'The operation ListClusters of service ECS is not implemented by Nimbus yet.');
  });

  test('malformed XML is refused by the restXml parser', async () => {
    const response = await fetch(`${cloud.endpoint}/some-bucket?tagging`, { method: 'PUT', body: '<Tagging><TagSet><Tag>' });
    await xmlError(response, 400, 'MalformedXML');
  });

  test('oversized bodies get 413 and the connection stays usable', async () => {
    const big = JSON.stringify({ QueueUrl: queueUrl, MessageBody: 'x'.repeat(100 * 1024) });
    const response = await sqsJson('SendMessage', big, small);
    await jsonError(response, 413, 'RequestEntityTooLarge');
    const fine = await sqsJson('ListQueues', {}, small);
    assert.equal(fine.status, 200);
  });

  test('a malformed Authorization header is an AWS error, not a crash', async () => {
    const response = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.ListQueues', authorization: 'AWS4-HMAC-SHA256 garbage' },
      body: '{}',
    });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { __type: string };
    assert.equal(body.__type, 'IncompleteSignatureException');
  });

  test('cleartext HTTP/2 (the Kinesis client) is served on the same port', async () => {
    const kinesis = new KinesisClient(clientConfig(cloud));
    try {
      assert.deepEqual((await kinesis.send(new ListStreamsCommand({}))).StreamNames, []);
    } finally {
      kinesis.destroy();
    }

    const session = connect(cloud.endpoint);
    const status = await new Promise<number>((resolve, reject) => {
      const stream = session.request({ ':path': '/_nimbus/health', ':method': 'GET' });
      stream.on('response', (headers) => resolve(Number(headers[':status'])));
      stream.on('error', reject);
      stream.resume();
    });
    session.close();
    assert.equal(status, 200);
  });

  test('after all that, the server goes on serving', async () => {
    const sqs = new SQSClient(clientConfig(cloud));
    const listed = await sqs.send(new ListQueuesCommand({}));
    sqs.destroy();
    assert.deepEqual(listed.QueueUrls, [queueUrl]);
    const health = await fetch(`${cloud.endpoint}/_localstack/health`);
    assert.equal(health.status, 200);
    const body = (await health.json()) as { services: Record<string, string> };
    assert.equal(body.services.sqs, 'running');
    assert.equal(body.services.ecs, 'disabled');
  });
});
