import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import {
  CreateDeliveryStreamCommand,
  DeleteDeliveryStreamCommand,
  DescribeDeliveryStreamCommand,
  FirehoseClient,
  ListDeliveryStreamsCommand,
  ListTagsForDeliveryStreamCommand,
  PutRecordCommand,
  StartDeliveryStreamEncryptionCommand,
  StopDeliveryStreamEncryptionCommand,
  TagDeliveryStreamCommand,
  UntagDeliveryStreamCommand,
  UpdateDestinationCommand,
  type CreateDeliveryStreamCommandInput,
} from '@aws-sdk/client-firehose';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ROLE = 'arn:aws:iam::000000000000:role/firehose';
const BUCKET = 'arn:aws:s3:::firehose-control';

describe('Firehose delivery streams', () => {
  let cloud: Cloud;
  let firehose: FirehoseClient;
  before(async () => {
    cloud = await startTestCloud();
    firehose = new FirehoseClient(clientConfig(cloud));
  });
  after(async () => {
    firehose.destroy();
    await cloud.close();
  });

  const create = (name: string, extra: Partial<CreateDeliveryStreamCommandInput> = {}) =>
    firehose.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: name, ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE }, ...extra }));
  const describeStream = async (name: string) => (await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }))).DeliveryStreamDescription!;

  it('creates a stream CREATING that turns ACTIVE on the clock, described with AWS defaults', async () => {
    const created = await create('control-basic', { Tags: [{ Key: 'team', Value: 'data' }] });
    assert.equal(created.DeliveryStreamARN, 'arn:aws:firehose:us-east-1:000000000000:deliverystream/control-basic');
    let stream = await describeStream('control-basic');
    assert.equal(stream.DeliveryStreamStatus, 'CREATING');
    await advanceClock(cloud, '2s');
    stream = await describeStream('control-basic');
    assert.equal(stream.DeliveryStreamStatus, 'ACTIVE');
    assert.equal(stream.DeliveryStreamType, 'DirectPut');
    assert.equal(stream.VersionId, '1');
    assert.equal(stream.HasMoreDestinations, false);
    assert.deepEqual(stream.DeliveryStreamEncryptionConfiguration, { Status: 'DISABLED' });
    assert.ok(stream.CreateTimestamp instanceof Date);
    const destination = stream.Destinations![0]!;
    assert.equal(destination.DestinationId, 'destinationId-000000000001');
    assert.deepEqual(destination.ExtendedS3DestinationDescription, {
      RoleARN: ROLE,
      BucketARN: BUCKET,
      BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 },
      CompressionFormat: 'UNCOMPRESSED',
      EncryptionConfiguration: { NoEncryptionConfig: 'NoEncryption' },
      CloudWatchLoggingOptions: { Enabled: false },
      S3BackupMode: 'Disabled',
    });
    assert.equal(destination.S3DestinationDescription?.BucketARN, BUCKET);
    const none = await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'control-basic', ExclusiveStartDestinationId: 'destinationId-000000000001' }));
    assert.deepEqual(none.DeliveryStreamDescription!.Destinations, []);
  });

  it('refuses a second stream of the same name and answers for streams that do not exist', async () => {
    await create('control-dup');
    await expectAwsError(create('control-dup'), { name: 'ResourceInUseException', message: 'Firehose control-dup under accountId 000000000000 already exists.', status: 400 });
    await expectAwsError(describeStream('control-missing'), { name: 'ResourceNotFoundException', message: 'Firehose control-missing under account 000000000000 not found.', status: 400 });
    await expectAwsError(firehose.send(new PutRecordCommand({ DeliveryStreamName: 'control-missing', Record: { Data: Buffer.from('x') } })), {
      name: 'ResourceNotFoundException',
      message: 'Firehose control-missing under account 000000000000 not found.',
    });
  });

  it('lists streams in pages, by type, after a name', async () => {
    for (const name of ['list-a', 'list-b', 'list-c']) await create(name);
    const first = await firehose.send(new ListDeliveryStreamsCommand({ Limit: 2, ExclusiveStartDeliveryStreamName: 'list' }));
    assert.deepEqual(first.DeliveryStreamNames, ['list-a', 'list-b']);
    assert.equal(first.HasMoreDeliveryStreams, true);
    const rest = await firehose.send(new ListDeliveryStreamsCommand({ ExclusiveStartDeliveryStreamName: 'list-b', DeliveryStreamType: 'DirectPut' }));
    assert.ok(rest.DeliveryStreamNames!.includes('list-c'));
    assert.ok(!rest.DeliveryStreamNames!.includes('list-b'));
    const kinesisSourced = await firehose.send(new ListDeliveryStreamsCommand({ DeliveryStreamType: 'KinesisStreamAsSource' }));
    assert.deepEqual(kinesisSourced.DeliveryStreamNames, []);
    assert.equal(kinesisSourced.HasMoreDeliveryStreams, false);
  });

  it('updates a destination against its current version id, which then goes up', async () => {
    await create('control-update', { ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE, Prefix: 'raw/' } });
    await advanceClock(cloud, '2s');
    await expectAwsError(
      firehose.send(new UpdateDestinationCommand({ DeliveryStreamName: 'control-update', CurrentDeliveryStreamVersionId: '7', DestinationId: 'destinationId-000000000001', ExtendedS3DestinationUpdate: { CompressionFormat: 'GZIP' } })),
      { name: 'ConcurrentModificationException', message: 'Cannot update firehose: control-update since the current version id: 1 and specified version id: 7 do not match', status: 400 },
    );
    await firehose.send(
      new UpdateDestinationCommand({
        DeliveryStreamName: 'control-update',
        CurrentDeliveryStreamVersionId: '1',
        DestinationId: 'destinationId-000000000001',
        ExtendedS3DestinationUpdate: { CompressionFormat: 'GZIP', BufferingHints: { IntervalInSeconds: 60 } },
      }),
    );
    const stream = await describeStream('control-update');
    assert.equal(stream.VersionId, '2');
    assert.ok(stream.LastUpdateTimestamp instanceof Date);
    const s3 = stream.Destinations![0]!.ExtendedS3DestinationDescription!;
    assert.equal(s3.CompressionFormat, 'GZIP');
    assert.deepEqual(s3.BufferingHints, { SizeInMBs: 5, IntervalInSeconds: 60 });
    assert.equal(s3.Prefix, 'raw/');
    await expectAwsError(
      firehose.send(new UpdateDestinationCommand({ DeliveryStreamName: 'control-update', CurrentDeliveryStreamVersionId: '2', DestinationId: 'destinationId-000000000009', S3DestinationUpdate: { Prefix: 'x/' } })),
      { name: 'InvalidArgumentException', message: 'Destination Id destinationId-000000000009 not found.' },
    );
  });

  it('tags, untags and lists tags in pages', async () => {
    await create('control-tags', { Tags: [{ Key: 'a', Value: '1' }] });
    await firehose.send(new TagDeliveryStreamCommand({ DeliveryStreamName: 'control-tags', Tags: [{ Key: 'c', Value: '3' }, { Key: 'b', Value: '2' }] }));
    const page = await firehose.send(new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'control-tags', Limit: 2 }));
    assert.deepEqual(page.Tags, [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }]);
    assert.equal(page.HasMoreTags, true);
    const rest = await firehose.send(new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'control-tags', ExclusiveStartTagKey: 'b' }));
    assert.deepEqual(rest.Tags, [{ Key: 'c', Value: '3' }]);
    await firehose.send(new UntagDeliveryStreamCommand({ DeliveryStreamName: 'control-tags', TagKeys: ['a', 'c'] }));
    const left = await firehose.send(new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'control-tags' }));
    assert.deepEqual(left.Tags, [{ Key: 'b', Value: '2' }]);
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await expectAwsError(firehose.send(new TagDeliveryStreamCommand({ DeliveryStreamName: 'control-tags', Tags: fifty })), { name: 'LimitExceededException', status: 400 });
  });

  it('stores encryption started and stopped, and PutRecord says the record was encrypted', async () => {
    await create('control-sse');
    await advanceClock(cloud, '2s');
    await firehose.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'control-sse', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }));
    assert.deepEqual((await describeStream('control-sse')).DeliveryStreamEncryptionConfiguration, { Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' });
    const put = await firehose.send(new PutRecordCommand({ DeliveryStreamName: 'control-sse', Record: { Data: Buffer.from('secret') } }));
    assert.equal(put.Encrypted, true);
    await expectAwsError(
      firehose.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'control-sse', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK' } })),
      { name: 'InvalidArgumentException', message: 'KeyARN must be specified when KeyType is CUSTOMER_MANAGED_CMK.' },
    );
    await firehose.send(new StopDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'control-sse' }));
    assert.deepEqual((await describeStream('control-sse')).DeliveryStreamEncryptionConfiguration, { Status: 'DISABLED' });
  });

  it('deletes an ACTIVE stream, DELETING for a while, and refuses to delete one still CREATING', async () => {
    await create('control-delete');
    await expectAwsError(firehose.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'control-delete' })), {
      name: 'ResourceInUseException',
      message: 'Firehose control-delete under account 000000000000 is in the CREATING state and cannot be deleted until it is ACTIVE.',
      status: 400,
    });
    await advanceClock(cloud, '2s');
    await firehose.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'control-delete' }));
    assert.equal((await describeStream('control-delete')).DeliveryStreamStatus, 'DELETING');
    await expectAwsError(create('control-delete'), { name: 'ResourceInUseException' });
    await advanceClock(cloud, '2s');
    await expectAwsError(describeStream('control-delete'), { name: 'ResourceNotFoundException' });
    await expectAwsError(firehose.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'control-delete' })), { name: 'ResourceNotFoundException', status: 400 });
  });

  it('refuses bad configurations with AWS errors', async () => {
    await expectAwsError(firehose.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'bad-none' })), {
      name: 'InvalidArgumentException',
      message: 'Exactly one destination configuration is supported for a Firehose',
      status: 400,
    });
    await expectAwsError(
      create('bad-hints', { ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE, BufferingHints: { SizeInMBs: 129, IntervalInSeconds: 60 } } }),
      { name: 'ValidationException', message: /Member must have value less than or equal to 128/, status: 400 },
    );
    await expectAwsError(
      create('bad-interval', { ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE, BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 901 } } }),
      { name: 'ValidationException', message: /Member must have value less than or equal to 900/ },
    );
    await expectAwsError(create('bad-prefix', { ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE, Prefix: 'year=!{timestamp:yyyy}/' } }), {
      name: 'InvalidArgumentException',
      message: 'ErrorOutputPrefix cannot be null or empty when Prefix contains expressions.',
    });
    await expectAwsError(
      create('bad-namespace', { ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE, Prefix: '!{nope:x}/', ErrorOutputPrefix: 'err/!{firehose:error-output-type}/' } }),
      { name: 'InvalidArgumentException', message: /The expression !\{nope:x\} in Prefix is not supported/ },
    );
    await expectAwsError(
      create('bad-error-type', { ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE, Prefix: '!{firehose:error-output-type}/', ErrorOutputPrefix: 'err/' } }),
      { name: 'InvalidArgumentException', message: 'The expression !{firehose:error-output-type} is only allowed in ErrorOutputPrefix.' },
    );
    await expectAwsError(
      create('bad-partition', { ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE, Prefix: '!{partitionKeyFromQuery:id}/', ErrorOutputPrefix: 'err/!{firehose:error-output-type}/' } }),
      { name: 'InvalidArgumentException', message: 'Dynamic Partitioning Namespaces can only be part of a prefix expression when Dynamic Partitioning is enabled.' },
    );
    await expectAwsError(
      create('bad-dp-size', {
        ExtendedS3DestinationConfiguration: {
          BucketARN: BUCKET,
          RoleARN: ROLE,
          Prefix: 'id=!{partitionKeyFromQuery:id}/',
          ErrorOutputPrefix: 'err/!{firehose:error-output-type}/',
          BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 60 },
          DynamicPartitioningConfiguration: { Enabled: true },
          ProcessingConfiguration: { Enabled: true, Processors: [{ Type: 'MetadataExtraction', Parameters: [{ ParameterName: 'MetadataExtractionQuery', ParameterValue: '{id: .id}' }, { ParameterName: 'JsonParsingEngine', ParameterValue: 'JQ-1.6' }] }] },
        },
      }),
      { name: 'InvalidArgumentException', message: 'BufferingHints.SizeInMBs must be at least 64 when Dynamic Partitioning is enabled.' },
    );
    await expectAwsError(
      create('bad-dp-prefix', {
        ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE, Prefix: 'static/', ErrorOutputPrefix: 'err/', DynamicPartitioningConfiguration: { Enabled: true } },
      }),
      { name: 'InvalidArgumentException', message: 'S3 Prefix should contain Dynamic Partitioning namespaces when Dynamic Partitioning is enabled' },
    );
    await expectAwsError(
      create('bad-dp-zero', {
        ExtendedS3DestinationConfiguration: {
          BucketARN: BUCKET,
          RoleARN: ROLE,
          Prefix: 'id=!{partitionKeyFromQuery:id}/',
          ErrorOutputPrefix: 'err/!{firehose:error-output-type}/',
          BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 0 },
          DynamicPartitioningConfiguration: { Enabled: true },
        },
      }),
      { name: 'InvalidArgumentException', message: /zero buffering is not available for dynamic partitioning/ },
    );
    await expectAwsError(
      create('bad-extraction', {
        ExtendedS3DestinationConfiguration: {
          BucketARN: BUCKET,
          RoleARN: ROLE,
          ProcessingConfiguration: { Enabled: true, Processors: [{ Type: 'MetadataExtraction', Parameters: [{ ParameterName: 'MetadataExtractionQuery', ParameterValue: '{id: .id}' }, { ParameterName: 'JsonParsingEngine', ParameterValue: 'JQ-1.6' }] }] },
        },
      }),
      { name: 'InvalidArgumentException', message: 'class com.amazonaws.services.firehose.internal.model.MetadataExtractionProcessor can only be present when Dynamic Partitioning is enabled.' },
    );
    await expectAwsError(
      create('bad-two', { S3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE } }),
      { name: 'InvalidArgumentException', message: 'Exactly one destination configuration is supported for a Firehose' },
    );
    await expectAwsError(
      create('bad-lambda', { ExtendedS3DestinationConfiguration: { BucketARN: BUCKET, RoleARN: ROLE, ProcessingConfiguration: { Enabled: true, Processors: [{ Type: 'Lambda', Parameters: [{ ParameterName: 'NumberOfRetries', ParameterValue: '2' }] }] } } }),
      { name: 'InvalidArgumentException', message: 'Parameter LambdaArn is required for processor type Lambda.' },
    );
    await expectAwsError(
      create('bad-kinesis', { DeliveryStreamType: 'KinesisStreamAsSource' }),
      { name: 'InvalidArgumentException', message: 'KinesisStreamSourceConfiguration is required when DeliveryStreamType is KinesisStreamAsSource.' },
    );
    await expectAwsError(create('bad name'), { name: 'ValidationException', status: 400 });
    await expectAwsError(create('bad-bucket', { ExtendedS3DestinationConfiguration: { BucketARN: 'not-an-arn', RoleARN: ROLE } }), { name: 'ValidationException', status: 400 });
  });

  it('serves the AWS CLI and boto3', async () => {
    const created = await aws(cloud, ['firehose', 'create-delivery-stream', '--delivery-stream-name', 'cli-stream', '--s3-destination-configuration', `BucketARN=${BUCKET},RoleARN=${ROLE}`]);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.json.DeliveryStreamARN, 'arn:aws:firehose:us-east-1:000000000000:deliverystream/cli-stream');
    const described = await aws(cloud, ['firehose', 'describe-delivery-stream', '--delivery-stream-name', 'cli-stream']);
    assert.equal(described.json.DeliveryStreamDescription.Destinations[0].S3DestinationDescription.BucketARN, BUCKET);
    const missing = await aws(cloud, ['firehose', 'describe-delivery-stream', '--delivery-stream-name', 'cli-missing']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /ResourceNotFoundException.*Firehose cli-missing under account 000000000000 not found\./);

    const script = `
import boto3, json, sys
client = boto3.client('firehose', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')
names = client.list_delivery_streams(Limit=100)['DeliveryStreamNames']
put = client.put_record_batch(DeliveryStreamName='cli-stream', Records=[{'Data': b'one'}, {'Data': b'two'}])
print(json.dumps({'names': names, 'failed': put['FailedPutCount'], 'ids': len(put['RequestResponses'])}))
`;
    const out = await new Promise<string>((resolve, reject) =>
      execFile('python3', ['-c', script, cloud.endpoint], { timeout: 30_000 }, (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout))),
    );
    const result = JSON.parse(out);
    assert.ok(result.names.includes('cli-stream'));
    assert.equal(result.failed, 0);
    assert.equal(result.ids, 2);
  });
});
