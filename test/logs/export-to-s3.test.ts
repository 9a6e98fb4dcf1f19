import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateExportTaskCommand,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeExportTasksCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutBucketPolicyCommand, PutPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** The bucket policy AWS's export guide gives, for the account that exports. */
function documentedPolicy(bucket: string, account: string): string {
  const conditions = { StringEquals: { 'aws:SourceAccount': [account] }, ArnLike: { 'aws:SourceArn': [`arn:aws:logs:us-east-1:${account}:log-group:*`] } };
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Action: 's3:GetBucketAcl', Effect: 'Allow', Resource: `arn:aws:s3:::${bucket}`, Principal: { Service: 'logs.us-east-1.amazonaws.com' }, Condition: conditions },
      {
        Action: 's3:PutObject',
        Effect: 'Allow',
        Resource: `arn:aws:s3:::${bucket}/*`,
        Principal: { Service: 'logs.us-east-1.amazonaws.com' },
        Condition: { ...conditions, StringEquals: { ...conditions.StringEquals, 's3:x-amz-acl': 'bucket-owner-full-control' } },
      },
    ],
  });
}

/** CreateExportTask writing to a real Nimbus S3 bucket, which must let the Logs service in. */
describe('Logs export tasks to S3', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  let s3: S3Client;
  let start: number;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'web-1' }));
    start = cloud.clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'app',
        logStreamName: 'web-1',
        logEvents: [
          { timestamp: start, message: 'first line' },
          { timestamp: start + 1, message: 'second line' },
        ],
      }),
    );
  });
  after(async () => {
    logs.destroy();
    s3.destroy();
    await cloud.close();
  });

  async function exportTo(bucket: string) {
    const { taskId } = await logs.send(
      new CreateExportTaskCommand({ logGroupName: 'app', from: start - 1000, to: start + 1000, destination: bucket, destinationPrefix: 'exports' }),
    );
    // The task writes through S3 (real file I/O) between clock steps: step until it has finished.
    for (let step = 0; step < 50; step++) {
      await advanceClock(cloud, '1s');
      const { exportTasks } = await logs.send(new DescribeExportTasksCommand({ taskId }));
      const task = exportTasks![0];
      if (task.status?.code !== 'PENDING' && task.status?.code !== 'RUNNING') return { taskId: taskId!, task };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the export task did not finish');
  }

  test('a bucket whose policy lets logs.<region>.amazonaws.com write gets the events, gzip\'d per stream', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'log-archive' }));
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: 'log-archive',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'logs.us-east-1.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::log-archive' },
            { Effect: 'Allow', Principal: { Service: 'logs.us-east-1.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::log-archive/*' },
          ],
        }),
      }),
    );
    const { taskId, task } = await exportTo('log-archive');
    assert.equal(task.status?.code, 'COMPLETED');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'log-archive', Prefix: 'exports/' }));
    assert.deepEqual(listed.Contents?.map((o) => o.Key).sort(), [`exports/${taskId}/web-1/000000.gz`, 'exports/aws-logs-write-test'].sort());
    const object = await s3.send(new GetObjectCommand({ Bucket: 'log-archive', Key: `exports/${taskId}/web-1/000000.gz` }));
    const text = gunzipSync(Buffer.from(await object.Body!.transformToByteArray())).toString();
    assert.match(text, /Z first line\n.*Z second line\n$/);
  });

  test('a bucket that does not let the Logs service in is refused at CreateExportTask, as AWS does', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'closed-archive' }));
    await s3.send(new PutPublicAccessBlockCommand({ Bucket: 'closed-archive', PublicAccessBlockConfiguration: { BlockPublicPolicy: true } }));
    await expectAwsError(logs.send(new CreateExportTaskCommand({ logGroupName: 'app', from: start - 1000, to: start + 1000, destination: 'closed-archive' })), {
      name: 'InvalidParameterException',
      message: 'GetBucketAcl call on the given bucket failed. Please check if CloudWatch Logs has been granted permission to perform this operation.',
      status: 400,
    });
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'closed-archive' }));
    assert.equal(listed.KeyCount, 0);
  });

  test('AWS’s documented bucket policy (SourceAccount, SourceArn, bucket-owner-full-control) lets the export through', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'documented-archive' }));
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'documented-archive', Policy: documentedPolicy('documented-archive', '000000000000') }));
    const { taskId, task } = await exportTo('documented-archive');
    assert.equal(task.status?.code, 'COMPLETED');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'documented-archive', Prefix: 'exports/' }));
    assert.deepEqual(listed.Contents?.map((o) => o.Key).sort(), [`exports/${taskId}/web-1/000000.gz`, 'exports/aws-logs-write-test'].sort());
  });

  test('a policy for another account, or one without PutObject, is refused with AWS’s messages', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'foreign-archive' }));
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'foreign-archive', Policy: documentedPolicy('foreign-archive', '999999999999') }));
    await expectAwsError(logs.send(new CreateExportTaskCommand({ logGroupName: 'app', from: start - 1000, to: start + 1000, destination: 'foreign-archive' })), {
      name: 'InvalidParameterException',
      message: 'GetBucketAcl call on the given bucket failed. Please check if CloudWatch Logs has been granted permission to perform this operation.',
      status: 400,
    });
    await s3.send(new CreateBucketCommand({ Bucket: 'acl-only-archive' }));
    const aclOnly = JSON.parse(documentedPolicy('acl-only-archive', '000000000000')) as { Statement: unknown[] };
    aclOnly.Statement = aclOnly.Statement.slice(0, 1);
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'acl-only-archive', Policy: JSON.stringify(aclOnly) }));
    await expectAwsError(logs.send(new CreateExportTaskCommand({ logGroupName: 'app', from: start - 1000, to: start + 1000, destination: 'acl-only-archive' })), {
      name: 'InvalidParameterException',
      message: 'Please ensure that the CreateExportTask caller has been granted s3:PutObject access to the bucket.',
      status: 400,
    });
    const { exportTasks } = await logs.send(new DescribeExportTasksCommand({}));
    assert.ok(!exportTasks?.some((t) => t.destination === 'foreign-archive' || t.destination === 'acl-only-archive'), 'no task is made');
  });
});
