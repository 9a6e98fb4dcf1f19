import { DescribeExportCommand, DescribeImportCommand, type DynamoDBClient, type ExportDescription, type ImportTableDescription } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock } from '../support/cloud.js';

/** Items as DynamoDB JSON on the wire (binaries in base64), every attribute type among them. */
export const WIRE_ITEMS: Array<Record<string, any>> = [
  { pk: { S: 'a' }, sk: { N: '1' }, name: { S: 'Alpha "quoted"\nline' }, price: { N: '12.5' }, tags: { SS: ['x', 'y'] } },
  { pk: { S: 'a' }, sk: { N: '2' }, blob: { B: Buffer.from('hello').toString('base64') }, blobs: { BS: [Buffer.from([1, 2]).toString('base64'), Buffer.from([3]).toString('base64')] } },
  { pk: { S: 'b' }, sk: { N: '-3.25' }, nums: { NS: ['1', '2.5', '100'] }, flag: { BOOL: true }, nothing: { NULL: true } },
  { pk: { S: 'c' }, sk: { N: '0' }, doc: { M: { inner: { L: [{ S: 'one' }, { N: '2' }, { M: { deep: { BOOL: false } } }] }, 'odd key': { S: 'é' } } } },
  { pk: { S: 'd' }, sk: { N: '100000000000000000000' } },
];

/** A wire item as PutItem takes it from the SDK (binaries as bytes). */
export function sdkItem(item: Record<string, any>): Record<string, any> {
  const convert = (value: any): any => {
    if (value.B !== undefined) return { B: Buffer.from(value.B, 'base64') };
    if (value.BS !== undefined) return { BS: value.BS.map((b: string) => Buffer.from(b, 'base64')) };
    if (value.L !== undefined) return { L: value.L.map(convert) };
    if (value.M !== undefined) return { M: Object.fromEntries(Object.entries(value.M).map(([k, v]) => [k, convert(v)])) };
    return value;
  };
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, convert(v)]));
}

/** An SDK item (Uint8Array binaries) back to wire JSON, sets sorted, for comparing. */
export function wireItem(item: Record<string, any>): Record<string, any> {
  const convert = (value: any): any => {
    if (value.B !== undefined) return { B: typeof value.B === 'string' ? value.B : Buffer.from(value.B).toString('base64') };
    if (value.BS !== undefined) return { BS: value.BS.map((b: Uint8Array | string) => (typeof b === 'string' ? b : Buffer.from(b).toString('base64'))).sort() };
    if (value.SS !== undefined) return { SS: [...value.SS].sort() };
    if (value.NS !== undefined) return { NS: [...value.NS].sort() };
    if (value.L !== undefined) return { L: value.L.map(convert) };
    if (value.M !== undefined) return { M: Object.fromEntries(Object.entries(value.M).map(([k, v]) => [k, convert(v)])) };
    return value;
  };
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, convert(v)]));
}

/** Items sorted by pk then sk, for order-free comparison. */
export function sorted(items: Array<Record<string, any>>): Array<Record<string, any>> {
  const keyOf = (i: Record<string, any>) => `${i.pk?.S ?? ''}\u0000${i.sk?.N ?? i.sk?.S ?? ''}`;
  return [...items].map(wireItem).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/** Moves the clock past a task's minimum duration and waits (briefly, in real time) for its work to end. */
export async function settleExport(cloud: Cloud, ddb: DynamoDBClient, exportArn: string): Promise<ExportDescription> {
  await advanceClock(cloud, '11s');
  for (let attempt = 0; attempt < 200; attempt++) {
    const { ExportDescription } = await ddb.send(new DescribeExportCommand({ ExportArn: exportArn }));
    if (ExportDescription!.ExportStatus !== 'IN_PROGRESS') return ExportDescription!;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`export ${exportArn} did not finish`);
}

export async function settleImport(cloud: Cloud, ddb: DynamoDBClient, importArn: string): Promise<ImportTableDescription> {
  await advanceClock(cloud, '11s');
  for (let attempt = 0; attempt < 200; attempt++) {
    const { ImportTableDescription } = await ddb.send(new DescribeImportCommand({ ImportArn: importArn }));
    if (ImportTableDescription!.ImportStatus !== 'IN_PROGRESS') return ImportTableDescription!;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`import ${importArn} did not finish`);
}

export async function objectBytes(s3: S3Client, bucket: string, key: string): Promise<Buffer> {
  const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await got.Body!.transformToByteArray());
}

export async function keysUnder(s3: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (listed.Contents ?? []).map((o) => o.Key!);
}
