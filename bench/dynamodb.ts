// dynamodb: PutItem, GetItem and a 10-item Query through the SDK v3 client,
// against Nimbus and against dynalite (the long-standing Node.js DynamoDB
// emulator, on LevelDB in memory), with the table at 10k and at 100k items.
//
// Both servers run in this process, as the sqs-round-trip floor does, so the
// client, the server and the event loop are shared alike and the only thing
// that differs is the server's handling. Runs alternate in blocks (ABBA) so
// machine noise lands on both. The table is loaded with BatchWriteItem, 25
// items a call, several calls in flight; it grows from 10k to 100k items
// between the two measurements, and the Query's cost should not grow with it.
import { inAlternatingBlocks } from './alternation.js';
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { startCloud } from '../dist/index.js';
import { median, quantile, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const BLOCK = 50;
const TABLE = 'bench';
/** Items per partition: a Query reads 10 of them. */
const PARTITION_SIZE = 50;
const LOAD_CONCURRENCY = 8;
const QUERY_FLAT_TARGET = 1.25;

interface Side {
  key: 'nimbus' | 'dynalite';
  name: string;
  client: DynamoDBClient;
  /** operation → latencies in ms, per table size */
  latencies: Map<string, number[]>;
  elapsed: Map<string, number>;
  loadMs: Map<number, number>;
  nextPut: number;
}

function client(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
}

function item(i: number) {
  return {
    pk: { S: `user-${Math.floor(i / PARTITION_SIZE)}` },
    sk: { N: String(i) },
    name: { S: `name of item ${i}` },
    score: { N: String((i * 7919) % 100000) },
    tags: { SS: ['a', 'b', `t${i % 13}`] },
    payload: { S: 'x'.repeat(120) },
  };
}

async function load(side: Side, from: number, to: number): Promise<void> {
  const started = performance.now();
  let next = from;
  async function worker() {
    for (;;) {
      const start = next;
      if (start >= to) return;
      next = Math.min(to, start + 25);
      const requests = [];
      for (let i = start; i < next; i++) requests.push({ PutRequest: { Item: item(i) } });
      const result = await side.client.send(new BatchWriteItemCommand({ RequestItems: { [TABLE]: requests } }));
      if (Object.keys(result.UnprocessedItems ?? {}).length) throw new Error(`${side.name}: unprocessed items during load`);
    }
  }
  await Promise.all(Array.from({ length: LOAD_CONCURRENCY }, worker));
  side.loadMs.set(to, (side.loadMs.get(to) ?? 0) + performance.now() - started);
}

type Operation = 'PutItem' | 'GetItem' | 'Query (10 items)';
const OPERATIONS: Operation[] = ['PutItem', 'GetItem', 'Query (10 items)'];

function randomInt(limit: number): number {
  return Math.floor(Math.random() * limit);
}

async function once(side: Side, operation: Operation, size: number): Promise<void> {
  switch (operation) {
    case 'PutItem':
      // New items beyond the loaded range, so the table keeps its size class.
      await side.client.send(new PutItemCommand({ TableName: TABLE, Item: item(10_000_000 + side.nextPut++) }));
      return;
    case 'GetItem': {
      const i = randomInt(size);
      const got = await side.client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: item(i).pk, sk: item(i).sk } }));
      if (!got.Item) throw new Error(`${side.name}: item ${i} missing`);
      return;
    }
    case 'Query (10 items)': {
      const partition = randomInt(size / PARTITION_SIZE);
      const result = await side.client.send(
        new QueryCommand({
          TableName: TABLE,
          KeyConditionExpression: 'pk = :pk AND sk >= :from',
          ExpressionAttributeValues: { ':pk': { S: `user-${partition}` }, ':from': { N: String(partition * PARTITION_SIZE + 20) } },
          Limit: 10,
        }),
      );
      if (result.Count !== 10) throw new Error(`${side.name}: query returned ${result.Count} items`);
    }
  }
}

async function block(side: Side, operation: Operation, size: number, count: number, record: boolean): Promise<void> {
  const label = `${operation}@${size}`;
  const started = performance.now();
  const latencies = side.latencies.get(label) ?? [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await once(side, operation, size);
    if (record) latencies.push(performance.now() - start);
  }
  if (record) {
    side.latencies.set(label, latencies);
    side.elapsed.set(label, (side.elapsed.get(label) ?? 0) + performance.now() - started);
  }
}

async function measure(sides: [Side, Side], size: number, iterations: number, warmup: number): Promise<void> {
  for (const operation of OPERATIONS) {
    for (const [total, record] of [[warmup, false], [iterations, true]] as const) {
      await inAlternatingBlocks(sides, total, BLOCK, (side, count) => block(side, operation, size, count, record));
    }
  }
}

async function createTable(side: Side): Promise<void> {
  await side.client.send(
    new CreateTableCommand({
      TableName: TABLE,
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  // dynalite answers CREATING until its (zero) creation delay has passed on its own timer.
  await new Promise((r) => setTimeout(r, 50));
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const iterations = quick ? 100 : 3000;
  const warmup = quick ? 50 : 500;
  const sizes = quick ? [10_000, 30_000] : [10_000, 100_000];
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

  const cloud = await startCloud({ port: 0 });
  const require = createRequire(import.meta.url);
  const dynalite = (require('dynalite') as (options: object) => Server)({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => dynalite.listen(0, '127.0.0.1', resolve));
  const dynaliteEndpoint = `http://127.0.0.1:${(dynalite.address() as AddressInfo).port}`;
  const fresh = (key: Side['key'], name: string, endpoint: string): Side => ({
    key, name, client: client(endpoint), latencies: new Map(), elapsed: new Map(), loadMs: new Map(), nextPut: 0,
  });
  const nimbus = fresh('nimbus', 'nimbus', cloud.endpoint);
  const peer = fresh('dynalite', 'dynalite 4.0.0', dynaliteEndpoint);
  const sides: [Side, Side] = [nimbus, peer];
  try {
    for (const side of sides) await createTable(side);
    let loaded = 0;
    for (const size of sizes) {
      for (const side of sides) {
        await load(side, loaded, size);
        log(`dynamodb: ${side.name} loaded ${size} items (${(side.loadMs.get(size)! / 1000).toFixed(1)} s for ${size - loaded})`);
      }
      loaded = size;
      await measure(sides, size, iterations, warmup);
      log(`dynamodb: measured at ${size} items`);
    }

    const scenario = 'dynamodb';
    const rows: Row[] = [];
    const data: Record<string, unknown> = { iterations, warmup, sizes, partitionSize: PARTITION_SIZE, subjects: {} };
    const stat = (side: Side, label: string) => {
      const values = side.latencies.get(label)!;
      return { opsPerSecond: (values.length / side.elapsed.get(label)!) * 1000, medianMs: median(values), p99Ms: quantile(values, 0.99), meanMs: side.elapsed.get(label)! / values.length };
    };
    for (const size of sizes) {
      for (const operation of OPERATIONS) {
        const label = `${operation}@${size}`;
        const n = stat(nimbus, label);
        const d = stat(peer, label);
        const subject = `${operation}, ${size / 1000}k items`;
        rows.push(
          { scenario, subject: `nimbus: ${subject}`, metric: 'ops/s', value: round(n.opsPerSecond, 0), unit: '/s' },
          { scenario, subject: `nimbus: ${subject}`, metric: 'latency, median', value: round(n.medianMs, 3), unit: 'ms' },
          { scenario, subject: `dynalite: ${subject}`, metric: 'ops/s', value: round(d.opsPerSecond, 0), unit: '/s' },
          { scenario, subject: `dynalite: ${subject}`, metric: 'latency, median', value: round(d.medianMs, 3), unit: 'ms' },
          {
            scenario,
            subject: `nimbus / dynalite: ${subject}`,
            metric: 'throughput ratio',
            value: round(n.opsPerSecond / d.opsPerSecond, 2),
            unit: '×',
            target: '> 1×',
            met: n.opsPerSecond > d.opsPerSecond,
          },
          // Medians shrug off the pauses other processes on a shared machine cause; reported beside the mean-based ratio.
          { scenario, subject: `dynalite / nimbus: ${subject}`, metric: 'median latency ratio', value: round(d.medianMs / n.medianMs, 2), unit: '×' },
        );
        (data.subjects as Record<string, unknown>)[label] = { nimbus: n, dynalite: d };
      }
    }
    const [small, large] = sizes;
    const queryLabel = (size: number) => `Query (10 items)@${size}`;
    const flat = median(nimbus.latencies.get(queryLabel(large))!) / median(nimbus.latencies.get(queryLabel(small))!);
    rows.push({
      scenario,
      subject: 'nimbus Query',
      metric: `median latency ${large / 1000}k / ${small / 1000}k`,
      value: round(flat, 2),
      unit: '×',
      target: `≤ ${QUERY_FLAT_TARGET}×`,
      met: flat <= QUERY_FLAT_TARGET,
    });
    for (const side of sides) {
      let previous = 0;
      for (const size of sizes) {
        const ms = side.loadMs.get(size)!;
        rows.push({ scenario, subject: `${side.name}: load ${(size - previous) / 1000}k items`, metric: 'items/s (BatchWriteItem ×8)', value: round(((size - previous) / ms) * 1000, 0), unit: '/s' });
        previous = size;
      }
    }
    data.loadMs = { nimbus: Object.fromEntries(nimbus.loadMs), dynalite: Object.fromEntries(peer.loadMs) };
    data.queryFlatRatio = flat;
    return { rows, data };
  } finally {
    for (const side of sides) side.client.destroy();
    await new Promise<void>((resolve) => dynalite.close(() => resolve()));
    await cloud.close();
  }
}
