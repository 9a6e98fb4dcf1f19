// kinesis: what a record costs the server, Nimbus against kinesalite (the long-standing Node.js
// Kinesis emulator, on LevelDB in memory), in the same run.
//
// Both servers run in this process (Nimbus compiled, as `startCloud` embeds it); the client, the
// SDK v3 Kinesis client, runs in another process, so its cost is not counted. This process's CPU
// time (process.cpuUsage) over a block of calls to one server, divided by the records the block
// moved, is that server's cost per record; the other server is idle meanwhile. Blocks alternate
// between the two (ABBA) so that drift lands on both alike. kinesalite speaks HTTP/1.1 only, so the
// client speaks HTTP/1.1 (keep-alive) to both: the SDK's default, HTTP/2, would favour neither fairly.
//
// Scenarios: PutRecord of 1 KiB; PutRecords of 100 × 1 KiB; GetRecords of 1,000 records a call
// from a shard holding 10,000 (a read block starts again at TRIM_HORIZON).
import { startClientProcess } from './client-process.js';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startCloud } from '../dist/index.js';
import { round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READ_RECORDS = 10_000;

/** The client: sets a server up, then runs what it is told on stdin (one JSON line), answering "done <records> <ms>". */
const CLIENT = `
const http = require('http');
const { KinesisClient, CreateStreamCommand, DescribeStreamSummaryCommand, PutRecordCommand, PutRecordsCommand, GetShardIteratorCommand, GetRecordsCommand } = require('@aws-sdk/client-kinesis');
const { NodeHttpHandler } = require('@smithy/node-http-handler');
const clients = new Map();
const client = (port) => {
  if (!clients.has(port)) clients.set(port, new KinesisClient({ endpoint: 'http://127.0.0.1:' + port, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ httpAgent: new http.Agent({ keepAlive: true, maxSockets: 1 }) }) }));
  return clients.get(port);
};
const data = Buffer.alloc(1024, 120);
let key = 0;
async function active(c, name) {
  for (;;) {
    const s = await c.send(new DescribeStreamSummaryCommand({ StreamName: name }));
    if (s.StreamDescriptionSummary.StreamStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 20));
  }
}
async function run(task) {
  const c = client(task.port);
  let records = 0;
  switch (task.op) {
    case 'setup': {
      for (const name of ['writes', 'reads']) {
        await c.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
        await active(c, name);
      }
      for (let i = 0; i < ${READ_RECORDS} / 500; i++) {
        const r = await c.send(new PutRecordsCommand({ StreamName: 'reads', Records: Array.from({ length: 500 }, () => ({ PartitionKey: 'k' + (key++ % 100), Data: data })) }));
        if (r.FailedRecordCount) throw new Error('setup: records failed');
      }
      return 0;
    }
    case 'PutRecord':
      for (let i = 0; i < task.count; i++) await c.send(new PutRecordCommand({ StreamName: 'writes', PartitionKey: 'k' + (key++ % 100), Data: data }));
      return task.count;
    case 'PutRecords':
      for (let i = 0; i < task.count; i++) {
        const r = await c.send(new PutRecordsCommand({ StreamName: 'writes', Records: Array.from({ length: 100 }, () => ({ PartitionKey: 'k' + (key++ % 100), Data: data })) }));
        if (r.FailedRecordCount) throw new Error('PutRecords: records failed');
      }
      return task.count * 100;
    case 'GetRecords':
      for (let i = 0; i < task.count; i++) {
        let it = (await c.send(new GetShardIteratorCommand({ StreamName: 'reads', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
        let read = 0;
        while (read < ${READ_RECORDS}) {
          const page = await c.send(new GetRecordsCommand({ ShardIterator: it, Limit: 1000 }));
          if (!page.Records.length) throw new Error('GetRecords: the shard ran dry at ' + read);
          read += page.Records.length;
          it = page.NextShardIterator;
        }
        records += read;
      }
      return records;
  }
}
`;

type Operation = 'PutRecord' | 'PutRecords' | 'GetRecords';
const OPERATIONS: Array<{ op: Operation; perBlock: (quick: boolean) => number; label: string }> = [
  { op: 'PutRecord', perBlock: (quick) => (quick ? 100 : 400), label: 'PutRecord (1 KiB)' },
  { op: 'PutRecords', perBlock: (quick) => (quick ? 4 : 20), label: 'PutRecords (100 × 1 KiB)' },
  { op: 'GetRecords', perBlock: () => 1, label: 'GetRecords (1,000 a call, 1 KiB each)' },
];

interface Tally {
  cpuUs: number;
  records: number;
  wallMs: number;
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const cloud = await startCloud({ port: 0, logLevel: 'silent' });
  const require = createRequire(import.meta.url);
  const kinesalite = (require('kinesalite') as (options: object) => Server)({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0, shardLimit: 100 });
  await new Promise<void>((resolve) => kinesalite.listen(0, '127.0.0.1', resolve));
  const ports = { nimbus: cloud.port, kinesalite: (kinesalite.address() as AddressInfo).port };
  const client = startClientProcess('kinesis', CLIENT, ROOT);
  const task = async (side: keyof typeof ports, op: string, count = 0) => {
    const done = await client.send<number>({ port: ports[side], op, count });
    return { records: done.result, ms: done.ms };
  };

  const tallies = new Map<string, Tally>();
  const rounds = quick ? 4 : 16;
  try {
    for (const side of ['nimbus', 'kinesalite'] as const) await task(side, 'setup');
    for (const { op, perBlock } of OPERATIONS) {
      // Warm-up, unmeasured.
      for (const side of ['nimbus', 'kinesalite'] as const) await task(side, op, perBlock(quick));
      for (let r = 0; r < rounds; r++) {
        const order = r % 2 === 0 ? (['nimbus', 'kinesalite'] as const) : (['kinesalite', 'nimbus'] as const);
        for (const side of order) {
          const before = process.cpuUsage();
          const done = await task(side, op, perBlock(quick));
          const used = process.cpuUsage(before);
          const key = `${side}/${op}`;
          const tally = tallies.get(key) ?? { cpuUs: 0, records: 0, wallMs: 0 };
          tally.cpuUs += used.user + used.system;
          tally.records += done.records;
          tally.wallMs += done.ms;
          tallies.set(key, tally);
        }
      }
      log(`kinesis: ${op} measured (${rounds} rounds a side)`);
    }
  } finally {
    client.close();
    await new Promise<void>((resolve) => kinesalite.close(() => resolve()));
    await cloud.close();
  }

  const scenario = 'kinesis';
  const rows: Row[] = [];
  for (const { op, label } of OPERATIONS) {
    const n = tallies.get(`nimbus/${op}`)!;
    const k = tallies.get(`kinesalite/${op}`)!;
    const perRecord = (t: Tally) => t.cpuUs / t.records;
    const perSecond = (t: Tally) => (t.records / t.wallMs) * 1000;
    rows.push(
      { scenario, subject: `nimbus: ${label}`, metric: 'server CPU per record', value: round(perRecord(n), 1), unit: 'µs' },
      { scenario, subject: `kinesalite: ${label}`, metric: 'server CPU per record', value: round(perRecord(k), 1), unit: 'µs' },
      { scenario, subject: `nimbus: ${label}`, metric: 'records/s', value: round(perSecond(n), 0), unit: '/s' },
      { scenario, subject: `kinesalite: ${label}`, metric: 'records/s', value: round(perSecond(k), 0), unit: '/s' },
      {
        scenario,
        subject: `kinesalite / nimbus: ${label}`,
        metric: 'server CPU ratio',
        value: round(perRecord(k) / perRecord(n), 2),
        unit: '×',
        target: '> 1×',
        met: perRecord(k) > perRecord(n),
      },
    );
  }
  return { rows, data: { rounds, tallies: Object.fromEntries(tallies) } };
}
