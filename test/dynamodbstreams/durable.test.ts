import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from '../dynamodb/support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-ddb-streams-durable-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

describe('DynamoDB Streams on a data directory', () => {
  it('keeps streams, shards and records across a restart; sequence numbers keep increasing', async () => {
    let cloud = await startTestCloud({ dataDir });
    let ddb = new DynamoDBClient(clientConfig(cloud));
    const arn = (await createTable(ddb, 'kept', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } }, null)).TableDescription!.LatestStreamArn!;
    await ddb.send(new PutItemCommand({ TableName: 'kept', Item: { pk: { S: 'before' } } }));
    ddb.destroy();
    await cloud.close();

    cloud = await startTestCloud({ dataDir });
    ddb = new DynamoDBClient(clientConfig(cloud));
    const streams = new DynamoDBStreamsClient(clientConfig(cloud));
    try {
      await ddb.send(new PutItemCommand({ TableName: 'kept', Item: { pk: { S: 'after' } } }));
      const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!.Shards!;
      assert.equal(shards.length, 1);
      const iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shards[0]!.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
      const records = (await streams.send(new GetRecordsCommand({ ShardIterator: iterator }))).Records!;
      assert.deepEqual(records.map((r) => r.dynamodb!.Keys!.pk!.S), ['before', 'after']);
      assert.ok(BigInt(records[0]!.dynamodb!.SequenceNumber!) < BigInt(records[1]!.dynamodb!.SequenceNumber!));
    } finally {
      ddb.destroy();
      streams.destroy();
      await cloud.close();
    }
  });
});
