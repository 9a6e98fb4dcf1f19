import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { CloudWatchLogsClient, CreateLogGroupCommand, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand, PutResourcePolicyCommand as PutTablePolicyCommand } from '@aws-sdk/client-dynamodb';
import { CreateEventBusCommand, EventBridgeClient, PutEventsCommand, PutPermissionCommand } from '@aws-sdk/client-eventbridge';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, ListUsersCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateStreamCommand, GetRecordsCommand, GetShardIteratorCommand, KinesisClient, ListStreamsCommand, PutRecordCommand, PutResourcePolicyCommand as PutStreamPolicyCommand } from '@aws-sdk/client-kinesis';
import { GetFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, DeleteBucketPolicyCommand, GetObjectCommand, ListObjectsV2Command, PutBucketPolicyCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

type Keys = { accessKeyId: string; secretAccessKey: string };
const ACCOUNT = '000000000000';
/** AWS's message; an action on no resource (`*`) names none. */
const denied = (action: string, resource: string) =>
  `User: arn:aws:iam::${ACCOUNT}:user/reader is not authorized to perform: ${action}${resource === '*' ? '' : ` on resource: ${resource}`} because no identity-based policy allows the ${action} action`;

/** Each service refuses with its own AccessDenied error; what the policy allows goes through. */
describe('IAM enforcement: each service denies in its own words', () => {
  let cloud: Cloud;
  let keys: Keys;
  const clients: Array<{ destroy(): void }> = [];
  const client = <T extends { destroy(): void }>(make: (config: any) => T, credentials?: Keys): T => {
    const made = make({ ...clientConfig(cloud), ...(credentials ? { credentials } : {}), forcePathStyle: true });
    clients.push(made);
    return made;
  };

  before(async () => {
    cloud = await startTestCloud({ enforceIam: true });
    const iam = client((c) => new IAMClient(c));
    await iam.send(new CreateUserCommand({ UserName: 'reader' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'reader',
        PolicyName: 'read-some',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::docs/public/*' },
            { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::docs', Condition: { StringLike: { 's3:prefix': 'public/*' } } },
            { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/catalog` },
            { Effect: 'Allow', Action: 'logs:DescribeLogGroups', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
          ],
        }),
      }),
    );
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'reader' }))).AccessKey!;
    keys = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
    const s3 = client((c) => new S3Client(c));
    await s3.send(new CreateBucketCommand({ Bucket: 'docs' }));
    await s3.send(new PutObjectCommand({ Bucket: 'docs', Key: 'public/a.txt', Body: 'a' }));
    await s3.send(new PutObjectCommand({ Bucket: 'docs', Key: 'private/b.txt', Body: 'b' }));
    const dynamodb = client((c) => new DynamoDBClient(c));
    await dynamodb.send(
      new CreateTableCommand({ TableName: 'catalog', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }),
    );
    await client((c) => new CloudWatchLogsClient(c)).send(new CreateLogGroupCommand({ logGroupName: 'app' }));
  });
  after(async () => {
    for (const made of clients) made.destroy();
    await cloud.close();
  });

  test('S3: AccessDenied 403 in XML; object and prefix-conditioned list grants work', async () => {
    const s3 = client((c) => new S3Client(c), keys);
    const object = await s3.send(new GetObjectCommand({ Bucket: 'docs', Key: 'public/a.txt' }));
    assert.equal(await object.Body!.transformToString(), 'a');
    await expectAwsError(s3.send(new GetObjectCommand({ Bucket: 'docs', Key: 'private/b.txt' })), {
      name: 'AccessDenied',
      status: 403,
      message: denied('s3:GetObject', 'arn:aws:s3:::docs/private/b.txt'),
    });
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'docs', Prefix: 'public/' }));
    assert.deepEqual(listed.Contents?.map((o) => o.Key), ['public/a.txt']);
    await expectAwsError(s3.send(new ListObjectsV2Command({ Bucket: 'docs', Prefix: 'private/' })), { name: 'AccessDenied', status: 403, message: denied('s3:ListBucket', 'arn:aws:s3:::docs') });
    await expectAwsError(s3.send(new PutObjectCommand({ Bucket: 'docs', Key: 'public/c.txt', Body: 'c' })), { name: 'AccessDenied', status: 403, message: denied('s3:PutObject', 'arn:aws:s3:::docs/public/c.txt') });
  });

  test("S3 across accounts: the bucket policy must name the caller too", async () => {
    const otherIam = client((c) => new IAMClient(c), { accessKeyId: '111111111111', secretAccessKey: 'test' });
    await otherIam.send(new CreateUserCommand({ UserName: 'partner' }));
    await otherIam.send(new PutUserPolicyCommand({ UserName: 'partner', PolicyName: 'get', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }) }));
    const key = (await otherIam.send(new CreateAccessKeyCommand({ UserName: 'partner' }))).AccessKey!;
    const partner = client((c) => new S3Client(c), { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    await expectAwsError(partner.send(new GetObjectCommand({ Bucket: 'docs', Key: 'private/b.txt' })), {
      name: 'AccessDenied',
      status: 403,
      message: 'User: arn:aws:iam::111111111111:user/partner is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::docs/private/b.txt because no resource-based policy allows the s3:GetObject action',
    });
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:user/partner' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/private/*' }] };
    await client((c) => new S3Client(c)).send(new PutBucketPolicyCommand({ Bucket: 'docs', Policy: JSON.stringify(policy) }));
    const object = await partner.send(new GetObjectCommand({ Bucket: 'docs', Key: 'private/b.txt' }));
    assert.equal(await object.Body!.transformToString(), 'b');
    await client((c) => new S3Client(c)).send(new DeleteBucketPolicyCommand({ Bucket: 'docs' }));
  });

  test('DynamoDB: AccessDeniedException 400', async () => {
    const dynamodb = client((c) => new DynamoDBClient(c), keys);
    const found = await dynamodb.send(new GetItemCommand({ TableName: 'catalog', Key: { id: { S: 'x' } } }));
    assert.equal(found.Item, undefined);
    await expectAwsError(dynamodb.send(new PutItemCommand({ TableName: 'catalog', Item: { id: { S: 'x' } } })), {
      name: 'AccessDeniedException',
      status: 400,
      message: denied('dynamodb:PutItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/catalog`),
    });
  });

  test("DynamoDB: a table's resource policy naming a user lets it write without an identity policy", async () => {
    const iam = client((c) => new IAMClient(c));
    await iam.send(new CreateUserCommand({ UserName: 'writer' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'writer' }))).AccessKey!;
    const writer = client((c) => new DynamoDBClient(c), { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    const tableArn = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/catalog`;
    const put = () => writer.send(new PutItemCommand({ TableName: 'catalog', Item: { id: { S: 'from-writer' } } }));
    await expectAwsError(put(), {
      name: 'AccessDeniedException',
      status: 400,
      message: `User: arn:aws:iam::${ACCOUNT}:user/writer is not authorized to perform: dynamodb:PutItem on resource: ${tableArn} because no identity-based policy allows the dynamodb:PutItem action`,
    });
    const tablePolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/writer` }, Action: 'dynamodb:PutItem', Resource: tableArn }] };
    await client((c) => new DynamoDBClient(c)).send(new PutTablePolicyCommand({ ResourceArn: tableArn, Policy: JSON.stringify(tablePolicy) }));
    await put();
    const item = await client((c) => new DynamoDBClient(c)).send(new GetItemCommand({ TableName: 'catalog', Key: { id: { S: 'from-writer' } } }));
    assert.equal(item.Item?.id?.S, 'from-writer');
  });

  test('Lambda: AccessDeniedException 403', async () => {
    const lambda = client((c) => new LambdaClient(c), keys);
    await expectAwsError(lambda.send(new GetFunctionCommand({ FunctionName: 'anything' })), {
      name: 'AccessDeniedException',
      status: 403,
      message: denied('lambda:GetFunction', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:anything`),
    });
  });

  test('SNS: AuthorizationError 403', async () => {
    const topicArn = (await client((c) => new SNSClient(c)).send(new CreateTopicCommand({ Name: 'alerts' }))).TopicArn!;
    const sns = client((c) => new SNSClient(c), keys);
    await expectAwsError(sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'hi' })), { name: 'AuthorizationErrorException', status: 403, message: denied('sns:Publish', topicArn) });
  });

  test('Kinesis, EventBridge, Logs: AccessDeniedException 400; a condition on aws:SecureTransport holds', async () => {
    await expectAwsError(client((c) => new KinesisClient(c), keys).send(new ListStreamsCommand({})), { name: 'AccessDeniedException', status: 400, message: denied('kinesis:ListStreams', '*') });
    await expectAwsError(client((c) => new EventBridgeClient(c), keys).send(new PutEventsCommand({ Entries: [{ Source: 'app', DetailType: 't', Detail: '{}' }] })), {
      name: 'AccessDeniedException',
      status: 400,
      message: denied('events:PutEvents', `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/default`),
    });
    const groups = await client((c) => new CloudWatchLogsClient(c), keys).send(new DescribeLogGroupsCommand({}));
    assert.deepEqual(groups.logGroups?.map((g) => g.logGroupName), ['app']);
    await expectAwsError(client((c) => new CloudWatchLogsClient(c), keys).send(new CreateLogGroupCommand({ logGroupName: 'other' })), {
      name: 'AccessDeniedException',
      status: 400,
      message: denied('logs:CreateLogGroup', `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:other`),
    });
  });

  test("EventBridge across accounts: the bus policy lets another account's user put events", async () => {
    const busArn = (await client((c) => new EventBridgeClient(c)).send(new CreateEventBusCommand({ Name: 'shared' }))).EventBusArn!;
    const otherIam = client((c) => new IAMClient(c), { accessKeyId: '111111111111', secretAccessKey: 'test' });
    await otherIam.send(new CreateUserCommand({ UserName: 'publisher' }));
    await otherIam.send(new PutUserPolicyCommand({ UserName: 'publisher', PolicyName: 'put', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'events:PutEvents', Resource: '*' }] }) }));
    const key = (await otherIam.send(new CreateAccessKeyCommand({ UserName: 'publisher' }))).AccessKey!;
    const publisher = client((c) => new EventBridgeClient(c), { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    const put = () => publisher.send(new PutEventsCommand({ Entries: [{ EventBusName: busArn, Source: 'partner', DetailType: 't', Detail: '{}' }] }));
    await expectAwsError(put(), {
      name: 'AccessDeniedException',
      status: 400,
      message: `User: arn:aws:iam::111111111111:user/publisher is not authorized to perform: events:PutEvents on resource: ${busArn} because no resource-based policy allows the events:PutEvents action`,
    });
    await client((c) => new EventBridgeClient(c)).send(new PutPermissionCommand({ EventBusName: 'shared', StatementId: 'partner', Action: 'events:PutEvents', Principal: '111111111111' }));
    const result = await put();
    assert.equal(result.FailedEntryCount, 0);
  });

  test("Kinesis: GetRecords acts on the stream its iterator names; a stream policy lets another account write", async () => {
    const root = client((c) => new KinesisClient(c));
    for (const name of ['clicks', 'other']) await root.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
    const iam = client((c) => new IAMClient(c));
    await iam.send(new CreateUserCommand({ UserName: 'consumer' }));
    const grant = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['kinesis:GetShardIterator', 'kinesis:GetRecords'], Resource: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/clicks` }] };
    await iam.send(new PutUserPolicyCommand({ UserName: 'consumer', PolicyName: 'read', PolicyDocument: JSON.stringify(grant) }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'consumer' }))).AccessKey!;
    const consumer = client((c) => new KinesisClient(c), { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    const iterator = (await consumer.send(new GetShardIteratorCommand({ StreamName: 'clicks', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    assert.deepEqual((await consumer.send(new GetRecordsCommand({ ShardIterator: iterator }))).Records, []);
    const foreign = (await root.send(new GetShardIteratorCommand({ StreamName: 'other', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    await expectAwsError(consumer.send(new GetRecordsCommand({ ShardIterator: foreign })), {
      name: 'AccessDeniedException',
      status: 400,
      message: `User: arn:aws:iam::${ACCOUNT}:user/consumer is not authorized to perform: kinesis:GetRecords on resource: arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/other because no identity-based policy allows the kinesis:GetRecords action`,
    });

    // Another account's user writes to the stream once its resource policy lets it.
    const otherIam = client((c) => new IAMClient(c), { accessKeyId: '111111111111', secretAccessKey: 'test' });
    await otherIam.send(new CreateUserCommand({ UserName: 'producer' }));
    await otherIam.send(new PutUserPolicyCommand({ UserName: 'producer', PolicyName: 'put', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kinesis:PutRecord', Resource: '*' }] }) }));
    const producerKey = (await otherIam.send(new CreateAccessKeyCommand({ UserName: 'producer' }))).AccessKey!;
    const producer = client((c) => new KinesisClient(c), { accessKeyId: producerKey.AccessKeyId!, secretAccessKey: producerKey.SecretAccessKey! });
    const streamArn = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/clicks`;
    const putRecord = () => producer.send(new PutRecordCommand({ StreamARN: streamArn, PartitionKey: 'k', Data: Buffer.from('x') }));
    await expectAwsError(putRecord(), {
      name: 'AccessDeniedException',
      status: 400,
      message: `User: arn:aws:iam::111111111111:user/producer is not authorized to perform: kinesis:PutRecord on resource: ${streamArn} because no resource-based policy allows the kinesis:PutRecord action`,
    });
    const streamPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kinesis:PutRecord', Resource: streamArn }] };
    await root.send(new PutStreamPolicyCommand({ ResourceARN: streamArn, Policy: JSON.stringify(streamPolicy) }));
    assert.ok((await putRecord()).SequenceNumber);
  });

  test('IAM: AccessDenied 403; STS GetCallerIdentity needs no permission', async () => {
    await expectAwsError(client((c) => new IAMClient(c), keys).send(new ListUsersCommand({})), { name: 'AccessDenied', status: 403, message: denied('iam:ListUsers', '*') });
    const identity = await client((c) => new STSClient(c), keys).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Arn, `arn:aws:iam::${ACCOUNT}:user/reader`);
  });

  test('boto3: the same decisions from Python', async () => {
    const script = `
import boto3, botocore, json, sys
kw = dict(endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3])
out = {}
s3 = boto3.client('s3', config=botocore.config.Config(s3={'addressing_style': 'path'}), **kw)
out['get'] = s3.get_object(Bucket='docs', Key='public/a.txt')['Body'].read().decode()
for name, call in [('s3', lambda: s3.get_object(Bucket='docs', Key='private/b.txt')),
                   ('ddb', lambda: boto3.client('dynamodb', **kw).put_item(TableName='catalog', Item={'id': {'S': 'y'}})),
                   ('sqs', lambda: boto3.client('sqs', **kw).list_queues())]:
    try:
        call(); out[name] = 'allowed'
    except botocore.exceptions.ClientError as e:
        out[name] = [e.response['Error']['Code'], e.response['ResponseMetadata']['HTTPStatusCode'], e.response['Error']['Message']]
print(json.dumps(out))
`;
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile('python3', ['-c', script, cloud.endpoint, keys.accessKeyId, keys.secretAccessKey], { timeout: 30_000 }, (error, out, err) => (error ? reject(new Error(err || String(error))) : resolve(out))),
    );
    const result = JSON.parse(stdout);
    assert.equal(result.get, 'a');
    assert.deepEqual(result.s3, ['AccessDenied', 403, denied('s3:GetObject', 'arn:aws:s3:::docs/private/b.txt')]);
    assert.deepEqual(result.ddb, ['AccessDeniedException', 400, denied('dynamodb:PutItem', `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/catalog`)]);
    assert.deepEqual(result.sqs, ['AccessDenied', 403, denied('sqs:ListQueues', '*')]);
  });
});
