// state-snapshot: seeding a test run from a saved state instead of writing the items again.
//
// One Nimbus (in this process, compiled dist/) is filled with N DynamoDB items through
// BatchWriteItem (25 a call, 8 calls in flight): the way a suite seeds itself today. Its state
// is saved to a file (`cloud.state.save`); then a second, empty Nimbus loads that file
// (`cloud.state.load`), and a third starts from it (`startCloud({ load })`). Every number is
// from the same run; the loaded copies are checked to hold all N items.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { startCloud, type Cloud } from '../dist/index.js';
import { round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

function client(cloud: Cloud): DynamoDBClient {
  return new DynamoDBClient({ endpoint: cloud.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
}

async function fill(dynamodb: DynamoDBClient, items: number): Promise<void> {
  await dynamodb.send(new CreateTableCommand({
    TableName: 'seed',
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  }));
  let next = 0;
  const worker = async () => {
    for (;;) {
      const start = next;
      if (start >= items) return;
      next = Math.min(items, start + 25);
      const requests = [];
      for (let i = start; i < next; i++) requests.push({ PutRequest: { Item: { pk: { S: `item-${i}` }, n: { N: String(i) }, payload: { S: 'x'.repeat(100) } } } });
      await dynamodb.send(new BatchWriteItemCommand({ RequestItems: { seed: requests } }));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function count(dynamodb: DynamoDBClient): Promise<number> {
  let total = 0;
  let start: Record<string, any> | undefined;
  do {
    const page = await dynamodb.send(new ScanCommand({ TableName: 'seed', Select: 'COUNT', ExclusiveStartKey: start }));
    total += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return total;
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const items = quick ? 20_000 : 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'nimbus-bench-state-'));
  const file = join(dir, 'seed.state');
  const clouds: Cloud[] = [];
  const clients: DynamoDBClient[] = [];
  try {
    const source = await startCloud({ port: 0 });
    clouds.push(source);
    const sourceClient = client(source);
    clients.push(sourceClient);
    let started = performance.now();
    await fill(sourceClient, items);
    const fillMs = performance.now() - started;
    log(`state-snapshot: ${items} items through BatchWriteItem in ${(fillMs / 1000).toFixed(1)} s`);

    started = performance.now();
    await source.state.save(file);
    const saveMs = performance.now() - started;
    const bytes = statSync(file).size;

    const empty = await startCloud({ port: 0 });
    clouds.push(empty);
    started = performance.now();
    await empty.state.load(file);
    const loadMs = performance.now() - started;
    const loadedClient = client(empty);
    clients.push(loadedClient);
    const loadedCount = await count(loadedClient);
    if (loadedCount !== items) throw new Error(`the loaded state holds ${loadedCount} items, not ${items}`);

    started = performance.now();
    const fromFile = await startCloud({ port: 0, load: file });
    const startMs = performance.now() - started;
    clouds.push(fromFile);

    const rows: Row[] = [
      { scenario: 'state-snapshot', subject: `${items} items through BatchWriteItem`, metric: 'time', value: round(fillMs / 1000, 2), unit: 's' },
      { scenario: 'state-snapshot', subject: 'state save', metric: 'time', value: round(saveMs / 1000, 2), unit: 's' },
      { scenario: 'state-snapshot', subject: 'state save', metric: 'file size', value: round(bytes / 1_048_576, 1), unit: 'MiB' },
      { scenario: 'state-snapshot', subject: 'state load (running server)', metric: 'time', value: round(loadMs / 1000, 2), unit: 's' },
      { scenario: 'state-snapshot', subject: 'start with --load', metric: 'time', value: round(startMs / 1000, 2), unit: 's' },
      { scenario: 'state-snapshot', subject: 'load vs BatchWriteItem', metric: 'speed-up', value: round(fillMs / loadMs, 1), unit: '×' },
    ];
    return { rows, data: { items, fillMs, saveMs, loadMs, startMs, bytes } };
  } finally {
    for (const c of clients) c.destroy();
    for (const cloud of clouds) await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
