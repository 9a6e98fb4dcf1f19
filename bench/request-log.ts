// request-log: what the request log costs the server, per request.
//
// Three Nimbus server processes, each started by `node bin/nimbus.js start` exactly as a user
// starts it, with stdout a pipe this process drains (as a terminal or a CI log would):
//   - default settings (--log-level info; stdout is not a terminal, so JSON lines);
//   - --log-format pretty (the aligned lines a terminal gets);
//   - --log-level warn (no request lines): the peer, the cost of everything but the log;
//   - a second --log-level warn server: the difference between two identical servers is the noise.
// The client (the SDK v3, in this process) sends DynamoDB GetItem to each in turn, in
// alternating blocks; each server's own CPU time (utime + stime from /proc/<pid>/stat) over the
// requests it served, divided by their number, is its cost per request. The difference to the
// warn server is what the log costs; the target is at most 5 µs.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { round, sleep, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const NIMBUS = fileURLToPath(new URL('../bin/nimbus.js', import.meta.url));
const TARGET_US = 5;
const BLOCK = 500;
/** Clock ticks a second, for /proc/<pid>/stat (Linux's USER_HZ is 100 everywhere it runs). */
const TICKS_PER_SECOND = 100;

interface Side {
  name: string;
  args: string[];
  child?: ChildProcess;
  client?: DynamoDBClient;
  cpuTicks: number;
  requests: number;
  loggedBytes: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces: fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function start(side: Side): Promise<void> {
  const port = await freePort();
  const child = spawn(process.execPath, [NIMBUS, 'start', '--port', String(port), ...side.args], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout!.on('data', (chunk: Buffer) => {
    side.loggedBytes += chunk.length;
  });
  side.child = child;
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 500; i++) {
    try {
      if ((await fetch(`${endpoint}/_nimbus/health`)).ok) break;
    } catch {
      await sleep(20);
    }
  }
  side.client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  await side.client.send(new CreateTableCommand({
    TableName: 'bench',
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  }));
  await side.client.send(new PutItemCommand({ TableName: 'bench', Item: { pk: { S: 'k' }, payload: { S: 'x'.repeat(200) } } }));
}

async function block(side: Side, count: number, record: boolean): Promise<void> {
  const pid = side.child!.pid!;
  const before = cpuTicks(pid);
  for (let i = 0; i < count; i++) {
    const got = await side.client!.send(new GetItemCommand({ TableName: 'bench', Key: { pk: { S: 'k' } } }));
    if (!got.Item) throw new Error(`${side.name}: item missing`);
  }
  if (record) {
    side.cpuTicks += cpuTicks(pid) - before;
    side.requests += count;
  }
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const sides: Side[] = [
    { name: 'nimbus, default (info, JSON lines to a pipe)', args: [], cpuTicks: 0, requests: 0, loggedBytes: 0 },
    { name: 'nimbus, --log-format pretty', args: ['--log-format', 'pretty'], cpuTicks: 0, requests: 0, loggedBytes: 0 },
    { name: 'nimbus, --log-level warn (no request lines)', args: ['--log-level', 'warn'], cpuTicks: 0, requests: 0, loggedBytes: 0 },
    // The same settings again: how far two identical servers differ in the same run (the noise floor).
    { name: 'nimbus, --log-level warn, a second one', args: ['--log-level', 'warn'], cpuTicks: 0, requests: 0, loggedBytes: 0 },
  ];
  const total = quick ? 3_000 : 20_000;
  try {
    for (const side of sides) await start(side);
    // Warm-up: JIT and caches of every side, unrecorded.
    for (const side of sides) await block(side, 1_000, false);
    for (let b = 0; b * BLOCK < total; b++) {
      // Rotate who goes first, so machine noise lands on every side alike.
      const order = sides.map((_, i) => sides[(i + b) % sides.length]!);
      for (const side of order) await block(side, BLOCK, true);
    }
  } finally {
    for (const side of sides) {
      side.client?.destroy();
      side.child?.kill('SIGTERM');
    }
  }
  const perRequestUs = (side: Side) => (side.cpuTicks / TICKS_PER_SECOND / side.requests) * 1e6;
  const peer = perRequestUs(sides[2]!);
  const rows: Row[] = [];
  for (const side of sides) {
    const us = perRequestUs(side);
    log(`request-log: ${side.name}: ${round(us, 1)} µs of server CPU a GetItem over ${side.requests} requests (${side.loggedBytes} bytes logged)`);
    rows.push({ scenario: 'request-log', subject: side.name, metric: 'server CPU per GetItem', value: round(us, 1), unit: 'µs' });
  }
  const noise = Math.abs(perRequestUs(sides[3]!) - peer);
  rows.push({ scenario: 'request-log', subject: 'two identical warn servers', metric: 'difference (noise)', value: round(noise, 1), unit: 'µs' });
  for (const side of sides.slice(0, 2)) {
    const cost = perRequestUs(side) - peer;
    rows.push({ scenario: 'request-log', subject: side.name, metric: 'log cost per request (vs warn)', value: round(cost, 1), unit: 'µs', target: `≤ ${TARGET_US} µs`, met: cost <= TARGET_US });
  }
  return { rows, data: Object.fromEntries(sides.map((side) => [side.name, { cpuTicks: side.cpuTicks, requests: side.requests, loggedBytes: side.loggedBytes, usPerRequest: perRequestUs(side) }])) };
}
