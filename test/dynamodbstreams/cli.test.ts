import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from '../dynamodb/support.js';

describe('DynamoDB Streams through the AWS CLI', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;

  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  const streams = (...args: string[]) => aws(cloud, ['dynamodbstreams', ...args]);

  it('lists, describes and reads a stream; a bad iterator is a ValidationException', async () => {
    const arn = (await createTable(ddb, 'cli-table', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }, null)).TableDescription!.LatestStreamArn!;
    await ddb.send(new PutItemCommand({ TableName: 'cli-table', Item: { pk: { S: 'from-sdk' }, n: { N: '7' } } }));

    const listed = await streams('list-streams', '--table-name', 'cli-table');
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(listed.json.Streams.map((s: { StreamArn: string }) => s.StreamArn), [arn]);

    const described = await streams('describe-stream', '--stream-arn', arn);
    assert.equal(described.code, 0, described.stderr);
    assert.equal(described.json.StreamDescription.StreamStatus, 'ENABLED');
    const shardId = described.json.StreamDescription.Shards[0].ShardId;

    const iterator = await streams('get-shard-iterator', '--stream-arn', arn, '--shard-id', shardId, '--shard-iterator-type', 'TRIM_HORIZON');
    assert.equal(iterator.code, 0, iterator.stderr);
    const records = await streams('get-records', '--shard-iterator', iterator.json.ShardIterator);
    assert.equal(records.code, 0, records.stderr);
    assert.equal(records.json.Records.length, 1);
    assert.equal(records.json.Records[0].eventName, 'INSERT');
    assert.deepEqual(records.json.Records[0].dynamodb.NewImage, { pk: { S: 'from-sdk' }, n: { N: '7' } });

    const bad = await streams('get-records', '--shard-iterator', 'not-an-iterator');
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /\(ValidationException\) when calling the GetRecords operation.*: Invalid ShardIterator/);
  });
});
