// request-log: what the request log costs the server, per request.
//
// One Nimbus runs in this process (compiled dist/, as `startCloud` embeds it); the client, the
// SDK v3 sending DynamoDB GetItem, runs in another process, so its cost is not counted. Between
// blocks of requests the server's request log is switched: off (what --log-level warn does),
// JSON lines (the default when stdout is not a terminal) and the terminal's lines, each written
// to /dev/null through the same batched output `nimbus start` uses. This process's own CPU time
// (process.cpuUsage) over each block, divided by its requests, is the cost per request; the
// blocks rotate so that drift lands on every mode alike. "off" is measured twice: the
// difference between the two is the noise of the run.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startCloud } from '../dist/index.js';
import { LogOutput } from '../dist/core/log-output.js';
import { outputRequestLog } from '../dist/core/request-log.js';
import { round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_US = 5;
const BLOCK = 400;

/** The client: creates the table and an item, then sends as many GetItem as it is told on stdin, answering "done". */
const CLIENT = `
const { DynamoDBClient, CreateTableCommand, PutItemCommand, GetItemCommand } = require('@aws-sdk/client-dynamodb');
const c = new DynamoDBClient({ endpoint: 'http://127.0.0.1:' + process.argv[1], region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
const ready = (async () => {
  await c.send(new CreateTableCommand({ TableName: 'bench', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }));
  await c.send(new PutItemCommand({ TableName: 'bench', Item: { pk: { S: 'k' }, payload: { S: 'x'.repeat(200) } } }));
})();
process.stdin.on('data', async (d) => {
  await ready;
  for (let i = 0, n = Number(String(d)); i < n; i++) await c.send(new GetItemCommand({ TableName: 'bench', Key: { pk: { S: 'k' } } }));
  process.stdout.write('done\\n');
});`;

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const cloud = await startCloud({ port: 0, logLevel: 'silent' });
  const devNull = openSync('/dev/null', 'w');
  const modes = {
    'off (--log-level warn)': cloud.runtime.requestLog,
    'off, measured again (noise)': cloud.runtime.requestLog,
    'JSON lines (default when piped)': outputRequestLog(new LogOutput('json', { fd: devNull }), 'info'),
    'terminal lines (--log-format pretty)': outputRequestLog(new LogOutput('pretty', { fd: devNull }), 'info'),
  };
  const names = Object.keys(modes) as Array<keyof typeof modes>;
  const client = spawn(process.execPath, ['-e', CLIENT, String(cloud.port)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'] });
  const block = (count: number) =>
    new Promise<void>((resolve) => {
      client.stdout!.once('data', () => resolve());
      client.stdin!.write(String(count));
    });
  const cpuUs: Record<string, number> = {};
  const rounds = quick ? 8 : 40;
  try {
    await block(3000); // warm-up
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < names.length; i++) {
        const mode = names[(i + r) % names.length]!;
        cloud.runtime.requestLog = modes[mode];
        const before = process.cpuUsage();
        await block(BLOCK);
        const used = process.cpuUsage(before);
        cpuUs[mode] = (cpuUs[mode] ?? 0) + used.user + used.system;
      }
    }
  } finally {
    client.kill();
    await cloud.close();
  }
  const per = (mode: string) => cpuUs[mode]! / (rounds * BLOCK);
  const off = (per(names[0]!) + per(names[1]!)) / 2;
  const rows: Row[] = names.map((mode) => ({ scenario: 'request-log', subject: mode, metric: 'server CPU per GetItem', value: round(per(mode), 1), unit: 'µs' }));
  rows.push({ scenario: 'request-log', subject: 'off vs off (the noise)', metric: 'difference', value: round(Math.abs(per(names[0]!) - per(names[1]!)), 1), unit: 'µs' });
  for (const mode of names.slice(2)) {
    const cost = per(mode) - off;
    rows.push({ scenario: 'request-log', subject: mode, metric: 'log cost per request', value: round(cost, 1), unit: 'µs', target: `≤ ${TARGET_US} µs`, met: cost <= TARGET_US });
  }
  log(`request-log: ${rounds} rounds of ${BLOCK} GetItem per mode`);
  return { rows, data: { rounds, block: BLOCK, cpuUs } };
}
