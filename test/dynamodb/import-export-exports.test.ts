import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import {
  DeleteItemCommand, DescribeContinuousBackupsCommand, DescribeExportCommand, DynamoDBClient, ExportTableToPointInTimeCommand, ListExportsCommand, PutItemCommand, ScanCommand, UpdateContinuousBackupsCommand, UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable } from './support.js';
import { WIRE_ITEMS, keysUnder, objectBytes, sdkItem, settleExport, sorted } from './import-export-support.js';

const ACCOUNT = '000000000000';
const tableArnOf = (name: string) => `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${name}`;

describe('DynamoDB ExportTableToPointInTime', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let s3: S3Client;
  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'exports' }));
    await createTable(ddb, 'Catalog');
    for (const item of WIRE_ITEMS) await ddb.send(new PutItemCommand({ TableName: 'Catalog', Item: sdkItem(item) }));
    await ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'Catalog', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
    await createTable(ddb, 'NoPitr');
  });
  after(async () => {
    ddb.destroy();
    s3.destroy();
    await cloud.close();
  });

  test('a DynamoDB JSON export writes AWS layout (_started, gzip data, manifests) whose data reads back to exactly the table items', async () => {
    const started = await ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Catalog'), S3Bucket: 'exports', S3Prefix: 'nightly' }));
    const description = started.ExportDescription!;
    assert.equal(description.ExportStatus, 'IN_PROGRESS');
    assert.match(description.ExportArn!, /^arn:aws:dynamodb:us-east-1:000000000000:table\/Catalog\/export\/\d{14}-[0-9a-f]{8}$/);
    assert.equal(description.ExportFormat, 'DYNAMODB_JSON');
    assert.equal(description.ExportType, 'FULL_EXPORT');
    assert.equal(description.S3Prefix, 'nightly');
    assert.equal(description.ItemCount, undefined);

    const done = await settleExport(cloud, ddb, description.ExportArn!);
    assert.equal(done.ExportStatus, 'COMPLETED');
    assert.equal(done.ItemCount, WIRE_ITEMS.length);
    assert.ok(done.BilledSizeBytes! > 0);
    const exportId = description.ExportArn!.split('/').pop()!;
    const base = `nightly/AWSDynamoDB/${exportId}/`;
    assert.equal(done.ExportManifest, `${base}manifest-summary.json`);
    assert.ok(done.EndTime!.getTime() - done.StartTime!.getTime() >= 10_000, 'ends after the clock moved');

    const keys = await keysUnder(s3, 'exports', base);
    for (const name of ['_started', 'manifest-files.json', 'manifest-files.checksum', 'manifest-summary.json', 'manifest-summary.checksum']) assert.ok(keys.includes(base + name), name);
    const summaryText = (await objectBytes(s3, 'exports', `${base}manifest-summary.json`)).toString();
    const summary = JSON.parse(summaryText);
    assert.equal(summary.version, '2020-06-30');
    assert.equal(summary.exportArn, description.ExportArn);
    assert.equal(summary.tableArn, tableArnOf('Catalog'));
    assert.equal(summary.itemCount, WIRE_ITEMS.length);
    assert.equal(summary.outputFormat, 'DYNAMODB_JSON');
    assert.equal(summary.exportType, 'FULL_EXPORT');
    assert.equal(summary.manifestFilesS3Key, `${base}manifest-files.json`);
    assert.equal((await objectBytes(s3, 'exports', `${base}manifest-summary.checksum`)).toString(), createHash('md5').update(summaryText).digest('hex'));

    const files = (await objectBytes(s3, 'exports', `${base}manifest-files.json`)).toString().trim().split('\n').map((line) => JSON.parse(line));
    const exported: Array<Record<string, any>> = [];
    for (const file of files) {
      assert.match(file.dataFileS3Key, new RegExp(`^${base}data/[a-z2-7]{26}\\.json\\.gz$`));
      const gz = await objectBytes(s3, 'exports', file.dataFileS3Key);
      assert.equal(file.md5Checksum, createHash('md5').update(gz).digest('base64'));
      const lines = gunzipSync(gz).toString().trim().split('\n');
      assert.equal(lines.length, file.itemCount);
      for (const line of lines) exported.push(JSON.parse(line).Item);
    }
    const scanned = (await ddb.send(new ScanCommand({ TableName: 'Catalog' }))).Items!;
    assert.deepEqual(sorted(exported), sorted(scanned));
    assert.deepEqual(sorted(exported), sorted(WIRE_ITEMS));
  });

  test('an ION export writes Ion text: the version marker, then one {Item:{...}} a line', async () => {
    const started = await ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Catalog'), S3Bucket: 'exports', S3Prefix: 'ion', ExportFormat: 'ION' }));
    const done = await settleExport(cloud, ddb, started.ExportDescription!.ExportArn!);
    assert.equal(done.ExportStatus, 'COMPLETED');
    assert.equal(done.ExportFormat, 'ION');
    const files = (await objectBytes(s3, 'exports', done.ExportManifest!.replace('manifest-summary.json', 'manifest-files.json'))).toString().trim().split('\n').map((l) => JSON.parse(l));
    assert.match(files[0].dataFileS3Key, /\.ion\.gz$/);
    const text = gunzipSync(await objectBytes(s3, 'exports', files[0].dataFileS3Key)).toString();
    assert.ok(text.startsWith('$ion_1_0 {Item:{'), text.slice(0, 40));
    assert.equal(text.trim().split('\n').length, WIRE_ITEMS.length);
    assert.ok(text.includes('"tags":$dynamodb_SS::["x","y"]'), 'string sets are annotated lists');
    assert.ok(text.includes('"blob":{{aGVsbG8=}}'), 'binaries are blobs');
    assert.ok(text.includes('"price":12.5') && text.includes('"sk":1.'), 'numbers are decimals');
  });

  test('errors: a table without PITR, a missing table, an unknown export, an incremental export without its window', async () => {
    await expectAwsError(ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('NoPitr'), S3Bucket: 'exports' })), {
      name: 'PointInTimeRecoveryUnavailableException',
      message: "Point in time recovery is not enabled for table 'NoPitr'",
      status: 400,
    });
    await expectAwsError(ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Missing'), S3Bucket: 'exports' })), {
      name: 'TableNotFoundException',
      message: 'Table not found: Missing',
      status: 400,
    });
    const unknown = `${tableArnOf('Catalog')}/export/01700000000000-deadbeef`;
    await expectAwsError(ddb.send(new DescribeExportCommand({ ExportArn: unknown })), { name: 'ExportNotFoundException', message: `Export not found: ${unknown}`, status: 400 });
    await expectAwsError(
      ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Catalog'), S3Bucket: 'exports', ExportType: 'INCREMENTAL_EXPORT', IncrementalExportSpecification: {} })),
      { name: 'ValidationException', message: 'IncrementalExportSpecification with ExportFromTime and ExportToTime is required for an INCREMENTAL_EXPORT', status: 400 },
    );
  });

  test('an incremental export writes each key changed in the window once: Keys, NewImage, and the OldImage from before the window', async () => {
    await createTable(ddb, 'Changing');
    await ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'Changing', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
    const enabled = (await ddb.send(new DescribeContinuousBackupsCommand({ TableName: 'Changing' }))).ContinuousBackupsDescription!.PointInTimeRecoveryDescription!;
    const putItem = (pk: string, v: string) => ddb.send(new PutItemCommand({ TableName: 'Changing', Item: { pk: { S: pk }, sk: { N: '1' }, v: { S: v } } }));
    const deleteItem = (pk: string) => ddb.send(new DeleteItemCommand({ TableName: 'Changing', Key: { pk: { S: pk }, sk: { N: '1' } } }));
    await putItem('kept', 'before');
    await putItem('gone', 'before');
    await advanceClock(cloud, 60_000);
    const from = new Date(enabled.EarliestRestorableDateTime!.getTime() + 60_000);
    await putItem('kept', 'during');
    await putItem('kept', 'after');
    await putItem('new', 'during');
    await putItem('brief', 'during');
    await deleteItem('brief');
    await deleteItem('gone');
    await advanceClock(cloud, 16 * 60_000);
    const to = new Date(from.getTime() + 15 * 60_000);

    await expectAwsError(
      ddb.send(new ExportTableToPointInTimeCommand({
        TableArn: tableArnOf('Changing'), S3Bucket: 'exports', ExportType: 'INCREMENTAL_EXPORT',
        IncrementalExportSpecification: { ExportFromTime: from, ExportToTime: new Date(from.getTime() + 60_000) },
      })),
      { name: 'ValidationException', message: 'The incremental export period must be at least 15 minutes and at most 24 hours', status: 400 },
    );
    const started = await ddb.send(new ExportTableToPointInTimeCommand({
      TableArn: tableArnOf('Changing'), S3Bucket: 'exports', S3Prefix: 'incremental', ExportType: 'INCREMENTAL_EXPORT',
      IncrementalExportSpecification: { ExportFromTime: from, ExportToTime: to },
    }));
    assert.equal(started.ExportDescription!.IncrementalExportSpecification!.ExportViewType, 'NEW_AND_OLD_IMAGES');
    const done = await settleExport(cloud, ddb, started.ExportDescription!.ExportArn!);
    assert.equal(done.ExportStatus, 'COMPLETED');
    assert.equal(done.ExportType, 'INCREMENTAL_EXPORT');
    assert.equal(done.ItemCount, 3);
    const summary = JSON.parse((await objectBytes(s3, 'exports', done.ExportManifest!)).toString());
    assert.equal(summary.exportType, 'INCREMENTAL_EXPORT');
    const files = (await objectBytes(s3, 'exports', summary.manifestFilesS3Key)).toString().trim().split('\n').map((l) => JSON.parse(l));
    const records = gunzipSync(await objectBytes(s3, 'exports', files[0].dataFileS3Key)).toString().trim().split('\n').map((l) => JSON.parse(l));
    const byKey = Object.fromEntries(records.map((r) => [r.Keys.pk.S, r]));
    assert.deepEqual(Object.keys(byKey).sort(), ['gone', 'kept', 'new']);
    assert.deepEqual(byKey.kept.OldImage, { pk: { S: 'kept' }, sk: { N: '1' }, v: { S: 'before' } });
    assert.deepEqual(byKey.kept.NewImage, { pk: { S: 'kept' }, sk: { N: '1' }, v: { S: 'after' } });
    assert.deepEqual(byKey.kept.Keys, { pk: { S: 'kept' }, sk: { N: '1' } });
    assert.match(byKey.kept.Metadata.WriteTimestampMicros.N, /^\d{16}$/);
    assert.equal(byKey.new.OldImage, undefined);
    assert.deepEqual(byKey.new.NewImage.v, { S: 'during' });
    assert.deepEqual(byKey.gone.OldImage.v, { S: 'before' });
    assert.equal(byKey.gone.NewImage, undefined);
  });

  test('an ExportTime in the past exports the table as it was then (later changes undone from the PITR log)', async () => {
    await createTable(ddb, 'Rewound');
    await ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'Rewound', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
    const putItem = (pk: string, v: string) => ddb.send(new PutItemCommand({ TableName: 'Rewound', Item: { pk: { S: pk }, sk: { N: '7' }, v: { S: v } } }));
    await putItem('stays', 'one');
    await putItem('changes', 'old');
    await putItem('deleted', 'here');
    await advanceClock(cloud, 60_000);
    const enabled = (await ddb.send(new DescribeContinuousBackupsCommand({ TableName: 'Rewound' }))).ContinuousBackupsDescription!.PointInTimeRecoveryDescription!;
    const exportTime = new Date(enabled.EarliestRestorableDateTime!.getTime() + 30_000);
    // The update's key given sort key first: the rewind matches keys whatever their attributes' order.
    await ddb.send(new UpdateItemCommand({ TableName: 'Rewound', Key: { sk: { N: '7' }, pk: { S: 'changes' } }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { S: 'new' } } }));
    await ddb.send(new DeleteItemCommand({ TableName: 'Rewound', Key: { pk: { S: 'deleted' }, sk: { N: '7' } } }));
    await putItem('later', 'x');
    const started = await ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Rewound'), S3Bucket: 'exports', S3Prefix: 'rewound', ExportTime: exportTime }));
    const done = await settleExport(cloud, ddb, started.ExportDescription!.ExportArn!);
    assert.equal(done.ExportStatus, 'COMPLETED');
    assert.equal(done.ExportTime!.getTime(), exportTime.getTime());
    const summary = JSON.parse((await objectBytes(s3, 'exports', done.ExportManifest!)).toString());
    const files = (await objectBytes(s3, 'exports', summary.manifestFilesS3Key)).toString().trim().split('\n').map((l) => JSON.parse(l));
    const items = gunzipSync(await objectBytes(s3, 'exports', files[0].dataFileS3Key)).toString().trim().split('\n').map((l) => JSON.parse(l).Item);
    assert.deepEqual(sorted(items), sorted([
      { pk: { S: 'changes' }, sk: { N: '7' }, v: { S: 'old' } },
      { pk: { S: 'deleted' }, sk: { N: '7' }, v: { S: 'here' } },
      { pk: { S: 'stays' }, sk: { N: '7' }, v: { S: 'one' } },
    ]));
    await expectAwsError(
      ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Rewound'), S3Bucket: 'exports', ExportTime: new Date(enabled.EarliestRestorableDateTime!.getTime() - 1000) })),
      { name: 'InvalidExportTimeException', status: 400 },
    );
  });

  test('a missing bucket: the export is accepted, then FAILED with S3NoSuchBucket', async () => {
    const started = await ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Catalog'), S3Bucket: 'no-such-bucket' }));
    assert.equal(started.ExportDescription!.ExportStatus, 'IN_PROGRESS');
    const done = await settleExport(cloud, ddb, started.ExportDescription!.ExportArn!);
    assert.equal(done.ExportStatus, 'FAILED');
    assert.equal(done.FailureCode, 'S3NoSuchBucket');
    assert.equal(done.FailureMessage, 'The specified bucket does not exist');
  });

  test('ClientToken: the same request again answers the same export; other parameters are an ExportConflictException', async () => {
    const first = await ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Catalog'), S3Bucket: 'exports', ClientToken: 'token-1' }));
    const again = await ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Catalog'), S3Bucket: 'exports', ClientToken: 'token-1' }));
    assert.equal(again.ExportDescription!.ExportArn, first.ExportDescription!.ExportArn);
    await expectAwsError(ddb.send(new ExportTableToPointInTimeCommand({ TableArn: tableArnOf('Catalog'), S3Bucket: 'exports', S3Prefix: 'other', ClientToken: 'token-1' })), {
      name: 'ExportConflictException',
      status: 400,
    });
    await settleExport(cloud, ddb, first.ExportDescription!.ExportArn!);
  });

  test('ListExports: every export of the account, a table filter, pages of MaxResults', async () => {
    const all = await ddb.send(new ListExportsCommand({}));
    assert.ok(all.ExportSummaries!.length >= 4);
    assert.ok(all.ExportSummaries!.every((s) => ['FULL_EXPORT', 'INCREMENTAL_EXPORT'].includes(s.ExportType!) && s.ExportStatus && s.ExportArn));
    const filtered = await ddb.send(new ListExportsCommand({ TableArn: tableArnOf('NoPitr') }));
    assert.deepEqual(filtered.ExportSummaries, []);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await ddb.send(new ListExportsCommand({ TableArn: tableArnOf('Catalog'), MaxResults: 2, NextToken: token }));
      assert.ok(page.ExportSummaries!.length <= 2);
      seen.push(...page.ExportSummaries!.map((s) => s.ExportArn!));
      token = page.NextToken;
    } while (token);
    assert.deepEqual(seen, all.ExportSummaries!.map((s) => s.ExportArn!).filter((arn) => arn.startsWith(`${tableArnOf('Catalog')}/export/`)));
    assert.ok(seen.length >= 4);
  });
});
