import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DeleteItemCommand, DescribeTableCommand, DynamoDBClient, PutItemCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from './support.js';

describe('DynamoDB TTL deletions in the table stream', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let streams: DynamoDBStreamsClient;
  const nowSeconds = () => Math.floor(cloud.clock.now() / 1000);
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    streams = new DynamoDBStreamsClient(clientConfig(cloud));
  });
  after(async () => {
    ddb.destroy();
    streams.destroy();
    await cloud.close();
  });

  test('each TTL deletion is a REMOVE stream record made by the service; a user delete is not', async () => {
    await createTable(ddb, 'Streamed', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }, null);
    await ddb.send(new UpdateTimeToLiveCommand({ TableName: 'Streamed', TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true } }));
    await advanceClock(cloud, '3s');
    const expired = { pk: { S: 'gone' }, expiresAt: { N: String(nowSeconds() - 5) }, note: { S: 'bye' } };
    await ddb.send(new PutItemCommand({ TableName: 'Streamed', Item: expired }));
    await ddb.send(new PutItemCommand({ TableName: 'Streamed', Item: { pk: { S: 'mine' } } }));
    await ddb.send(new DeleteItemCommand({ TableName: 'Streamed', Key: { pk: { S: 'mine' } } }));
    await advanceClock(cloud, '6m');

    const streamArn = (await ddb.send(new DescribeTableCommand({ TableName: 'Streamed' }))).Table!.LatestStreamArn!;
    const shard = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription!.Shards![0];
    const iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
    const records = (await streams.send(new GetRecordsCommand({ ShardIterator: iterator }))).Records!;
    assert.deepEqual(records.map((r) => [r.eventName, r.dynamodb!.Keys!.pk.S]), [['INSERT', 'gone'], ['INSERT', 'mine'], ['REMOVE', 'mine'], ['REMOVE', 'gone']]);
    assert.equal(records[2].userIdentity, undefined);
    const ttlRemove = records[3];
    assert.deepEqual(ttlRemove.userIdentity, { Type: 'Service', PrincipalId: 'dynamodb.amazonaws.com' });
    assert.deepEqual(ttlRemove.dynamodb!.OldImage, expired);
    assert.equal(ttlRemove.dynamodb!.NewImage, undefined);
  });
});
