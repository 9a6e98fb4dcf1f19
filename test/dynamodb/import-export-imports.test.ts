import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeTableCommand, DynamoDBClient, ExportTableToPointInTimeCommand, GetItemCommand, ImportTableCommand, ListImportsCommand, PutItemCommand, QueryCommand, ScanCommand,
  UpdateContinuousBackupsCommand, type ImportTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable } from './support.js';
import { WIRE_ITEMS, sdkItem, settleExport, settleImport, sorted } from './import-export-support.js';

const KEYS = {
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' as const }, { AttributeName: 'sk', KeyType: 'RANGE' as const }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' as const }, { AttributeName: 'sk', AttributeType: 'N' as const }],
  BillingMode: 'PAY_PER_REQUEST' as const,
};

const jsonLines = (items: Array<Record<string, any>>) => items.map((item) => JSON.stringify({ Item: item })).join('\n') + '\n';

describe('DynamoDB ImportTable', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let s3: S3Client;
  let logs: CloudWatchLogsClient;
  const put = (key: string, body: string | Buffer) => s3.send(new PutObjectCommand({ Bucket: 'source', Key: key, Body: body }));
  const scan = async (table: string) => (await ddb.send(new ScanCommand({ TableName: table }))).Items!;
  const importInto = (table: string, prefix: string, extra: Partial<ImportTableCommandInput> = {}) =>
    ddb.send(
      new ImportTableCommand({
        S3BucketSource: { S3Bucket: 'source', S3KeyPrefix: prefix },
        InputFormat: 'DYNAMODB_JSON',
        TableCreationParameters: { TableName: table, ...KEYS },
        ...extra,
      }),
    );

  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await s3.send(new CreateBucketCommand({ Bucket: 'source' }));
  });
  after(async () => {
    ddb.destroy();
    s3.destroy();
    logs.destroy();
    await cloud.close();
  });

  test('gzip DynamoDB JSON from two objects makes a new table holding exactly those items; CREATING until COMPLETED', async () => {
    await put('json/part-1.json.gz', gzipSync(jsonLines(WIRE_ITEMS.slice(0, 3))));
    await put('json/part-2.json.gz', gzipSync(jsonLines(WIRE_ITEMS.slice(3))));
    const started = (await importInto('FromJson', 'json/', { InputCompressionType: 'GZIP' })).ImportTableDescription!;
    assert.equal(started.ImportStatus, 'IN_PROGRESS');
    assert.match(started.ImportArn!, /^arn:aws:dynamodb:us-east-1:000000000000:table\/FromJson\/import\/\d{14}-[0-9a-f]{8}$/);
    assert.equal(started.CloudWatchLogGroupArn, 'arn:aws:logs:us-east-1:000000000000:log-group:/aws-dynamodb/imports:*');
    assert.equal(started.TableCreationParameters!.TableName, 'FromJson');
    assert.equal((await ddb.send(new DescribeTableCommand({ TableName: 'FromJson' }))).Table!.TableStatus, 'CREATING');
    await expectAwsError(ddb.send(new GetItemCommand({ TableName: 'FromJson', Key: { pk: { S: 'a' }, sk: { N: '1' } } })), { name: 'ResourceNotFoundException', status: 400 });

    const done = await settleImport(cloud, ddb, started.ImportArn!);
    assert.equal(done.ImportStatus, 'COMPLETED');
    assert.equal(done.ProcessedItemCount, WIRE_ITEMS.length);
    assert.equal(done.ImportedItemCount, WIRE_ITEMS.length);
    assert.equal(done.ErrorCount, 0);
    assert.ok(done.ProcessedSizeBytes! > 0);
    assert.equal((await ddb.send(new DescribeTableCommand({ TableName: 'FromJson' }))).Table!.TableStatus, 'ACTIVE');
    assert.deepEqual(sorted(await scan('FromJson')), sorted(WIRE_ITEMS));
  });

  test('CSV with a header row and a delimiter: key attributes typed by the table, other attributes strings', async () => {
    await put('csv/rows.csv', 'pk;sk;city;note\nu1;10;Paris;"semi; colon"\nu2;20;Oslo;\n"u3";30;"Rome";"said ""hi"""\n');
    const started = (await ddb.send(new ImportTableCommand({
      S3BucketSource: { S3Bucket: 'source', S3KeyPrefix: 'csv/' },
      InputFormat: 'CSV',
      InputFormatOptions: { Csv: { Delimiter: ';' } },
      TableCreationParameters: {
        TableName: 'FromCsv',
        ...KEYS,
        AttributeDefinitions: [...KEYS.AttributeDefinitions, { AttributeName: 'city', AttributeType: 'S' }],
        GlobalSecondaryIndexes: [{ IndexName: 'ByCity', KeySchema: [{ AttributeName: 'city', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
      },
    }))).ImportTableDescription!;
    assert.deepEqual(started.InputFormatOptions, { Csv: { Delimiter: ';' } });
    const done = await settleImport(cloud, ddb, started.ImportArn!);
    assert.equal(done.ImportStatus, 'COMPLETED');
    assert.equal(done.ImportedItemCount, 3);
    assert.deepEqual(sorted(await scan('FromCsv')), sorted([
      { pk: { S: 'u1' }, sk: { N: '10' }, city: { S: 'Paris' }, note: { S: 'semi; colon' } },
      { pk: { S: 'u2' }, sk: { N: '20' }, city: { S: 'Oslo' } },
      { pk: { S: 'u3' }, sk: { N: '30' }, city: { S: 'Rome' }, note: { S: 'said "hi"' } },
    ]));
    const inOslo = await ddb.send(new QueryCommand({ TableName: 'FromCsv', IndexName: 'ByCity', KeyConditionExpression: 'city = :c', ExpressionAttributeValues: { ':c': { S: 'Oslo' } } }));
    assert.deepEqual(inOslo.Items!.map((i) => i.pk.S), ['u2'], 'the global index is filled by the import');

    await put('csv-headless/rows.csv', 'v1,5,x\nv2,6,y\n');
    const headless = (await importInto('FromHeadlessCsv', 'csv-headless/', { InputFormat: 'CSV', InputFormatOptions: { Csv: { HeaderList: ['pk', 'sk', 'val'] } } }))
      .ImportTableDescription!;
    assert.equal((await settleImport(cloud, ddb, headless.ImportArn!)).ImportedItemCount, 2);
    assert.deepEqual(sorted(await scan('FromHeadlessCsv')), sorted([
      { pk: { S: 'v1' }, sk: { N: '5' }, val: { S: 'x' } },
      { pk: { S: 'v2' }, sk: { N: '6' }, val: { S: 'y' } },
    ]));
  });

  test('malformed lines are counted and logged to /aws-dynamodb/imports; the good ones are imported', async () => {
    const lines = [
      JSON.stringify({ Item: { pk: { S: 'ok' }, sk: { N: '1' } } }),
      '{"Item": {"pk": {"S": "broken"',
      JSON.stringify({ Item: { sk: { N: '2' } } }),
      JSON.stringify({ Item: { pk: { S: 'typed' }, sk: { S: 'not a number' } } }),
      JSON.stringify({ NotItem: {} }),
      JSON.stringify({ Item: { pk: { S: 'ok' }, sk: { N: '3' }, n: { N: 'abc' } } }),
      JSON.stringify({ Item: { pk: { S: 'ok' }, sk: { N: '4' } } }),
    ];
    await put('bad/data.json', lines.join('\n'));
    const started = (await importInto('WithErrors', 'bad/')).ImportTableDescription!;
    const done = await settleImport(cloud, ddb, started.ImportArn!);
    assert.equal(done.ImportStatus, 'COMPLETED');
    assert.equal(done.ProcessedItemCount, 7);
    assert.equal(done.ImportedItemCount, 2);
    assert.equal(done.ErrorCount, 5);
    assert.deepEqual(sorted(await scan('WithErrors')), sorted([{ pk: { S: 'ok' }, sk: { N: '1' } }, { pk: { S: 'ok' }, sk: { N: '4' } }]));

    const stream = started.ImportArn!.split('/').pop()!;
    const events = (await logs.send(new GetLogEventsCommand({ logGroupName: '/aws-dynamodb/imports', logStreamName: stream, startFromHead: true }))).events!;
    assert.equal(events.length, 5);
    const logged = events.map((e) => JSON.parse(e.message!));
    assert.deepEqual(logged.map((l) => l.itemS3Pointer), [1, 2, 3, 4, 5].map((itemIndex) => ({ bucket: 'source', key: 'bad/data.json', itemIndex })));
    assert.ok(logged.every((l) => l.importArn === started.ImportArn));
    assert.equal(logged[1].errorMessages[0], 'One or more parameter values were invalid: Missing the key pk in the item');
    assert.equal(logged[2].errorMessages[0], 'One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S');
    assert.equal(logged[4].errorMessages[0], 'The parameter cannot be converted to a numeric value: abc');
  });

  test('an ION export imports back into an equal table', async () => {
    await createTable(ddb, 'IonSource');
    for (const item of WIRE_ITEMS) await ddb.send(new PutItemCommand({ TableName: 'IonSource', Item: sdkItem(item) }));
    await ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'IonSource', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
    const exported = await ddb.send(
      new ExportTableToPointInTimeCommand({ TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/IonSource', S3Bucket: 'source', S3Prefix: 'ion-export', ExportFormat: 'ION' }),
    );
    const done = await settleExport(cloud, ddb, exported.ExportDescription!.ExportArn!);
    const dataPrefix = done.ExportManifest!.replace('manifest-summary.json', 'data/');
    const started = (await importInto('FromIon', dataPrefix, { InputFormat: 'ION', InputCompressionType: 'GZIP' })).ImportTableDescription!;
    const imported = await settleImport(cloud, ddb, started.ImportArn!);
    assert.equal(imported.ErrorCount, 0);
    assert.equal(imported.ImportedItemCount, WIRE_ITEMS.length);
    assert.deepEqual(sorted(await scan('FromIon')), sorted(WIRE_ITEMS));
  });

  test('errors: an existing table, ZSTD input, a missing bucket (FAILED, no table left), ClientToken conflicts', async () => {
    await createTable(ddb, 'Existing');
    await expectAwsError(importInto('Existing', 'json/'), { name: 'ResourceInUseException', message: 'Table already exists: Existing', status: 400 });
    await expectAwsError(importInto('Zstd', 'json/', { InputCompressionType: 'ZSTD' }), {
      name: 'ValidationException',
      message: 'Nimbus cannot read ZSTD-compressed input (Node.js 20 has no ZSTD): use GZIP or NONE',
      status: 400,
    });

    const missing = (await ddb.send(new ImportTableCommand({
      S3BucketSource: { S3Bucket: 'no-such-bucket' },
      InputFormat: 'DYNAMODB_JSON',
      TableCreationParameters: { TableName: 'NeverFilled', ...KEYS },
    }))).ImportTableDescription!;
    const failed = await settleImport(cloud, ddb, missing.ImportArn!);
    assert.equal(failed.ImportStatus, 'FAILED');
    assert.equal(failed.FailureCode, 'S3NoSuchBucket');
    assert.equal(failed.FailureMessage, 'The specified bucket does not exist');
    await expectAwsError(ddb.send(new DescribeTableCommand({ TableName: 'NeverFilled' })), { name: 'ResourceNotFoundException', status: 400 });

    const first = (await importInto('Tokened', 'json/', { ClientToken: 'same', InputCompressionType: 'GZIP' })).ImportTableDescription!;
    const again = (await importInto('Tokened', 'json/', { ClientToken: 'same', InputCompressionType: 'GZIP' })).ImportTableDescription!;
    assert.equal(again.ImportArn, first.ImportArn);
    await expectAwsError(importInto('Tokened', 'other/', { ClientToken: 'same', InputCompressionType: 'GZIP' }), {
      name: 'ImportConflictException',
      message: 'Import conflict: Duplicate request detected with conflicting parameters',
      status: 400,
    });
    await settleImport(cloud, ddb, first.ImportArn!);
  });

  test('ListImports: a table filter and pages of PageSize', async () => {
    const all = await ddb.send(new ListImportsCommand({}));
    assert.ok(all.ImportSummaryList!.length >= 6);
    const one = await ddb.send(new ListImportsCommand({ TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/FromCsv' }));
    assert.equal(one.ImportSummaryList!.length, 1);
    assert.equal(one.ImportSummaryList![0].InputFormat, 'CSV');
    assert.equal(one.ImportSummaryList![0].ImportStatus, 'COMPLETED');
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await ddb.send(new ListImportsCommand({ PageSize: 2, NextToken: token }));
      assert.ok(page.ImportSummaryList!.length <= 2);
      seen.push(...page.ImportSummaryList!.map((s) => s.ImportArn!));
      token = page.NextToken;
    } while (token);
    assert.deepEqual(seen, all.ImportSummaryList!.map((s) => s.ImportArn));
  });

  test('an import a restart interrupted runs again from the start; finished tasks are kept on the data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-ddb-import-'));
    try {
      let durable = await startTestCloud({ dataDir });
      let client = new DynamoDBClient(clientConfig(durable));
      let bucket = new S3Client({ ...clientConfig(durable), forcePathStyle: true });
      await bucket.send(new CreateBucketCommand({ Bucket: 'durable' }));
      await bucket.send(new PutObjectCommand({ Bucket: 'durable', Key: 'items.json', Body: jsonLines(WIRE_ITEMS) }));
      const started = (await client.send(new ImportTableCommand({
        S3BucketSource: { S3Bucket: 'durable' }, InputFormat: 'DYNAMODB_JSON', TableCreationParameters: { TableName: 'Resumed', ...KEYS },
      }))).ImportTableDescription!;
      assert.equal(started.ImportStatus, 'IN_PROGRESS');
      client.destroy();
      bucket.destroy();
      await durable.close();

      durable = await startTestCloud({ dataDir });
      client = new DynamoDBClient(clientConfig(durable));
      bucket = new S3Client({ ...clientConfig(durable), forcePathStyle: true });
      const done = await settleImport(durable, client, started.ImportArn!);
      assert.equal(done.ImportStatus, 'COMPLETED');
      assert.equal(done.ImportedItemCount, WIRE_ITEMS.length);
      assert.deepEqual(sorted((await client.send(new ScanCommand({ TableName: 'Resumed' }))).Items!), sorted(WIRE_ITEMS));
      assert.equal((await client.send(new ListImportsCommand({}))).ImportSummaryList!.length, 1);
      await advanceClock(durable, '1m');
      client.destroy();
      bucket.destroy();
      await durable.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('the AWS CLI imports a table and describes the import', async () => {
    await put('cli/items.json', jsonLines(WIRE_ITEMS.slice(0, 2)));
    const started = await aws(cloud, [
      'dynamodb', 'import-table',
      '--s3-bucket-source', 'S3Bucket=source,S3KeyPrefix=cli/',
      '--input-format', 'DYNAMODB_JSON',
      '--table-creation-parameters', JSON.stringify({ TableName: 'FromCli', ...KEYS }),
    ]);
    assert.equal(started.code, 0, started.stderr);
    const arn = started.json.ImportTableDescription.ImportArn as string;
    await settleImport(cloud, ddb, arn);
    const described = await aws(cloud, ['dynamodb', 'describe-import', '--import-arn', arn]);
    assert.equal(described.code, 0, described.stderr);
    assert.equal(described.json.ImportTableDescription.ImportStatus, 'COMPLETED');
    assert.equal(described.json.ImportTableDescription.ImportedItemCount, 2);
  });
});
