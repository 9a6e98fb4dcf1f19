// dynamodb-streams: what a stream costs PutItem, and how fast GetRecords reads a stream fed at about
// 1,000 writes a second.
//
// Nimbus (compiled, as `startCloud` embeds it) runs in this process; the client (SDK v3 DynamoDB and
// DynamoDB Streams clients, HTTP/1.1 keep-alive) runs in another process, so its cost is not counted.
// This process's CPU time (process.cpuUsage) over a block of calls, divided by the calls, is the
// server's cost per call.
//
// - PutItem, stream off vs on: the same 1 KiB items put to a table without a stream and to one with
//   a NEW_AND_OLD_IMAGES stream, in alternating blocks (ABBA) in the same run; the ratio is what the
//   stream adds.
// - GetRecords while fed: a writer puts ~1,000 items a second for a few seconds while a reader
//   follows the shard with GetRecords (Limit 1,000) from LATEST; reports the records read per
//   second, that every write was read, and the server CPU per record (writes and reads together).
// - GetRecords of a backlog: 10,000 records read from TRIM_HORIZON, 1,000 a call.
import { startClientProcess } from './client-process.js';
import { fileURLToPath } from 'node:url';
import { startCloud } from '../dist/index.js';
import { round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BACKLOG = 10_000;

const CLIENT = `
const http = require('http');
const { DynamoDBClient, CreateTableCommand, PutItemCommand, BatchWriteItemCommand, DescribeTableCommand } = require('@aws-sdk/client-dynamodb');
const { DynamoDBStreamsClient, DescribeStreamCommand, GetShardIteratorCommand, GetRecordsCommand } = require('@aws-sdk/client-dynamodb-streams');
const { NodeHttpHandler } = require('@smithy/node-http-handler');
let ddb, streams;
const options = (port) => ({ endpoint: 'http://127.0.0.1:' + port, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1,
  requestHandler: new NodeHttpHandler({ httpAgent: new http.Agent({ keepAlive: true, maxSockets: 8 }) }) });
const payload = 'x'.repeat(1000);
let key = 0;
const item = () => ({ pk: { S: 'item-' + (key++) }, payload: { S: payload }, n: { N: String(key) } });
async function streamArnOf(table) {
  return (await ddb.send(new DescribeTableCommand({ TableName: table }))).Table.LatestStreamArn;
}
async function shardOf(arn) {
  return (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription.Shards.at(-1).ShardId;
}
async function run(task) {
  switch (task.op) {
    case 'setup': {
      ddb = new DynamoDBClient(options(task.port));
      streams = new DynamoDBStreamsClient(options(task.port));
      const table = (name, stream) => ddb.send(new CreateTableCommand({ TableName: name, KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: stream ? { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } : undefined }));
      await table('plain', false);
      await table('streamed', true);
      await table('fed', true);
      await table('backlog', true);
      for (let i = 0; i < ${BACKLOG} / 25; i++) {
        await ddb.send(new BatchWriteItemCommand({ RequestItems: { backlog: Array.from({ length: 25 }, () => ({ PutRequest: { Item: item() } })) } }));
      }
      return 0;
    }
    case 'put':
      for (let i = 0; i < task.count; i++) await ddb.send(new PutItemCommand({ TableName: task.table, Item: item() }));
      return task.count;
    case 'fed': {
      // The writer: 10 puts every 10 ms (about 1,000 a second) for task.seconds; the reader follows from LATEST.
      const arn = await streamArnOf('fed');
      let iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: await shardOf(arn), ShardIteratorType: 'LATEST' }))).ShardIterator;
      let written = 0, read = 0, writing = true;
      const started = performance.now();
      const writer = (async () => {
        let tick = 0;
        while (performance.now() - started < task.seconds * 1000) {
          const due = started + tick * 10;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          await Promise.all(Array.from({ length: 10 }, () => ddb.send(new PutItemCommand({ TableName: 'fed', Item: item() }))));
          written += 10;
          tick++;
        }
        writing = false;
      })();
      while (writing || read < written) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        read += page.Records.length;
        iterator = page.NextShardIterator;
        if (!page.Records.length) await new Promise((r) => setTimeout(r, 5));
      }
      await writer;
      return { written, read, seconds: (performance.now() - started) / 1000 };
    }
    case 'backlog': {
      const arn = await streamArnOf('backlog');
      let iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: await shardOf(arn), ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
      let read = 0;
      while (read < ${BACKLOG}) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        if (!page.Records.length) throw new Error('the backlog ran dry at ' + read);
        read += page.Records.length;
        iterator = page.NextShardIterator;
      }
      return read;
    }
  }
}
`;

interface Tally {
  cpuUs: number;
  calls: number;
  wallMs: number;
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const cloud = await startCloud({ port: 0, logLevel: 'silent' });
  const client = startClientProcess('dynamodb-streams', CLIENT, ROOT);
  const task = async <T>(fields: Record<string, unknown>) => {
    const before = process.cpuUsage();
    const done = await client.send<T>(fields);
    const used = process.cpuUsage(before);
    return { result: done.result, ms: done.ms, cpuUs: used.user + used.system };
  };

  const puts = new Map<string, Tally>();
  const rounds = quick ? 4 : 16;
  const perBlock = quick ? 100 : 400;
  let fed: { written: number; read: number; seconds: number; cpuUs: number };
  let backlog: Tally;
  try {
    await task({ op: 'setup', port: cloud.port });
    for (const table of ['plain', 'streamed']) await task({ op: 'put', table, count: perBlock });
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? ['plain', 'streamed'] : ['streamed', 'plain'];
      for (const table of order) {
        const done = await task<number>({ op: 'put', table, count: perBlock });
        const tally = puts.get(table) ?? { cpuUs: 0, calls: 0, wallMs: 0 };
        tally.cpuUs += done.cpuUs;
        tally.calls += done.result;
        tally.wallMs += done.ms;
        puts.set(table, tally);
      }
    }
    log(`dynamodb-streams: PutItem measured (${rounds} rounds a side)`);
    const feeding = await task<{ written: number; read: number; seconds: number }>({ op: 'fed', seconds: quick ? 2 : 5 });
    fed = { ...feeding.result, cpuUs: feeding.cpuUs };
    log('dynamodb-streams: fed stream measured');
    backlog = { cpuUs: 0, calls: 0, wallMs: 0 };
    for (let r = 0; r < (quick ? 1 : 4); r++) {
      const done = await task<number>({ op: 'backlog' });
      backlog.cpuUs += done.cpuUs;
      backlog.calls += done.result;
      backlog.wallMs += done.ms;
    }
  } finally {
    client.close();
    await cloud.close();
  }

  const scenario = 'dynamodb-streams';
  const plain = puts.get('plain')!;
  const streamed = puts.get('streamed')!;
  const perCall = (t: Tally) => t.cpuUs / t.calls;
  const rows: Row[] = [
    { scenario, subject: 'PutItem (1 KiB), no stream', metric: 'server CPU per call', value: round(perCall(plain), 1), unit: 'µs' },
    { scenario, subject: 'PutItem (1 KiB), NEW_AND_OLD_IMAGES stream', metric: 'server CPU per call', value: round(perCall(streamed), 1), unit: 'µs' },
    { scenario, subject: 'PutItem: stream on / off', metric: 'server CPU ratio', value: round(perCall(streamed) / perCall(plain), 2), unit: '×', target: '< 1.5×', met: perCall(streamed) / perCall(plain) < 1.5 },
    { scenario, subject: 'PutItem (1 KiB), no stream', metric: 'calls/s (one at a time)', value: round((plain.calls / plain.wallMs) * 1000, 0), unit: '/s' },
    { scenario, subject: 'PutItem (1 KiB), NEW_AND_OLD_IMAGES stream', metric: 'calls/s (one at a time)', value: round((streamed.calls / streamed.wallMs) * 1000, 0), unit: '/s' },
    { scenario, subject: 'stream fed at ~1,000 writes/s', metric: 'writes/s achieved', value: round(fed.written / fed.seconds, 0), unit: '/s' },
    {
      scenario,
      subject: 'stream fed at ~1,000 writes/s',
      metric: 'records read by GetRecords /s',
      value: round(fed.read / fed.seconds, 0),
      unit: '/s',
      target: 'all writes read',
      met: fed.read === fed.written,
    },
    { scenario, subject: 'stream fed at ~1,000 writes/s', metric: 'server CPU per record (write + read)', value: round(fed.cpuUs / fed.written, 1), unit: 'µs' },
    { scenario, subject: `GetRecords of a ${BACKLOG.toLocaleString('en')}-record backlog (1,000 a call)`, metric: 'records/s', value: round((backlog.calls / backlog.wallMs) * 1000, 0), unit: '/s' },
    { scenario, subject: `GetRecords of a ${BACKLOG.toLocaleString('en')}-record backlog (1,000 a call)`, metric: 'server CPU per record', value: round(perCall(backlog), 1), unit: 'µs' },
  ];
  return { rows, data: { rounds, puts: Object.fromEntries(puts), fed, backlog } };
}
