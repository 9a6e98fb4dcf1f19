import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

/** Log group and stream ARNs take the partition of their region (core arn()), and name the group back. */
describe('Logs ARNs follow the region’s partition (SDK v3)', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  for (const [region, partition] of [
    ['us-east-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
  ] as const) {
    test(`${region}: arn:${partition}:logs:…, usable as the group's identifier`, async () => {
      const logs = new CloudWatchLogsClient(clientConfig(cloud, region));
      try {
        await logs.send(new CreateLogGroupCommand({ logGroupName: 'orders' }));
        await logs.send(new CreateLogStreamCommand({ logGroupName: 'orders', logStreamName: 'web-1' }));
        const groupArn = `arn:${partition}:logs:${region}:000000000000:log-group:orders`;
        const { logGroups } = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'orders' }));
        assert.deepEqual(
          logGroups?.map((g) => [g.logGroupArn, g.arn]),
          [[groupArn, `${groupArn}:*`]],
        );
        const { logStreams } = await logs.send(new DescribeLogStreamsCommand({ logGroupIdentifier: groupArn }));
        assert.deepEqual(logStreams?.map((s) => s.arn), [`${groupArn}:log-stream:web-1`]);
        await logs.send(new TagResourceCommand({ resourceArn: groupArn, tags: { team: 'payments' } }));
        assert.deepEqual((await logs.send(new ListTagsForResourceCommand({ resourceArn: groupArn }))).tags, { team: 'payments' });
      } finally {
        logs.destroy();
      }
    });
  }
});
