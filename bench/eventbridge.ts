// eventbridge: events to an SQS queue through a bus with 100 rules, against a floor in the same run:
//   - eventbridge: PutEvents on a bus whose 100 rules each hold a pattern; one of them matches and
//     targets the queue. Done when the queue holds the event.
//   - floor: the same event body sent straight to the queue with SendMessage.
// Two shapes: one entry per call (end-to-end latency), and ten entries per call against
// SendMessageBatch of ten (events per second).
//
// "The queue holds it" is read in process, the same way for both sides: EventBridge's deliveries run
// on the shared delivery mechanism, so an event is delivered when that backlog is empty. Queue depths
// are checked after every block, outside the timing: each queue must hold every event sent to it.
// Nimbus is embedded from dist/ with startCloud(), as in sns-fanout; the sides alternate in blocks.
import { inAlternatingBlocks } from './alternation.js';
import { EventBridgeClient, PutEventsCommand, PutRuleCommand, PutTargetsCommand, CreateEventBusCommand } from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, GetQueueAttributesCommand, SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startCloud, type Cloud } from '../dist/index.js';
import { mean, median, quantile, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const RULES = 100;
const BLOCK = 25;
const BUS = 'bench-bus';
const DETAIL = JSON.stringify({ orderId: 'A-1001', items: 3, state: 'PLACED', note: 'x'.repeat(200) });

interface Side {
  key: string;
  name: string;
  queueUrl: string;
  /** Sends one call; answers how many events it carried. */
  send: () => Promise<number>;
  sent: number;
  events: number;
  latencies: number[];
  elapsedMs: number;
}

const config = (endpoint: string) => ({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  // A failure must show, not hide inside a retry that inflates the latency.
  maxAttempts: 1,
});

async function deliveriesSettled(cloud: Cloud): Promise<void> {
  while (cloud.runtime.delivery.backlog() > 0) await new Promise((resolve) => setImmediate(resolve));
}

async function createQueue(sqs: SQSClient, name: string): Promise<{ url: string; arn: string }> {
  const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
  const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  return { url, arn };
}

async function depth(sqs: SQSClient, url: string): Promise<number> {
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }));
  return Number(Attributes?.ApproximateNumberOfMessages);
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const iterations = quick ? 100 : 1000;
  const warmup = quick ? 25 : 100;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const cloud = await startCloud({ port: 0 });
  const events = new EventBridgeClient(config(cloud.endpoint));
  const sqs = new SQSClient(config(cloud.endpoint));
  try {
    await events.send(new CreateEventBusCommand({ Name: BUS }));
    const queues = {
      single: await createQueue(sqs, 'bench-events-single'),
      batch: await createQueue(sqs, 'bench-events-batch'),
      floorSingle: await createQueue(sqs, 'bench-floor-single'),
      floorBatch: await createQueue(sqs, 'bench-floor-batch'),
    };
    // 98 rules that never match (other detail types), and one matching rule per shape.
    for (let i = 0; i < RULES - 2; i++) {
      const pattern = { source: ['bench.orders'], 'detail-type': [`Order Event ${i}`], detail: { state: ['PLACED', 'SHIPPED'] } };
      await events.send(new PutRuleCommand({ Name: `other-${i}`, EventBusName: BUS, EventPattern: JSON.stringify(pattern) }));
    }
    for (const [shape, queue] of [['single', queues.single], ['batch', queues.batch]] as const) {
      const pattern = { source: ['bench.orders'], 'detail-type': [`Order Placed ${shape}`], detail: { state: ['PLACED'] } };
      await events.send(new PutRuleCommand({ Name: `to-queue-${shape}`, EventBusName: BUS, EventPattern: JSON.stringify(pattern) }));
      const put = await events.send(new PutTargetsCommand({ Rule: `to-queue-${shape}`, EventBusName: BUS, Targets: [{ Id: 'queue', Arn: queue.arn }] }));
      if (put.FailedEntryCount) throw new Error(`PutTargets failed: ${JSON.stringify(put.FailedEntries)}`);
    }
    const entry = (shape: string) => ({ EventBusName: BUS, Source: 'bench.orders', DetailType: `Order Placed ${shape}`, Detail: DETAIL });
    const putEvents = async (shape: string, count: number): Promise<number> => {
      const out = await events.send(new PutEventsCommand({ Entries: Array.from({ length: count }, () => entry(shape)) }));
      if (out.FailedEntryCount) throw new Error(`PutEvents failed: ${JSON.stringify(out.Entries)}`);
      await deliveriesSettled(cloud);
      return count;
    };
    const side = (key: string, name: string, queueUrl: string, send: () => Promise<number>): Side => ({ key, name, queueUrl, send, sent: 0, events: 0, latencies: [], elapsedMs: 0 });
    const pairs: Array<[Side, Side]> = [
      [
        side('eventbridge-1', `PutEvents ×1, ${RULES} rules → SQS`, queues.single.url, () => putEvents('single', 1)),
        side('floor-1', 'SendMessage ×1 (floor)', queues.floorSingle.url, async () => {
          await sqs.send(new SendMessageCommand({ QueueUrl: queues.floorSingle.url, MessageBody: DETAIL }));
          return 1;
        }),
      ],
      [
        side('eventbridge-10', `PutEvents ×10, ${RULES} rules → SQS`, queues.batch.url, () => putEvents('batch', 10)),
        side('floor-10', 'SendMessageBatch ×10 (floor)', queues.floorBatch.url, async () => {
          const Entries = Array.from({ length: 10 }, (_, i) => ({ Id: String(i), MessageBody: DETAIL }));
          const out = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queues.floorBatch.url, Entries }));
          if (out.Failed?.length) throw new Error(`SendMessageBatch failed: ${JSON.stringify(out.Failed)}`);
          return 10;
        }),
      ],
    ];

    const runBlock = async (s: Side, count: number, record: boolean): Promise<void> => {
      const blockStart = performance.now();
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        s.events += await s.send();
        if (record) s.latencies.push(performance.now() - start);
      }
      if (record) s.elapsedMs += performance.now() - blockStart;
      s.sent = s.events;
      const held = await depth(sqs, s.queueUrl);
      if (held !== s.sent) throw new Error(`${s.name}: the queue holds ${held} messages, expected ${s.sent}`);
    };

    const scenario = 'eventbridge';
    const rows: Row[] = [];
    const subjects: Record<string, unknown> = {};
    for (const pair of pairs) {
      await inAlternatingBlocks(pair, warmup, BLOCK, (s, count) => runBlock(s, count, false));
      for (const s of pair) s.elapsedMs = 0;
      const before = pair.map((s) => s.events);
      log(`eventbridge: warmed up ${pair[0].name} / ${pair[1].name}, measuring ${iterations} calls each`);
      await inAlternatingBlocks(pair, iterations, BLOCK, (s, count) => runBlock(s, count, true));
      for (const [i, s] of pair.entries()) {
        const measured = s.events - before[i]!;
        const perSecond = (measured / s.elapsedMs) * 1000;
        rows.push(
          { scenario, subject: s.name, metric: 'events/s', value: round(perSecond, 0), unit: '/s' },
          { scenario, subject: s.name, metric: 'call to delivered, median', value: round(median(s.latencies), 3), unit: 'ms' },
          { scenario, subject: s.name, metric: 'call to delivered, p99', value: round(quantile(s.latencies, 0.99), 3), unit: 'ms' },
        );
        subjects[s.key] = {
          name: s.name,
          eventsPerSecond: round(perSecond, 1),
          meanMs: round(mean(s.latencies), 4),
          medianMs: round(median(s.latencies), 4),
          p99Ms: round(quantile(s.latencies, 0.99), 4),
          elapsedMs: round(s.elapsedMs, 1),
        };
      }
      const ratio = mean(pair[0].latencies) / mean(pair[1].latencies);
      rows.push({ scenario, subject: `${pair[0].key} / ${pair[1].key}`, metric: 'latency ratio (mean)', value: round(ratio, 2), unit: '×' });
    }
    return { rows, data: { iterations, warmup, blockSize: BLOCK, rules: RULES, detailBytes: Buffer.byteLength(DETAIL), subjects } };
  } finally {
    events.destroy();
    sqs.destroy();
    await cloud.close();
  }
}
