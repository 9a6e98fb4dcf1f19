import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogAnomalyDetectorCommand,
  CreateLogGroupCommand,
  CreateLookupTableCommand,
  ListTagsForResourceCommand,
  PutDeliverySourceCommand,
  PutDestinationCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** TagResource, UntagResource and ListTagsForResource on the resources besides log groups that take tags. */
describe('Logs tags on destinations, deliveries, detectors and lookup tables (SDK v3)', () => {
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

  test('tags given at creation are listed; TagResource adds, UntagResource removes; the 50-tag limit holds', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    const arns = [
      (
        await logs.send(
          new PutDestinationCommand({
            destinationName: 'central',
            targetArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/s',
            roleArn: 'arn:aws:iam::000000000000:role/r',
            tags: { team: 'core' },
          }),
        )
      ).destination!.arn!,
      (await logs.send(new PutDeliverySourceCommand({ name: 'cdn', resourceArn: 'arn:aws:cloudfront::000000000000:distribution/E1ABC', logType: 'ACCESS_LOGS', tags: { team: 'core' } })))
        .deliverySource!.arn!,
      (await logs.send(new CreateLookupTableCommand({ lookupTableName: 'users', tableBody: 'id\n1\n', tags: { team: 'core' } }))).lookupTableArn!,
      (await logs.send(new CreateLogAnomalyDetectorCommand({ logGroupArnList: ['arn:aws:logs:us-east-1:000000000000:log-group:app'], tags: { team: 'core' } }))).anomalyDetectorArn!,
    ];
    for (const resourceArn of arns) {
      assert.deepEqual((await logs.send(new ListTagsForResourceCommand({ resourceArn }))).tags, { team: 'core' }, resourceArn);
      await logs.send(new TagResourceCommand({ resourceArn, tags: { env: 'prod' } }));
      await logs.send(new UntagResourceCommand({ resourceArn, tagKeys: ['team'] }));
      assert.deepEqual((await logs.send(new ListTagsForResourceCommand({ resourceArn }))).tags, { env: 'prod' }, resourceArn);
    }
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    await expectAwsError(logs.send(new TagResourceCommand({ resourceArn: arns[0], tags: many })), {
      name: 'TooManyTagsException',
      message: 'A resource can have no more than 50 tags.',
      status: 400,
    });
    await expectAwsError(logs.send(new ListTagsForResourceCommand({ resourceArn: 'arn:aws:logs:us-east-1:000000000000:destination:missing' })), {
      name: 'ResourceNotFoundException',
      message: 'The specified resource arn:aws:logs:us-east-1:000000000000:destination:missing does not exist.',
      status: 400,
    });
  });
});
