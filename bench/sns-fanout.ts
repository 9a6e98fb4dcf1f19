// sns-fanout: one message to ten SQS queues, end to end, two ways in the same run:
//   - sns:    one Publish to a topic with ten SQS subscriptions; done when all ten queues hold it;
//   - client: the client fans out itself, ten SendMessage calls at once (Promise.all).
//
// "All ten queues hold it" is read in process, the same way for both sides: SNS's deliveries run
// on the shared delivery mechanism, so the fan-out is complete when its backlog is empty (for the
// client side it is empty as soon as the ten SendMessage calls have answered). The queue depths
// are checked after every block, outside the timing: each queue must hold every message sent to it.
//
// Nimbus is embedded from dist/ with startCloud(), client and server in one process, as in
// sqs-round-trip; the two sides alternate in blocks (see alternation.ts).
import { inAlternatingBlocks } from './alternation.js';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, SendMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startCloud, type Cloud } from '../dist/index.js';
import { mean, median, quantile, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const QUEUES = 10;
const BLOCK = 25;
const BODY = JSON.stringify({ order: 'A-1001', items: 3, note: 'x'.repeat(200) });

interface Side {
  key: 'sns' | 'client';
  name: string;
  queueUrls: string[];
  fanOut: () => Promise<void>;
  sent: number;
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

/** Resolves once no delivery is waiting or running: every subscribed queue then holds the message. */
async function deliveriesSettled(cloud: Cloud): Promise<void> {
  while (cloud.runtime.delivery.backlog() > 0) await new Promise((resolve) => setImmediate(resolve));
}

async function createQueues(sqs: SQSClient, prefix: string, topicArn?: string): Promise<Array<{ url: string; arn: string }>> {
  const queues: Array<{ url: string; arn: string }> = [];
  for (let i = 0; i < QUEUES; i++) {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: `${prefix}-${i}` }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    if (topicArn) {
      const policy = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }],
      };
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { Policy: JSON.stringify(policy) } }));
    }
    queues.push({ url, arn });
  }
  return queues;
}

/** Every queue of a side must hold one message per fan-out so far. */
async function checkDepths(sqs: SQSClient, side: Side): Promise<void> {
  for (const url of side.queueUrls) {
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }));
    const depth = Number(Attributes?.ApproximateNumberOfMessages);
    if (depth !== side.sent) throw new Error(`${side.name}: ${url} holds ${depth} messages, expected ${side.sent}`);
  }
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const iterations = quick ? 100 : 1000;
  const warmup = quick ? 25 : 100;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const cloud = await startCloud({ port: 0 });
  const sns = new SNSClient(config(cloud.endpoint));
  const sqs = new SQSClient(config(cloud.endpoint));
  try {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'bench-fanout' }));
    const subscribed = await createQueues(sqs, 'bench-fanout-sns', TopicArn);
    for (const queue of subscribed) await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn }));
    const direct = await createQueues(sqs, 'bench-fanout-client');

    const viaSns: Side = {
      key: 'sns',
      name: 'sns Publish → 10 queues',
      queueUrls: subscribed.map((q) => q.url),
      fanOut: async () => {
        await sns.send(new PublishCommand({ TopicArn, Message: BODY }));
        await deliveriesSettled(cloud);
      },
      sent: 0,
      latencies: [],
      elapsedMs: 0,
    };
    const byClient: Side = {
      key: 'client',
      name: 'client 10× SendMessage',
      queueUrls: direct.map((q) => q.url),
      fanOut: async () => {
        await Promise.all(direct.map((q) => sqs.send(new SendMessageCommand({ QueueUrl: q.url, MessageBody: BODY }))));
        await deliveriesSettled(cloud);
      },
      sent: 0,
      latencies: [],
      elapsedMs: 0,
    };

    const runBlock = async (side: Side, count: number, record: boolean): Promise<void> => {
      const blockStart = performance.now();
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        await side.fanOut();
        if (record) side.latencies.push(performance.now() - start);
      }
      if (record) side.elapsedMs += performance.now() - blockStart;
      side.sent += count;
      await checkDepths(sqs, side);
    };

    await inAlternatingBlocks([viaSns, byClient], warmup, BLOCK, (side, count) => runBlock(side, count, false));
    log(`sns-fanout: warmed up (${warmup} fan-outs each), measuring ${iterations} each`);
    await inAlternatingBlocks([viaSns, byClient], iterations, BLOCK, (side, count) => runBlock(side, count, true));

    const scenario = 'sns-fanout';
    const rows: Row[] = [];
    const subjects: Record<string, unknown> = {};
    for (const side of [viaSns, byClient]) {
      const perSecond = (side.latencies.length / side.elapsedMs) * 1000;
      rows.push(
        { scenario, subject: side.name, metric: 'fan-outs/s', value: round(perSecond, 0), unit: '/s' },
        { scenario, subject: side.name, metric: 'fan-out latency, median', value: round(median(side.latencies), 3), unit: 'ms' },
        { scenario, subject: side.name, metric: 'fan-out latency, p90', value: round(quantile(side.latencies, 0.9), 3), unit: 'ms' },
        { scenario, subject: side.name, metric: 'fan-out latency, p99', value: round(quantile(side.latencies, 0.99), 3), unit: 'ms' },
      );
      subjects[side.key] = {
        name: side.name,
        fanOutsPerSecond: round(perSecond, 1),
        meanMs: round(mean(side.latencies), 4),
        medianMs: round(median(side.latencies), 4),
        p90Ms: round(quantile(side.latencies, 0.9), 4),
        p99Ms: round(quantile(side.latencies, 0.99), 4),
        elapsedMs: round(side.elapsedMs, 1),
        latenciesMs: side.latencies.map((v) => round(v, 4)),
      };
    }
    const ratio = mean(viaSns.latencies) / mean(byClient.latencies);
    rows.push({ scenario, subject: 'sns / client', metric: 'fan-out cost ratio (mean)', value: round(ratio, 2), unit: '×' });
    return { rows, data: { iterations, warmup, blockSize: BLOCK, queues: QUEUES, bodyBytes: Buffer.byteLength(BODY), subjects, ratio: round(ratio, 4) } };
  } finally {
    sns.destroy();
    sqs.destroy();
    await cloud.close();
  }
}
