import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { BatchWriteItemCommand, DynamoDBClient, UpdateTableCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { encodeKey, hashKey } from '../../src/services/dynamodb/key-encoding.js';
import { partitionOf } from '../../src/services/dynamodb/throttling/capacity-pool.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable } from './support.js';

/** Forty partition-key values that fall in the first of three partitions (so in the only one of a one-partition table). */
const HOT_KEYS: string[] = [];
for (let i = 0; HOT_KEYS.length < 40; i++) {
  if (partitionOf(hashKey(encodeKey({ S: `h${i}` })), 3) === 0) HOT_KEYS.push(`h${i}`);
}

/** 1 KB writes cycling over HOT_KEYS, 25 a batch, until some come back unprocessed; answers how many were written. */
async function writeHot(ddb: DynamoDBClient, table: string, limit: number): Promise<number> {
  let written = 0;
  while (written < limit) {
    const requests: WriteRequest[] = Array.from({ length: 25 }, (_, i) => {
      const pk = HOT_KEYS[(Math.floor(written / 25) % 2) * 15 + i];
      return { PutRequest: { Item: { pk: { S: pk }, v: { S: 'x'.repeat(1024 - 2 - pk.length - 1) } } } };
    });
    const out = await ddb.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } })).catch(() => undefined);
    const unprocessed = out ? (out.UnprocessedItems?.[table]?.length ?? 0) : 25;
    written += 25 - unprocessed;
    if (unprocessed) break;
  }
  return written;
}

describe('DynamoDB throttling: partitions kept across a restart; the AWS CLI sees the throttle', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-throttle-'));
  let cloud: Cloud | undefined;
  after(async () => {
    await cloud?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a table created at 2,500 WCU keeps its 3 partitions when lowered to 10 WCU, after a restart too: a hot partition holds a third of the burst', async () => {
    cloud = await startTestCloud({ dynamodbThrottling: true, dataDir });
    let ddb = new DynamoDBClient(clientConfig(cloud));
    await createTable(ddb, 'Split', { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 2500 } }, null);
    await ddb.send(new UpdateTableCommand({ TableName: 'Split', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 10 } }));
    await createTable(ddb, 'Whole', { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 10 } }, null);
    ddb.destroy();
    await cloud.close();

    cloud = await startTestCloud({ dynamodbThrottling: true, dataDir });
    ddb = new DynamoDBClient(clientConfig(cloud));
    const start = cloud.clock.now();
    // One partition of 10 WCU keeps 3,000 units of burst; each of three keeps 1,000 (adaptive capacity lends 10 a second more).
    const whole = await writeHot(ddb, 'Whole', 3100);
    const split = await writeHot(ddb, 'Split', 3100);
    const seconds = (cloud.clock.now() - start) / 1000;
    assert.ok(whole >= 2975 && whole <= 3000 + Math.ceil(seconds * 10) + 25, `whole ${whole} in ${seconds} s`);
    assert.ok(split >= 975 && split <= 1000 + Math.ceil(seconds * 10) + 25, `split ${split} in ${seconds} s`);

    // The AWS CLI reports the throttle as AWS does (its own retries turned off).
    const cli = await aws(cloud, ['dynamodb', 'put-item', '--table-name', 'Split', '--item', JSON.stringify({ pk: { S: HOT_KEYS[0] }, v: { S: 'x'.repeat(20 * 1024) } })]);
    assert.notEqual(cli.code, 0);
    assert.match(
      cli.stderr,
      /An error occurred \(ProvisionedThroughputExceededException\) when calling the PutItem operation( \(reached max retries: 0\))?: The level of configured provisioned throughput for the table was exceeded\. Consider increasing your provisioning level with the UpdateTable API\./,
    );
    ddb.destroy();
  });

  test('UpdateTable: four capacity decreases a UTC day, then one an hour; the switch to on-demand once in 24 hours (LimitExceededException)', async () => {
    const ddb = new DynamoDBClient(clientConfig(cloud!));
    const lower = (write: number) => ddb.send(new UpdateTableCommand({ TableName: 'Whole', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: write } }));
    for (const write of [9, 8, 7, 6]) await lower(write);
    await expectAwsError(lower(5), {
      name: 'LimitExceededException',
      message:
        /^Subscriber limit exceeded: Provisioned throughput decreases are limited within a given UTC day\. After the first 4 decreases, each subsequent decrease in the same UTC day can be performed at most once every 3600 seconds\. Number of decreases today: 4\. Last decrease at \w+day, \w+ \d{1,2}, \d{4} \d{1,2}:\d\d:\d\d [AP]M UTC\. Next decrease can be made at \w+day, \w+ \d{1,2}, \d{4} \d{1,2}:\d\d:\d\d [AP]M UTC$/,
      status: 400,
    });
    // An increase is never limited; an hour later a decrease is allowed again.
    await lower(50);
    await advanceClock(cloud!, '3601s');
    await lower(10);

    await ddb.send(new UpdateTableCommand({ TableName: 'Whole', BillingMode: 'PAY_PER_REQUEST' }));
    await ddb.send(new UpdateTableCommand({ TableName: 'Whole', BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 10 } }));
    await expectAwsError(ddb.send(new UpdateTableCommand({ TableName: 'Whole', BillingMode: 'PAY_PER_REQUEST' })), {
      name: 'LimitExceededException',
      message: /^Subscriber limit exceeded: Update to PayPerRequest mode are limited to once in 1 day\(s\)\. Last update at \w{3} \w{3} \d\d \d\d:\d\d:\d\d UTC \d{4}\. Next update can be made at \w{3} \w{3} \d\d \d\d:\d\d:\d\d UTC \d{4}$/,
      status: 400,
    });
    await advanceClock(cloud!, '86401s');
    await ddb.send(new UpdateTableCommand({ TableName: 'Whole', BillingMode: 'PAY_PER_REQUEST' }));
    ddb.destroy();
  });
});
