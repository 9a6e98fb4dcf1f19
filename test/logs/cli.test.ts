import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { aws, AWS_CLI, startTestCloud } from '../support/cloud.js';

/** CloudWatch Logs through the AWS CLI v2 from Debian (2.9), which speaks awsJson1_1 to Logs. */
describe('Logs through the AWS CLI v2', () => {
  let cloud: Cloud;
  before(async () => {
    assert.ok(existsSync(AWS_CLI), `${AWS_CLI} is missing: .ci/run installs Debian's awscli package`);
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('groups, streams, events and filtering', async () => {
    assert.equal((await aws(cloud, ['logs', 'create-log-group', '--log-group-name', '/cli/app', '--tags', 'team=core'])).code, 0);
    assert.equal((await aws(cloud, ['logs', 'put-retention-policy', '--log-group-name', '/cli/app', '--retention-in-days', '7'])).code, 0);
    assert.equal((await aws(cloud, ['logs', 'create-log-stream', '--log-group-name', '/cli/app', '--log-stream-name', 'main'])).code, 0);
    const now = cloud.clock.now();
    const events = JSON.stringify([
      { timestamp: now - 1000, message: '{"level":"ERROR","msg":"disk full"}' },
      { timestamp: now, message: '{"level":"INFO","msg":"recovered"}' },
    ]);
    const put = await aws(cloud, ['logs', 'put-log-events', '--log-group-name', '/cli/app', '--log-stream-name', 'main', '--log-events', events]);
    assert.equal(put.code, 0, put.stderr);
    assert.match(put.json.nextSequenceToken, /^\d+$/);

    const described = await aws(cloud, ['logs', 'describe-log-groups', '--log-group-name-prefix', '/cli']);
    assert.equal(described.code, 0, described.stderr);
    assert.equal(described.json.logGroups[0].logGroupName, '/cli/app');
    assert.equal(described.json.logGroups[0].retentionInDays, 7);

    const got = await aws(cloud, ['logs', 'get-log-events', '--log-group-name', '/cli/app', '--log-stream-name', 'main', '--start-from-head']);
    assert.equal(got.code, 0, got.stderr);
    assert.deepEqual(got.json.events.map((e: { message: string }) => JSON.parse(e.message).msg), ['disk full', 'recovered']);

    const filtered = await aws(cloud, ['logs', 'filter-log-events', '--log-group-name', '/cli/app', '--filter-pattern', '{ $.level = "ERROR" }']);
    assert.equal(filtered.code, 0, filtered.stderr);
    assert.deepEqual(filtered.json.events.map((e: { logStreamName: string }) => e.logStreamName), ['main']);
    assert.equal(filtered.json.events.length, 1);
  });

  test('errors carry AWS codes and messages', async () => {
    const missing = await aws(cloud, ['logs', 'describe-log-streams', '--log-group-name', '/cli/none']);
    assert.equal(missing.code, 254);
    assert.match(missing.stderr, /An error occurred \(ResourceNotFoundException\) when calling the DescribeLogStreams operation( \(reached max retries: 0\))?: The specified log group does not exist\./);
  });
});
