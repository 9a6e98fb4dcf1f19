import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { CreateBucketCommand, PutObjectCommand, S3Client, SelectObjectContentCommand, type SelectObjectContentCommandInput } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { s3Client } from './support.js';

const CSV = ['name,city,age', 'Alice,Paris,34', 'Bob,"Lyon, FR",27', 'Carol,Paris,41', 'Dan,Berlin,19', ''].join('\n');
const JSON_LINES = ['{"name":"Alice","address":{"city":"Paris"},"tags":["a","b"],"age":34}', '{"name":"Bob","address":{"city":"Lyon"},"tags":[],"age":27}', '{"name":"Carol","age":null}'].join('\n');

describe('S3 SelectObjectContent through the SDK v3', () => {
  let cloud: Cloud;
  let s3: S3Client;
  const bucket = 'select';

  /** Runs a select and gathers its event stream: the records' text, the stats, whether End came. */
  async function select(input: Partial<SelectObjectContentCommandInput> & { Key: string; Expression: string }) {
    const response = await s3.send(
      new SelectObjectContentCommand({
        Bucket: bucket,
        ExpressionType: 'SQL',
        InputSerialization: { CSV: { FileHeaderInfo: 'USE' } },
        OutputSerialization: { CSV: {} },
        ...input,
      }),
    );
    let records = '';
    let stats: { BytesScanned?: number; BytesProcessed?: number; BytesReturned?: number } | undefined;
    let progress = 0;
    let ended = false;
    for await (const event of response.Payload!) {
      if (event.Records?.Payload) records += Buffer.from(event.Records.Payload).toString('utf8');
      if (event.Stats) stats = event.Stats.Details;
      if (event.Progress) progress++;
      if (event.End) ended = true;
    }
    return { records, stats, progress, ended };
  }

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'people.csv', Body: CSV }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'people.csv.gz', Body: gzipSync(CSV) }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'people.jsonl', Body: JSON_LINES }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'cold.csv', Body: CSV, StorageClass: 'GLACIER' }));
  });
  after(async () => {
    s3.destroy();
    await cloud.close();
  });

  test('CSV with headers: WHERE with comparisons, AND/OR, LIKE, CAST; quoted output; Records, Stats and End', async () => {
    const result = await select({ Key: 'people.csv', Expression: "SELECT s.name, s.city FROM S3Object s WHERE (s.city = 'Paris' AND CAST(s.age AS INT) > 35) OR s.name LIKE 'B%'" });
    assert.equal(result.records, 'Bob,"Lyon, FR"\nCarol,Paris\n');
    assert.equal(result.ended, true);
    assert.deepEqual(result.stats, { BytesScanned: CSV.length, BytesProcessed: CSV.length, BytesReturned: result.records.length });
  });

  test('positional columns, LIMIT, SELECT *, IGNORE and NONE header handling, QuoteFields ALWAYS', async () => {
    assert.equal((await select({ Key: 'people.csv', Expression: 'SELECT s._1 FROM S3Object s LIMIT 2' })).records, 'Alice\nBob\n');
    const none = await select({ Key: 'people.csv', Expression: 'SELECT * FROM S3Object LIMIT 1', InputSerialization: { CSV: { FileHeaderInfo: 'NONE' } } });
    assert.equal(none.records, 'name,city,age\n');
    const ignore = await select({ Key: 'people.csv', Expression: "SELECT _1, _3 FROM S3Object WHERE _2 = 'Berlin'", InputSerialization: { CSV: { FileHeaderInfo: 'IGNORE' } } });
    assert.equal(ignore.records, 'Dan,19\n');
    const always = await select({ Key: 'people.csv', Expression: "SELECT name FROM S3Object WHERE name LIKE '_o_' AND NOT name LIKE 'C%'", OutputSerialization: { CSV: { QuoteFields: 'ALWAYS' } } });
    assert.equal(always.records, '"Bob"\n');
  });

  test('aggregates, functions, IN, BETWEEN, and JSON output with aliases', async () => {
    const counts = await select({ Key: 'people.csv', Expression: "SELECT COUNT(*), MAX(CAST(s.age AS INT)), AVG(CAST(s.age AS FLOAT)) FROM S3Object s WHERE s.city IN ('Paris', 'Berlin')" });
    assert.equal(counts.records, `3,41,${(34 + 41 + 19) / 3}\n`);
    const json = await select({
      Key: 'people.csv',
      Expression: 'SELECT UPPER(s.name) AS shout, CHAR_LENGTH(s.city) AS len FROM S3Object s WHERE CAST(s.age AS INT) BETWEEN 20 AND 35',
      OutputSerialization: { JSON: {} },
    });
    assert.equal(json.records, '{"shout":"ALICE","len":5}\n{"shout":"BOB","len":8}\n');
  });

  test('GZIP input and JSON LINES input with nested paths and IS NULL; progress when asked', async () => {
    const gz = await select({ Key: 'people.csv.gz', Expression: "SELECT s.name FROM S3Object s WHERE s.city = 'Berlin'", InputSerialization: { CSV: { FileHeaderInfo: 'USE' }, CompressionType: 'GZIP' } });
    assert.equal(gz.records, 'Dan\n');
    assert.equal(gz.stats?.BytesProcessed, CSV.length);
    const json = await select({
      Key: 'people.jsonl',
      Expression: "SELECT s.name, s.address.city, s.tags[0] AS first FROM S3Object s WHERE s.age IS NOT NULL AND s.address.city <> 'Lyon'",
      InputSerialization: { JSON: { Type: 'LINES' } },
      OutputSerialization: { JSON: {} },
      RequestProgress: { Enabled: true },
    });
    assert.equal(json.records, '{"name":"Alice","city":"Paris","first":"a"}\n');
    assert.equal(json.progress, 1);
    const nulls = await select({ Key: 'people.jsonl', Expression: 'SELECT s.name FROM S3Object s WHERE s.age IS NULL', InputSerialization: { JSON: { Type: 'LINES' } } });
    assert.equal(nulls.records, 'Carol\n');
  });

  test('AWS errors: parse failures, CAST failures, bad serializations, archived objects', async () => {
    await expectAwsError(select({ Key: 'people.csv', Expression: 'SELECT s.name S3Object s' }), {
      name: 'ParseSelectMissingFrom',
      message: 'The SQL expression contains a missing FROM after the SELECT list.',
      status: 400,
    });
    await expectAwsError(select({ Key: 'people.csv', Expression: 'SELECT s.name FROM S3Object s WHERE' }), { name: 'ParseExpectedExpression', status: 400 });
    await expectAwsError(select({ Key: 'people.csv', Expression: 'SELECT s.name FROM S3Object s WHERE s.age ~ 3' }), {
      name: 'LexerInvalidChar',
      message: 'The SQL expression contains a character that is not valid.',
      status: 400,
    });
    await expectAwsError(select({ Key: 'people.csv', Expression: 'SELECT *, s.name FROM S3Object s' }), { name: 'ParseAsteriskIsNotAloneInSelectList', status: 400 });
    await expectAwsError(select({ Key: 'people.csv', Expression: 'SELECT FOO(s.name) FROM S3Object s' }), {
      name: 'UnsupportedFunction',
      message: 'S3 encountered an unsupported SQL function.',
      status: 400,
    });
    await expectAwsError(select({ Key: 'people.csv', Expression: 'SELECT CAST(s.name AS INT) FROM S3Object s' }), {
      name: 'InvalidCast',
      message: 'An attempt to convert from one data type to another using CAST failed in the SQL expression.',
      status: 400,
    });
    await expectAwsError(select({ Key: 'people.csv', Expression: 'SELECT s._0 FROM S3Object s' }), { name: 'InvalidColumnIndex', status: 400 });
    await expectAwsError(select({ Key: 'people.csv', Expression: 'SELECT * FROM S3Object', InputSerialization: { CSV: {}, JSON: { Type: 'LINES' } } }), {
      name: 'ObjectSerializationConflict',
      status: 400,
    });
    await expectAwsError(select({ Key: 'people.csv', Expression: 'SELECT * FROM S3Object', InputSerialization: { JSON: { Type: 'DOCUMENT' } } }), {
      name: 'JSONParsingError',
      message: 'An error occurred while parsing the JSON file. Check the file and try again.',
      status: 400,
    });
    await expectAwsError(select({ Key: 'cold.csv', Expression: 'SELECT * FROM S3Object' }), { name: 'UnsupportedStorageClass', status: 400 });
    await expectAwsError(select({ Key: 'missing.csv', Expression: 'SELECT * FROM S3Object' }), { name: 'NoSuchKey', status: 404 });
  });
});
