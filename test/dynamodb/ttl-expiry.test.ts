import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import {
  BatchWriteItemCommand, DescribeTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand, ScanCommand, UpdateTimeToLiveCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand as DocScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from './support.js';

/** The sweeper runs every five minutes of clock time; this is sure to include one. */
const PAST_A_SWEEP = '6m';

async function enableTtl(ddb: DynamoDBClient, cloud: Cloud, table: string, attribute = 'expiresAt') {
  await ddb.send(new UpdateTimeToLiveCommand({ TableName: table, TimeToLiveSpecification: { AttributeName: attribute, Enabled: true } }));
  await advanceClock(cloud, '3s');
}

/** A long sweep may still be yielding when the clock advance returns: wait (briefly, in real time) for what it leads to. */
async function eventually(check: () => Promise<boolean>, what: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(`never happened: ${what}`);
}

describe('DynamoDB TTL: expired items are deleted by the service on the clock', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let cloudwatch: CloudWatchClient;
  let doc: DynamoDBDocumentClient;
  const nowSeconds = () => Math.floor(cloud.clock.now() / 1000);
  const get = async (table: string, pk: string) => (await ddb.send(new GetItemCommand({ TableName: table, Key: { pk: { S: pk } } }))).Item;
  const scanKeys = async (table: string) => ((await ddb.send(new ScanCommand({ TableName: table }))).Items ?? []).map((i) => i.pk.S!).sort();

  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    cloudwatch = new CloudWatchClient(clientConfig(cloud));
    doc = DynamoDBDocumentClient.from(ddb);
  });
  after(async () => {
    doc.destroy();
    ddb.destroy();
    cloudwatch.destroy();
    await cloud.close();
  });

  test('expired Numbers go (from GetItem, Query, Scan and the GSI); future, non-Number, missing and over-five-years TTLs stay', async () => {
    await createTable(ddb, 'Expiring', {
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
    }, null);
    const now = nowSeconds();
    const items: Record<string, AttributeValue | undefined> = {
      expired: { N: String(now - 60) },
      expiredFraction: { N: `${now - 10}.5` },
      future: { N: String(now + 3600) },
      asString: { S: String(now - 60) },
      asSet: { NS: [String(now - 60)] },
      missing: undefined,
      tooOld: { N: String(now - 6 * 365 * 86400) },
      inMilliseconds: { N: String((now - 60) * 1000) },
    };
    for (const [pk, ttl] of Object.entries(items)) {
      await ddb.send(new PutItemCommand({ TableName: 'Expiring', Item: { pk: { S: pk }, g: { S: 'all' }, ...(ttl ? { expiresAt: ttl } : {}) } }));
    }
    await enableTtl(ddb, cloud, 'Expiring');
    // Expired but not yet swept: still returned, as on AWS.
    assert.ok(await get('Expiring', 'expired'));

    await advanceClock(cloud, PAST_A_SWEEP);
    const kept = ['asSet', 'asString', 'future', 'inMilliseconds', 'missing', 'tooOld'];
    assert.equal(await get('Expiring', 'expired'), undefined);
    assert.equal(await get('Expiring', 'expiredFraction'), undefined);
    assert.deepEqual(await scanKeys('Expiring'), kept);
    const query = await ddb.send(new QueryCommand({ TableName: 'Expiring', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'expired' } } }));
    assert.equal(query.Count, 0);
    const byIndex = await ddb.send(new QueryCommand({ TableName: 'Expiring', IndexName: 'byG', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'all' } } }));
    assert.deepEqual(byIndex.Items!.map((i) => i.pk.S).sort(), kept);
    const table = (await ddb.send(new DescribeTableCommand({ TableName: 'Expiring' }))).Table!;
    assert.equal(table.ItemCount, kept.length);
    assert.equal(table.GlobalSecondaryIndexes![0].ItemCount, kept.length);

    // The future item goes once its time has come and a sweep has run.
    await advanceClock(cloud, '65m');
    assert.equal(await get('Expiring', 'future'), undefined);
    assert.deepEqual(await scanKeys('Expiring'), ['asSet', 'asString', 'inMilliseconds', 'missing', 'tooOld']);
  });

  test('nothing is deleted while TTL is off, nor on a table without TTL', async () => {
    await createTable(ddb, 'NoTtl', {}, null);
    await createTable(ddb, 'Switching', {}, null);
    const past = { N: String(nowSeconds() - 60) };
    await ddb.send(new PutItemCommand({ TableName: 'NoTtl', Item: { pk: { S: 'a' }, expiresAt: past } }));
    await ddb.send(new PutItemCommand({ TableName: 'Switching', Item: { pk: { S: 'a' }, expiresAt: past } }));
    await enableTtl(ddb, cloud, 'Switching');
    await advanceClock(cloud, '61m');
    // 'a' went while TTL was on; 'b', expired but put after TTL was turned off, stays.
    await ddb.send(new UpdateTimeToLiveCommand({ TableName: 'Switching', TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: false } }));
    await ddb.send(new PutItemCommand({ TableName: 'Switching', Item: { pk: { S: 'b' }, expiresAt: { N: String(nowSeconds() - 60) } } }));
    await advanceClock(cloud, PAST_A_SWEEP);
    assert.deepEqual(await scanKeys('Switching'), ['b']);
    assert.deepEqual(await scanKeys('NoTtl'), ['a']);
  });

  test('long sweeps go in batches; TimeToLiveDeletedItemCount is published to CloudWatch', async () => {
    await createTable(ddb, 'Bulk', {}, null);
    const past = String(nowSeconds() - 60);
    const count = 1_210;
    for (let start = 0; start < count; start += 25) {
      const requests = [];
      for (let i = start; i < Math.min(count, start + 25); i++) {
        requests.push({ PutRequest: { Item: { pk: { S: `item-${i}` }, expiresAt: { N: i % 2 ? past : String(Number(past) + 7200) } } } });
      }
      await ddb.send(new BatchWriteItemCommand({ RequestItems: { Bulk: requests } }));
    }
    const from = cloud.clock.now();
    await enableTtl(ddb, cloud, 'Bulk');
    await advanceClock(cloud, PAST_A_SWEEP);
    const left = async () => (await ddb.send(new ScanCommand({ TableName: 'Bulk', Select: 'COUNT' }))).Count;
    await eventually(async () => (await left()) === count / 2, 'the odd items deleted');

    const statistic = async () => {
      const answer = await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/DynamoDB', MetricName: 'TimeToLiveDeletedItemCount', Dimensions: [{ Name: 'TableName', Value: 'Bulk' }],
          StartTime: new Date(from - 60_000), EndTime: new Date(cloud.clock.now() + 60_000), Period: 3600, Statistics: ['Sum'],
        }),
      );
      return answer.Datapoints?.reduce((sum, point) => sum + (point.Sum ?? 0), 0) ?? 0;
    };
    await eventually(async () => (await statistic()) === count / 2, 'TimeToLiveDeletedItemCount reaching the deleted count');
  });

  test('the document client: epoch seconds as a JavaScript number expire', async () => {
    await createTable(ddb, 'DocTtl', {}, null);
    await enableTtl(ddb, cloud, 'DocTtl', 'ttl');
    await doc.send(new PutCommand({ TableName: 'DocTtl', Item: { pk: 'old', ttl: nowSeconds() - 1 } }));
    await doc.send(new PutCommand({ TableName: 'DocTtl', Item: { pk: 'new', ttl: nowSeconds() + 86_400 } }));
    assert.equal((await doc.send(new GetCommand({ TableName: 'DocTtl', Key: { pk: 'old' } }))).Item?.pk, 'old');
    await advanceClock(cloud, PAST_A_SWEEP);
    // The sweep walks the Bulk table of the test before too, and may yield on the way.
    await eventually(async () => (await doc.send(new GetCommand({ TableName: 'DocTtl', Key: { pk: 'old' } }))).Item === undefined, 'the old item deleted');
    assert.deepEqual((await doc.send(new DocScanCommand({ TableName: 'DocTtl' }))).Items!.map((i) => i.pk), ['new']);
  });
});

describe('DynamoDB TTL after a restart on a data directory', () => {
  test('the sweeper re-arms from the stored settings when DynamoDB starts again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-ttl-'));
    try {
      let cloud = await startTestCloud({ dataDir });
      let ddb = new DynamoDBClient(clientConfig(cloud));
      await createTable(ddb, 'Durable', {}, null);
      await enableTtl(ddb, cloud, 'Durable');
      const past = String(Math.floor(cloud.clock.now() / 1000) - 60);
      await ddb.send(new PutItemCommand({ TableName: 'Durable', Item: { pk: { S: 'a' }, expiresAt: { N: past } } }));
      ddb.destroy();
      await cloud.close();

      cloud = await startTestCloud({ dataDir });
      ddb = new DynamoDBClient(clientConfig(cloud));
      try {
        assert.ok((await ddb.send(new GetItemCommand({ TableName: 'Durable', Key: { pk: { S: 'a' } } }))).Item);
        await advanceClock(cloud, PAST_A_SWEEP);
        assert.equal((await ddb.send(new GetItemCommand({ TableName: 'Durable', Key: { pk: { S: 'a' } } }))).Item, undefined);
      } finally {
        ddb.destroy();
        await cloud.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
