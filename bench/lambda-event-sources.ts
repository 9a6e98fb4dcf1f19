// lambda-event-sources: event source mappings end to end, against a floor of the same function
// invoked directly.
//
// - SQS → Lambda: messages/s a mapping with batch size 10 moves from a queue holding them all
//   through the function (which reports each batch to a collector in this process), timed from
//   the first batch's arrival to the last's. The floor: the same function invoked directly with
//   the same 10-message SQS events, in a loop (one at a time) and with as many in flight as the
//   mapping's pollers (5, Nimbus's default MaximumConcurrency).
// - Kinesis → Lambda: the latency from PutRecord's call to the function holding the record, one
//   record at a time. The floor: a direct Invoke of the same function with a one-record Kinesis
//   event, to the function holding it.
import { createServer } from 'node:http';
import { CreateEventSourceMappingCommand, CreateFunctionCommand, GetEventSourceMappingCommand, InvokeCommand, LambdaClient, UpdateEventSourceMappingCommand } from '@aws-sdk/client-lambda';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { CreateQueueCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { zipSync } from 'fflate';
import { startCloud } from '../dist/index.js';
import { listenForBench } from './floor-server.mjs';
import { median, quantile, round, sleep, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';
const BATCH = 10;
const POLLERS = 5;
/** The function tells the collector what each batch held: message bodies or decoded Kinesis data. */
const HANDLER = `exports.handler = async (event) => {
  const keys = (event.Records || []).map((r) => (r.kinesis ? Buffer.from(r.kinesis.data, 'base64').toString() : r.body));
  await fetch(process.env.COLLECTOR, { method: 'POST', body: JSON.stringify(keys) });
  return {};
};`;

/** What the function reported: each key with the time it arrived. */
class Collector {
  readonly arrivals = new Map<string, number>();
  private waiters: Array<() => void> = [];

  record(keys: string[]): void {
    const now = performance.now();
    for (const key of keys) if (!this.arrivals.has(key)) this.arrivals.set(key, now);
    for (const wake of this.waiters.splice(0)) wake();
  }

  async until(check: () => boolean, ms: number, what: string): Promise<void> {
    const deadline = performance.now() + ms;
    while (!check()) {
      if (performance.now() > deadline) throw new Error(`lambda-event-sources: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
}

const config = (endpoint: string) => ({ endpoint, region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });

function sqsEvent(keys: string[], queueArn: string): Uint8Array {
  const records = keys.map((body, i) => ({
    messageId: `m-${i}`,
    receiptHandle: 'r',
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: ACCOUNT, ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: REGION,
  }));
  return new TextEncoder().encode(JSON.stringify({ Records: records }));
}

function kinesisEvent(key: string, streamArn: string): Uint8Array {
  const record = {
    kinesis: { kinesisSchemaVersion: '1.0', partitionKey: key, sequenceNumber: '0', data: Buffer.from(key).toString('base64'), approximateArrivalTimestamp: 0 },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `shardId-000000000000:0`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: `arn:aws:iam::${ACCOUNT}:role/bench`,
    awsRegion: REGION,
    eventSourceARN: streamArn,
  };
  return new TextEncoder().encode(JSON.stringify({ Records: [record] }));
}

async function waitForState(lambda: LambdaClient, uuid: string, state: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }))).State === state) return;
    await sleep(50);
  }
  throw new Error(`lambda-event-sources: mapping ${uuid} never reached ${state}`);
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const messages = quick ? 500 : 3000;
  const kinesisRecords = quick ? 5 : 20;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

  const collector = new Collector();
  const collectorServer = await listenForBench(
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        collector.record(JSON.parse(Buffer.concat(chunks).toString('utf8')) as string[]);
        res.writeHead(204).end();
      });
    }),
  );
  const cloud = await startCloud({ port: 0 });
  const lambda = new LambdaClient(config(cloud.endpoint));
  const sqs = new SQSClient(config(cloud.endpoint));
  const kinesis = new KinesisClient(config(cloud.endpoint));
  const scenario = 'lambda-event-sources';
  try {
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'bench-consumer',
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: `arn:aws:iam::${ACCOUNT}:role/bench`,
        Code: { ZipFile: zipSync({ 'index.js': new TextEncoder().encode(HANDLER) }) },
        Environment: { Variables: { COLLECTOR: `${collectorServer.endpoint}/seen` } },
      }),
    );

    // SQS → Lambda: the queue holds every message before the mapping is enabled.
    const queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'bench-source' }))).QueueUrl!;
    const queueArn = `arn:aws:sqs:${REGION}:${ACCOUNT}:bench-source`;
    const mapping = (await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'bench-consumer', EventSourceArn: queueArn, BatchSize: BATCH, Enabled: false }))).UUID!;
    await waitForState(lambda, mapping, 'Disabled');
    for (let i = 0; i < messages; i += BATCH) {
      await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: Array.from({ length: BATCH }, (_, j) => ({ Id: String(j), MessageBody: `sqs-${i + j}` })) }));
    }
    log(`lambda-event-sources: ${messages} messages queued, enabling the mapping`);
    await lambda.send(new UpdateEventSourceMappingCommand({ UUID: mapping, Enabled: true }));
    const sqsKeys = Array.from({ length: messages }, (_, i) => `sqs-${i}`);
    await collector.until(() => sqsKeys.every((key) => collector.arrivals.has(key)), 120_000, 'every SQS message');
    const times = sqsKeys.map((key) => collector.arrivals.get(key)!).sort((a, b) => a - b);
    const firstBatch = times.filter((t) => t === times[0]).length;
    const mappingRate = ((messages - firstBatch) / (times.at(-1)! - times[0]!)) * 1000;
    await lambda.send(new UpdateEventSourceMappingCommand({ UUID: mapping, Enabled: false }));

    // The floor: the same events, invoked directly.
    const directRate = async (inFlight: number): Promise<number> => {
      let next = 0;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          for (let batch = next++; batch * BATCH < messages; batch = next++) {
            const keys = Array.from({ length: BATCH }, (_, j) => `direct-${inFlight}-${batch * BATCH + j}`);
            const out = await lambda.send(new InvokeCommand({ FunctionName: 'bench-consumer', Payload: sqsEvent(keys, queueArn) }));
            if (out.FunctionError) throw new Error(`lambda-event-sources: direct invoke failed: ${new TextDecoder().decode(out.Payload)}`);
          }
        }),
      );
      return (messages / (performance.now() - start)) * 1000;
    };
    const loopRate = await directRate(1);
    const parallelRate = await directRate(POLLERS);
    log(`lambda-event-sources: SQS ${round(mappingRate, 0)} messages/s through the mapping, ${round(loopRate, 0)}/s invoked in a loop`);

    // Kinesis → Lambda latency, one record at a time.
    await kinesis.send(new CreateStreamCommand({ StreamName: 'bench-stream', ShardCount: 1 }));
    for (let i = 0; (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'bench-stream' }))).StreamDescriptionSummary?.StreamStatus !== 'ACTIVE'; i++) {
      if (i > 200) throw new Error('lambda-event-sources: the stream never became ACTIVE');
      await sleep(50);
    }
    const streamArn = `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/bench-stream`;
    const streamMapping = (await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'bench-consumer', EventSourceArn: streamArn, BatchSize: 1, StartingPosition: 'LATEST' }))).UUID!;
    await waitForState(lambda, streamMapping, 'Enabled');
    const streamLatencies: number[] = [];
    const directLatencies: number[] = [];
    // The first record is left out: it finds the poller starting.
    for (let i = -1; i < kinesisRecords; i++) {
      const key = `kinesis-${i}`;
      const put = performance.now();
      await kinesis.send(new PutRecordCommand({ StreamName: 'bench-stream', PartitionKey: key, Data: new TextEncoder().encode(key) }));
      await collector.until(() => collector.arrivals.has(key), 30_000, `Kinesis record ${key}`);
      if (i >= 0) streamLatencies.push(collector.arrivals.get(key)! - put);
      const direct = `kinesis-direct-${i}`;
      const start = performance.now();
      await lambda.send(new InvokeCommand({ FunctionName: 'bench-consumer', Payload: kinesisEvent(direct, streamArn) }));
      if (i >= 0) directLatencies.push(collector.arrivals.get(direct)! - start);
    }

    const rows: Row[] = [
      { scenario, subject: 'SQS mapping', metric: `messages/s, batch size ${BATCH}`, value: round(mappingRate, 0), unit: '/s' },
      { scenario, subject: 'direct Invoke floor', metric: `messages/s, ${BATCH} a call, in a loop`, value: round(loopRate, 0), unit: '/s' },
      { scenario, subject: 'direct Invoke floor', metric: `messages/s, ${BATCH} a call, ${POLLERS} in flight`, value: round(parallelRate, 0), unit: '/s' },
      { scenario, subject: 'SQS mapping ÷ loop floor', metric: 'throughput ratio', value: round(mappingRate / loopRate, 2), unit: '×' },
      { scenario, subject: 'Kinesis mapping', metric: 'PutRecord → function, median', value: round(median(streamLatencies), 1), unit: 'ms' },
      { scenario, subject: 'Kinesis mapping', metric: 'PutRecord → function, p90', value: round(quantile(streamLatencies, 0.9), 1), unit: 'ms' },
      { scenario, subject: 'direct Invoke floor', metric: 'Invoke → function, median', value: round(median(directLatencies), 1), unit: 'ms' },
    ];
    return {
      rows,
      data: {
        messages,
        batchSize: BATCH,
        pollers: POLLERS,
        sqs: { mappingPerSecond: round(mappingRate, 1), loopPerSecond: round(loopRate, 1), parallelPerSecond: round(parallelRate, 1) },
        kinesis: { records: kinesisRecords, latencyMs: streamLatencies.map((v) => round(v, 2)), directMs: directLatencies.map((v) => round(v, 2)) },
      },
    };
  } finally {
    lambda.destroy();
    sqs.destroy();
    kinesis.destroy();
    await cloud.close();
    await collectorServer.close();
  }
}
