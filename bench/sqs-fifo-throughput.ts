// sqs-fifo-throughput: producers and consumers running at once on a FIFO queue
// with several message groups, batches of 10 both ways, through the real SDK
// client. The peer in the same run is the same workload on a standard queue,
// so the table shows what FIFO's ordering and deduplication cost; AWS's own
// FIFO quota (3,000 messages/s with batching, per API action, without
// high-throughput mode) is the reference target.
//
// Both runs are in-process (as test suites embed Nimbus), alternating which
// goes first, and every message is checked: each group must arrive in order
// on the FIFO queue, and nothing may be lost or duplicated on either.
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { startCloud } from '../dist/index.js';
import { round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const GROUPS = 20;
const PRODUCERS = 2;
const CONSUMERS = 4;
const AWS_FIFO_BATCHED_QUOTA = 3000;

function client(endpoint: string): SQSClient {
  return new SQSClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
}

interface RunResult {
  messages: number;
  elapsedMs: number;
  perSecond: number;
}

async function runWorkload(endpoint: string, queueName: string, fifo: boolean, total: number): Promise<RunResult> {
  const admin = client(endpoint);
  const { QueueUrl } = await admin.send(
    new CreateQueueCommand({ QueueName: queueName, Attributes: fifo ? { FifoQueue: 'true', ContentBasedDeduplication: 'true' } : {} }),
  );
  admin.destroy();
  const perProducer = Math.ceil(total / PRODUCERS);
  const lastSeen = new Map<string, number>();
  const seen = new Set<string>();
  let consumed = 0;
  // The run ends when the last message is deleted: consumers still in a long poll then only wait out
  // their WaitTimeSeconds on an empty queue, which is not throughput.
  let finished = 0;
  const started = performance.now();

  const producer = async (p: number) => {
    const sqs = client(endpoint);
    for (let i = 0; i < perProducer; i += 10) {
      const entries = [];
      for (let j = i; j < Math.min(i + 10, perProducer); j++) {
        const group = `g${(p * perProducer + j) % GROUPS}`;
        entries.push({ Id: `m${j}`, MessageBody: `${p}:${j}:${group}`, MessageGroupId: fifo ? group : undefined });
      }
      await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: entries }));
    }
    sqs.destroy();
  };

  const consumer = async () => {
    const sqs = client(endpoint);
    while (consumed < PRODUCERS * perProducer) {
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      if (!Messages?.length) continue;
      for (const message of Messages) {
        const body = message.Body!;
        if (seen.has(body)) throw new Error(`${queueName}: ${body} delivered twice`);
        seen.add(body);
        if (fifo) {
          const [producerId, index, group] = body.split(':');
          const key = `${producerId}/${group}`;
          const previous = lastSeen.get(key) ?? -1;
          if (Number(index) <= previous) throw new Error(`${queueName}: group ${group} out of order`);
          lastSeen.set(key, Number(index));
        }
      }
      consumed += Messages.length;
      await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: Messages.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })) }));
      if (!finished && consumed >= PRODUCERS * perProducer) finished = performance.now();
    }
    sqs.destroy();
  };

  await Promise.all([...Array.from({ length: PRODUCERS }, (_, p) => producer(p)), ...Array.from({ length: CONSUMERS }, consumer)]);
  const elapsedMs = finished - started;
  const messages = PRODUCERS * perProducer;
  return { messages, elapsedMs, perSecond: (messages / elapsedMs) * 1000 };
}

export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const total = options.quick ? 1000 : 6000;
  const rounds = options.quick ? 1 : 2;
  const cloud = await startCloud({ port: 0, logLevel: 'silent' });
  const fifoRuns: RunResult[] = [];
  const standardRuns: RunResult[] = [];
  try {
    // Warm both paths once so neither pays for first-use loading.
    await runWorkload(cloud.endpoint, 'warm.fifo', true, 200);
    await runWorkload(cloud.endpoint, 'warm', false, 200);
    for (let r = 0; r < rounds; r++) {
      const order: Array<[boolean, RunResult[]]> = r % 2 === 0 ? [[true, fifoRuns], [false, standardRuns]] : [[false, standardRuns], [true, fifoRuns]];
      for (const [fifo, runs] of order) {
        options.log(`sqs-fifo-throughput: round ${r + 1}, ${fifo ? 'FIFO' : 'standard'} queue, ${total} messages`);
        runs.push(await runWorkload(cloud.endpoint, fifo ? `bench-${r}.fifo` : `bench-${r}`, fifo, total));
      }
    }
  } finally {
    await cloud.close();
  }
  const best = (runs: RunResult[]) => Math.max(...runs.map((r) => r.perSecond));
  const fifoRate = best(fifoRuns);
  const standardRate = best(standardRuns);
  const rows: Row[] = [
    {
      scenario: 'sqs-fifo-throughput',
      subject: 'nimbus FIFO queue',
      metric: `messages/s end to end (${PRODUCERS} producers, ${CONSUMERS} consumers, ${GROUPS} groups, batches of 10)`,
      value: round(fifoRate, 0),
      unit: '/s',
      target: `≥ ${AWS_FIFO_BATCHED_QUOTA}/s (AWS's batched FIFO quota)`,
      met: fifoRate >= AWS_FIFO_BATCHED_QUOTA,
    },
    {
      scenario: 'sqs-fifo-throughput',
      subject: 'nimbus standard queue',
      metric: 'messages/s end to end (same workload)',
      value: round(standardRate, 0),
      unit: '/s',
    },
    {
      scenario: 'sqs-fifo-throughput',
      subject: 'FIFO / standard',
      metric: 'throughput ratio',
      value: round(fifoRate / standardRate, 2),
      unit: '×',
    },
  ];
  return { rows, data: { total, groups: GROUPS, producers: PRODUCERS, consumers: CONSUMERS, fifoRuns, standardRuns } };
}
