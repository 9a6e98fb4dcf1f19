// sqs-round-trip: sequential SendMessage → ReceiveMessage → DeleteMessage with
// the real SQS SDK client, against Nimbus and against the floor.
//
// The floor (bench/floor-server.mjs) answers every request at once with a fixed
// valid body, so its numbers are what the SDK client, Node's HTTP stack and the
// loopback cost on their own; Nimbus / floor is then what Nimbus adds.
//
// Why the floor runs in this process rather than as a child: Nimbus is embedded
// here with startCloud() (as test suites use it), so the client and the server
// share one event loop and one core. The floor must have the same topology to
// be a fair floor: as a child process it would get its own core (there are two)
// and skip the in-process interleaving, and the difference would no longer be
// only the server-side work. With both in-process, the only thing that differs
// between the two runs is the request handler.
//
// The runs alternate in blocks (ABBA order) so that machine noise — other
// processes, CPU frequency, GC pressure building up — lands on both alike.
import { inAlternatingBlocks } from './alternation.js';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { createHash } from 'node:crypto';
import { startCloud } from '../dist/index.js';
import { FLOOR_MESSAGE_BODY, FLOOR_MESSAGE_BODY_MD5, startFloorServer } from './floor-server.mjs';
import { mean, median, quantile, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const TARGET_RATIO = 2;
const BLOCK = 50;

interface Side {
  key: string;
  name: string;
  client: SQSClient;
  queueUrl: string;
  latencies: number[];
  /** Wall time spent in measured blocks. */
  elapsedMs: number;
}

function client(endpoint: string): SQSClient {
  return new SQSClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    // A failure must show, not hide inside a retry that inflates the latency.
    maxAttempts: 1,
  });
}

async function roundTrip(side: Side): Promise<void> {
  const { client, queueUrl } = side;
  await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: FLOOR_MESSAGE_BODY }));
  const received = await client.send(
    new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 1, WaitTimeSeconds: 0 }),
  );
  const message = received.Messages?.[0];
  if (!message?.ReceiptHandle) throw new Error(`${side.name}: ReceiveMessage returned no message right after SendMessage`);
  if (message.Body !== FLOOR_MESSAGE_BODY) throw new Error(`${side.name}: received a different body`);
  await client.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
}

async function runBlock(side: Side, count: number, record: boolean): Promise<void> {
  const blockStart = performance.now();
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await roundTrip(side);
    if (record) side.latencies.push(performance.now() - start);
  }
  if (record) side.elapsedMs += performance.now() - blockStart;
}

async function alternate(sides: [Side, Side], total: number, record: boolean): Promise<void> {
  await inAlternatingBlocks(sides, total, BLOCK, (side, count) => runBlock(side, count, record));
}

const ms = (value: number): number => round(value, 3);

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const iterations = quick ? 200 : 2000;
  const warmup = quick ? 50 : 200;

  const md5 = createHash('md5').update(FLOOR_MESSAGE_BODY).digest('hex');
  if (md5 !== FLOOR_MESSAGE_BODY_MD5) throw new Error(`floor-server.mjs: FLOOR_MESSAGE_BODY_MD5 should be ${md5}`);

  // The SDK warns once that its 2027 releases will need Node 22; noise in a benchmark's output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const cloud = await startCloud({ port: 0 });
  const floor = await startFloorServer(0);
  const nimbusClient = client(cloud.endpoint);
  const floorClient = client(floor.endpoint);
  try {
    const nimbus: Side = {
      key: 'nimbus',
      name: 'nimbus',
      client: nimbusClient,
      queueUrl: (await nimbusClient.send(new CreateQueueCommand({ QueueName: 'bench' }))).QueueUrl!,
      latencies: [],
      elapsedMs: 0,
    };
    const bare: Side = {
      key: 'floor',
      name: 'node:http floor',
      client: floorClient,
      queueUrl: (await floorClient.send(new CreateQueueCommand({ QueueName: 'bench' }))).QueueUrl!,
      latencies: [],
      elapsedMs: 0,
    };

    await alternate([nimbus, bare], warmup, false);
    log(`sqs-round-trip: warmed up (${warmup} round trips each), measuring ${iterations} each`);
    await alternate([nimbus, bare], iterations, true);

    const scenario = 'sqs-round-trip';
    const rows: Row[] = [];
    const data: Record<string, unknown> = { iterations, warmup, blockSize: BLOCK, requestsPerRoundTrip: 3, subjects: {} };
    const summary = (side: Side) => ({
      roundTripsPerSecond: (side.latencies.length / side.elapsedMs) * 1000,
      meanMs: side.elapsedMs / side.latencies.length,
      medianMs: median(side.latencies),
      p90Ms: quantile(side.latencies, 0.9),
      p99Ms: quantile(side.latencies, 0.99),
    });
    const results = { nimbus: summary(nimbus), floor: summary(bare) };
    for (const side of [nimbus, bare]) {
      const s = results[side.key as 'nimbus' | 'floor'];
      rows.push(
        { scenario, subject: side.name, metric: 'round trips/s', value: round(s.roundTripsPerSecond, 0), unit: '/s' },
        { scenario, subject: side.name, metric: 'round-trip latency, median', value: ms(s.medianMs), unit: 'ms' },
        { scenario, subject: side.name, metric: 'round-trip latency, p90', value: ms(s.p90Ms), unit: 'ms' },
        { scenario, subject: side.name, metric: 'round-trip latency, p99', value: ms(s.p99Ms), unit: 'ms' },
      );
      (data.subjects as Record<string, unknown>)[side.key] = {
        name: side.name,
        roundTripsPerSecond: round(s.roundTripsPerSecond, 1),
        meanMs: round(s.meanMs, 4),
        medianMs: round(s.medianMs, 4),
        p90Ms: round(s.p90Ms, 4),
        p99Ms: round(s.p99Ms, 4),
        minMs: round(Math.min(...side.latencies), 4),
        maxMs: round(Math.max(...side.latencies), 4),
        elapsedMs: round(side.elapsedMs, 1),
        latenciesMs: side.latencies.map((v) => round(v, 4)),
      };
    }
    // Per-request cost = wall time / requests, i.e. the mean; the ratio is the same per round trip.
    const costRatio = results.nimbus.meanMs / results.floor.meanMs;
    const medianRatio = results.nimbus.medianMs / results.floor.medianMs;
    const addedPerRequestUs = ((results.nimbus.meanMs - results.floor.meanMs) / 3) * 1000;
    rows.push(
      {
        scenario,
        subject: 'nimbus / floor',
        metric: 'per-request cost ratio (mean)',
        value: round(costRatio, 2),
        unit: '×',
        target: `≤ ${TARGET_RATIO}×`,
        met: costRatio <= TARGET_RATIO,
      },
      { scenario, subject: 'nimbus / floor', metric: 'median latency ratio', value: round(medianRatio, 2), unit: '×' },
      { scenario, subject: 'nimbus − floor', metric: 'added cost per request (mean)', value: round(addedPerRequestUs, 0), unit: 'µs' },
    );
    data.ratio = {
      perRequestCostMean: round(costRatio, 4),
      medianLatency: round(medianRatio, 4),
      addedCostPerRequestUs: round(addedPerRequestUs, 1),
      target: TARGET_RATIO,
    };
    return { rows, data };
  } finally {
    nimbusClient.destroy();
    floorClient.destroy();
    await floor.close();
    await cloud.close();
  }
}
