import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

/**
 * The partition follows the region in every ARN Nimbus builds: aws-cn for cn-*, aws-us-gov for us-gov-*.
 * (S3, Lambda, Logs and CloudWatch have their own partition tests beside their other ARN tests.)
 */
describe('ARNs carry the partition of their region (SQS, DynamoDB)', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  const regions = [
    ['us-east-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
  ] as const;

  for (const [region, partition] of regions) {
    test(`${region}: ${partition}`, async () => {
      const sqs = new SQSClient(clientConfig(cloud, region));
      const dynamodb = new DynamoDBClient(clientConfig(cloud, region));
      try {
        const queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'partitioned' }))).QueueUrl!;
        const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }));
        assert.equal(attributes.Attributes!.QueueArn, `arn:${partition}:sqs:${region}:000000000000:partitioned`);

        const table = await dynamodb.send(new CreateTableCommand({
          TableName: 'partitioned',
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          GlobalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
        }));
        assert.equal(table.TableDescription!.TableArn, `arn:${partition}:dynamodb:${region}:000000000000:table/partitioned`);
        assert.equal(table.TableDescription!.GlobalSecondaryIndexes![0].IndexArn, `arn:${partition}:dynamodb:${region}:000000000000:table/partitioned/index/by-g`);
      } finally {
        sqs.destroy();
        dynamodb.destroy();
      }
    });
  }
});
