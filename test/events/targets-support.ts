import { EventBridgeClient, PutEventsCommand, PutRuleCommand, PutTargetsCommand, type Target } from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventually } from '../lambda/support.js';

/** A queue and its ARN. */
export async function makeQueue(sqs: SQSClient, name: string, attributes: Record<string, string> = {}): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl!, arn: Attributes!.QueueArn! };
}

/** Receives until `count` messages have come (deliveries are asynchronous), or fails after `ms` of real time. */
export async function receive(sqs: SQSClient, url: string, count = 1, ms = 5000): Promise<Message[]> {
  const got: Message[] = [];
  const until = Date.now() + ms;
  while (got.length < count) {
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, MessageAttributeNames: ['All'], AttributeNames: ['All'] }),
    );
    got.push(...(Messages ?? []));
    if (got.length >= count) break;
    if (Date.now() > until) assert.fail(`expected ${count} messages on ${url}, got ${got.length}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return got;
}

/** Asserts that nothing arrives on the queue within a short real-time wait. */
export async function expectEmpty(sqs: SQSClient, url: string, ms = 150): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
  assert.equal(Messages?.length ?? 0, 0, `expected no message on ${url}, got ${JSON.stringify(Messages?.map((m) => m.Body))}`);
}

/** A rule matching `source` on a bus, with these targets. */
export async function ruleWithTargets(events: EventBridgeClient, name: string, source: string, targets: Target[], busName?: string): Promise<string> {
  const { RuleArn } = await events.send(new PutRuleCommand({ Name: name, EventBusName: busName, EventPattern: JSON.stringify({ source: [source] }) }));
  const out = await events.send(new PutTargetsCommand({ Rule: name, EventBusName: busName, Targets: targets }));
  assert.equal(out.FailedEntryCount, 0, JSON.stringify(out.FailedEntries));
  return RuleArn!;
}

/** Puts one event and answers its id. */
export async function putEvent(events: EventBridgeClient, source: string, detail: unknown, options: { detailType?: string; busName?: string; resources?: string[] } = {}): Promise<string> {
  const out = await events.send(
    new PutEventsCommand({
      Entries: [{ Source: source, DetailType: options.detailType ?? 'test', Detail: JSON.stringify(detail), EventBusName: options.busName, Resources: options.resources }],
    }),
  );
  assert.equal(out.FailedEntryCount, 0, JSON.stringify(out.Entries));
  return out.Entries![0]!.EventId!;
}

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTTP endpoint that records requests and answers the statuses (and bodies) it is told to. */
export class Endpoint {
  readonly received: Received[] = [];
  statuses: number[] = [];
  answer: (request: Received) => { status: number; body?: string; headers?: Record<string, string> } | undefined = () => undefined;
  private readonly server: Server;

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const received = { method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString() };
        this.received.push(received);
        const answer = this.answer(received) ?? { status: this.statuses.shift() ?? 200 };
        response.statusCode = answer.status;
        response.setHeader('content-type', 'application/json');
        for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
        response.end(answer.body ?? '{}');
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Waits until `count` requests have come (real time, at most 5 s). */
  until(count: number, path?: string): Promise<Received[]> {
    const matching = () => this.received.filter((r) => !path || r.url.startsWith(path));
    return eventually(() => (matching().length >= count ? matching() : undefined), 5000, `${count} requests${path ? ` to ${path}` : ''}`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
