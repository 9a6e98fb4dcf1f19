import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BatchWriteItemCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type StreamViewType,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from '@aws-sdk/client-dynamodb-streams';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from '../dynamodb/support.js';

describe('DynamoDB Streams: records', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let streams: DynamoDBStreamsClient;

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

  const streamTable = async (name: string, viewType: StreamViewType) => {
    const created = await createTable(ddb, name, { StreamSpecification: { StreamEnabled: true, StreamViewType: viewType } });
    return created.TableDescription!.LatestStreamArn!;
  };
  /** Every record of the stream's shards, from TRIM_HORIZON. */
  const readAll = async (streamArn: string): Promise<_Record[]> => {
    const described = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    const records: _Record[] = [];
    for (const shard of described.StreamDescription!.Shards!) {
      let iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
      while (iterator) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
        records.push(...page.Records!);
        if (!page.Records!.length) break;
        iterator = page.NextShardIterator;
      }
    }
    return records;
  };
  const key = (pk: string, sk: number) => ({ pk: { S: pk }, sk: { N: String(sk) } });

  it('writes INSERT, MODIFY and REMOVE records with both images, and none for a write that changes nothing', async () => {
    const arn = await streamTable('both-images', 'NEW_AND_OLD_IMAGES');
    assert.match(arn, /^arn:aws:dynamodb:us-east-1:000000000000:table\/both-images\/stream\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
    await ddb.send(new PutItemCommand({ TableName: 'both-images', Item: { ...key('a', 1), v: { S: 'one' }, bin: { B: Buffer.from([1, 2, 3]) } } }));
    // The same item again: nothing changes, so no record.
    await ddb.send(new PutItemCommand({ TableName: 'both-images', Item: { ...key('a', 1), bin: { B: Buffer.from([1, 2, 3]) }, v: { S: 'one' } } }));
    await ddb.send(new UpdateItemCommand({ TableName: 'both-images', Key: key('a', 1), UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { S: 'one' } } }));
    await ddb.send(new UpdateItemCommand({ TableName: 'both-images', Key: key('a', 1), UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { S: 'two' } } }));
    await ddb.send(new DeleteItemCommand({ TableName: 'both-images', Key: key('a', 1) }));
    // Deleting what is not there changes nothing either.
    await ddb.send(new DeleteItemCommand({ TableName: 'both-images', Key: key('a', 1) }));

    const records = await readAll(arn);
    assert.deepEqual(records.map((r) => r.eventName), ['INSERT', 'MODIFY', 'REMOVE']);
    const [insert, modify, remove] = records as [_Record, _Record, _Record];
    assert.equal(insert.eventVersion, '1.1');
    assert.equal(insert.eventSource, 'aws:dynamodb');
    assert.equal(insert.awsRegion, 'us-east-1');
    assert.match(insert.eventID!, /^[0-9a-f]{32}$/);
    assert.deepEqual(insert.dynamodb!.Keys, key('a', 1));
    assert.deepEqual(insert.dynamodb!.NewImage, { ...key('a', 1), v: { S: 'one' }, bin: { B: new Uint8Array([1, 2, 3]) } });
    assert.equal(insert.dynamodb!.OldImage, undefined);
    assert.equal(insert.dynamodb!.StreamViewType, 'NEW_AND_OLD_IMAGES');
    assert.ok(insert.dynamodb!.ApproximateCreationDateTime instanceof Date);
    // Keys (pk 3 bytes, sk 4) and the new image (keys again, v 4, bin 6).
    assert.equal(insert.dynamodb!.SizeBytes, 7 + 7 + 4 + 6);
    assert.equal(modify.dynamodb!.OldImage!.v!.S, 'one');
    assert.equal(modify.dynamodb!.NewImage!.v!.S, 'two');
    assert.equal(remove.dynamodb!.OldImage!.v!.S, 'two');
    assert.equal(remove.dynamodb!.NewImage, undefined);
    assert.equal(insert.userIdentity, undefined);
    // Sequence numbers: 21+ digit decimals, increasing.
    const sequence = records.map((r) => r.dynamodb!.SequenceNumber!);
    for (const s of sequence) assert.match(s, /^\d{21,}$/);
    assert.ok(BigInt(sequence[0]!) < BigInt(sequence[1]!) && BigInt(sequence[1]!) < BigInt(sequence[2]!));
    // The same record read twice has the same eventID.
    assert.deepEqual((await readAll(arn)).map((r) => r.eventID), records.map((r) => r.eventID));
  });

  it('keeps what each view type says', async () => {
    for (const viewType of ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE'] as const) {
      const table = `view-${viewType.toLowerCase().replaceAll('_', '-')}`;
      const arn = await streamTable(table, viewType);
      await ddb.send(new PutItemCommand({ TableName: table, Item: { ...key('k', 1), v: { N: '1' } } }));
      await ddb.send(new PutItemCommand({ TableName: table, Item: { ...key('k', 1), v: { N: '2' } } }));
      await ddb.send(new DeleteItemCommand({ TableName: table, Key: key('k', 1) }));
      const records = await readAll(arn);
      assert.deepEqual(records.map((r) => r.eventName), ['INSERT', 'MODIFY', 'REMOVE'], viewType);
      const images = records.map((r) => [r.dynamodb!.NewImage?.v?.N ?? null, r.dynamodb!.OldImage?.v?.N ?? null]);
      const expected = {
        KEYS_ONLY: [[null, null], [null, null], [null, null]],
        NEW_IMAGE: [['1', null], ['2', null], [null, null]],
        OLD_IMAGE: [[null, null], [null, '1'], [null, '2']],
      }[viewType];
      assert.deepEqual(images, expected, viewType);
      for (const record of records) {
        assert.deepEqual(record.dynamodb!.Keys, key('k', 1));
        assert.equal(record.dynamodb!.StreamViewType, viewType);
      }
    }
  });

  it('writes one record per item for batch writes and transactions, in order per item', async () => {
    const arn = await streamTable('batched', 'NEW_IMAGE');
    await ddb.send(
      new BatchWriteItemCommand({
        RequestItems: { batched: [1, 2, 3].map((n) => ({ PutRequest: { Item: { ...key('b', n), n: { N: String(n) } } } })) },
      }),
    );
    await ddb.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Update: { TableName: 'batched', Key: key('b', 1), UpdateExpression: 'SET n = :n', ExpressionAttributeValues: { ':n': { N: '10' } } } },
          { Delete: { TableName: 'batched', Key: key('b', 2) } },
          { Put: { TableName: 'batched', Item: { ...key('b', 4), n: { N: '4' } } } },
          { ConditionCheck: { TableName: 'batched', Key: key('b', 3), ConditionExpression: 'attribute_exists(pk)' } },
        ],
      }),
    );
    // A transaction that fails writes nothing to the stream.
    await assert.rejects(
      ddb.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'batched', Item: { ...key('b', 5), n: { N: '5' } } } },
            { ConditionCheck: { TableName: 'batched', Key: key('b', 2), ConditionExpression: 'attribute_exists(pk)' } },
          ],
        }),
      ),
      { name: 'TransactionCanceledException' },
    );
    const records = await readAll(arn);
    const summary = records.map((r) => `${r.eventName}:${r.dynamodb!.Keys!.sk!.N}:${r.dynamodb!.NewImage?.n?.N ?? '-'}`);
    assert.deepEqual(summary, ['INSERT:1:1', 'INSERT:2:2', 'INSERT:3:3', 'MODIFY:1:10', 'REMOVE:2:-', 'INSERT:4:4']);
  });

  it('records the document client\'s writes', async () => {
    const arn = await streamTable('documents', 'NEW_AND_OLD_IMAGES');
    const documents = DynamoDBDocumentClient.from(ddb);
    await documents.send(new PutCommand({ TableName: 'documents', Item: { pk: 'doc', sk: 1, tags: new Set(['a', 'b']), nested: { entries: [1, 'two'] } } }));
    await documents.send(new UpdateCommand({ TableName: 'documents', Key: { pk: 'doc', sk: 1 }, UpdateExpression: 'SET nested.entries[0] = :n', ExpressionAttributeValues: { ':n': 3 } }));
    const records = await readAll(arn);
    assert.deepEqual(records.map((r) => r.eventName), ['INSERT', 'MODIFY']);
    assert.deepEqual(records[1]!.dynamodb!.NewImage!.nested, { M: { entries: { L: [{ N: '3' }, { S: 'two' }] } } });
    assert.deepEqual(records[1]!.dynamodb!.OldImage!.nested, { M: { entries: { L: [{ N: '1' }, { S: 'two' }] } } });
    assert.deepEqual(new Set(records[0]!.dynamodb!.NewImage!.tags!.SS), new Set(['a', 'b']));
  });

  it('writes nothing for a table without a stream, and DescribeTable shows the stream', async () => {
    await createTable(ddb, 'quiet');
    await ddb.send(new PutItemCommand({ TableName: 'quiet', Item: key('q', 1) }));
    const quiet = await ddb.send(new DescribeTableCommand({ TableName: 'quiet' }));
    assert.equal(quiet.Table!.LatestStreamArn, undefined);
    const loud = await ddb.send(new DescribeTableCommand({ TableName: 'both-images' }));
    assert.deepEqual(loud.Table!.StreamSpecification, { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    assert.equal(loud.Table!.LatestStreamArn, `${loud.Table!.TableArn}/stream/${loud.Table!.LatestStreamLabel}`);
  });
});
