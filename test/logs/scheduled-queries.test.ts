import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  CreateScheduledQueryCommand,
  DeleteScheduledQueryCommand,
  GetScheduledQueryCommand,
  GetScheduledQueryHistoryCommand,
  ListTagsForResourceCommand,
  ListScheduledQueriesCommand,
  PutLogEventsCommand,
  TagResourceCommand,
  UpdateScheduledQueryCommand,
  type TriggerHistoryRecord,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ROLE = 'arn:aws:iam::000000000000:role/scheduled-queries';
const DAY_MS = 86_400_000;

/** Scheduled Logs Insights queries run on the virtual clock, their rows written to S3, their runs in the history. */
describe('Logs scheduled queries (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  let s3: S3Client;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'reports' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'web' }));
  });
  after(async () => {
    logs.destroy();
    s3.destroy();
    await cloud.close();
  });

  /** The history once every run in it has finished (a run's S3 write settles just after the clock moves). */
  async function settledHistory(name: string): Promise<TriggerHistoryRecord[]> {
    for (let attempt = 0; ; attempt++) {
      const history = await logs.send(new GetScheduledQueryHistoryCommand({ identifier: name, startTime: 0, endTime: cloud.clock.now() + DAY_MS }));
      const records = history.triggerHistory ?? [];
      if (records.every((r) => r.executionStatus !== 'Running') || attempt > 100) return records;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  test('a rate schedule runs the query every period over its offset, writes its rows to S3 and keeps each run', async () => {
    const now = cloud.clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'app',
        logStreamName: 'web',
        logEvents: [
          { timestamp: now - 30_000, message: 'ERROR disk full' },
          { timestamp: now - 20_000, message: 'INFO ok' },
          { timestamp: now - 10_000, message: 'ERROR disk full again' },
        ],
      }),
    );
    const created = await logs.send(
      new CreateScheduledQueryCommand({
        name: 'errors-5m',
        description: 'errors in the last 10 minutes',
        queryLanguage: 'CWLI',
        queryString: 'filter @message like /ERROR/ | stats count(*) as errors',
        logGroupIdentifiers: ['app'],
        scheduleExpression: 'rate(5 minutes)',
        startTimeOffset: 600,
        executionRoleArn: ROLE,
        destinationConfiguration: { s3Configuration: { destinationIdentifier: 's3://reports/scheduled', roleArn: ROLE } },
      }),
    );
    assert.equal(created.scheduledQueryArn, 'arn:aws:logs:us-east-1:000000000000:scheduled-query:errors-5m');
    assert.equal(created.state, 'ENABLED');

    const got = await logs.send(new GetScheduledQueryCommand({ identifier: created.scheduledQueryArn }));
    assert.equal(got.name, 'errors-5m');
    assert.equal(got.scheduleExpression, 'rate(5 minutes)');
    assert.equal(got.startTimeOffset, 600);
    assert.deepEqual(got.logGroupIdentifiers, ['app']);
    assert.equal(got.destinationConfiguration?.s3Configuration?.destinationIdentifier, 's3://reports/scheduled');
    assert.equal(got.lastTriggeredTime, undefined, 'not run yet');
    const created0 = got.creationTime!;
    assert.ok(created0 >= now);
    assert.deepEqual(await settledHistory('errors-5m'), []);

    await advanceClock(cloud, '5m');
    const [first] = await settledHistory('errors-5m');
    assert.equal(first.executionStatus, 'Complete');
    assert.equal(first.triggeredTimestamp, created0 + 300_000, 'a rate counts whole periods from the creation time');
    const destination = first.destinations?.[0];
    assert.equal(destination?.destinationType, 'S3');
    assert.equal(destination?.status, 'COMPLETE');
    assert.equal(destination?.processedIdentifier, `s3://reports/scheduled/errors-5m/${first.queryId}.json`);
    const object = await s3.send(new GetObjectCommand({ Bucket: 'reports', Key: `scheduled/errors-5m/${first.queryId}.json` }));
    assert.deepEqual(JSON.parse(await object.Body!.transformToString()), [{ errors: '2' }]);

    await advanceClock(cloud, '10m');
    const runs = await settledHistory('errors-5m');
    assert.deepEqual(runs.map((r) => r.triggeredTimestamp), [created0 + 900_000, created0 + 600_000, created0 + 300_000], 'newest first');
    const latest = await logs.send(new GetScheduledQueryCommand({ identifier: 'errors-5m' }));
    assert.equal(latest.lastTriggeredTime, created0 + 900_000);
    assert.equal(latest.lastExecutionStatus, 'Complete');
    const latestRows = await s3.send(new GetObjectCommand({ Bucket: 'reports', Key: `scheduled/errors-5m/${runs[0].queryId}.json` }));
    assert.deepEqual(JSON.parse(await latestRows.Body!.transformToString()), [{ errors: '0' }], 'the events fell out of the 10-minute window');

    const failedOnly = await logs.send(new GetScheduledQueryHistoryCommand({ identifier: 'errors-5m', startTime: 0, endTime: now + DAY_MS, executionStatuses: ['Failed'] }));
    assert.deepEqual(failedOnly.triggerHistory, []);
    const window = await logs.send(new GetScheduledQueryHistoryCommand({ identifier: 'errors-5m', startTime: created0 + 400_000, endTime: created0 + 700_000 }));
    assert.deepEqual(window.triggerHistory?.map((r) => r.triggeredTimestamp), [created0 + 600_000]);
    const page = await logs.send(new GetScheduledQueryHistoryCommand({ identifier: 'errors-5m', startTime: 0, endTime: now + DAY_MS, maxResults: 2 }));
    assert.equal(page.triggerHistory?.length, 2);
    const rest = await logs.send(new GetScheduledQueryHistoryCommand({ identifier: 'errors-5m', startTime: 0, endTime: now + DAY_MS, maxResults: 2, nextToken: page.nextToken }));
    assert.deepEqual(rest.triggerHistory?.map((r) => r.triggeredTimestamp), [created0 + 300_000]);

    await logs.send(new DeleteScheduledQueryCommand({ identifier: 'errors-5m' }));
    await expectAwsError(logs.send(new GetScheduledQueryCommand({ identifier: 'errors-5m' })), {
      name: 'ResourceNotFoundException',
      message: "Scheduled query 'errors-5m' does not exist.",
      status: 400,
    });
  });

  test('a cron schedule in a time zone, disabled then enabled by an update, listed by state', async () => {
    await logs.send(
      new CreateScheduledQueryCommand({
        name: 'tokyo-morning',
        queryLanguage: 'CWLI',
        queryString: 'fields @message | limit 5',
        logGroupIdentifiers: ['app'],
        scheduleExpression: 'cron(0 9 * * *)',
        timezone: 'Asia/Tokyo',
        executionRoleArn: ROLE,
        state: 'DISABLED',
        tags: { team: 'ops' },
      }),
    );
    const arn = 'arn:aws:logs:us-east-1:000000000000:scheduled-query:tokyo-morning';
    await logs.send(new TagResourceCommand({ resourceArn: arn, tags: { env: 'test' } }));
    assert.deepEqual((await logs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags, { team: 'ops', env: 'test' });
    const disabled = await logs.send(new ListScheduledQueriesCommand({ state: 'DISABLED' }));
    assert.deepEqual(disabled.scheduledQueries?.map((q) => [q.name, q.state, q.timezone]), [['tokyo-morning', 'DISABLED', 'Asia/Tokyo']]);
    assert.deepEqual((await logs.send(new ListScheduledQueriesCommand({ state: 'ENABLED' }))).scheduledQueries, []);
    await advanceClock(cloud, DAY_MS);
    assert.deepEqual(await settledHistory('tokyo-morning'), [], 'a disabled schedule does not run');

    const updated = await logs.send(
      new UpdateScheduledQueryCommand({
        identifier: 'tokyo-morning',
        queryLanguage: 'CWLI',
        queryString: 'fields @message | limit 5',
        logGroupIdentifiers: ['app'],
        scheduleExpression: '0 9 * * *',
        timezone: 'Asia/Tokyo',
        executionRoleArn: ROLE,
        state: 'ENABLED',
      }),
    );
    assert.equal(updated.state, 'ENABLED');
    assert.equal(updated.scheduleExpression, '0 9 * * *', 'standard cron, bare, is accepted as well as cron(...)');
    // 09:00 in Tokyo (UTC+9, no daylight saving) is midnight UTC.
    const now = cloud.clock.now();
    const nextMidnight = Math.ceil((now + 1) / DAY_MS) * DAY_MS;
    await advanceClock(cloud, nextMidnight - now);
    const runs = await settledHistory('tokyo-morning');
    assert.deepEqual(runs.map((r) => [r.triggeredTimestamp, r.executionStatus, r.destinations]), [[nextMidnight, 'Complete', undefined]]);
    await logs.send(new DeleteScheduledQueryCommand({ identifier: 'tokyo-morning' }));
  });

  test('a schedule runs between its start and end times only; a month-long advance of a minutely schedule is fast-forwarded', async () => {
    const minute = 60_000;
    const start = Math.ceil(cloud.clock.now() / minute) * minute + minute;
    const base = { queryLanguage: 'CWLI' as const, queryString: 'fields @message | limit 1', logGroupIdentifiers: ['app'], scheduleExpression: 'rate(1 minute)', executionRoleArn: ROLE };
    await logs.send(
      new CreateScheduledQueryCommand({
        ...base,
        name: 'ten-runs',
        scheduleStartTime: start,
        scheduleEndTime: start + 9 * minute,
        destinationConfiguration: { s3Configuration: { destinationIdentifier: 's3://no-such-bucket/out', roleArn: ROLE } },
      }),
    );
    await advanceClock(cloud, '1h');
    const runs = await settledHistory('ten-runs');
    assert.deepEqual(
      runs.map((r) => r.triggeredTimestamp).reverse(),
      Array.from({ length: 10 }, (_, i) => start + i * minute),
    );
    // The query ran; its delivery failed, and the run says why.
    assert.equal(runs[0].executionStatus, 'Complete');
    assert.deepEqual(runs[0].destinations, [
      { destinationType: 'S3', destinationIdentifier: 's3://no-such-bucket/out', status: 'CLIENT_ERROR', errorMessage: 'The specified bucket does not exist' },
    ]);
    await logs.send(new DeleteScheduledQueryCommand({ identifier: 'ten-runs' }));

    await logs.send(new CreateScheduledQueryCommand({ ...base, name: 'minutely' }));
    const began = performance.now();
    await advanceClock(cloud, 30 * DAY_MS);
    const history = await settledHistory('minutely');
    assert.ok(performance.now() - began < 5000, 'the advance does not run 43,200 queries');
    assert.ok(history.length >= 1 && history.length <= 61, `runs kept: ${history.length}`);
    await logs.send(new DeleteScheduledQueryCommand({ identifier: 'minutely' }));
  });

  test('boto3 creates, lists and reads one, and sees the errors botocore models', async () => {
    const program = `import boto3, json, sys
logs = boto3.client('logs', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')
created = logs.create_scheduled_query(name='py-hourly', queryLanguage='CWLI', queryString='fields @message', logGroupIdentifiers=['app'],
    scheduleExpression='cron(0 * * * *)', executionRoleArn='${ROLE}')
listed = [q['name'] for q in logs.list_scheduled_queries()['scheduledQueries']]
try:
    logs.get_scheduled_query_history(identifier='nope', startTime=0, endTime=1)
    missing = None
except logs.exceptions.ResourceNotFoundException as e:
    missing = [e.response['Error']['Code'], e.response['ResponseMetadata']['HTTPStatusCode']]
logs.delete_scheduled_query(identifier='py-hourly')
print(json.dumps({'arn': created['scheduledQueryArn'], 'state': created['state'], 'listed': listed, 'missing': missing}))`;
    const seen = await new Promise<unknown>((resolve, reject) =>
      execFile('python3', ['-c', program, cloud.endpoint], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' }, timeout: 60_000 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
      ),
    );
    assert.deepEqual(seen, {
      arn: 'arn:aws:logs:us-east-1:000000000000:scheduled-query:py-hourly',
      state: 'ENABLED',
      listed: ['py-hourly'],
      missing: ['ResourceNotFoundException', 400],
    });
  });

  test('errors: a name taken, a bad schedule, zone, query or destination, an unknown group or query', async () => {
    const base = {
      name: 'q1',
      queryLanguage: 'CWLI' as const,
      queryString: 'fields @message',
      logGroupIdentifiers: ['app'],
      scheduleExpression: 'rate(1 hour)',
      executionRoleArn: ROLE,
    };
    await logs.send(new CreateScheduledQueryCommand(base));
    await expectAwsError(logs.send(new CreateScheduledQueryCommand(base)), { name: 'ConflictException', message: 'A scheduled query named q1 already exists.', status: 400 });
    await expectAwsError(logs.send(new CreateScheduledQueryCommand({ ...base, name: 'q2', scheduleExpression: 'cron(0 9 * *)' })), {
      name: 'ValidationException',
      message: 'Invalid schedule expression: cron(0 9 * *)',
      status: 400,
    });
    await expectAwsError(logs.send(new CreateScheduledQueryCommand({ ...base, name: 'q2', scheduleExpression: 'every day' })), { name: 'ValidationException', message: 'Invalid schedule expression: every day' });
    await expectAwsError(logs.send(new CreateScheduledQueryCommand({ ...base, name: 'q2', scheduleExpression: 'rate(0 minutes)' })), { name: 'ValidationException', message: 'Invalid schedule expression: rate(0 minutes)' });
    await expectAwsError(logs.send(new CreateScheduledQueryCommand({ ...base, name: 'q2', scheduleExpression: '*/0 * * * *' })), { name: 'ValidationException', message: 'Invalid schedule expression: */0 * * * *' });
    await expectAwsError(logs.send(new CreateScheduledQueryCommand({ ...base, name: 'q2', timezone: 'Moon/Base' })), { name: 'ValidationException', message: 'Invalid timezone: Moon/Base' });
    await expectAwsError(logs.send(new CreateScheduledQueryCommand({ ...base, name: 'q2', queryString: 'stats count(' })), { name: 'ValidationException', message: /^Invalid query string: / });
    await expectAwsError(
      logs.send(new CreateScheduledQueryCommand({ ...base, name: 'q2', destinationConfiguration: { s3Configuration: { destinationIdentifier: 'reports', roleArn: ROLE } } })),
      {
        name: 'ValidationException',
        message:
          "1 validation error detected: Value 'reports' at 'destinationConfiguration.s3Configuration.destinationIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern: s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?",
        status: 400,
      },
    );
    await expectAwsError(logs.send(new CreateScheduledQueryCommand({ ...base, name: 'q2', logGroupIdentifiers: ['nope'] })), {
      name: 'ResourceNotFoundException',
      message: "Log group 'nope' does not exist for account ID '000000000000'",
      status: 400,
    });
    await expectAwsError(logs.send(new CreateScheduledQueryCommand({ ...base, name: 'bad name!' })), { name: 'ValidationException', status: 400 });
    await expectAwsError(logs.send(new GetScheduledQueryHistoryCommand({ identifier: 'missing', startTime: 0, endTime: 1 })), {
      name: 'ResourceNotFoundException',
      message: "Scheduled query 'missing' does not exist.",
    });
    await expectAwsError(logs.send(new DeleteScheduledQueryCommand({ identifier: 'arn:aws:logs:us-east-1:111111111111:scheduled-query:q1' })), { name: 'ResourceNotFoundException' });
    await logs.send(new DeleteScheduledQueryCommand({ identifier: 'q1' }));
    assert.deepEqual((await logs.send(new ListScheduledQueriesCommand({}))).scheduledQueries, []);
  });
});
