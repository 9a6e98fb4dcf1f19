import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  DynamoDBServiceException,
  PutItemCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { AwsError } from '../../src/core/errors.js';
import { jsonCodec } from '../../src/protocol/json.js';
import { loadModel } from '../../src/protocol/model.js';
import { validateInput, validationException } from '../../src/protocol/validate.js';
import { codecTransport, HARNESS_CLIENT, HARNESS_REQUEST_ID } from '../support/codec-harness.js';
import { expectAwsError } from '../support/errors.js';

const dynamodb = loadModel('dynamodb');
const sqs = loadModel('sqs');

describe('awsJson1_0 codec with DynamoDB', () => {
  test('PutItem: target, nested AttributeValue unions, binary and sets parse to provider values', async () => {
    const { requestHandler, exchange } = codecTransport(dynamodb, jsonCodec, () => ({
      Attributes: { id: { S: 'a' } },
      ConsumedCapacity: { TableName: 'T', CapacityUnits: 1 },
    }));
    const client = new DynamoDBClient({ ...HARNESS_CLIENT, requestHandler });
    const output = await client.send(
      new PutItemCommand({
        TableName: 'T',
        Item: {
          id: { S: 'a' },
          n: { N: '1.50' },
          bin: { B: new Uint8Array([1, 2, 3]) },
          tags: { SS: ['x', 'y'] },
          nested: { M: { list: { L: [{ BOOL: true }, { NULL: true }] } } },
        },
        ReturnValues: 'ALL_OLD',
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    assert.equal(exchange.wire?.headers['x-amz-target'], 'DynamoDB_20120810.PutItem');
    assert.equal(exchange.operation, 'PutItem');
    const item = exchange.input!.Item as Record<string, Record<string, unknown>>;
    assert.deepEqual(item.id, { S: 'a' });
    assert.deepEqual(item.n, { N: '1.50' });
    assert.ok(Buffer.isBuffer(item.bin.B));
    assert.deepEqual([...(item.bin.B as Buffer)], [1, 2, 3]);
    assert.deepEqual(item.tags, { SS: ['x', 'y'] });
    assert.deepEqual(item.nested, { M: { list: { L: [{ BOOL: true }, { NULL: true }] } } });
    assert.equal(exchange.response?.headers['content-type'], 'application/x-amz-json-1.0');
    assert.deepEqual(output.Attributes, { id: { S: 'a' } });
    assert.equal(output.ConsumedCapacity?.CapacityUnits, 1);
    assert.equal(output.$metadata.requestId, HARNESS_REQUEST_ID);
  });

  test('DescribeTable: Date values serialize as epoch seconds and come back as Dates', async () => {
    const created = new Date('2026-01-02T03:04:05.678Z');
    const { requestHandler } = codecTransport(dynamodb, jsonCodec, () => ({
      Table: { TableName: 'T', CreationDateTime: created, ItemCount: 3, TableStatus: 'ACTIVE', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] },
    }));
    const client = new DynamoDBClient({ ...HARNESS_CLIENT, requestHandler });
    const output = await client.send(new DescribeTableCommand({ TableName: 'T' }));
    assert.equal(output.Table?.CreationDateTime?.getTime(), created.getTime());
    assert.equal(output.Table?.ItemCount, 3);
    assert.deepEqual(output.Table?.KeySchema, [{ AttributeName: 'id', KeyType: 'HASH' }]);
  });

  test('errors: the code and message, with extra members of the error shape', async () => {
    const { requestHandler, exchange } = codecTransport(dynamodb, jsonCodec, () => {
      throw new AwsError('ResourceNotFoundException', 'Requested resource not found', 400);
    });
    const client = new DynamoDBClient({ ...HARNESS_CLIENT, requestHandler });
    const error = await expectAwsError(client.send(new DescribeTableCommand({ TableName: 'missing' })), { message: 'Requested resource not found', status: 400 });
    assert.ok(error instanceof ResourceNotFoundException);
    assert.equal(exchange.response?.headers['x-amzn-query-error'], undefined);

    const cancelled = codecTransport(dynamodb, jsonCodec, () => {
      throw new AwsError('TransactionCanceledException', 'Transaction cancelled', 400, {
        fields: { CancellationReasons: [{ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }, { Code: 'None' }] },
      });
    });
    const client2 = new DynamoDBClient({ ...HARNESS_CLIENT, requestHandler: cancelled.requestHandler });
    const error2 = await expectAwsError<DynamoDBServiceException & { CancellationReasons?: Array<{ Code?: string }> }>(client2.send(new DescribeTableCommand({ TableName: 'x' })), {
      name: 'TransactionCanceledException',
    });
    assert.deepEqual(error2.CancellationReasons?.map((r) => r.Code), ['ConditionalCheckFailed', 'None']);
  });

  test('malformed documents and wrong types are SerializationExceptions', () => {
    const operation = dynamodb.operation('PutItem')!;
    const wire = (body: string) => ({
      method: 'POST',
      path: '/',
      query: new URLSearchParams(),
      headers: { 'x-amz-target': 'DynamoDB_20120810.PutItem' } as Record<string, string>,
      body: Buffer.from(body),
      host: 'localhost',
    });
    for (const body of ['{', '"text"', '[]', '{"TableName": 5}', '{"Item": []}', '{"Item": {"a": {"B": "***"}}}']) {
      assert.throws(
        () => jsonCodec.parse(dynamodb, operation, wire(body)),
        (e: unknown) => e instanceof AwsError && e.code === 'SerializationException' && e.status === 400,
        body,
      );
    }
    assert.equal(jsonCodec.operationName(dynamodb, wire('{}')), 'PutItem');
    assert.equal(jsonCodec.operationName(dynamodb, { ...wire('{}'), headers: { 'x-amz-target': 'DynamoDB_20120810.Nope' } }), undefined);
    assert.equal(jsonCodec.operationName(dynamodb, { ...wire('{}'), headers: { 'x-amz-target': 'Other_1.PutItem' } }), undefined);
  });

  test('map keys such as __proto__ are kept as data, both ways', () => {
    const operation = dynamodb.operation('PutItem')!;
    const input = jsonCodec.parse(dynamodb, operation, {
      method: 'POST',
      path: '/',
      query: new URLSearchParams(),
      headers: { 'x-amz-target': 'DynamoDB_20120810.PutItem' },
      body: Buffer.from('{"TableName":"T","Item":{"__proto__":{"S":"x"},"id":{"S":"a"}}}'),
      host: 'localhost',
    });
    const item = input.Item as Record<string, unknown>;
    assert.ok(Object.prototype.hasOwnProperty.call(item, '__proto__'));
    assert.deepEqual(Object.keys(item), ['__proto__', 'id']);
    assert.equal(Object.getPrototypeOf(item), Object.prototype);
    const written = jsonCodec.serialize(dynamodb, dynamodb.operation('GetItem')!, { Item: item }, { requestId: 'r' });
    assert.equal(written.body, '{"Item":{"__proto__":{"S":"x"},"id":{"S":"a"}}}');
  });

  test("validation from the model: AWS's ValidationException wording", () => {
    const operation = dynamodb.operation('CreateTable')!;
    const violations = validateInput(dynamodb, operation.input, {
      TableName: 'Music',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'Q' }],
      KeySchema: [],
      BillingMode: 'PAY_PER_REQUEST',
      ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 1 },
    });
    const error = validationException(violations);
    assert.equal(error.code, 'ValidationException');
    assert.equal(error.status, 400);
    assert.equal(
      error.message,
      [
        '3 validation errors detected: ',
        "Value 'Q' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [S, N, B]; ",
        "Value '[]' at 'keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1; ",
        "Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ].join(''),
    );
    const missing = validateInput(dynamodb, dynamodb.operation('DescribeTable')!.input, {});
    assert.equal(validationException(missing).message, "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
    const kinesis = loadModel('kinesis');
    const pattern = validateInput(kinesis, kinesis.operation('DescribeStream')!.input, { StreamName: 'bad name!' });
    assert.equal(
      validationException(pattern).message,
      "1 validation error detected: Value 'bad name!' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
  });

  test('violation and type-mismatch paths name maps, list items and nested members; lengths count code points', () => {
    // A map value's member, then a list item's member, as AWS writes them.
    const batch = validateInput(dynamodb, dynamodb.operation('BatchGetItem')!.input, {
      RequestItems: { Music: { Keys: [] }, Other: { Keys: [{ id: { S: 'a' } }], AttributesToGet: [] } },
    });
    assert.deepEqual(batch.map((v) => v.path), ['requestItems.Music.member.keys', 'requestItems.Other.member.attributesToGet']);
    // TableName is at most 1024 long, counted in code points: 1024 emoji (2048 UTF-16 units) fit, 1025 do not.
    const describe = (name: string) => validateInput(dynamodb, dynamodb.operation('DescribeTable')!.input, { TableName: name });
    assert.deepEqual(describe('😀'.repeat(1024)), []);
    assert.deepEqual(describe('😀'.repeat(1025)).map((v) => v.constraint), ['Member must have length less than or equal to 1024']);
    const read = (body: unknown) => () =>
      jsonCodec.parse(dynamodb, dynamodb.operation('PutItem')!, { method: 'POST', path: '/', query: new URLSearchParams(), headers: {}, body: Buffer.from(JSON.stringify(body)), host: 'h' });
    assert.throws(read({ TableName: 'Music', Item: { tags: { L: [{ S: 'a' }, { N: 5 }] } } }), {
      code: 'SerializationException',
      message: 'NUMBER_VALUE can not be converted to a String',
    });
    assert.throws(read({ TableName: 'Music', Item: { data: { B: 'not base64!' } } }), {
      code: 'SerializationException',
      message: "Base64 encoded value for item.data.b is invalid.",
    });
  });

  test('CreateTable from the SDK validates clean', async () => {
    const { requestHandler, exchange } = codecTransport(dynamodb, jsonCodec, () => ({}));
    const client = new DynamoDBClient({ ...HARNESS_CLIENT, requestHandler });
    await client.send(
      new CreateTableCommand({
        TableName: 'Music',
        AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    assert.deepEqual(validateInput(dynamodb, dynamodb.operation('CreateTable')!.input, exchange.input!), []);
  });
});

describe('awsJson1_0 codec with SQS (awsQueryCompatible)', () => {
  test('SendMessageBatch: lists of structures with maps of blobs', async () => {
    const { requestHandler, exchange } = codecTransport(sqs, jsonCodec, () => ({
      Successful: [{ Id: 'a', MessageId: 'm-1', MD5OfMessageBody: '0cc175b9c0f1b6a831c399e269772661' }],
      Failed: [{ Id: 'b', SenderFault: true, Code: 'InvalidParameterValue', Message: 'nope' }],
    }));
    const client = new SQSClient({ ...HARNESS_CLIENT, requestHandler });
    const output = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: 'http://localhost:4566/000000000000/q',
        Entries: [
          { Id: 'a', MessageBody: 'a', MessageAttributes: { bin: { DataType: 'Binary', BinaryValue: new Uint8Array([9]) } } },
          { Id: 'b', MessageBody: 'b', DelaySeconds: 5 },
        ],
      }),
    );
    const entries = exchange.input!.Entries as Array<Record<string, any>>;
    assert.equal(entries.length, 2);
    assert.deepEqual([...entries[0].MessageAttributes.bin.BinaryValue], [9]);
    assert.equal(entries[1].DelaySeconds, 5);
    assert.equal(output.Successful?.[0].MessageId, 'm-1');
    assert.equal(output.Failed?.[0].Code, 'InvalidParameterValue');
  });

  test('errors carry the query code in x-amzn-query-error', async () => {
    const { requestHandler, exchange } = codecTransport(sqs, jsonCodec, () => {
      throw new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
    });
    const client = new SQSClient({ ...HARNESS_CLIENT, requestHandler });
    await expectAwsError(client.send(new SendMessageBatchCommand({ QueueUrl: 'http://localhost:4566/000000000000/q', Entries: [{ Id: 'a', MessageBody: 'a' }] })), {
      name: 'QueueDoesNotExist',
      code: 'AWS.SimpleQueueService.NonExistentQueue',
    });
    assert.equal(exchange.response?.headers['x-amzn-query-error'], 'AWS.SimpleQueueService.NonExistentQueue;Sender');
  });
});
