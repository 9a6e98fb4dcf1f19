import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DeleteItemCommand, DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { CreatePipeCommand, DescribePipeCommand, PipesClient } from '@aws-sdk/client-pipes';
import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from '../dynamodb/support.js';
import { eventually } from '../lambda/support.js';

const ROLE = 'arn:aws:iam::000000000000:role/pipe-role';
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:000000000000:${name}`;

describe('Pipes: from a DynamoDB stream to an SQS queue', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let pipes: PipesClient;
  let sqs: SQSClient;
  const urls: Record<string, string> = {};

  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    pipes = new PipesClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    for (const name of ['changes', 'latest-changes']) urls[name] = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
  });
  after(async () => {
    ddb.destroy();
    pipes.destroy();
    sqs.destroy();
    await cloud.close();
  });

  const drain = async (queue: string, count: number) => {
    const bodies: any[] = [];
    await eventually(async () => {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: urls[queue], MaxNumberOfMessages: 10 }));
      for (const message of out.Messages ?? []) {
        bodies.push(JSON.parse(message.Body!));
        await sqs.send(new DeleteMessageCommand({ QueueUrl: urls[queue], ReceiptHandle: message.ReceiptHandle! }));
      }
      return bodies.length >= count;
    }, 15_000, `${count} messages on ${queue}`);
    return bodies;
  };
  const running = async (name: string) => {
    // The first pipe also loads the streams service: let each transition happen, then move the clock on.
    await eventually(async () => {
      await advanceClock(cloud, '1s');
      const described = await pipes.send(new DescribePipeCommand({ Name: name }));
      assert.ok(!described.CurrentState?.endsWith('FAILED'), described.StateReason);
      return described.CurrentState === 'RUNNING';
    }, 10_000, `${name} RUNNING`);
  };

  it('hands each change on in order, filtered on the record', async () => {
    const streamArn = (await createTable(ddb, 'orders', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }, null)).TableDescription!.LatestStreamArn!;
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { pk: { S: 'o-1' }, state: { S: 'new' } } }));
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { pk: { S: 'noise' }, state: { S: 'ignored' } } }));
    await pipes.send(
      new CreatePipeCommand({
        Name: 'orders-pipe',
        Source: streamArn,
        Target: queueArn('changes'),
        RoleArn: ROLE,
        SourceParameters: {
          DynamoDBStreamParameters: { StartingPosition: 'TRIM_HORIZON', BatchSize: 5 },
          FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'o-' }] } } } }) }] },
        },
      }),
    );
    await running('orders-pipe');
    await ddb.send(new UpdateItemCommand({ TableName: 'orders', Key: { pk: { S: 'o-1' } }, UpdateExpression: 'SET #s = :s', ExpressionAttributeNames: { '#s': 'state' }, ExpressionAttributeValues: { ':s': { S: 'paid' } } }));
    await ddb.send(new DeleteItemCommand({ TableName: 'orders', Key: { pk: { S: 'o-1' } } }));
    const records = await drain('changes', 3);
    assert.deepEqual(records.map((r) => r.eventName), ['INSERT', 'MODIFY', 'REMOVE']);
    const [insert, modify] = records;
    assert.equal(insert.eventSource, 'aws:dynamodb');
    assert.equal(insert.eventSourceARN, streamArn);
    assert.equal(insert.awsRegion, 'us-east-1');
    assert.deepEqual(insert.dynamodb.Keys, { pk: { S: 'o-1' } });
    assert.equal(typeof insert.dynamodb.ApproximateCreationDateTime, 'number');
    assert.match(insert.dynamodb.SequenceNumber, /^\d{21,}$/);
    assert.equal(modify.dynamodb.OldImage.state.S, 'new');
    assert.equal(modify.dynamodb.NewImage.state.S, 'paid');
  });

  it('from LATEST, hands on only changes made once the pipe runs', async () => {
    const streamArn = (await createTable(ddb, 'late-orders', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }, null)).TableDescription!.LatestStreamArn!;
    await ddb.send(new PutItemCommand({ TableName: 'late-orders', Item: { pk: { S: 'before' } } }));
    await pipes.send(
      new CreatePipeCommand({
        Name: 'late-pipe',
        Source: streamArn,
        Target: queueArn('latest-changes'),
        RoleArn: ROLE,
        SourceParameters: { DynamoDBStreamParameters: { StartingPosition: 'LATEST' } },
      }),
    );
    await running('late-pipe');
    await ddb.send(new PutItemCommand({ TableName: 'late-orders', Item: { pk: { S: 'after' } } }));
    const records = await drain('latest-changes', 1);
    assert.deepEqual(records.map((r) => r.dynamodb.Keys.pk.S), ['after']);
  });
});
