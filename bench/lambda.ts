// lambda: cold start (CreateFunction + first Invoke) and warm Invoke latency and
// throughput for a trivial Node.js handler, with the real Lambda SDK client.
//
// The peer is a bare node:http server in this process that answers every Invoke
// at once with the handler's fixed result: what the SDK client, Node's HTTP stack
// and the loopback cost on their own. Nimbus − floor is what Nimbus adds: the
// gateway, the Runtime API round trip to the function's own process and back,
// and the handler itself. Both run in this process (as test suites embed Nimbus)
// and alternate in blocks (ABBA), as in sqs-round-trip.
import { inAlternatingBlocks } from './alternation.js';
import { createServer } from 'node:http';
import { listenForBench } from './floor-server.mjs';
import { CreateFunctionCommand, InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { zipSync } from 'fflate';
import { startCloud } from '../dist/index.js';
import { mean, median, quantile, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const COLD_TARGET_MS = 150;
const WARM_OVERHEAD_TARGET_MS = 2;
const BLOCK = 50;
const HANDLER = 'exports.handler = async (event) => ({ ok: true, n: event.n ?? 0 });';
const RESULT = '{"ok":true,"n":0}';

function client(endpoint: string): LambdaClient {
  return new LambdaClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
}

async function startFloor(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-amz-executed-version': '$LATEST', 'x-amzn-requestid': 'floor', 'content-length': RESULT.length });
      res.end(RESULT);
    });
  });
  server.keepAliveTimeout = 60_000;
  return listenForBench(server);
}

interface Side {
  key: 'nimbus' | 'floor';
  name: string;
  client: LambdaClient;
  latencies: number[];
  elapsedMs: number;
}

const payload = new TextEncoder().encode('{"n":0}');

async function invokeOnce(side: Side): Promise<void> {
  const out = await side.client.send(new InvokeCommand({ FunctionName: 'bench-warm', Payload: payload }));
  if (out.FunctionError || new TextDecoder().decode(out.Payload) !== RESULT) throw new Error(`${side.name}: unexpected answer ${new TextDecoder().decode(out.Payload)}`);
}

async function runBlock(side: Side, count: number, record: boolean): Promise<void> {
  const blockStart = performance.now();
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await invokeOnce(side);
    if (record) side.latencies.push(performance.now() - start);
  }
  if (record) side.elapsedMs += performance.now() - blockStart;
}

async function alternate(sides: [Side, Side], total: number, record: boolean): Promise<void> {
  await inAlternatingBlocks(sides, total, BLOCK, (side, count) => runBlock(side, count, record));
}

/** Concurrent invocations for a fixed wall time: several environments at once. */
async function throughput(side: Side, concurrency: number, count: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await invokeOnce(side);
    }),
  );
  return (count / (performance.now() - start)) * 1000;
}

const ms = (value: number): number => round(value, 3);

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const colds = quick ? 5 : 15;
  const iterations = quick ? 300 : 2000;
  const warmup = quick ? 50 : 200;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

  const cloud = await startCloud({ port: 0 });
  const floor = await startFloor();
  const nimbusClient = client(cloud.endpoint);
  const floorClient = client(floor.endpoint);
  const code = zipSync({ 'index.js': new TextEncoder().encode(HANDLER) });
  try {
    // Cold starts: a new function each time, created and invoked at once.
    const coldTotal: number[] = [];
    const coldInvoke: number[] = [];
    for (let i = -1; i < colds; i++) {
      const name = `bench-cold-${i + 1}`;
      const start = performance.now();
      await nimbusClient.send(new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs20.x', Handler: 'index.handler', Role: 'arn:aws:iam::000000000000:role/bench', Code: { ZipFile: code } }));
      const created = performance.now();
      const out = await nimbusClient.send(new InvokeCommand({ FunctionName: name, Payload: payload }));
      if (out.FunctionError) throw new Error(`cold invoke failed: ${new TextDecoder().decode(out.Payload)}`);
      // The first round warms Nimbus itself (module loading), not a function: left out.
      if (i >= 0) {
        coldTotal.push(performance.now() - start);
        coldInvoke.push(performance.now() - created);
      }
    }
    log(`lambda: ${colds} cold starts measured`);

    await nimbusClient.send(new CreateFunctionCommand({ FunctionName: 'bench-warm', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: 'arn:aws:iam::000000000000:role/bench', Code: { ZipFile: code } }));
    const nimbus: Side = { key: 'nimbus', name: 'nimbus', client: nimbusClient, latencies: [], elapsedMs: 0 };
    const bare: Side = { key: 'floor', name: 'node:http floor', client: floorClient, latencies: [], elapsedMs: 0 };
    await alternate([nimbus, bare], warmup, false);
    log(`lambda: warmed up, measuring ${iterations} warm invokes each`);
    await alternate([nimbus, bare], iterations, true);
    const concurrent = quick ? 200 : 1000;
    const nimbusThroughput = await throughput(nimbus, 4, concurrent);
    const floorThroughput = await throughput(bare, 4, concurrent);

    const scenario = 'lambda';
    const rows: Row[] = [];
    const coldMedian = median(coldTotal);
    rows.push(
      { scenario, subject: 'nimbus', metric: 'cold start (create + first invoke), median', value: ms(coldMedian), unit: 'ms', target: `< ${COLD_TARGET_MS} ms`, met: coldMedian < COLD_TARGET_MS },
      { scenario, subject: 'nimbus', metric: 'cold start (create + first invoke), p90', value: ms(quantile(coldTotal, 0.9)), unit: 'ms' },
      { scenario, subject: 'nimbus', metric: 'cold invoke alone, median', value: ms(median(coldInvoke)), unit: 'ms' },
    );
    for (const side of [nimbus, bare]) {
      rows.push(
        { scenario, subject: side.name, metric: 'warm invoke latency, median', value: ms(median(side.latencies)), unit: 'ms' },
        { scenario, subject: side.name, metric: 'warm invoke latency, p90', value: ms(quantile(side.latencies, 0.9)), unit: 'ms' },
        { scenario, subject: side.name, metric: 'warm invoke latency, p99', value: ms(quantile(side.latencies, 0.99)), unit: 'ms' },
        { scenario, subject: side.name, metric: 'sequential invokes/s', value: round((side.latencies.length / side.elapsedMs) * 1000, 0), unit: '/s' },
      );
    }
    rows.push(
      { scenario, subject: 'nimbus', metric: 'invokes/s, 4 in flight', value: round(nimbusThroughput, 0), unit: '/s' },
      { scenario, subject: 'node:http floor', metric: 'invokes/s, 4 in flight', value: round(floorThroughput, 0), unit: '/s' },
    );
    const overhead = median(nimbus.latencies) - median(bare.latencies);
    rows.push({ scenario, subject: 'nimbus − floor', metric: 'warm invoke overhead, median', value: ms(overhead), unit: 'ms', target: `< ${WARM_OVERHEAD_TARGET_MS} ms`, met: overhead < WARM_OVERHEAD_TARGET_MS });
    return {
      rows,
      data: {
        colds,
        iterations,
        warmup,
        coldTotalMs: coldTotal.map((v) => round(v, 3)),
        coldInvokeMs: coldInvoke.map((v) => round(v, 3)),
        warm: {
          nimbus: { medianMs: round(median(nimbus.latencies), 4), meanMs: round(mean(nimbus.latencies), 4), p99Ms: round(quantile(nimbus.latencies, 0.99), 4) },
          floor: { medianMs: round(median(bare.latencies), 4), meanMs: round(mean(bare.latencies), 4), p99Ms: round(quantile(bare.latencies, 0.99), 4) },
        },
        throughput: { nimbus: round(nimbusThroughput, 1), floor: round(floorThroughput, 1), concurrency: 4 },
        overheadMedianMs: round(overhead, 4),
      },
    };
  } finally {
    nimbusClient.destroy();
    floorClient.destroy();
    await floor.close();
    await cloud.close();
  }
}
