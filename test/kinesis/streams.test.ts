import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  AddTagsToStreamCommand,
  CreateStreamCommand,
  DeleteResourcePolicyCommand,
  DescribeAccountSettingsCommand,
  DescribeLimitsCommand,
  DescribeStreamCommand,
  DescribeStreamSummaryCommand,
  EnableEnhancedMonitoringCommand,
  GetRecordsCommand,
  GetResourcePolicyCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  ListStreamsCommand,
  ListTagsForResourceCommand,
  ListTagsForStreamCommand,
  PutRecordCommand,
  PutResourcePolicyCommand,
  RemoveTagsFromStreamCommand,
  SplitShardCommand,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAccountSettingsCommand,
  UpdateShardCountCommand,
  UpdateStreamModeCommand,
} from '@aws-sdk/client-kinesis';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, AWS_CLI, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const arnOf = (name: string) => `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/${name}`;

describe('Kinesis streams: the control plane', () => {
  let cloud: Cloud;
  let kinesis: KinesisClient;
  before(async () => {
    cloud = await startTestCloud();
    kinesis = new KinesisClient(clientConfig(cloud));
  });
  after(async () => {
    kinesis.destroy();
    await cloud.close();
  });

  test('create in both modes; describe, summarize and list with paging; names taken and shard limits', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'alpha', ShardCount: 2, Tags: { team: 'data' } }));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'beta', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'gamma', ShardCount: 1 }));

    const beta = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'beta' }))).StreamDescriptionSummary!;
    assert.equal(beta.StreamModeDetails!.StreamMode, 'ON_DEMAND');
    assert.equal(beta.OpenShardCount, 4);
    assert.equal(beta.RetentionPeriodHours, 24);
    assert.equal(beta.StreamARN, arnOf('beta'));
    assert.equal(beta.EncryptionType, 'NONE');
    assert.equal(beta.ConsumerCount, 0);

    const described = (await kinesis.send(new DescribeStreamCommand({ StreamName: 'beta', Limit: 3 }))).StreamDescription!;
    assert.equal(described.Shards!.length, 3);
    assert.equal(described.HasMoreShards, true);
    const rest = (await kinesis.send(new DescribeStreamCommand({ StreamName: 'beta', ExclusiveStartShardId: 'shardId-000000000002' }))).StreamDescription!;
    assert.deepEqual(rest.Shards!.map((s) => s.ShardId), ['shardId-000000000003']);
    assert.equal(rest.HasMoreShards, false);

    const first = await kinesis.send(new ListStreamsCommand({ Limit: 2 }));
    assert.deepEqual(first.StreamNames, ['alpha', 'beta']);
    assert.equal(first.HasMoreStreams, true);
    assert.deepEqual(first.StreamSummaries!.map((s) => [s.StreamName, s.StreamStatus, s.StreamModeDetails!.StreamMode]), [
      ['alpha', 'ACTIVE', 'PROVISIONED'],
      ['beta', 'ACTIVE', 'ON_DEMAND'],
    ]);
    const second = await kinesis.send(new ListStreamsCommand({ NextToken: first.NextToken }));
    assert.deepEqual(second.StreamNames, ['gamma']);
    assert.equal(second.HasMoreStreams, false);
    assert.deepEqual((await kinesis.send(new ListStreamsCommand({ ExclusiveStartStreamName: 'alpha' }))).StreamNames, ['beta', 'gamma']);

    await expectAwsError(kinesis.send(new CreateStreamCommand({ StreamName: 'alpha', ShardCount: 1 })), {
      name: 'ResourceInUseException',
      message: `Stream alpha under account ${ACCOUNT} already exists.`,
      status: 400,
    });
    await expectAwsError(kinesis.send(new CreateStreamCommand({ StreamName: 'huge', ShardCount: 500 })), {
      name: 'LimitExceededException',
      message:
        `This request would exceed the shard limit for the account ${ACCOUNT} in us-east-1. Current shard count for the account: 7. Limit: 500. ` +
        'Number of additional shards that would have resulted from this request: 500. Refer to the AWS Service Limits page (http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits and how to request higher limits.',
    });
    await expectAwsError(kinesis.send(new CreateStreamCommand({ StreamName: 'bad name!', ShardCount: 1 })), { name: 'ValidationException', status: 400 });
    await expectAwsError(kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'nope' })), {
      name: 'ResourceNotFoundException',
      message: `Stream nope under account ${ACCOUNT} not found.`,
      status: 400,
    });
    // An ON_DEMAND stream's shards are AWS's to manage.
    await expectAwsError(kinesis.send(new UpdateShardCountCommand({ StreamName: 'beta', TargetShardCount: 8, ScalingType: 'UNIFORM_SCALING' })), {
      name: 'ValidationException',
      message: `UpdateShardCount is not supported for stream beta under account ${ACCOUNT} in ON_DEMAND mode.`,
      status: 400,
    });
    await expectAwsError(kinesis.send(new SplitShardCommand({ StreamName: 'beta', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1000' })), {
      name: 'ValidationException',
      message: `SplitShard is not supported for stream beta under account ${ACCOUNT} in ON_DEMAND mode.`,
    });
    const limits = await kinesis.send(new DescribeLimitsCommand({}));
    assert.deepEqual([limits.ShardLimit, limits.OpenShardCount, limits.OnDemandStreamCount, limits.OnDemandStreamCountLimit], [500, 7, 1, 50]);
  });

  test('StreamARN works wherever StreamName does; the two must agree', async () => {
    const put = await kinesis.send(new PutRecordCommand({ StreamARN: arnOf('gamma'), PartitionKey: 'p', Data: Buffer.from('by-arn') }));
    const it = (await kinesis.send(new GetShardIteratorCommand({ StreamARN: arnOf('gamma'), ShardId: put.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    const got = await kinesis.send(new GetRecordsCommand({ ShardIterator: it, StreamARN: arnOf('gamma') }));
    assert.equal(Buffer.from(got.Records![0]!.Data!).toString(), 'by-arn');
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamARN: arnOf('gamma'), StreamName: 'gamma' }))).StreamDescriptionSummary!.StreamName, 'gamma');
    await expectAwsError(kinesis.send(new DescribeStreamSummaryCommand({ StreamARN: arnOf('gamma'), StreamName: 'alpha' })), {
      name: 'InvalidArgumentException',
      message: `StreamARN ${arnOf('gamma')} and StreamName alpha do not refer to the same stream.`,
      status: 400,
    });
    await expectAwsError(kinesis.send(new DescribeStreamSummaryCommand({})), { name: 'InvalidArgumentException', message: 'Either StreamName or StreamARN should be provided.' });
    await expectAwsError(kinesis.send(new ListShardsCommand({ StreamName: 'gamma', NextToken: 'abc' })), {
      name: 'InvalidArgumentException',
      message: 'NextToken and StreamName cannot be provided together.',
    });
    await expectAwsError(kinesis.send(new ListShardsCommand({})), { name: 'InvalidArgumentException', message: 'Either NextToken or StreamName should be provided.' });
    const page = await kinesis.send(new ListShardsCommand({ StreamName: 'beta', MaxResults: 1 }));
    await advanceClock(cloud, '301s');
    await expectAwsError(kinesis.send(new ListShardsCommand({ NextToken: page.NextToken })), { name: 'ExpiredNextTokenException', message: 'The requested NextToken has expired.' });
  });

  test('tags on streams, by name and by ARN; at most 50', async () => {
    await kinesis.send(new AddTagsToStreamCommand({ StreamName: 'alpha', Tags: { env: 'test', owner: 'me' } }));
    await kinesis.send(new RemoveTagsFromStreamCommand({ StreamName: 'alpha', TagKeys: ['owner'] }));
    const listed = await kinesis.send(new ListTagsForStreamCommand({ StreamName: 'alpha' }));
    assert.deepEqual(listed.Tags, [
      { Key: 'env', Value: 'test' },
      { Key: 'team', Value: 'data' },
    ]);
    assert.equal(listed.HasMoreTags, false);
    await kinesis.send(new TagResourceCommand({ ResourceARN: arnOf('alpha'), Tags: { cost: '42' } }));
    await kinesis.send(new UntagResourceCommand({ ResourceARN: arnOf('alpha'), TagKeys: ['env'] }));
    assert.deepEqual((await kinesis.send(new ListTagsForResourceCommand({ ResourceARN: arnOf('alpha') }))).Tags, [
      { Key: 'team', Value: 'data' },
      { Key: 'cost', Value: '42' },
    ]);
    const many = Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`k${i}`, 'v']));
    await expectAwsError(kinesis.send(new AddTagsToStreamCommand({ StreamName: 'alpha', Tags: many })), {
      name: 'InvalidArgumentException',
      message: `Failed to add tags to stream alpha under account ${ACCOUNT} because a given stream cannot have more than 50 tags associated with it.`,
    });
    await expectAwsError(kinesis.send(new TagResourceCommand({ ResourceARN: arnOf('nope'), Tags: { a: 'b' } })), { name: 'ResourceNotFoundException' });
  });

  test('encryption, stream mode, enhanced monitoring, resource policies and account settings are kept', async () => {
    await kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'gamma', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    let summary = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'gamma' }))).StreamDescriptionSummary!;
    assert.deepEqual([summary.EncryptionType, summary.KeyId], ['KMS', 'alias/aws/kinesis']);
    const put = await kinesis.send(new PutRecordCommand({ StreamName: 'gamma', PartitionKey: 'p', Data: Buffer.from('secret') }));
    assert.equal(put.EncryptionType, 'KMS');
    await kinesis.send(new StopStreamEncryptionCommand({ StreamName: 'gamma', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    summary = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'gamma' }))).StreamDescriptionSummary!;
    assert.equal(summary.EncryptionType, 'NONE');

    await kinesis.send(new UpdateStreamModeCommand({ StreamARN: arnOf('gamma'), StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'gamma' }))).StreamDescriptionSummary!.StreamModeDetails!.StreamMode, 'ON_DEMAND');

    const monitoring = await kinesis.send(new EnableEnhancedMonitoringCommand({ StreamName: 'gamma', ShardLevelMetrics: ['IncomingBytes', 'IteratorAgeMilliseconds'] }));
    assert.deepEqual(monitoring.CurrentShardLevelMetrics, []);
    assert.deepEqual(monitoring.DesiredShardLevelMetrics, ['IncomingBytes', 'IteratorAgeMilliseconds']);

    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kinesis:GetRecords', Resource: arnOf('gamma') }] });
    await kinesis.send(new PutResourcePolicyCommand({ ResourceARN: arnOf('gamma'), Policy: policy }));
    assert.equal((await kinesis.send(new GetResourcePolicyCommand({ ResourceARN: arnOf('gamma') }))).Policy, policy);
    await kinesis.send(new DeleteResourcePolicyCommand({ ResourceARN: arnOf('gamma') }));
    assert.equal((await kinesis.send(new GetResourcePolicyCommand({ ResourceARN: arnOf('gamma') }))).Policy, '{}');
    await expectAwsError(kinesis.send(new PutResourcePolicyCommand({ ResourceARN: arnOf('gamma'), Policy: 'not json' })), { name: 'InvalidArgumentException', status: 400 });

    assert.equal((await kinesis.send(new DescribeAccountSettingsCommand({}))).MinimumThroughputBillingCommitment!.Status, 'DISABLED');
    const enabled = await kinesis.send(new UpdateAccountSettingsCommand({ MinimumThroughputBillingCommitment: { Status: 'ENABLED' } }));
    assert.equal(enabled.MinimumThroughputBillingCommitment!.Status, 'ENABLED');
    const disabling = await kinesis.send(new UpdateAccountSettingsCommand({ MinimumThroughputBillingCommitment: { Status: 'DISABLED' } }));
    assert.equal(disabling.MinimumThroughputBillingCommitment!.Status, 'ENABLED_UNTIL_EARLIEST_ALLOWED_END');
    await advanceClock(cloud, '25h');
    assert.equal((await kinesis.send(new DescribeAccountSettingsCommand({}))).MinimumThroughputBillingCommitment!.Status, 'DISABLED');
  });

  test('the AWS CLI creates, lists, puts and reads', async () => {
    assert.ok(existsSync(AWS_CLI), `${AWS_CLI} is missing`);
    const created = await aws(cloud, ['kinesis', 'create-stream', '--stream-name', 'cli-stream', '--shard-count', '1']);
    assert.equal(created.code, 0, created.stderr);
    const put = await aws(cloud, ['kinesis', 'put-record', '--stream-name', 'cli-stream', '--partition-key', 'p', '--data', 'aGVsbG8=']);
    assert.equal(put.code, 0, put.stderr);
    assert.equal(put.json.ShardId, 'shardId-000000000000');
    const it = await aws(cloud, ['kinesis', 'get-shard-iterator', '--stream-name', 'cli-stream', '--shard-id', 'shardId-000000000000', '--shard-iterator-type', 'TRIM_HORIZON']);
    const got = await aws(cloud, ['kinesis', 'get-records', '--shard-iterator', it.json.ShardIterator]);
    assert.equal(got.code, 0, got.stderr);
    assert.equal(Buffer.from(got.json.Records[0].Data, 'base64').toString(), 'hello');
    assert.equal(got.json.Records[0].SequenceNumber, put.json.SequenceNumber);
    const missing = await aws(cloud, ['kinesis', 'describe-stream-summary', '--stream-name', 'nope']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /ResourceNotFoundException.*Stream nope under account 000000000000 not found\./);
  });
});
