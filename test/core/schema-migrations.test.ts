import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetQueueUrlCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Store } from '../../src/core/store.js';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

const FIXTURE = new URL('../fixtures/data-dir-0.1.0/', import.meta.url);

describe('schema versions', () => {
  test('migrations run in order, once; a store from a newer release is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nimbus-schema-test-'));
    try {
      const v1 = ['CREATE TABLE IF NOT EXISTS t_items (id TEXT PRIMARY KEY)'];
      const v2 = ['ALTER TABLE t_items ADD COLUMN note TEXT'];
      let store = new Store({ dataDir: dir });
      store.ensureSchema('t', [v1]);
      store.db.prepare("INSERT INTO t_items (id) VALUES ('a')").run();
      assert.equal(store.schemaVersion('t'), 1);
      store.close();

      // The next release adds a migration: only it runs, and the data stays.
      store = new Store({ dataDir: dir });
      store.ensureSchema('t', [v1, v2]);
      assert.equal(store.schemaVersion('t'), 2);
      store.db.prepare("UPDATE t_items SET note = 'kept' WHERE id = 'a'").run();
      store.reset();
      assert.equal(store.schemaVersion('t'), 2, 'a reset keeps the versions of the tables it keeps');
      store.close();

      store = new Store({ dataDir: dir });
      store.ensureSchema('t', [v1, v2]);
      store.close();

      // An older release meets a newer store.
      store = new Store({ dataDir: dir });
      assert.throws(() => store.ensureSchema('t', [v1]), /was written by a newer Nimbus \(its t schema is version 2; this release knows 1\)/);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a data directory written by Nimbus 0.1.0 (before schema versions) opens in this release', () => {
  let cloud: Cloud;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nimbus-fixture-'));
    cpSync(FIXTURE, dir, { recursive: true });
    cloud = await startTestCloud({ dataDir: dir });
  });
  after(async () => {
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('queues and messages, items, objects, log events, metrics and alarms are all there', async () => {
    const config = clientConfig(cloud);
    const sqs = new SQSClient(config);
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: 'kept' }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 0 }));
    assert.equal(Messages?.[0]?.Body, 'written by 0.1.0');
    const fifo = (await sqs.send(new GetQueueUrlCommand({ QueueName: 'kept.fifo' }))).QueueUrl;
    assert.ok((await sqs.send(new SendMessageCommand({ QueueUrl: fifo, MessageBody: 'new', MessageGroupId: 'g' }))).SequenceNumber);
    sqs.destroy();

    const ddb = new DynamoDBClient(config);
    const { Item } = await ddb.send(new GetItemCommand({ TableName: 'kept', Key: { id: { S: 'one' } } }));
    assert.equal(Item?.note?.S, 'written by 0.1.0');
    ddb.destroy();

    const s3 = new S3Client({ ...config, forcePathStyle: true });
    const object = await s3.send(new GetObjectCommand({ Bucket: 'kept', Key: 'note.txt' }));
    assert.equal(await object.Body!.transformToString(), 'written by 0.1.0');
    s3.destroy();

    const logs = new CloudWatchLogsClient(config);
    const { events } = await logs.send(new GetLogEventsCommand({ logGroupName: 'kept', logStreamName: 's', startFromHead: true }));
    assert.deepEqual(events?.map((e) => e.message), ['written by 0.1.0']);
    logs.destroy();

    const cw = new CloudWatchClient(config);
    // By hourly statistics, which CloudWatch keeps for 455 days (ListMetrics shows two weeks only).
    const stats = await cw.send(
      new GetMetricStatisticsCommand({ Namespace: 'Kept', MetricName: 'Written', StartTime: new Date(Date.UTC(2026, 10, 30)), EndTime: new Date(Date.UTC(2026, 11, 2)), Period: 3600, Statistics: ['Sum'] }),
    );
    assert.deepEqual(stats.Datapoints?.map((d) => d.Sum), [1]);
    assert.deepEqual((await cw.send(new DescribeAlarmsCommand({}))).MetricAlarms?.map((a) => a.AlarmName), ['kept']);
    cw.destroy();
  });
});
