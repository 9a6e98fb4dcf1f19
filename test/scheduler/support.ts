import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';

export const ROLE = 'arn:aws:iam::000000000000:role/scheduler-role';

/** The cloud's clock now (epoch ms). */
export async function clockNow(cloud: Cloud): Promise<number> {
  const response = await fetch(`${cloud.endpoint}/_nimbus/clock`);
  return ((await response.json()) as { now: number }).now;
}

export async function setClock(cloud: Cloud, iso: string): Promise<void> {
  const response = await fetch(`${cloud.endpoint}/_nimbus/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ set: iso }) });
  if (response.status !== 200) throw new Error(`clock set failed: ${await response.text()}`);
}

export async function makeQueue(sqs: SQSClient, name: string, attributes: Record<string, string> = {}): Promise<{ url: string; arn: string }> {
  const url = (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }))).QueueUrl!;
  const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  return { url, arn };
}

/** Every message the queue holds now, received and deleted. */
export async function drain(sqs: SQSClient, url: string): Promise<Message[]> {
  const out: Message[] = [];
  for (;;) {
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['All'] }));
    const messages = received.Messages ?? [];
    if (!messages.length) return out;
    for (const message of messages) {
      out.push(message);
      await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
    }
  }
}

/** Waits (real time, short polls) until the queue has given `count` messages in all, and answers them. */
export async function receiveCount(sqs: SQSClient, url: string, count: number, ms = 5_000): Promise<Message[]> {
  const got: Message[] = [];
  const until = Date.now() + ms;
  while (got.length < count) {
    got.push(...(await drain(sqs, url)));
    if (got.length >= count) break;
    if (Date.now() > until) throw new Error(`expected ${count} messages, got ${got.length}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return got;
}

/** at(...) text for an instant read in a zone, with seconds. */
export function atExpression(instant: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `at(${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')})`;
}

/** The universal target that sends the given body to a queue. */
export function sendMessageTarget(queueUrl: string, body: string) {
  return { Arn: 'arn:aws:scheduler:::aws-sdk:sqs:sendMessage', RoleArn: ROLE, Input: JSON.stringify({ QueueUrl: queueUrl, MessageBody: body }) };
}
