import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CreateTopicCommand,
  GetTopicAttributesCommand,
  ListTopicsCommand,
  NotFoundException,
  PublishCommand,
  SNSClient,
} from '@aws-sdk/client-sns';
import { XMLParser } from 'fast-xml-parser';
import { AwsError } from '../../src/core/errors.js';
import { loadModel } from '../../src/protocol/model.js';
import { queryCodec } from '../../src/protocol/query.js';
import type { WireRequest } from '../../src/protocol/types.js';
import { codecTransport, HARNESS_CLIENT, HARNESS_REQUEST_ID } from '../support/codec-harness.js';
import { expectAwsError } from '../support/errors.js';

const sns = loadModel('sns');
const sqs = loadModel('sqs');

function formRequest(form: string): WireRequest {
  return {
    method: 'POST',
    path: '/',
    query: new URLSearchParams(),
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: Buffer.from(form),
    host: 'localhost',
  };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  // Repeated (flattened) elements are lists even when there is one.
  isArray: (name, path) => !String(path).startsWith('ErrorResponse') && ['Message', 'Attribute', 'MessageAttribute', 'QueueUrl'].includes(name),
});

describe('awsQuery codec with SNS (a query-only service, through the SDK v3 SNS client)', () => {
  test('CreateTopic: flattened-free maps (entry.N.key/value) and member lists', async () => {
    const { requestHandler, exchange } = codecTransport(sns, queryCodec, () => ({ TopicArn: 'arn:aws:sns:us-east-1:000000000000:orders' }));
    const client = new SNSClient({ ...HARNESS_CLIENT, requestHandler });
    const output = await client.send(
      new CreateTopicCommand({
        Name: 'orders',
        Attributes: { DisplayName: 'Orders & more', FifoTopic: 'false' },
        Tags: [
          { Key: 'team', Value: 'a' },
          { Key: 'env', Value: 'test' },
        ],
      }),
    );
    assert.equal(exchange.operation, 'CreateTopic');
    assert.deepEqual(exchange.input, {
      Name: 'orders',
      Attributes: { DisplayName: 'Orders & more', FifoTopic: 'false' },
      Tags: [
        { Key: 'team', Value: 'a' },
        { Key: 'env', Value: 'test' },
      ],
    });
    assert.equal(output.TopicArn, 'arn:aws:sns:us-east-1:000000000000:orders');
    assert.equal(output.$metadata.requestId, HARNESS_REQUEST_ID);
    const document = xml.parse(String(exchange.response!.body));
    assert.equal(document.CreateTopicResponse['@_xmlns'], 'http://sns.amazonaws.com/doc/2010-03-31/');
    assert.equal(document.CreateTopicResponse.ResponseMetadata.RequestId, HARNESS_REQUEST_ID);
  });

  test('Publish: nested structures inside maps, binary values, and an empty list', async () => {
    const { requestHandler, exchange } = codecTransport(sns, queryCodec, () => ({ MessageId: 'm-1' }));
    const client = new SNSClient({ ...HARNESS_CLIENT, requestHandler });
    await client.send(
      new PublishCommand({
        TopicArn: 'arn:aws:sns:us-east-1:000000000000:orders',
        Message: 'hello',
        MessageAttributes: {
          colour: { DataType: 'String', StringValue: 'blue' },
          raw: { DataType: 'Binary', BinaryValue: new Uint8Array([0, 255]) },
        },
      }),
    );
    const attributes = exchange.input!.MessageAttributes as Record<string, { DataType: string; StringValue?: string; BinaryValue?: Buffer }>;
    assert.equal(attributes.colour.StringValue, 'blue');
    assert.deepEqual([...attributes.raw.BinaryValue!], [0, 255]);
  });

  test('responses: lists, maps and the SDK reading them back', async () => {
    const { requestHandler } = codecTransport(sns, queryCodec, (operation) =>
      operation === 'ListTopics'
        ? { Topics: [{ TopicArn: 'arn:a' }, { TopicArn: 'arn:b' }], NextToken: 'next' }
        : { Attributes: { Owner: '000000000000', DisplayName: '<tags> & "quotes"' } },
    );
    const client = new SNSClient({ ...HARNESS_CLIENT, requestHandler });
    const listed = await client.send(new ListTopicsCommand({}));
    assert.deepEqual(listed.Topics, [{ TopicArn: 'arn:a' }, { TopicArn: 'arn:b' }]);
    assert.equal(listed.NextToken, 'next');
    const attributes = await client.send(new GetTopicAttributesCommand({ TopicArn: 'arn:a' }));
    assert.deepEqual(attributes.Attributes, { Owner: '000000000000', DisplayName: '<tags> & "quotes"' });
  });

  test('errors: ErrorResponse with Type, Code and Message', async () => {
    const { requestHandler, exchange } = codecTransport(sns, queryCodec, () => {
      throw new AwsError('NotFoundException', 'Topic does not exist', 404);
    });
    const client = new SNSClient({ ...HARNESS_CLIENT, requestHandler });
    const error = await expectAwsError(client.send(new GetTopicAttributesCommand({ TopicArn: 'arn:nope' })), { message: 'Topic does not exist', status: 404 });
    assert.ok(error instanceof NotFoundException);
    const document = xml.parse(String(exchange.response!.body));
    assert.equal(document.ErrorResponse.Error.Type, 'Sender');
    assert.equal(document.ErrorResponse.Error.Code, 'NotFound');
    assert.equal(document.ErrorResponse.RequestId, HARNESS_REQUEST_ID);
  });
});

describe('awsQuery codec with SQS (the wire of Debian CLI v2 and older SDKs)', () => {
  test('requests as botocore writes them: flattened entries, Attribute.N.Name/Value, MessageAttribute.N.Value.*', () => {
    const form = [
      'Action=SendMessageBatch',
      'Version=2012-11-05',
      'QueueUrl=http%3A%2F%2Flocalhost%3A4566%2F000000000000%2Fq',
      'SendMessageBatchRequestEntry.1.Id=a',
      'SendMessageBatchRequestEntry.1.MessageBody=hello%20world',
      'SendMessageBatchRequestEntry.1.DelaySeconds=3',
      'SendMessageBatchRequestEntry.1.MessageAttribute.1.Name=colour',
      'SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.DataType=String',
      'SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.StringValue=blue',
      'SendMessageBatchRequestEntry.2.Id=b',
      'SendMessageBatchRequestEntry.2.MessageBody=second',
      'SendMessageBatchRequestEntry.2.MessageAttribute.1.Name=blob',
      'SendMessageBatchRequestEntry.2.MessageAttribute.1.Value.DataType=Binary',
      'SendMessageBatchRequestEntry.2.MessageAttribute.1.Value.BinaryValue=AAH%2F',
    ].join('&');
    const request = formRequest(form);
    assert.equal(queryCodec.operationName(sqs, request), 'SendMessageBatch');
    const input = queryCodec.parse(sqs, sqs.operation('SendMessageBatch')!, request);
    assert.deepEqual(input, {
      QueueUrl: 'http://localhost:4566/000000000000/q',
      Entries: [
        { Id: 'a', MessageBody: 'hello world', DelaySeconds: 3, MessageAttributes: { colour: { DataType: 'String', StringValue: 'blue' } } },
        { Id: 'b', MessageBody: 'second', MessageAttributes: { blob: { DataType: 'Binary', BinaryValue: Buffer.from([0, 1, 255]) } } },
      ],
    });

    const create = queryCodec.parse(
      sqs,
      sqs.operation('CreateQueue')!,
      formRequest('Action=CreateQueue&QueueName=q&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=40&Attribute.2.Name=DelaySeconds&Attribute.2.Value=0&Tag.1.Key=team&Tag.1.Value=a'),
    );
    assert.deepEqual(create, { QueueName: 'q', Attributes: { VisibilityTimeout: '40', DelaySeconds: '0' }, tags: { team: 'a' } });

    const receive = queryCodec.parse(
      sqs,
      sqs.operation('ReceiveMessage')!,
      formRequest('Action=ReceiveMessage&QueueUrl=u&AttributeName.1=All&MessageAttributeName.1=colour&MessageAttributeName.2=size&MaxNumberOfMessages=10'),
    );
    assert.deepEqual(receive, { QueueUrl: 'u', AttributeNames: ['All'], MessageAttributeNames: ['colour', 'size'], MaxNumberOfMessages: 10 });
  });

  test('responses as botocore reads them: result wrapper, flattened <Message> and <Attribute>', () => {
    const response = queryCodec.serialize(
      sqs,
      sqs.operation('ReceiveMessage')!,
      {
        Messages: [
          {
            MessageId: 'm-1',
            ReceiptHandle: 'r-1',
            MD5OfBody: 'x',
            Body: '<b> & "c"',
            Attributes: { SenderId: 'test', ApproximateReceiveCount: '1' },
            MessageAttributes: { colour: { DataType: 'String', StringValue: 'blue' } },
          },
          { MessageId: 'm-2', Body: 'two' },
        ],
      },
      { requestId: 'req-1' },
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'text/xml');
    const document = xml.parse(String(response.body)).ReceiveMessageResponse;
    assert.equal(document['@_xmlns'], 'http://queue.amazonaws.com/doc/2012-11-05/');
    const messages = document.ReceiveMessageResult.Message;
    assert.equal(messages.length, 2);
    assert.equal(messages[0].Body, '<b> & "c"');
    assert.deepEqual(messages[0].Attribute, [
      { Name: 'SenderId', Value: 'test' },
      { Name: 'ApproximateReceiveCount', Value: '1' },
    ]);
    assert.deepEqual(messages[0].MessageAttribute, [{ Name: 'colour', Value: { DataType: 'String', StringValue: 'blue' } }]);
    assert.equal(document.ResponseMetadata.RequestId, 'req-1');

    const list = xml.parse(String(queryCodec.serialize(sqs, sqs.operation('ListQueues')!, { QueueUrls: ['u1', 'u2'] }, { requestId: 'r' }).body));
    assert.deepEqual(list.ListQueuesResponse.ListQueuesResult.QueueUrl, ['u1', 'u2']);
    // An operation without output members still answers with its metadata.
    const deleted = xml.parse(String(queryCodec.serialize(sqs, sqs.operation('DeleteMessage')!, undefined, { requestId: 'r' }).body));
    assert.equal(deleted.DeleteMessageResponse.ResponseMetadata.RequestId, 'r');
  });

  test('errors use the query codes of awsQueryCompatible services', () => {
    const response = queryCodec.serializeError(sqs, undefined, new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400), { requestId: 'r' });
    const error = xml.parse(String(response.body)).ErrorResponse.Error;
    assert.equal(response.status, 400);
    assert.equal(error.Code, 'AWS.SimpleQueueService.NonExistentQueue');
    assert.equal(error.Type, 'Sender');
    assert.equal(error.Message, 'The specified queue does not exist.');
  });

  test('bad values: a clear error, not a crash', () => {
    const operation = sqs.operation('ReceiveMessage')!;
    assert.throws(
      () => queryCodec.parse(sqs, operation, formRequest('Action=ReceiveMessage&QueueUrl=u&MaxNumberOfMessages=lots')),
      (e: unknown) => e instanceof AwsError && e.code === 'InvalidParameterValue' && /MaxNumberOfMessages/.test(e.message),
    );
    assert.throws(
      () => queryCodec.parse(sqs, operation, formRequest('Action=ReceiveMessage&QueueUrl=%E0%A4%A')),
      (e: unknown) => e instanceof AwsError && e.code === 'MalformedQueryString',
    );
    assert.equal(queryCodec.operationName(sqs, formRequest('Action=Nope')), undefined);
    assert.equal(queryCodec.operationName(sqs, formRequest('Version=2012-11-05')), undefined);
  });
});
