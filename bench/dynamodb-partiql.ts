// dynamodb-partiql: what a PartiQL SELECT by primary key costs the server against the GetItem it
// stands for, on the same Nimbus, in the same run.
//
// Nimbus (compiled, as `startCloud` embeds it) runs in this process; the client, the SDK v3
// DynamoDB client, runs in another process, so its cost is not counted. This process's CPU time
// (process.cpuUsage) over a block of calls, divided by the calls, is the server's cost per
// operation. Blocks alternate between the two operations (ABBA) so drift lands on both alike.
// The table holds 10,000 items of ~200 bytes; each call reads one at random.
import { startClientProcess } from './client-process.js';
import { fileURLToPath } from 'node:url';
import { startCloud } from '../dist/index.js';
import { round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ITEMS = 10_000;

/** The client: loads the table, then runs what it is told on stdin (one JSON line), answering "done <calls> <ms>". */
const CLIENT = `
const http = require('http');
const { DynamoDBClient, CreateTableCommand, BatchWriteItemCommand, GetItemCommand, ExecuteStatementCommand } = require('@aws-sdk/client-dynamodb');
const { NodeHttpHandler } = require('@smithy/node-http-handler');
let client;
const item = (i) => ({ pk: { S: 'user-' + i }, sk: { N: String(i % 7) }, name: { S: 'name of item ' + i }, score: { N: String((i * 7919) % 100000) }, payload: { S: 'x'.repeat(120) } });
const pick = () => Math.floor(Math.random() * ${ITEMS});
async function run(task) {
  client ??= new DynamoDBClient({ endpoint: 'http://127.0.0.1:' + task.port, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ httpAgent: new http.Agent({ keepAlive: true, maxSockets: 1 }) }) });
  switch (task.op) {
    case 'setup': {
      await client.send(new CreateTableCommand({ TableName: 'bench', BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }] }));
      for (let from = 0; from < ${ITEMS}; from += 25) {
        const requests = [];
        for (let i = from; i < from + 25; i++) requests.push({ PutRequest: { Item: item(i) } });
        await client.send(new BatchWriteItemCommand({ RequestItems: { bench: requests } }));
      }
      return 0;
    }
    case 'GetItem':
      for (let n = 0; n < task.count; n++) {
        const i = pick();
        const got = await client.send(new GetItemCommand({ TableName: 'bench', Key: { pk: { S: 'user-' + i }, sk: { N: String(i % 7) } } }));
        if (!got.Item) throw new Error('GetItem: item ' + i + ' missing');
      }
      return task.count;
    case 'SELECT':
      for (let n = 0; n < task.count; n++) {
        const i = pick();
        const got = await client.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM "bench" WHERE pk = ? AND sk = ?', Parameters: [{ S: 'user-' + i }, { N: String(i % 7) }] }));
        if (got.Items.length !== 1) throw new Error('SELECT: item ' + i + ' missing');
      }
      return task.count;
  }
}
`;

type Operation = 'GetItem' | 'SELECT';
const LABELS: Record<Operation, string> = { GetItem: 'GetItem by key', SELECT: 'PartiQL SELECT by key (ExecuteStatement)' };

interface Tally {
  cpuUs: number;
  calls: number;
  wallMs: number;
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const cloud = await startCloud({ port: 0, logLevel: 'silent' });
  const client = startClientProcess('dynamodb-partiql', CLIENT, ROOT);
  const task = async (op: string, count = 0) => {
    const done = await client.send<number>({ port: cloud.port, op, count });
    return { calls: done.result, ms: done.ms };
  };

  const tallies = new Map<Operation, Tally>();
  const rounds = quick ? 4 : 16;
  const perBlock = quick ? 200 : 500;
  try {
    await task('setup');
    log(`dynamodb-partiql: ${ITEMS} items loaded`);
    for (const op of ['GetItem', 'SELECT'] as const) await task(op, perBlock); // warm-up, unmeasured
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? (['GetItem', 'SELECT'] as const) : (['SELECT', 'GetItem'] as const);
      for (const op of order) {
        const before = process.cpuUsage();
        const done = await task(op, perBlock);
        const used = process.cpuUsage(before);
        const tally = tallies.get(op) ?? { cpuUs: 0, calls: 0, wallMs: 0 };
        tally.cpuUs += used.user + used.system;
        tally.calls += done.calls;
        tally.wallMs += done.ms;
        tallies.set(op, tally);
      }
    }
    log(`dynamodb-partiql: measured (${rounds} rounds of ${perBlock} calls each)`);
  } finally {
    client.close();
    await cloud.close();
  }

  const scenario = 'dynamodb-partiql';
  const rows: Row[] = [];
  const perCall = (t: Tally) => t.cpuUs / t.calls;
  for (const op of ['GetItem', 'SELECT'] as const) {
    const t = tallies.get(op)!;
    rows.push(
      { scenario, subject: `nimbus: ${LABELS[op]}`, metric: 'server CPU per op', value: round(perCall(t), 1), unit: 'µs' },
      { scenario, subject: `nimbus: ${LABELS[op]}`, metric: 'ops/s', value: round((t.calls / t.wallMs) * 1000, 0), unit: '/s' },
    );
  }
  const get = tallies.get('GetItem')!;
  const select = tallies.get('SELECT')!;
  rows.push({ scenario, subject: 'nimbus: SELECT / GetItem', metric: 'server CPU ratio', value: round(perCall(select) / perCall(get), 2), unit: '×' });
  return { rows, data: { items: ITEMS, rounds, perBlock, tallies: Object.fromEntries(tallies) } };
}
