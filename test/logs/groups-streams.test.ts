import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AssociateKmsKeyCommand,
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DeleteLogStreamCommand,
  DeleteRetentionPolicyCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  DisassociateKmsKeyCommand,
  GetLogEventsCommand,
  ListTagsForResourceCommand,
  ListTagsLogGroupCommand,
  PutLogEventsCommand,
  PutLogGroupDeletionProtectionCommand,
  PutRetentionPolicyCommand,
  TagLogGroupCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('Logs groups and streams (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('create, describe with prefix, pattern and pages, delete', async () => {
    for (const name of ['/app/api', '/app/web', '/app/worker', '/ops/audit', 'Billing-Service']) {
      await logs.send(new CreateLogGroupCommand({ logGroupName: name }));
    }
    const all = await logs.send(new DescribeLogGroupsCommand({}));
    assert.deepEqual(all.logGroups?.map((g) => g.logGroupName), ['/app/api', '/app/web', '/app/worker', '/ops/audit', 'Billing-Service']);
    const api = all.logGroups![0];
    assert.equal(api.arn, 'arn:aws:logs:us-east-1:000000000000:log-group:/app/api:*');
    assert.equal(api.logGroupArn, 'arn:aws:logs:us-east-1:000000000000:log-group:/app/api');
    assert.equal(api.storedBytes, 0);
    assert.equal(api.metricFilterCount, 0);
    assert.equal(api.logGroupClass, 'STANDARD');
    assert.equal(api.retentionInDays, undefined);
    assert.ok(Math.abs(api.creationTime! - cloud.clock.now()) < 5000);

    const prefixed = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/app/' }));
    assert.deepEqual(prefixed.logGroups?.map((g) => g.logGroupName), ['/app/api', '/app/web', '/app/worker']);
    // The pattern matches anywhere in the name, case-insensitively.
    const pattern = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePattern: 'SERVICE' }));
    assert.deepEqual(pattern.logGroups?.map((g) => g.logGroupName), ['Billing-Service']);
    await expectAwsError(logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/app', logGroupNamePattern: 'x' })), { name: 'InvalidParameterException', message: 'LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.' });

    const first = await logs.send(new DescribeLogGroupsCommand({ limit: 2 }));
    assert.deepEqual(first.logGroups?.map((g) => g.logGroupName), ['/app/api', '/app/web']);
    const second = await logs.send(new DescribeLogGroupsCommand({ limit: 2, nextToken: first.nextToken }));
    assert.deepEqual(second.logGroups?.map((g) => g.logGroupName), ['/app/worker', '/ops/audit']);
    const third = await logs.send(new DescribeLogGroupsCommand({ limit: 2, nextToken: second.nextToken }));
    assert.deepEqual(third.logGroups?.map((g) => g.logGroupName), ['Billing-Service']);
    assert.equal(third.nextToken, undefined);

    await expectAwsError(logs.send(new CreateLogGroupCommand({ logGroupName: '/app/api' })), { name: 'ResourceAlreadyExistsException', message: 'The specified log group already exists', status: 400 });

    await expectAwsError(logs.send(new CreateLogGroupCommand({ logGroupName: 'aws/mine' })), { name: 'InvalidParameterException', message: 'Log groups starting with AWS/ are reserved for AWS.' });

    await expectAwsError(logs.send(new CreateLogGroupCommand({ logGroupName: 'has space' })), { name: 'InvalidParameterException', message: "1 validation error detected: Value 'has space' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+" });

    await logs.send(new DeleteLogGroupCommand({ logGroupName: '/ops/audit' }));
    await expectAwsError(logs.send(new DeleteLogGroupCommand({ logGroupName: '/ops/audit' })), { name: 'ResourceNotFoundException', message: 'The specified log group does not exist.' });
  });

  test('log group classes, KMS key association and deletion protection', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'cold', logGroupClass: 'INFREQUENT_ACCESS' }));
    const key = 'arn:aws:kms:us-east-1:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'secret', kmsKeyId: key }));
    const cold = await logs.send(new DescribeLogGroupsCommand({ logGroupClass: 'INFREQUENT_ACCESS' }));
    assert.deepEqual(cold.logGroups?.map((g) => [g.logGroupName, g.logGroupClass]), [['cold', 'INFREQUENT_ACCESS']]);
    let secret = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'secret' }))).logGroups![0];
    assert.equal(secret.kmsKeyId, key);
    await logs.send(new DisassociateKmsKeyCommand({ logGroupName: 'secret' }));
    secret = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'secret' }))).logGroups![0];
    assert.equal(secret.kmsKeyId, undefined);
    await logs.send(new AssociateKmsKeyCommand({ logGroupName: 'secret', kmsKeyId: key }));
    secret = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'secret' }))).logGroups![0];
    assert.equal(secret.kmsKeyId, key);
    await expectAwsError(logs.send(new AssociateKmsKeyCommand({ logGroupName: 'secret', kmsKeyId: 'not-a-key' })), { name: 'InvalidParameterException' });

    await logs.send(new PutLogGroupDeletionProtectionCommand({ logGroupIdentifier: 'secret', deletionProtectionEnabled: true }));
    await expectAwsError(logs.send(new DeleteLogGroupCommand({ logGroupName: 'secret' })), { name: 'InvalidOperationException' });
    await logs.send(new PutLogGroupDeletionProtectionCommand({ logGroupIdentifier: 'secret', deletionProtectionEnabled: false }));
    await logs.send(new DeleteLogGroupCommand({ logGroupName: 'secret' }));
  });

  test('tags: at creation, TagResource by ARN, and the older TagLogGroup', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'tagged', tags: { team: 'core' } }));
    const arn = 'arn:aws:logs:us-east-1:000000000000:log-group:tagged';
    assert.deepEqual((await logs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags, { team: 'core' });
    await logs.send(new TagResourceCommand({ resourceArn: arn, tags: { env: 'dev', team: 'platform' } }));
    await logs.send(new TagLogGroupCommand({ logGroupName: 'tagged', tags: { cost: '42' } }));
    assert.deepEqual((await logs.send(new ListTagsLogGroupCommand({ logGroupName: 'tagged' }))).tags, { team: 'platform', env: 'dev', cost: '42' });
    await logs.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['cost', 'env'] }));
    assert.deepEqual((await logs.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags, { team: 'platform' });
    await expectAwsError(logs.send(new ListTagsForResourceCommand({ resourceArn: 'arn:aws:logs:us-east-1:000000000000:log-group:nope' })), { name: 'ResourceNotFoundException' });
    // 50 new keys on top of the one the group has: 51 in all.
    const tooMany = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    await expectAwsError(logs.send(new TagResourceCommand({ resourceArn: arn, tags: tooMany })), { name: 'TooManyTagsException' });
  });

  test('streams: create, describe ordered by name or last event time, delete', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'streams' }));
    for (const name of ['b-stream', 'a-stream', 'c-stream']) await logs.send(new CreateLogStreamCommand({ logGroupName: 'streams', logStreamName: name }));
    const now = cloud.clock.now();
    // c gets the oldest event, a the newest; b has none.
    await logs.send(new PutLogEventsCommand({ logGroupName: 'streams', logStreamName: 'c-stream', logEvents: [{ timestamp: now - 3000, message: 'c' }] }));
    await logs.send(new PutLogEventsCommand({ logGroupName: 'streams', logStreamName: 'a-stream', logEvents: [{ timestamp: now - 1000, message: 'a1' }, { timestamp: now, message: 'a2' }] }));

    const byName = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'streams' }));
    assert.deepEqual(byName.logStreams?.map((s) => s.logStreamName), ['a-stream', 'b-stream', 'c-stream']);
    const a = byName.logStreams![0];
    assert.equal(a.firstEventTimestamp, now - 1000);
    assert.equal(a.lastEventTimestamp, now);
    assert.ok(a.lastIngestionTime! >= now - 5000);
    assert.equal(a.arn, 'arn:aws:logs:us-east-1:000000000000:log-group:streams:log-stream:a-stream');
    assert.equal(byName.logStreams![1].firstEventTimestamp, undefined);

    const byTime = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'streams', orderBy: 'LastEventTime', descending: true }));
    assert.deepEqual(byTime.logStreams?.map((s) => s.logStreamName), ['a-stream', 'c-stream', 'b-stream']);
    const prefixed = await logs.send(new DescribeLogStreamsCommand({ logGroupIdentifier: 'arn:aws:logs:us-east-1:000000000000:log-group:streams', logStreamNamePrefix: 'b' }));
    assert.deepEqual(prefixed.logStreams?.map((s) => s.logStreamName), ['b-stream']);
    await expectAwsError(logs.send(new DescribeLogStreamsCommand({ logGroupName: 'streams', orderBy: 'LastEventTime', logStreamNamePrefix: 'a' })), { name: 'InvalidParameterException', message: 'Cannot order by LastEventTime with a logStreamNamePrefix.' });

    const page1 = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'streams', limit: 2, descending: true }));
    assert.deepEqual(page1.logStreams?.map((s) => s.logStreamName), ['c-stream', 'b-stream']);
    const page2 = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'streams', limit: 2, descending: true, nextToken: page1.nextToken }));
    assert.deepEqual(page2.logStreams?.map((s) => s.logStreamName), ['a-stream']);
    assert.equal(page2.nextToken, undefined);

    await expectAwsError(logs.send(new CreateLogStreamCommand({ logGroupName: 'streams', logStreamName: 'a-stream' })), { name: 'ResourceAlreadyExistsException', message: 'The specified log stream already exists' });
    await logs.send(new DeleteLogStreamCommand({ logGroupName: 'streams', logStreamName: 'a-stream' }));
    await expectAwsError(logs.send(new GetLogEventsCommand({ logGroupName: 'streams', logStreamName: 'a-stream' })), { name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.' });
    const storedBytes = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'streams' }))).logGroups![0].storedBytes;
    assert.equal(storedBytes, 1);
  });

  test('retention: AWS values only, and events expire on the clock', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'short-lived' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'short-lived', logStreamName: 's' }));
    await expectAwsError(logs.send(new PutRetentionPolicyCommand({ logGroupName: 'short-lived', retentionInDays: 2 })), { name: 'InvalidParameterException', message: "1 validation error detected: Value '2' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]" });
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'short-lived', retentionInDays: 1 }));
    assert.equal((await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'short-lived' }))).logGroups![0].retentionInDays, 1);

    const now = cloud.clock.now();
    const put = await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'short-lived',
        logStreamName: 's',
        logEvents: [
          { timestamp: now - 2 * 86_400_000, message: 'older than the retention' },
          { timestamp: now - 3_600_000, message: 'an hour old' },
          { timestamp: now, message: 'fresh' },
        ],
      }),
    );
    assert.deepEqual(put.rejectedLogEventsInfo, { expiredLogEventEndIndex: 0 });
    let events = await logs.send(new GetLogEventsCommand({ logGroupName: 'short-lived', logStreamName: 's', startFromHead: true }));
    assert.deepEqual(events.events?.map((e) => e.message), ['an hour old', 'fresh']);

    // A day after the hour-old event, it is gone; the fresh one remains until its own day is up.
    await advanceClock(cloud, '23h');
    events = await logs.send(new GetLogEventsCommand({ logGroupName: 'short-lived', logStreamName: 's', startFromHead: true }));
    assert.deepEqual(events.events?.map((e) => e.message), ['fresh']);
    assert.equal((await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'short-lived' }))).logGroups![0].storedBytes, 5);
    await advanceClock(cloud, '61m');
    events = await logs.send(new GetLogEventsCommand({ logGroupName: 'short-lived', logStreamName: 's', startFromHead: true }));
    assert.deepEqual(events.events, []);

    await logs.send(new DeleteRetentionPolicyCommand({ logGroupName: 'short-lived' }));
    assert.equal((await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'short-lived' }))).logGroups![0].retentionInDays, undefined);
  });
});
