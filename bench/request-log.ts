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
//
// On a machine other work shares, a burst of that work inflates whichever blocks it lands on by
// more than the log costs. So blocks are short, and the log's cost is read per round (a mode's
// block against the two "off" blocks of the same round, seconds apart), then the median of the
// rounds is taken: a burst moves a few rounds, not the median. The difference of the modes'
// means is printed beside it.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startCloud } from '../dist/index.js';
import { LogOutput } from '../dist/core/log-output.js';
import { outputRequestLog, type RequestEntry } from '../dist/core/request-log.js';
import { resourceOf } from '../dist/gateway/request-log.js';
import { mean, median, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_US = 5;
const BLOCK = 100;

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
  const jsonOutput = new LogOutput('json', { fd: devNull });
  const prettyOutput = new LogOutput('pretty', { fd: devNull });
  const modes = {
    'off (--log-level warn)': cloud.runtime.requestLog,
    'off, measured again (noise)': cloud.runtime.requestLog,
    'JSON lines (default when piped)': outputRequestLog(jsonOutput, 'info'),
    'terminal lines (--log-format pretty)': outputRequestLog(prettyOutput, 'info'),
  };
  // A block's lines are written within the block, so their cost is not counted in the next mode's.
  const outputs = [jsonOutput, prettyOutput];
  const names = Object.keys(modes) as Array<keyof typeof modes>;
  const client = spawn(process.execPath, ['-e', CLIENT, String(cloud.port)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'] });
  const block = (count: number) =>
    new Promise<void>((resolve) => {
      client.stdout!.once('data', () => resolve());
      client.stdin!.write(String(count));
    });
  /** Server CPU µs per request, per mode, one value a round. */
  const perRound: Record<string, number[]> = Object.fromEntries(names.map((mode) => [mode, []]));
  const rounds = quick ? 30 : 150;
  try {
    await block(3000); // warm-up
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < names.length; i++) {
        const mode = names[(i + r) % names.length]!;
        cloud.runtime.requestLog = modes[mode];
        const before = process.cpuUsage();
        await block(BLOCK);
        for (const output of outputs) output.writePending();
        await new Promise((resolve) => setImmediate(resolve));
        const used = process.cpuUsage(before);
        perRound[mode]!.push((used.user + used.system) / BLOCK);
      }
    }
  } finally {
    client.kill();
    await cloud.close();
    for (const output of outputs) output.close();
  }
  const [off, offAgain] = [perRound[names[0]!]!, perRound[names[1]!]!];
  const offOfRound = off.map((value, r) => (value + offAgain[r]!) / 2);
  const rows: Row[] = names.map((mode) => ({ scenario: 'request-log', subject: mode, metric: 'server CPU per GetItem (mean)', value: round(mean(perRound[mode]!), 1), unit: 'µs' }));
  rows.push({ scenario: 'request-log', subject: 'off vs off (the noise)', metric: 'median of rounds', value: round(median(off.map((value, r) => value - offAgain[r]!)), 1), unit: 'µs' });
  rows.push({ scenario: 'request-log', subject: 'off vs off (the noise)', metric: 'difference of means', value: round(mean(off) - mean(offAgain), 1), unit: 'µs' });
  for (const mode of names.slice(2)) {
    const cost = median(perRound[mode]!.map((value, r) => value - offOfRound[r]!));
    rows.push({ scenario: 'request-log', subject: mode, metric: 'log cost per request (median of rounds)', value: round(cost, 1), unit: 'µs', target: `≤ ${TARGET_US} µs`, met: cost <= TARGET_US });
    rows.push({ scenario: 'request-log', subject: mode, metric: 'log cost per request (difference of means)', value: round(mean(perRound[mode]!) - mean(offOfRound), 1), unit: 'µs' });
  }
  // The log's own work, measured alone: what the gateway does for a line (the resource named from
  // the input, the duration, the entry handed over) and the output's formatting and writing, with
  // no request around it. The end-to-end rows above cannot resolve a few µs: their noise row shows why.
  const alone: Record<string, number[]> = {};
  for (const [mode, format] of [['JSON lines (default when piped)', 'json'], ['terminal lines (--log-format pretty)', 'pretty']] as const) {
    const output = new LogOutput(format, { fd: devNull });
    const requestLog = outputRequestLog(output, 'info');
    alone[mode] = [];
    for (let repeat = 0; repeat < (quick ? 3 : 7); repeat++) alone[mode]!.push(await logPathAlone(requestLog, output, quick ? 20_000 : 100_000));
    output.close();
    const cost = median(alone[mode]!);
    rows.push({ scenario: 'request-log', subject: mode, metric: 'log cost per request, measured alone (median of runs)', value: round(cost, 2), unit: 'µs', target: `≤ ${TARGET_US} µs`, met: cost <= TARGET_US });
  }
  log(`request-log: ${rounds} rounds of ${BLOCK} GetItem per mode`);
  return { rows, data: { rounds, block: BLOCK, perRound, alone } };
}

/** Server CPU µs per line of the request log's whole path, for `count` GetItem-like requests. */
async function logPathAlone(requestLog: ReturnType<typeof outputRequestLog>, output: LogOutput, count: number): Promise<number> {
  const input = { TableName: 'bench', Key: { pk: { S: 'k' } } };
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const entry: RequestEntry = { id: `req-${i}`, method: 'POST', path: '/', service: 'dynamodb', op: 'GetItem', status: 200, ms: 0, resource: undefined, code: undefined, message: undefined };
    entry.resource = resourceOf(input);
    entry.ms = Math.round((performance.now() - started) * 10) / 10;
    requestLog.record(entry);
  }
  output.writePending();
  // The last batch's write runs on libuv's threads: let it finish inside the measurement.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}
