// s3-put-get: sequential PutObject → GetObject with the real S3 SDK client, for 4 KB and
// 10 MB objects, against Nimbus and against an S3 floor.
//
// The floor is the least an S3 server on node:http can do: it keeps each PUT body in memory
// and hands it back on GET, with the ETag and the client's own x-amz-checksum-crc32 echoed so
// that the SDK does the same checksum work on both sides. Nimbus streams bodies to files,
// computes MD5 and CRCs, and keeps metadata in SQLite. As in sqs-round-trip, both servers run
// in this process (same event loop, same core topology) and the runs alternate in ABBA blocks.
import { inAlternatingBlocks } from './alternation.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenForBench } from './floor-server.mjs';
import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startCloud } from '../dist/index.js';
import { median, quantile, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const TARGET_RATIO = 2;

interface Floor {
  endpoint: string;
  close(): Promise<void>;
}

/** An S3 floor: PUT keeps the body in memory, GET returns it; nothing else is checked. */
async function startS3Floor(): Promise<Floor> {
  const objects = new Map<string, { body: Buffer; crc32?: string }>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers: Record<string, string | number> = { 'x-amz-request-id': 'FLOOR', 'x-amz-id-2': 'floor' };
      if (req.method === 'PUT') {
        const crc32 = req.headers['x-amz-checksum-crc32'] as string | undefined;
        objects.set(path, { body: Buffer.concat(chunks), crc32 });
        res.writeHead(200, { ...headers, etag: '"00000000000000000000000000000000"', 'content-length': 0, ...(crc32 ? { 'x-amz-checksum-crc32': crc32 } : {}) });
        res.end();
        return;
      }
      const object = objects.get(path);
      if (req.method === 'GET' && object) {
        res.writeHead(200, {
          ...headers,
          'content-type': 'application/octet-stream',
          'content-length': object.body.length,
          etag: '"00000000000000000000000000000000"',
          ...(object.crc32 ? { 'x-amz-checksum-crc32': object.crc32, 'x-amz-checksum-type': 'FULL_OBJECT' } : {}),
        });
        res.end(object.body);
        return;
      }
      res.writeHead(200, { ...headers, 'content-length': 0 });
      res.end();
    });
  };
  return listenForBench(createServer(handle));
}

interface Side {
  key: 'nimbus' | 'floor';
  name: string;
  client: S3Client;
  put: number[];
  get: number[];
}

function client(endpoint: string): S3Client {
  return new S3Client({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, forcePathStyle: true, maxAttempts: 1 });
}

async function roundTrip(side: Side, key: string, body: Buffer, record: boolean): Promise<void> {
  let start = performance.now();
  await side.client.send(new PutObjectCommand({ Bucket: 'bench', Key: key, Body: body }));
  const putMs = performance.now() - start;
  start = performance.now();
  const got = await side.client.send(new GetObjectCommand({ Bucket: 'bench', Key: key }));
  const bytes = await got.Body!.transformToByteArray();
  const getMs = performance.now() - start;
  if (bytes.length !== body.length) throw new Error(`${side.name}: GetObject returned ${bytes.length} bytes, not ${body.length}`);
  if (record) {
    side.put.push(putMs);
    side.get.push(getMs);
  }
}

async function alternate(sides: [Side, Side], size: number, total: number, block: number, record: boolean): Promise<void> {
  const body = randomBytes(size);
  await inAlternatingBlocks(sides, total, block, async (side, count) => {
    for (let i = 0; i < count; i++) await roundTrip(side, `object-${size}-${i % 8}`, body, record);
  });
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const cloud = await startCloud({ port: 0 });
  const floor = await startS3Floor();
  const scenario = 's3-put-get';
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  const sizes = [
    { label: '4 KB', size: 4 * 1024, iterations: quick ? 100 : 600, warmup: quick ? 20 : 100, block: 50 },
    { label: '10 MB', size: 10 * 1024 * 1024, iterations: quick ? 6 : 30, warmup: 2, block: 5 },
  ];
  const clients = [client(cloud.endpoint), client(floor.endpoint)];
  try {
    for (const c of clients) await c.send(new CreateBucketCommand({ Bucket: 'bench' }));
    for (const { label, size, iterations, warmup, block } of sizes) {
      const nimbus: Side = { key: 'nimbus', name: 'nimbus', client: clients[0]!, put: [], get: [] };
      const bare: Side = { key: 'floor', name: 'node:http S3 floor', client: clients[1]!, put: [], get: [] };
      await alternate([nimbus, bare], size, warmup, block, false);
      log(`s3-put-get: ${label}: warmed up, measuring ${iterations} put+get each`);
      await alternate([nimbus, bare], size, iterations, block, true);
      const summary: Record<string, unknown> = {};
      for (const side of [nimbus, bare]) {
        const both = side.put.map((p, i) => p + side.get[i]!);
        const mbPerS = (size / (1024 * 1024)) / (mean(both) / 1000) * 2;
        rows.push(
          { scenario, subject: `${side.name} ${label}`, metric: 'PutObject latency, median', value: round(median(side.put), 3), unit: 'ms' },
          { scenario, subject: `${side.name} ${label}`, metric: 'GetObject latency, median', value: round(median(side.get), 3), unit: 'ms' },
          { scenario, subject: `${side.name} ${label}`, metric: 'put+get round trips/s', value: round(1000 / mean(both), 1), unit: '/s' },
        );
        if (size >= 1024 * 1024) rows.push({ scenario, subject: `${side.name} ${label}`, metric: 'throughput (put+get)', value: round(mbPerS, 1), unit: 'MB/s' });
        summary[side.key] = {
          putMedianMs: round(median(side.put), 4),
          putP90Ms: round(quantile(side.put, 0.9), 4),
          getMedianMs: round(median(side.get), 4),
          getP90Ms: round(quantile(side.get, 0.9), 4),
          roundTripMeanMs: round(mean(both), 4),
          throughputMBps: round(mbPerS, 2),
        };
      }
      const ratio = mean(nimbus.put.map((p, i) => p + nimbus.get[i]!)) / mean(bare.put.map((p, i) => p + bare.get[i]!));
      rows.push({ scenario, subject: `nimbus / floor ${label}`, metric: 'put+get cost ratio (mean)', value: round(ratio, 2), unit: '×', target: `≤ ${TARGET_RATIO}×`, met: ratio <= TARGET_RATIO });
      data[label] = { size, iterations, warmup, ...summary, ratio: round(ratio, 4) };
    }
    return { rows, data };
  } finally {
    for (const c of clients) c.destroy();
    await floor.close();
    await cloud.close();
  }
}
