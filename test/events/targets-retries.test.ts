import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import { CreateApiDestinationCommand, CreateConnectionCommand, EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { DeleteQueueCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { Endpoint, expectEmpty, makeQueue, putEvent, receive, ruleWithTargets } from './targets-support.js';

const ROLE = 'arn:aws:iam::000000000000:role/events-targets';

function attributes(message: Message): Record<string, string> {
  return Object.fromEntries(Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [name, value.StringValue!]));
}

/** Failing targets: retried on the clock as their RetryPolicy says, then in their dead-letter queue with AWS's attributes. */
describe('EventBridge target retries and dead-letter queues', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let sqs: SQSClient;
  let endpoint: Endpoint;
  let base: string;
  let connectionArn: string;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    endpoint = new Endpoint();
    base = await endpoint.start();
    const connection = await events.send(
      new CreateConnectionCommand({ Name: 'c', AuthorizationType: 'API_KEY', AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'k', ApiKeyValue: 'v' } } }),
    );
    connectionArn = connection.ConnectionArn!;
  });

  after(async () => {
    await endpoint.close();
    await cloud.close();
  });

  const apiDestination = async (name: string, path: string): Promise<string> =>
    (await events.send(new CreateApiDestinationCommand({ Name: name, ConnectionArn: connectionArn, InvocationEndpoint: `${base}${path}`, HttpMethod: 'POST' }))).ApiDestinationArn!;

  test('a target answering 500 is retried with backoff on the clock, then lands in its DLQ with the error attributes', async () => {
    endpoint.answer = (request) => (request.url === '/failing' ? { status: 500 } : undefined);
    const dlq = await makeQueue(sqs, 'dlq-retries');
    const target = await apiDestination('failing', '/failing');
    const ruleArn = await ruleWithTargets(events, 'retried', 'app.retry', [
      { Id: 'api', Arn: target, RoleArn: ROLE, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 }, DeadLetterConfig: { Arn: dlq.arn } },
    ]);
    const id = await putEvent(events, 'app.retry', { attempt: 'me' });
    await endpoint.until(1, '/failing');
    await expectEmpty(sqs, dlq.url, 50);
    await advanceClock(cloud, '1s');
    await endpoint.until(2, '/failing');
    await advanceClock(cloud, '2s');
    await endpoint.until(3, '/failing');
    const [dead] = await receive(sqs, dlq.url);
    assert.equal(endpoint.received.filter((r) => r.url === '/failing').length, 3);
    const event = JSON.parse(dead!.Body!);
    assert.equal(event.id, id);
    assert.deepEqual(event.detail, { attempt: 'me' });
    assert.deepEqual(attributes(dead!), {
      RULE_ARN: ruleArn,
      TARGET_ARN: target,
      ERROR_CODE: 'SDK_CLIENT_ERROR',
      ERROR_MESSAGE: `Received a 500 response from the API destination endpoint ${base}/failing.`,
      EXHAUSTED_RETRY_CONDITION: 'MaximumRetryAttempts',
      RETRY_ATTEMPTS: '2',
    });
  });

  test('retries stop when the event is older than MaximumEventAgeInSeconds', async () => {
    endpoint.answer = (request) => (request.url === '/down' ? { status: 503 } : undefined);
    const dlq = await makeQueue(sqs, 'dlq-age');
    const target = await apiDestination('down', '/down');
    await ruleWithTargets(events, 'aged', 'app.age', [{ Id: 'api', Arn: target, RoleArn: ROLE, RetryPolicy: { MaximumEventAgeInSeconds: 60 }, DeadLetterConfig: { Arn: dlq.arn } }]);
    await putEvent(events, 'app.age', {});
    // Attempts at 0, 1, 3, 7, 15 and 31 s; the next would be at 63 s, past the event's 60 s.
    let calls = 1;
    for (const backoff of [1, 2, 4, 8, 16, 32]) {
      await endpoint.until(calls, '/down');
      await advanceClock(cloud, `${backoff}s`);
      calls++;
    }
    const [dead] = await receive(sqs, dlq.url);
    assert.equal(endpoint.received.filter((r) => r.url === '/down').length, 6);
    assert.equal(attributes(dead!).EXHAUSTED_RETRY_CONDITION, 'MaximumEventAgeInSeconds');
    assert.equal(attributes(dead!).RETRY_ATTEMPTS, '5');
  });

  test('an endpoint\'s Retry-After holds the next attempt back; a negative one ends the retries', async () => {
    let throttled = 0;
    endpoint.answer = (request) => {
      if (request.url === '/throttled') return throttled++ === 0 ? { status: 429, headers: { 'retry-after': '10' } } : { status: 200 };
      if (request.url === '/gone-for-good') return { status: 503, headers: { 'retry-after': '-1' } };
      return undefined;
    };
    const dlq = await makeQueue(sqs, 'dlq-retry-after');
    await ruleWithTargets(events, 'retry-after', 'app.retry-after', [
      { Id: 'throttled', Arn: await apiDestination('throttled', '/throttled'), RoleArn: ROLE, DeadLetterConfig: { Arn: dlq.arn } },
      { Id: 'gone', Arn: await apiDestination('gone-for-good', '/gone-for-good'), RoleArn: ROLE, DeadLetterConfig: { Arn: dlq.arn } },
    ]);
    await putEvent(events, 'app.retry-after', {});
    await endpoint.until(1, '/throttled');
    const [dead] = await receive(sqs, dlq.url);
    assert.equal(attributes(dead!).RETRY_ATTEMPTS, '0');
    assert.equal(attributes(dead!).ERROR_MESSAGE, `Received a 503 response from the API destination endpoint ${base}/gone-for-good.`);
    // EventBridge's own backoff would try again after 1 s; the endpoint asked for 10.
    await advanceClock(cloud, '5s');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(endpoint.received.filter((r) => r.url === '/throttled').length, 1);
    await advanceClock(cloud, '5s');
    await endpoint.until(2, '/throttled');
    await expectEmpty(sqs, dlq.url, 50);
    assert.equal(endpoint.received.filter((r) => r.url === '/gone-for-good').length, 1);
  });

  test('failures AWS does not retry (a 4xx answer, a missing queue or function) go to the DLQ at once', async () => {
    endpoint.answer = (request) => (request.url === '/refuses' ? { status: 400 } : undefined);
    const dlq = await makeQueue(sqs, 'dlq-permanent');
    const gone = await makeQueue(sqs, 'gone');
    await sqs.send(new DeleteQueueCommand({ QueueUrl: gone.url }));
    const target = await apiDestination('refuses', '/refuses');
    const missingFunction = 'arn:aws:lambda:us-east-1:000000000000:function:missing';
    const ruleArn = await ruleWithTargets(events, 'permanent', 'app.permanent', [
      { Id: 'api', Arn: target, RoleArn: ROLE, DeadLetterConfig: { Arn: dlq.arn } },
      { Id: 'queue', Arn: gone.arn, DeadLetterConfig: { Arn: dlq.arn } },
      { Id: 'fn', Arn: missingFunction, DeadLetterConfig: { Arn: dlq.arn } },
    ]);
    await putEvent(events, 'app.permanent', {});
    const dead = await receive(sqs, dlq.url, 3);
    const byTarget = new Map(dead.map((m) => [attributes(m).TARGET_ARN, attributes(m)]));
    assert.deepEqual(byTarget.get(target), {
      RULE_ARN: ruleArn,
      TARGET_ARN: target,
      ERROR_CODE: 'SDK_CLIENT_ERROR',
      ERROR_MESSAGE: `Received a 400 response from the API destination endpoint ${base}/refuses.`,
      RETRY_ATTEMPTS: '0',
    });
    assert.equal(byTarget.get(gone.arn)!.ERROR_CODE, 'RESOURCE_NOT_FOUND');
    assert.equal(byTarget.get(gone.arn)!.RETRY_ATTEMPTS, '0');
    assert.equal(byTarget.get(missingFunction)!.ERROR_CODE, 'RESOURCE_NOT_FOUND');
    assert.equal(byTarget.get(missingFunction)!.ERROR_MESSAGE, `Function not found: ${missingFunction}`);
    assert.equal(endpoint.received.filter((r) => r.url === '/refuses').length, 1);
  });

  test('AWS/Events metrics count triggered rules, invocations, failures and dead letters by rule', async () => {
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    const ok = await makeQueue(sqs, 'metrics-ok');
    await ruleWithTargets(events, 'measured', 'app.measured', [{ Id: 'q', Arn: ok.arn }]);
    await putEvent(events, 'app.measured', {});
    await putEvent(events, 'app.measured', {});
    await receive(sqs, ok.url, 2);
    // EventBridge reports a minute's counts once the minute is over.
    await advanceClock(cloud, '61s');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sum = async (metric: string, rule: string): Promise<number> => {
      const now = cloud.clock.now();
      const out = await cloudwatch.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/Events',
          MetricName: metric,
          Dimensions: [{ Name: 'RuleName', Value: rule }],
          StartTime: new Date(now - 3_600_000),
          EndTime: new Date(now + 60_000),
          Period: 86_400,
          Statistics: ['Sum'],
        }),
      );
      return (out.Datapoints ?? []).reduce((total, point) => total + (point.Sum ?? 0), 0);
    };
    assert.equal(await sum('TriggeredRules', 'measured'), 2);
    assert.equal(await sum('Invocations', 'measured'), 2);
    assert.equal(await sum('FailedInvocations', 'measured'), 0);
    assert.equal(await sum('FailedInvocations', 'permanent'), 3);
    assert.equal(await sum('InvocationsSentToDlq', 'permanent'), 3);
    assert.equal(await sum('InvocationsSentToDlq', 'retried'), 1);
    assert.equal(await sum('InvocationsSentToDlq', 'measured'), 0);
  });
});
