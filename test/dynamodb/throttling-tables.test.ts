import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  BatchExecuteStatementCommand,
  BatchGetItemCommand,
  BatchWriteItemCommand,
  ExecuteStatementCommand,
  ExecuteTransactionCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TagResourceCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError, type AwsError } from '../support/errors.js';
import { createTable } from './support.js';

const TABLE_MESSAGE = 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.';

/** An item of exactly `bytes` bytes as DynamoDB sizes it ("pk" + id, "v" + filler). */
function itemOf(id: string, bytes: number) {
  return { pk: { S: id }, v: { S: 'x'.repeat(bytes - 2 - id.length - 1) } };
}

/** 1 KB puts in batches of 25 until one comes back unprocessed or throttled; answers how many were written. */
async function writeUntilThrottled(ddb: DynamoDBClient, table: string, limit: number, prefix = 'k'): Promise<{ written: number; error?: AwsError; unprocessed: number }> {
  let written = 0;
  while (written < limit) {
    const requests: WriteRequest[] = Array.from({ length: 25 }, (_, i) => ({ PutRequest: { Item: itemOf(`${prefix}${written + i}`, 1024) } }));
    try {
      const out = await ddb.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
      const unprocessed = out.UnprocessedItems?.[table]?.length ?? 0;
      written += 25 - unprocessed;
      if (unprocessed) return { written, unprocessed };
    } catch (error) {
      return { written, error: error as AwsError, unprocessed: 25 };
    }
  }
  return { written, unprocessed: 0 };
}

describe('DynamoDB capacity throttling (switched on for the server)', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  before(async () => {
    cloud = await startTestCloud({ dynamodbThrottling: true });
    ddb = new DynamoDBClient(clientConfig(cloud));
  });
  after(async () => {
    ddb.destroy();
    await cloud.close();
  });

  test('a 5-WCU table throttles a burst of 1 KB writes once its 300 seconds of burst credit are spent; the same writes pass on an on-demand table', async () => {
    await createTable(ddb, 'Five', { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }, null);
    await createTable(ddb, 'OnDemand', {}, null);
    const start = cloud.clock.now();
    const provisioned = await writeUntilThrottled(ddb, 'Five', 2000);
    const elapsedSeconds = (cloud.clock.now() - start) / 1000;
    // 5 WCU × 300 s of burst, plus what the clock refilled while the writes ran (5 a second).
    assert.ok(provisioned.written >= 1500 && provisioned.written <= 1500 + Math.ceil(elapsedSeconds * 5) + 1, `wrote ${provisioned.written} in ${elapsedSeconds} s`);
    assert.ok(provisioned.unprocessed > 0);
    // A 20 KB write (20 WCU, four seconds of refill) is now refused with AWS's error and its throttling reason.
    const error = await expectAwsError(ddb.send(new PutItemCommand({ TableName: 'Five', Item: itemOf('one-more', 20 * 1024) })), {
      name: 'ProvisionedThroughputExceededException',
      message: TABLE_MESSAGE,
      status: 400,
    });
    assert.deepEqual(error.ThrottlingReasons, [{ reason: 'TableWriteProvisionedThroughputExceeded', resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/Five' }]);
    const refusedAt = cloud.clock.now();
    // Reads have their own bucket.
    await ddb.send(new GetItemCommand({ TableName: 'Five', Key: { pk: { S: 'k0' } } }));

    const onDemand = await writeUntilThrottled(ddb, 'OnDemand', 2000);
    assert.deepEqual(onDemand, { written: 2000, unprocessed: 0 });

    // A minute of clock time refills 300 units: 300 more writes, give or take the seconds the test takes.
    await advanceClock(cloud, '60s');
    const refilled = await writeUntilThrottled(ddb, 'Five', 1000, 'r');
    // Less than 20 units were left when the 20 KB write was refused; 5 a second since.
    const refillSeconds = (cloud.clock.now() - refusedAt) / 1000;
    assert.ok(refilled.written >= 299 && refilled.written <= 20 + Math.ceil(refillSeconds * 5), `wrote ${refilled.written} in ${refillSeconds} s`);
  });

  test("the SDK's retry with backoff gets through once the clock has refilled the bucket", async () => {
    await createTable(ddb, 'Retry', { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }, null);
    // 1 WCU: 300 units of burst. Spend them, and more (a bucket in debt admits nothing until it refills).
    await writeUntilThrottled(ddb, 'Retry', 400);
    // A second later one unit is back: enough to admit an update, which then costs 20 (the bucket owes 19).
    await advanceClock(cloud, '1s');
    await ddb.send(
      new UpdateItemCommand({ TableName: 'Retry', Key: { pk: { S: 'k0' } }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(20 * 1024 - 10) } } }),
    );
    const noRetry = await expectAwsError(ddb.send(new PutItemCommand({ TableName: 'Retry', Item: itemOf('x', 100) })), { name: 'ProvisionedThroughputExceededException', status: 400 });
    assert.equal((noRetry.$metadata as { attempts?: number }).attempts, 1);

    // A client with three attempts; before each retry the test moves the clock on by a minute, as waiting would.
    const retrying = new DynamoDBClient({ ...clientConfig(cloud), maxAttempts: 3 });
    const sent: number[] = [];
    retrying.middlewareStack.add(
      (next) => async (args) => {
        const header = (args.request as { headers: Record<string, string> }).headers['amz-sdk-request'] ?? '';
        const attempt = Number(/attempt=(\d+)/.exec(header)?.[1] ?? 1);
        sent.push(attempt);
        if (attempt > 1) await advanceClock(cloud, '60s');
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'advanceClockBeforeRetry' },
    );
    const out = await retrying.send(new PutItemCommand({ TableName: 'Retry', Item: itemOf('x', 100) }));
    assert.ok(out.$metadata.attempts! >= 2 && out.$metadata.attempts! <= 3, `attempts ${out.$metadata.attempts}`);
    assert.ok(out.$metadata.totalRetryDelay! > 0);
    assert.deepEqual(sent, Array.from({ length: out.$metadata.attempts! }, (_, i) => i + 1));
    retrying.destroy();
  });

  test('a GSI with too little write capacity back-pressures the table: writes throttled with the index reason', async () => {
    await createTable(
      ddb,
      'Indexed',
      {
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: { ReadCapacityUnits: 100, WriteCapacityUnits: 900 },
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'g', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          { IndexName: 'ByG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } },
        ],
      },
      null,
    );
    // The GSI's 300 units of burst go first; the table still has plenty of its own. (An 8 KB write then needs 8 units: eight seconds of the GSI's refill.)
    let written = 0;
    let error: AwsError | undefined;
    while (!error && written < 400) {
      const requests: WriteRequest[] = Array.from({ length: 25 }, (_, i) => ({ PutRequest: { Item: { pk: { S: `i${written + i}` }, g: { S: `g${(written + i) % 7}` } } } }));
      const out = await ddb.send(new BatchWriteItemCommand({ RequestItems: { Indexed: requests } })).catch((e: AwsError) => ((error = e), undefined));
      if (out) written += 25 - (out.UnprocessedItems?.Indexed?.length ?? 0);
      if (out?.UnprocessedItems?.Indexed?.length) break;
    }
    assert.ok(written >= 300 && written < 325, `wrote ${written}`);
    const refused = await expectAwsError(ddb.send(new PutItemCommand({ TableName: 'Indexed', Item: { pk: { S: 'late' }, g: { S: 'g1' }, v: { S: 'x'.repeat(8 * 1024) } } })), {
      name: 'ProvisionedThroughputExceededException',
      message:
        'The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API',
      status: 400,
    });
    assert.deepEqual(refused.ThrottlingReasons, [{ reason: 'IndexWriteProvisionedThroughputExceeded', resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/Indexed/index/ByG' }]);
  });

  test('reads: strongly consistent reads of a 390 KB item spend a 1-RCU table (98 RCU each); Query too; a transaction is cancelled with ThrottlingError', async () => {
    await createTable(ddb, 'Reads', { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 400 } }, null);
    await ddb.send(new PutItemCommand({ TableName: 'Reads', Item: itemOf('big', 390 * 1024) }));
    let reads = 0;
    let error: AwsError | undefined;
    while (!error && reads < 10) {
      const out = await ddb.send(new GetItemCommand({ TableName: 'Reads', Key: { pk: { S: 'big' } }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' })).catch((e: AwsError) => ((error = e), undefined));
      if (out) {
        assert.deepEqual(out.ConsumedCapacity, { TableName: 'Reads', CapacityUnits: 98 });
        reads++;
      }
    }
    assert.equal(reads, 4, '300 units of burst admit four reads (the last goes into debt)');
    assert.equal(error!.name, 'ProvisionedThroughputExceededException');
    assert.deepEqual(error!.ThrottlingReasons, [{ reason: 'TableReadProvisionedThroughputExceeded', resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/Reads' }]);
    await expectAwsError(ddb.send(new QueryCommand({ TableName: 'Reads', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'big' } } })), {
      name: 'ProvisionedThroughputExceededException',
      message: TABLE_MESSAGE,
      status: 400,
    });

    // BatchGetItem hands back the keys of the spent table as UnprocessedKeys and answers the rest.
    const batchGet = await ddb.send(
      new BatchGetItemCommand({ RequestItems: { Reads: { Keys: [{ pk: { S: 'big' } }], ConsistentRead: true }, OnDemand: { Keys: [{ pk: { S: 'k0' } }] } } }),
    );
    assert.deepEqual(batchGet.UnprocessedKeys, { Reads: { Keys: [{ pk: { S: 'big' } }], ConsistentRead: true } });
    assert.equal(batchGet.Responses?.OnDemand?.length, 1);
    await expectAwsError(ddb.send(new BatchGetItemCommand({ RequestItems: { Reads: { Keys: [{ pk: { S: 'big' } }], ConsistentRead: true } } })), {
      name: 'ProvisionedThroughputExceededException',
      message: TABLE_MESSAGE,
      status: 400,
    });

    // A transaction touching a table whose write bucket is spent is cancelled.
    await writeUntilThrottled(ddb, 'Five', 400, 'w');
    const cancelled = await expectAwsError(
      ddb.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'OnDemand', Item: { pk: { S: 'fine' } } } },
            { Put: { TableName: 'Five', Item: itemOf('throttled', 10 * 1024) } },
          ],
        }),
      ),
      { name: 'TransactionCanceledException', message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ThrottlingError]', status: 400 },
    );
    assert.deepEqual(
      cancelled.CancellationReasons.map((r: { Code: string }) => r.Code),
      ['None', 'ThrottlingError'],
    );
    const untouched = await ddb.send(new GetItemCommand({ TableName: 'OnDemand', Key: { pk: { S: 'fine' } } }));
    assert.equal(untouched.Item, undefined, 'nothing of a cancelled transaction is written');

    // PartiQL is metered too. A second refills 5 units, enough to admit an update that costs 30: the bucket then owes 25.
    await advanceClock(cloud, '1s');
    await ddb.send(new UpdateItemCommand({ TableName: 'Five', Key: { pk: { S: 'k0' } }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(30 * 1024 - 10) } } }));
    const statement = await expectAwsError(ddb.send(new ExecuteStatementCommand({ Statement: `INSERT INTO "Five" VALUE {'pk': 'partiql'}` })), {
      name: 'ProvisionedThroughputExceededException',
      message: TABLE_MESSAGE,
      status: 400,
    });
    assert.equal(statement.ThrottlingReasons[0].reason, 'TableWriteProvisionedThroughputExceeded');
    const batch = await ddb.send(
      new BatchExecuteStatementCommand({
        Statements: [{ Statement: `INSERT INTO "OnDemand" VALUE {'pk': 'batch-ok'}` }, { Statement: `INSERT INTO "Five" VALUE {'pk': 'batch-throttled'}` }],
      }),
    );
    assert.deepEqual(batch.Responses, [{ TableName: 'OnDemand' }, { TableName: 'Five', Error: { Code: 'ProvisionedThroughputExceeded', Message: TABLE_MESSAGE } }]);
    await expectAwsError(
      ddb.send(new ExecuteTransactionCommand({ TransactStatements: [{ Statement: `INSERT INTO "OnDemand" VALUE {'pk': 'tx'}` }, { Statement: `INSERT INTO "Five" VALUE {'pk': 'tx'}` }] })),
      { name: 'TransactionCanceledException', message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ThrottlingError]', status: 400 },
    );
  });

  test('on-demand: a hot key past 1,000 WCU a second, and MaxWriteRequestUnits', async () => {
    await createTable(ddb, 'Capped', { OnDemandThroughput: { MaxWriteRequestUnits: 5 } }, null);
    let error: AwsError | undefined;
    let written = 0;
    // Up to 12: five a clock second pass; a second boundary in the middle of the run lets five more through.
    while (!error && written < 12) {
      await ddb.send(new PutItemCommand({ TableName: 'Capped', Item: { pk: { S: `c${written}` } } })).then(
        () => written++,
        (e: AwsError) => (error = e),
      );
    }
    assert.ok(error, 'throttled');
    assert.equal(error!.name, 'ProvisionedThroughputExceededException');
    assert.deepEqual(error!.ThrottlingReasons, [{ reason: 'TableWriteMaxOnDemandThroughputExceeded', resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/Capped' }]);

    let hotError: AwsError | undefined;
    written = 0;
    // 400 KB items are 400 WCU each: two fit in a second of one key, the third does not.
    while (!hotError && written < 8) {
      await ddb.send(new PutItemCommand({ TableName: 'OnDemand', Item: itemOf('hot', 400 * 1024) })).then(
        () => written++,
        (e: AwsError) => (hotError = e),
      );
    }
    assert.ok(hotError, 'throttled');
    assert.equal(hotError.name, 'ProvisionedThroughputExceededException');
    assert.deepEqual(hotError.ThrottlingReasons, [{ reason: 'TableWriteKeyRangeThroughputExceeded', resource: 'arn:aws:dynamodb:us-east-1:000000000000:table/OnDemand' }]);
  });

  test('AWS/DynamoDB metrics: consumed units, throttle events, throttled requests and provisioned capacity, per minute', async () => {
    await advanceClock(cloud, '61s');
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    const stat = async (MetricName: string, dimensions: Record<string, string>, statistic: 'Sum' | 'Maximum' = 'Sum') => {
      const answer = await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/DynamoDB',
          MetricName,
          Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
          StartTime: new Date(cloud.clock.now() - 3600_000),
          EndTime: new Date(cloud.clock.now() + 60_000),
          Period: 60,
          Statistics: [statistic],
        }),
      );
      const values = answer.Datapoints!.map((d) => d[statistic] ?? 0);
      return statistic === 'Maximum' ? Math.max(0, ...values) : values.reduce((n, v) => n + v, 0);
    };
    // The 390 KB item was written once (390 WCU) and read four times (98 RCU each) before the reads were throttled.
    assert.equal(await stat('ConsumedReadCapacityUnits', { TableName: 'Reads' }), 4 * 98);
    assert.ok((await stat('ReadThrottleEvents', { TableName: 'Reads' })) >= 2);
    assert.equal(await stat('ThrottledRequests', { TableName: 'Reads', Operation: 'GetItem' }), 1);
    assert.equal(await stat('ThrottledRequests', { TableName: 'Reads', Operation: 'Query' }), 1);
    assert.equal(await stat('ThrottledRequests', { TableName: 'Reads', Operation: 'BatchGetItem' }), 2);
    assert.ok((await stat('ConsumedWriteCapacityUnits', { TableName: 'Five' })) >= 1800);
    assert.ok((await stat('WriteThrottleEvents', { TableName: 'Five' })) >= 1);
    assert.equal(await stat('ProvisionedWriteCapacityUnits', { TableName: 'Five' }, 'Maximum'), 5);
    assert.ok((await stat('ConsumedWriteCapacityUnits', { TableName: 'Indexed', GlobalSecondaryIndexName: 'ByG' })) >= 300);
    assert.ok((await stat('WriteThrottleEvents', { TableName: 'Indexed', GlobalSecondaryIndexName: 'ByG' })) >= 1);
    assert.equal(await stat('ProvisionedWriteCapacityUnits', { TableName: 'Indexed', GlobalSecondaryIndexName: 'ByG' }, 'Maximum'), 1);
    cloudwatch.destroy();
  });
});

describe('DynamoDB capacity throttling per table (the server-wide switch off)', () => {
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

  test('only a table tagged nimbus:throttling=on is throttled', async () => {
    for (const name of ['Tagged', 'Plain']) {
      await createTable(ddb, name, { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }, null);
    }
    await ddb.send(new TagResourceCommand({ ResourceArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/Tagged', Tags: [{ Key: 'nimbus:throttling', Value: 'on' }] }));
    const plain = await writeUntilThrottled(ddb, 'Plain', 500);
    assert.deepEqual(plain, { written: 500, unprocessed: 0 });
    const tagged = await writeUntilThrottled(ddb, 'Tagged', 500);
    assert.ok(tagged.written >= 300 && tagged.written < 325, `wrote ${tagged.written}`);
    // ReturnConsumedCapacity is answered as asked, throttled or not.
    const out = await ddb.send(new GetItemCommand({ TableName: 'Tagged', Key: { pk: { S: 'k1' } } }));
    assert.equal(out.ConsumedCapacity, undefined);
    assert.ok(out.Item);
  });
});
