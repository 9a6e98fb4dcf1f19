import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import {
  CreateBucketCommand,
  DeleteBucketAnalyticsConfigurationCommand,
  DeleteBucketIntelligentTieringConfigurationCommand,
  DeleteBucketMetricsConfigurationCommand,
  GetBucketAccelerateConfigurationCommand,
  GetBucketAnalyticsConfigurationCommand,
  GetBucketIntelligentTieringConfigurationCommand,
  GetBucketMetricsConfigurationCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketRequestPaymentCommand,
  ListBucketAnalyticsConfigurationsCommand,
  ListBucketIntelligentTieringConfigurationsCommand,
  ListBucketMetricsConfigurationsCommand,
  PutBucketAccelerateConfigurationCommand,
  PutBucketAnalyticsConfigurationCommand,
  PutBucketIntelligentTieringConfigurationCommand,
  PutBucketMetricsConfigurationCommand,
  PutBucketRequestPaymentCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { s3Client } from './support.js';

/** Runs boto3 (which still has the legacy bucket notification operations) against the cloud; answers its JSON output. */
function boto3(cloud: Cloud, script: string): Promise<any> {
  const program = `import boto3, json, sys\ns3 = boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')\n${script}`;
  return new Promise((resolve, reject) => {
    execFile('python3', ['-c', program, cloud.endpoint], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' } }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
  });
}

describe('S3 bucket feature configurations through the SDK v3', () => {
  let cloud: Cloud;
  let s3: S3Client;
  let sqs: SQSClient;
  const bucket = 'features';

  before(async () => {
    cloud = await startTestCloud();
    s3 = s3Client(cloud);
    sqs = new SQSClient(clientConfig(cloud));
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(new CreateBucketCommand({ Bucket: 'with.dots' }));
  });
  after(async () => {
    s3.destroy();
    sqs.destroy();
    await cloud.close();
  });

  test('Transfer Acceleration: Enabled/Suspended stored; nothing until set; refused for names with dots', async () => {
    assert.equal((await s3.send(new GetBucketAccelerateConfigurationCommand({ Bucket: bucket }))).Status, undefined);
    await s3.send(new PutBucketAccelerateConfigurationCommand({ Bucket: bucket, AccelerateConfiguration: { Status: 'Enabled' } }));
    assert.equal((await s3.send(new GetBucketAccelerateConfigurationCommand({ Bucket: bucket }))).Status, 'Enabled');
    await s3.send(new PutBucketAccelerateConfigurationCommand({ Bucket: bucket, AccelerateConfiguration: { Status: 'Suspended' } }));
    assert.equal((await s3.send(new GetBucketAccelerateConfigurationCommand({ Bucket: bucket }))).Status, 'Suspended');
    await expectAwsError(s3.send(new PutBucketAccelerateConfigurationCommand({ Bucket: 'with.dots', AccelerateConfiguration: { Status: 'Enabled' } })), {
      name: 'InvalidRequest',
      message: 'Amazon S3 Transfer Acceleration is not supported for buckets with periods (.) in their names.',
      status: 400,
    });
    await expectAwsError(s3.send(new PutBucketAccelerateConfigurationCommand({ Bucket: bucket, AccelerateConfiguration: { Status: 'On' as 'Enabled' } })), { name: 'MalformedXML', status: 400 });
  });

  test('Requester Pays: BucketOwner by default, Requester once set', async () => {
    assert.equal((await s3.send(new GetBucketRequestPaymentCommand({ Bucket: bucket }))).Payer, 'BucketOwner');
    await s3.send(new PutBucketRequestPaymentCommand({ Bucket: bucket, RequestPaymentConfiguration: { Payer: 'Requester' } }));
    assert.equal((await s3.send(new GetBucketRequestPaymentCommand({ Bucket: bucket }))).Payer, 'Requester');
    await expectAwsError(s3.send(new PutBucketRequestPaymentCommand({ Bucket: bucket, RequestPaymentConfiguration: { Payer: 'Nobody' as 'Requester' } })), { name: 'MalformedXML', status: 400 });
  });

  test('metrics configurations: by Id, listed 100 a page with continuation tokens, NoSuchConfiguration', async () => {
    await Promise.all(
      Array.from({ length: 101 }, (_, i) => {
        const id = `m-${String(i).padStart(3, '0')}`;
        return s3.send(new PutBucketMetricsConfigurationCommand({ Bucket: bucket, Id: id, MetricsConfiguration: { Id: id, Filter: { Prefix: `p${i}/` } } }));
      }),
    );
    const got = await s3.send(new GetBucketMetricsConfigurationCommand({ Bucket: bucket, Id: 'm-007' }));
    assert.deepEqual(got.MetricsConfiguration, { Id: 'm-007', Filter: { Prefix: 'p7/' } });
    const first = await s3.send(new ListBucketMetricsConfigurationsCommand({ Bucket: bucket }));
    assert.equal(first.MetricsConfigurationList?.length, 100);
    assert.equal(first.IsTruncated, true);
    const second = await s3.send(new ListBucketMetricsConfigurationsCommand({ Bucket: bucket, ContinuationToken: first.NextContinuationToken }));
    assert.deepEqual(second.MetricsConfigurationList?.map((m) => m.Id), ['m-100']);
    assert.equal(second.IsTruncated, false);
    assert.equal(second.ContinuationToken, first.NextContinuationToken);
    await s3.send(new DeleteBucketMetricsConfigurationCommand({ Bucket: bucket, Id: 'm-100' }));
    await expectAwsError(s3.send(new GetBucketMetricsConfigurationCommand({ Bucket: bucket, Id: 'm-100' })), {
      name: 'NoSuchConfiguration',
      message: 'The specified configuration does not exist.',
      status: 404,
    });
  });

  test('analytics configurations: storage class analysis with a CSV export', async () => {
    const config = {
      Id: 'usage',
      Filter: { Prefix: 'logs/' },
      StorageClassAnalysis: { DataExport: { OutputSchemaVersion: 'V_1' as const, Destination: { S3BucketDestination: { Format: 'CSV' as const, Bucket: 'arn:aws:s3:::features', Prefix: 'analysis/' } } } },
    };
    await s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: bucket, Id: 'usage', AnalyticsConfiguration: config }));
    assert.deepEqual((await s3.send(new GetBucketAnalyticsConfigurationCommand({ Bucket: bucket, Id: 'usage' }))).AnalyticsConfiguration, config);
    assert.deepEqual((await s3.send(new ListBucketAnalyticsConfigurationsCommand({ Bucket: bucket }))).AnalyticsConfigurationList?.map((c) => c.Id), ['usage']);
    const badExport = { ...config, StorageClassAnalysis: { DataExport: { ...config.StorageClassAnalysis.DataExport, OutputSchemaVersion: 'V_2' as 'V_1' } } };
    await expectAwsError(s3.send(new PutBucketAnalyticsConfigurationCommand({ Bucket: bucket, Id: 'usage', AnalyticsConfiguration: badExport })), { name: 'MalformedXML', status: 400 });
    await s3.send(new DeleteBucketAnalyticsConfigurationCommand({ Bucket: bucket, Id: 'usage' }));
    assert.equal((await s3.send(new ListBucketAnalyticsConfigurationsCommand({ Bucket: bucket }))).AnalyticsConfigurationList, undefined);
  });

  test('Intelligent-Tiering configurations: archive tiers stored, an unknown tier refused', async () => {
    const config = { Id: 'archive', Status: 'Enabled' as const, Tierings: [{ Days: 90, AccessTier: 'ARCHIVE_ACCESS' as const }, { Days: 180, AccessTier: 'DEEP_ARCHIVE_ACCESS' as const }] };
    await s3.send(new PutBucketIntelligentTieringConfigurationCommand({ Bucket: bucket, Id: 'archive', IntelligentTieringConfiguration: config }));
    assert.deepEqual((await s3.send(new GetBucketIntelligentTieringConfigurationCommand({ Bucket: bucket, Id: 'archive' }))).IntelligentTieringConfiguration, config);
    assert.deepEqual((await s3.send(new ListBucketIntelligentTieringConfigurationsCommand({ Bucket: bucket }))).IntelligentTieringConfigurationList?.map((c) => c.Id), ['archive']);
    await expectAwsError(
      s3.send(new PutBucketIntelligentTieringConfigurationCommand({ Bucket: bucket, Id: 'x', IntelligentTieringConfiguration: { ...config, Id: 'x', Tierings: [{ Days: 90, AccessTier: 'COLD' as 'ARCHIVE_ACCESS' }] } })),
      { name: 'MalformedXML', status: 400 },
    );
    await s3.send(new DeleteBucketIntelligentTieringConfigurationCommand({ Bucket: bucket, Id: 'archive' }));
    await expectAwsError(s3.send(new GetBucketIntelligentTieringConfigurationCommand({ Bucket: bucket, Id: 'archive' })), { name: 'NoSuchConfiguration', status: 404 });
  });

  test('legacy Put/GetBucketNotification (boto3) read and write the current notification configuration', async () => {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'legacy-events' }))).QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:s3:::${bucket}` } } }] };
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { Policy: JSON.stringify(policy) } }));
    // One boto3 run: the legacy put, then the legacy get.
    const legacy = await boto3(
      cloud,
      `s3.put_bucket_notification(Bucket='${bucket}', NotificationConfiguration={'QueueConfiguration': {'Id': 'legacy', 'Event': 's3:ObjectCreated:*', 'Queue': '${arn}'}})\nr = s3.get_bucket_notification(Bucket='${bucket}')\nr.pop('ResponseMetadata')\nprint(json.dumps(r))`,
    );
    const current = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket }));
    assert.deepEqual(current.QueueConfigurations?.map((q) => [q.Id, q.QueueArn, q.Events]), [['legacy', arn, ['s3:ObjectCreated:*']]]);
    // The legacy document's events are <Event> elements, which botocore reads as both Event and Events.
    assert.deepEqual(legacy, { QueueConfiguration: { Id: 'legacy', Event: 's3:ObjectCreated:*', Events: ['s3:ObjectCreated:*'], Queue: arn } });
  });
});
