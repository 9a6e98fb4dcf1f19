import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import type { LogsApi } from '../../src/services/logs/api.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('Logs events: PutLogEvents, GetLogEvents, FilterLogEvents (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'events' }));
    for (const stream of ['one', 'two', 'three']) await logs.send(new CreateLogStreamCommand({ logGroupName: 'events', logStreamName: stream }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  const put = (stream: string, logEvents: Array<{ timestamp: number; message: string }>, sequenceToken?: string) =>
    logs.send(new PutLogEventsCommand({ logGroupName: 'events', logStreamName: stream, logEvents, sequenceToken }));

  test('PutLogEvents: too old, too new and accepted events; sequence tokens are ignored', async () => {
    const now = cloud.clock.now();
    const result = await put(
      'one',
      [
        { timestamp: now - 15 * 86_400_000, message: 'fifteen days old' },
        { timestamp: now - 1000, message: 'recent' },
        { timestamp: now, message: 'now' },
        { timestamp: now + 3 * 3_600_000, message: 'three hours ahead' },
      ],
      'an-old-sequence-token-from-2019',
    );
    assert.deepEqual(result.rejectedLogEventsInfo, { tooOldLogEventEndIndex: 0, tooNewLogEventStartIndex: 3 });
    assert.match(result.nextSequenceToken!, /^\d+$/);
    const stored = await logs.send(new GetLogEventsCommand({ logGroupName: 'events', logStreamName: 'one', startFromHead: true }));
    assert.deepEqual(stored.events?.map((e) => e.message), ['recent', 'now']);
    assert.equal(stored.events![0].timestamp, now - 1000);
    assert.ok(stored.events![0].ingestionTime! >= now);
  });

  test('PutLogEvents: AWS validation of order, span, size and count', async () => {
    const now = cloud.clock.now();
    await expectAwsError(put('two', [{ timestamp: now, message: 'b' }, { timestamp: now - 1, message: 'a' }]), { name: 'InvalidParameterException', message: 'Log events in a single PutLogEvents request must be in chronological order.' });
    await expectAwsError(put('two', [{ timestamp: now - 25 * 3_600_000, message: 'a' }, { timestamp: now, message: 'b' }]), { message: 'The batch of log events in a single PutLogEvents request cannot span more than 24 hours.' });
    const big = 'x'.repeat(600_000);
    await expectAwsError(put('two', [{ timestamp: now, message: big }, { timestamp: now, message: big }]), { message: 'Upload too large: 1200052 bytes exceeds limit of 1048576' });
    await expectAwsError(put('two', []), { name: 'InvalidParameterException', message: "1 validation error detected: Value '[]' at 'logEvents' failed to satisfy constraint: Member must have length greater than or equal to 1" });
    await expectAwsError(put('two', [{ timestamp: now, message: '' }]), { message: "1 validation error detected: Value '' at 'logEvents.1.member.message' failed to satisfy constraint: Member must have length greater than or equal to 1" });
    await expectAwsError(put('nope', [{ timestamp: now, message: 'x' }]), { name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.' });
  });

  test('GetLogEvents: latest by default, from the head on request, forward and backward tokens', async () => {
    const base = cloud.clock.now() - 60_000;
    await put('three', Array.from({ length: 10 }, (_, i) => ({ timestamp: base + i * 1000, message: `event ${i}` })));
    const latest = await logs.send(new GetLogEventsCommand({ logGroupName: 'events', logStreamName: 'three', limit: 3 }));
    assert.deepEqual(latest.events?.map((e) => e.message), ['event 7', 'event 8', 'event 9']);
    assert.match(latest.nextForwardToken!, /^f\/\d{56}\/s$/);
    assert.match(latest.nextBackwardToken!, /^b\/\d{56}\/s$/);

    const earlier = await logs.send(new GetLogEventsCommand({ logGroupName: 'events', logStreamName: 'three', limit: 3, nextToken: latest.nextBackwardToken }));
    assert.deepEqual(earlier.events?.map((e) => e.message), ['event 4', 'event 5', 'event 6']);
    const forwardAgain = await logs.send(new GetLogEventsCommand({ logGroupName: 'events', logStreamName: 'three', limit: 3, nextToken: earlier.nextForwardToken }));
    assert.deepEqual(forwardAgain.events?.map((e) => e.message), ['event 7', 'event 8', 'event 9']);
    // At the end, the forward token comes back unchanged with no events.
    const end = await logs.send(new GetLogEventsCommand({ logGroupName: 'events', logStreamName: 'three', nextToken: forwardAgain.nextForwardToken }));
    assert.deepEqual(end.events, []);
    assert.equal(end.nextForwardToken, forwardAgain.nextForwardToken);

    const head = await logs.send(new GetLogEventsCommand({ logGroupName: 'events', logStreamName: 'three', limit: 4, startFromHead: true }));
    assert.deepEqual(head.events?.map((e) => e.message), ['event 0', 'event 1', 'event 2', 'event 3']);
    const window = await logs.send(
      new GetLogEventsCommand({ logGroupName: 'events', logStreamName: 'three', startFromHead: true, startTime: base + 2000, endTime: base + 5000 }),
    );
    assert.deepEqual(window.events?.map((e) => e.message), ['event 2', 'event 3', 'event 4']);
    await expectAwsError(logs.send(new GetLogEventsCommand({ logGroupName: 'events', logStreamName: 'three', nextToken: 'f/garbage' })), { name: 'InvalidParameterException', message: 'The specified nextToken is invalid.' });
  });

  test('the module API Lambda uses: ensure the group and stream, put events (unsorted, bad ones dropped)', async () => {
    const api = await cloud.runtime.api<LogsApi>('logs');
    const request = { account: '000000000000', region: 'us-east-1', logGroupName: '/aws/lambda/orders', logStreamName: '2026/01/15/[$LATEST]0123' };
    api.ensureStream(request);
    api.ensureStream(request);
    const now = cloud.clock.now();
    const result = api.putLogEvents({
      ...request,
      events: [
        { timestamp: now, message: 'END RequestId: 1' },
        { timestamp: now - 5, message: 'START RequestId: 1 Version: $LATEST' },
        { timestamp: now - 30 * 86_400_000, message: 'far too old' },
      ],
    });
    assert.deepEqual(result, { accepted: 2 });
    const events = await logs.send(new GetLogEventsCommand({ logGroupName: request.logGroupName, logStreamName: request.logStreamName, startFromHead: true }));
    assert.deepEqual(events.events?.map((e) => e.message), ['START RequestId: 1 Version: $LATEST', 'END RequestId: 1']);
    const created = await logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/lambda/orders' }));
    assert.deepEqual(created.logStreams?.map((s) => s.logStreamName), [request.logStreamName]);
  });

  test('FilterLogEvents: across streams in time order, with patterns, stream selection and pages', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'filtered' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'filtered', logStreamName: 'api-1' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'filtered', logStreamName: 'worker-1' }));
    const t = cloud.clock.now() - 10_000;
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'filtered',
        logStreamName: 'api-1',
        logEvents: [
          { timestamp: t, message: 'ERROR timeout calling db' },
          { timestamp: t + 2000, message: '{"level":"ERROR","latency":250,"user":"alice"}' },
          { timestamp: t + 4000, message: 'INFO all good' },
        ],
      }),
    );
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'filtered',
        logStreamName: 'worker-1',
        logEvents: [
          { timestamp: t + 1000, message: 'WARN queue deep' },
          { timestamp: t + 3000, message: '{"level":"INFO","latency":50,"user":"bob"}' },
          { timestamp: t + 5000, message: '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 2326' },
        ],
      }),
    );
    const filter = async (filterPattern?: string, extra: Record<string, unknown> = {}) =>
      (await logs.send(new FilterLogEventsCommand({ logGroupName: 'filtered', filterPattern, ...extra }))).events?.map((e) => e.message);

    const all = await logs.send(new FilterLogEventsCommand({ logGroupName: 'filtered' }));
    assert.deepEqual(all.events?.map((e) => e.logStreamName), ['api-1', 'worker-1', 'api-1', 'worker-1', 'api-1', 'worker-1']);
    assert.match(all.events![0].eventId!, /^\d{56}$/);
    assert.deepEqual(await filter('ERROR'), ['ERROR timeout calling db', '{"level":"ERROR","latency":250,"user":"alice"}']);
    assert.deepEqual(await filter('?WARN ?timeout'), ['ERROR timeout calling db', 'WARN queue deep']);
    assert.deepEqual(await filter('ERROR -db'), ['{"level":"ERROR","latency":250,"user":"alice"}']);
    assert.deepEqual(await filter('"all good"'), ['INFO all good']);
    assert.deepEqual(await filter('{ $.level = "ERROR" && $.latency > 100 }'), ['{"level":"ERROR","latency":250,"user":"alice"}']);
    assert.deepEqual(await filter('{ $.latency < 100 || $.user = "al*" }'), ['{"level":"ERROR","latency":250,"user":"alice"}', '{"level":"INFO","latency":50,"user":"bob"}']);
    assert.deepEqual(await filter('[ip, user, username, timestamp, request, status_code = 404, bytes > 1000]'), [
      '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 2326',
    ]);
    assert.deepEqual(await filter('[..., status = 4*, bytes]'), ['127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 2326']);
    assert.deepEqual(await filter(undefined, { logStreamNames: ['worker-1'], startTime: t + 2000 }), [
      '{"level":"INFO","latency":50,"user":"bob"}',
      '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 2326',
    ]);
    assert.deepEqual(await filter('INFO', { logStreamNamePrefix: 'api', endTime: t + 4000 }), ['INFO all good']);

    const first = await logs.send(new FilterLogEventsCommand({ logGroupName: 'filtered', limit: 4 }));
    assert.equal(first.events?.length, 4);
    assert.ok(first.nextToken);
    const rest = await logs.send(new FilterLogEventsCommand({ logGroupName: 'filtered', limit: 4, nextToken: first.nextToken }));
    assert.deepEqual(rest.events?.map((e) => e.timestamp), [t + 4000, t + 5000]);
    assert.equal(rest.nextToken, undefined);

    await expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'filtered', filterPattern: '{ $.level = }' })), { name: 'InvalidParameterException', message: /^Invalid filter pattern/ });
    await expectAwsError(logs.send(new FilterLogEventsCommand({ logGroupName: 'filtered', logStreamNames: ['api-1'], logStreamNamePrefix: 'api' })), { name: 'InvalidParameterException' });
  });
});
