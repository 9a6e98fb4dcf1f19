// firehose: end-to-end MB/s into S3, two ways in the same run:
//   - firehose: PutRecordBatch (500 records of 1 KiB) into a DirectPut delivery stream writing to S3
//               (UNCOMPRESSED, buffer interval 0, so each batch becomes an object at once); a block is
//               done when every record of it is in S3 (the stream's buffer table is empty again);
//   - s3 floor: the same bytes straight to S3, one PutObject of 500 KiB per batch.
//
// Nimbus is embedded from dist/ with startCloud(), client and server in one process; the two sides
// alternate in blocks (see alternation.ts). After the run the bucket is read back: the Firehose side's
// objects must hold every byte it put.
import { CreateDeliveryStreamCommand, FirehoseClient, PutRecordBatchCommand } from '@aws-sdk/client-firehose';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startCloud, type Cloud } from '../dist/index.js';
import { inAlternatingBlocks } from './alternation.js';
import { mean, median, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const RECORDS = 500;
const RECORD_BYTES = 1024;
const BATCH_BYTES = RECORDS * RECORD_BYTES;
const BLOCK = 10;
const MB = 1024 * 1024;

interface Side {
  key: 'firehose' | 's3';
  name: string;
  send: (i: number) => Promise<void>;
  settled: () => Promise<void>;
  batches: number;
  elapsedMs: number;
  blockRates: number[];
}

const config = (endpoint: string) => ({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
});

/** Every record put so far is in S3 once Firehose's buffer table is empty (a batch leaves it only after its object is written). */
async function firehoseSettled(cloud: Cloud): Promise<void> {
  while ((cloud.runtime.store.count('firehose_buffered_chunks') ?? 0) > 0) await new Promise((resolve) => setTimeout(resolve, 1));
}

async function bytesUnder(s3: S3Client, bucket: string, prefix: string): Promise<number> {
  let total = 0;
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const object of page.Contents ?? []) total += object.Size ?? 0;
    token = page.NextContinuationToken;
  } while (token);
  return total;
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const batches = quick ? 20 : 160;
  const warmup = quick ? 10 : 20;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const cloud = await startCloud({ port: 0 });
  const firehose = new FirehoseClient(config(cloud.endpoint));
  const s3 = new S3Client({ ...config(cloud.endpoint), forcePathStyle: true });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: 'bench-firehose' }));
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'bench-firehose',
        ExtendedS3DestinationConfiguration: {
          BucketARN: 'arn:aws:s3:::bench-firehose',
          RoleARN: 'arn:aws:iam::000000000000:role/bench',
          Prefix: 'firehose/',
          BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 0 },
        },
      }),
    );
    const records = Array.from({ length: RECORDS }, (_, i) => ({ Data: Buffer.alloc(RECORD_BYTES, 97 + (i % 26)) }));
    const objectBody = Buffer.concat(records.map((r) => r.Data));

    const viaFirehose: Side = {
      key: 'firehose',
      name: 'firehose PutRecordBatch → S3',
      send: async () => {
        const out = await firehose.send(new PutRecordBatchCommand({ DeliveryStreamName: 'bench-firehose', Records: records }));
        if (out.FailedPutCount) throw new Error(`${out.FailedPutCount} records failed`);
      },
      settled: () => firehoseSettled(cloud),
      batches: 0,
      elapsedMs: 0,
      blockRates: [],
    };
    const straight: Side = {
      key: 's3',
      name: 's3 PutObject (floor)',
      send: async (i) => {
        await s3.send(new PutObjectCommand({ Bucket: 'bench-firehose', Key: `floor/${straight.batches + i}`, Body: objectBody }));
      },
      settled: async () => {},
      batches: 0,
      elapsedMs: 0,
      blockRates: [],
    };

    const runBlock = async (side: Side, count: number, record: boolean): Promise<void> => {
      const start = performance.now();
      for (let i = 0; i < count; i++) await side.send(i);
      await side.settled();
      const elapsed = performance.now() - start;
      side.batches += count;
      if (record) {
        side.elapsedMs += elapsed;
        side.blockRates.push((count * BATCH_BYTES) / MB / (elapsed / 1000));
      }
    };

    await inAlternatingBlocks([viaFirehose, straight], warmup, BLOCK, (side, count) => runBlock(side, count, false));
    log(`firehose: warmed up (${warmup} batches each), measuring ${batches} batches of ${RECORDS} × ${RECORD_BYTES} B each`);
    const measuredFrom = { firehose: viaFirehose.batches, s3: straight.batches };
    await inAlternatingBlocks([viaFirehose, straight], batches, BLOCK, (side, count) => runBlock(side, count, true));

    // Nothing lost: every byte put through Firehose is in its objects.
    const firehoseBytes = await bytesUnder(s3, 'bench-firehose', 'firehose/');
    if (firehoseBytes !== viaFirehose.batches * BATCH_BYTES) throw new Error(`firehose objects hold ${firehoseBytes} bytes, expected ${viaFirehose.batches * BATCH_BYTES}`);

    const scenario = 'firehose';
    const rows: Row[] = [];
    const subjects: Record<string, unknown> = {};
    for (const side of [viaFirehose, straight]) {
      const measured = side.batches - measuredFrom[side.key];
      const mbPerSecond = (measured * BATCH_BYTES) / MB / (side.elapsedMs / 1000);
      rows.push(
        { scenario, subject: side.name, metric: 'end-to-end MB/s', value: round(mbPerSecond, 1), unit: 'MB/s' },
        { scenario, subject: side.name, metric: 'block MB/s, median', value: round(median(side.blockRates), 1), unit: 'MB/s' },
      );
      subjects[side.key] = { name: side.name, batches: measured, mbPerSecond: round(mbPerSecond, 2), elapsedMs: round(side.elapsedMs, 1), blockMbPerSecond: side.blockRates.map((v) => round(v, 2)) };
    }
    const firehoseRate = (batches * BATCH_BYTES) / MB / (viaFirehose.elapsedMs / 1000);
    const floorRate = (batches * BATCH_BYTES) / MB / (straight.elapsedMs / 1000);
    rows.push({ scenario, subject: 'firehose / s3 floor', metric: 'throughput ratio', value: round(firehoseRate / floorRate, 2), unit: '×' });
    return { rows, data: { batches, warmup, blockSize: BLOCK, recordsPerBatch: RECORDS, recordBytes: RECORD_BYTES, subjects, meanBlockRatio: round(mean(viaFirehose.blockRates) / mean(straight.blockRates), 4) } };
  } finally {
    firehose.destroy();
    s3.destroy();
    await cloud.close();
  }
}
