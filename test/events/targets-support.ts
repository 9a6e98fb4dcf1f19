import { EventBridgeClient, PutEventsCommand, PutRuleCommand, PutTargetsCommand, type Target } from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import assert from 'node:assert/strict';

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
