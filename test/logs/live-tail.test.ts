import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  StartLiveTailCommand,
  type StartLiveTailResponseStream,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/**
 * StartLiveTail answers with an event stream. Its endpoint has the host
 * prefix "stream-", which a local endpoint (127.0.0.1) cannot take, so the
 * client is told not to add it (disableHostPrefix), as with any local AWS.
 */
describe('Logs Live Tail (SDK v3 event stream)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  const arn = (name: string) => `arn:aws:logs:us-east-1:000000000000:log-group:${name}`;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient({ ...clientConfig(cloud), disableHostPrefix: true });
    for (const group of ['/tail/api', '/tail/other']) {
      await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
      for (const stream of ['web-1', 'batch-1']) await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
    }
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  const put = (group: string, stream: string, ...messages: string[]) =>
    logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: messages.map((message) => ({ timestamp: cloud.clock.now(), message })) }));

  /** Reads updates until `want` events arrived, moving the clock a second at a time. */
  async function collect(iterator: AsyncIterator<StartLiveTailResponseStream>, want: number) {
    const seen: Array<{ group?: string; stream?: string; message?: string }> = [];
    for (let i = 0; i < 20 && seen.length < want; i++) {
      const next = iterator.next();
      await advanceClock(cloud, '1s');
      const { value, done } = await next;
      if (done) break;
      for (const event of value.sessionUpdate?.sessionResults ?? []) seen.push({ group: event.logGroupIdentifier, stream: event.logStreamName, message: event.message });
    }
    return seen;
  }

  test('new events of the watched groups, filtered by stream and pattern, arrive as session updates', async () => {
    const response = await logs.send(
      new StartLiveTailCommand({ logGroupIdentifiers: [arn('/tail/api')], logStreamNamePrefixes: ['web'], logEventFilterPattern: 'ERROR' }),
    );
    const iterator = response.responseStream![Symbol.asyncIterator]();
    const first = await iterator.next();
    const start = first.value.sessionStart;
    assert.ok(start, 'the stream opens with sessionStart');
    assert.deepEqual(start.logGroupIdentifiers, [arn('/tail/api')]);
    assert.deepEqual(start.logStreamNamePrefixes, ['web']);
    assert.equal(start.logEventFilterPattern, 'ERROR');
    assert.match(start.sessionId!, /^[0-9a-f-]{36}$/);
    assert.match(start.requestId!, /^[0-9a-f-]{36}$/);

    await put('/tail/api', 'web-1', 'INFO fine', 'ERROR one');
    await put('/tail/api', 'batch-1', 'ERROR from a stream not watched');
    await put('/tail/other', 'web-1', 'ERROR from a group not watched');
    await put('/tail/api', 'web-1', 'ERROR two');
    const seen = await collect(iterator, 2);
    assert.deepEqual(seen, [
      { group: arn('/tail/api'), stream: 'web-1', message: 'ERROR one' },
      { group: arn('/tail/api'), stream: 'web-1', message: 'ERROR two' },
    ]);
    await iterator.return?.();
  });

  test('several groups at once, and the session times out after three hours', async () => {
    const response = await logs.send(new StartLiveTailCommand({ logGroupIdentifiers: [arn('/tail/api'), arn('/tail/other')] }));
    const iterator = response.responseStream![Symbol.asyncIterator]();
    assert.ok((await iterator.next()).value.sessionStart);
    await put('/tail/other', 'batch-1', 'from other');
    await put('/tail/api', 'batch-1', 'from api');
    const seen = await collect(iterator, 2);
    assert.deepEqual(seen.map((e) => e.message), ['from other', 'from api']);

    const next = iterator.next();
    await advanceClock(cloud, '3h');
    let error: (Error & { name: string }) | undefined;
    try {
      // An update that was due before the limit may come first.
      let result = await next;
      while (!result.done) result = await iterator.next();
    } catch (e) {
      error = e as Error & { name: string };
    }
    assert.ok(error, 'the stream ends with an exception');
    assert.equal(error.name, 'SessionTimeoutException');
    assert.equal(error.message, 'Session timed out');
  });

  test('errors: unknown groups, names and prefixes together, streams with several groups', async () => {
    await expectAwsError(logs.send(new StartLiveTailCommand({ logGroupIdentifiers: [arn('/tail/none')] })), { name: 'ResourceNotFoundException' });
    await expectAwsError(
      logs.send(new StartLiveTailCommand({ logGroupIdentifiers: [arn('/tail/api')], logStreamNames: ['web-1'], logStreamNamePrefixes: ['web'] })),
      { name: 'InvalidParameterException' },
    );
    await expectAwsError(logs.send(new StartLiveTailCommand({ logGroupIdentifiers: [arn('/tail/api'), arn('/tail/other')], logStreamNames: ['web-1'] })), { name: 'InvalidParameterException' });
  });
});
