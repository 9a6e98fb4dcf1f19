import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateExportTaskCommand,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteSubscriptionFilterCommand,
  DescribeExportTasksCommand,
  DescribeSubscriptionFiltersCommand,
  PutLogEventsCommand,
  PutSubscriptionFilterCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Provider, ServiceModule } from '../../src/core/runtime.js';
import type { Cloud } from '../../src/index.js';
import { SERVICE_LOADERS } from '../../src/services/index.js';
import type { LambdaApi } from '../../src/services/lambda/api.js';
import type { LogsKinesisTarget } from '../../src/services/logs/api.js';
import type { S3Api } from '../../src/services/s3/api.js';
import { encodeSubscriptionPayload, lambdaSubscriptionEvent, type SubscriptionPayload } from '../../src/services/logs/subscriptions.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('subscription payloads (unit)', () => {
  const payload: SubscriptionPayload = {
    messageType: 'DATA_MESSAGE',
    owner: '123456789012',
    logGroup: '/aws/lambda/orders',
    logStream: '2026/01/15/[$LATEST]abc',
    subscriptionFilters: ['to-kinesis'],
    logEvents: [{ id: '0'.repeat(56), timestamp: 1_768_471_200_000, message: 'ERROR boom' }],
  };

  test('the payload is gzip’d JSON with AWS’s members, in AWS’s order', () => {
    const gz = encodeSubscriptionPayload(payload);
    assert.deepEqual([gz[0], gz[1]], [0x1f, 0x8b], 'gzip magic');
    const text = gunzipSync(gz).toString('utf8');
    assert.deepEqual(Object.keys(JSON.parse(text)), ['messageType', 'owner', 'logGroup', 'logStream', 'subscriptionFilters', 'logEvents']);
    assert.deepEqual(JSON.parse(text), payload);
  });

  test('a Lambda subscriber gets {"awslogs":{"data": base64 gzip}}', () => {
    const event = JSON.parse(lambdaSubscriptionEvent(payload)) as { awslogs: { data: string } };
    assert.deepEqual(JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8')), payload);
  });
});

/** Stand-ins for the Lambda, Kinesis and S3 module APIs, plugged in where those services will be. */
const invoked: Array<Parameters<LambdaApi['invokeAsync']>[0]> = [];
const records: Array<{ streamArn: string; data: Buffer; partitionKey: string }> = [];
const objects = new Map<string, Buffer>();
const fakeLambda: Pick<LambdaApi, 'invokeAsync' | 'functionExists'> = {
  invokeAsync: (request) => (invoked.push(request), { requestId: 'fake' }),
  functionExists: (arn) => !arn.endsWith(':function:missing'),
};
const fakeKinesis: LogsKinesisTarget = { putRecord: (request) => void records.push(request) };
const fakeS3: Pick<S3Api, 'putObject' | 'bucketExists' | 'servicePolicyAllows'> = {
  putObject: async (request) => (objects.set(`${request.bucket}/${request.key}`, request.body), { etag: '"fake"' }),
  bucketExists: ({ bucket }) => bucket === 'exports',
  servicePolicyAllows: () => true,
};
const module = (api: unknown): ServiceModule => ({ createProvider: (): Provider => ({ operations: {}, api }) });

describe('subscription filters and export tasks through the service seams (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  const saved = { ...SERVICE_LOADERS };
  before(async () => {
    SERVICE_LOADERS.lambda = async () => module(fakeLambda);
    SERVICE_LOADERS.kinesis = async () => module(fakeKinesis);
    SERVICE_LOADERS.s3 = async () => module(fakeS3);
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/lambda/orders' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: '/aws/lambda/orders', logStreamName: 'run-1' }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
    for (const key of Object.keys(SERVICE_LOADERS)) delete SERVICE_LOADERS[key];
    Object.assign(SERVICE_LOADERS, saved);
  });

  test('matching events reach Lambda and Kinesis as AWS’s payload; filters are stored and limited', async () => {
    const lambdaArn = 'arn:aws:lambda:us-east-1:000000000000:function:log-processor';
    const streamArn = 'arn:aws:kinesis:us-east-1:000000000000:stream/log-stream';
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName: '/aws/lambda/orders', filterName: 'errors-to-lambda', filterPattern: 'ERROR', destinationArn: lambdaArn }));
    await logs.send(
      new PutSubscriptionFilterCommand({
        logGroupName: '/aws/lambda/orders',
        filterName: 'all-to-kinesis',
        filterPattern: '',
        destinationArn: streamArn,
        roleArn: 'arn:aws:iam::000000000000:role/CWLtoKinesis',
      }),
    );
    const described = await logs.send(new DescribeSubscriptionFiltersCommand({ logGroupName: '/aws/lambda/orders' }));
    assert.deepEqual(described.subscriptionFilters?.map((f) => [f.filterName, f.destinationArn, f.distribution]), [
      ['all-to-kinesis', streamArn, 'ByLogStream'],
      ['errors-to-lambda', lambdaArn, 'ByLogStream'],
    ]);
    await expectAwsError(
      logs.send(new PutSubscriptionFilterCommand({ logGroupName: '/aws/lambda/orders', filterName: 'third', filterPattern: '', destinationArn: lambdaArn })),
      { name: 'LimitExceededException' },
    );
    await expectAwsError(
      logs.send(
        new PutSubscriptionFilterCommand({
          logGroupName: '/aws/lambda/orders',
          filterName: 'errors-to-lambda',
          filterPattern: '',
          destinationArn: 'arn:aws:lambda:us-east-1:000000000000:function:missing',
        }),
      ),
      { name: 'InvalidParameterException', message: 'Could not deliver test message to specified destination. Check if the destination is valid.' },
    );
    await expectAwsError(
      logs.send(new PutSubscriptionFilterCommand({ logGroupName: '/aws/lambda/orders', filterName: 'x', filterPattern: '', destinationArn: 'arn:aws:sqs:us-east-1:000000000000:q' })),
      { name: 'InvalidParameterException' },
    );

    const now = cloud.clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: '/aws/lambda/orders',
        logStreamName: 'run-1',
        logEvents: [
          { timestamp: now - 2, message: 'START RequestId: 1' },
          { timestamp: now - 1, message: 'ERROR order 7 failed' },
          { timestamp: now, message: 'END RequestId: 1' },
        ],
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));

    assert.equal(invoked.length, 1);
    assert.equal(invoked[0].functionArn, lambdaArn);
    assert.equal(invoked[0].sourceArn, 'arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/orders');
    const lambdaPayload = JSON.parse(gunzipSync(Buffer.from(JSON.parse(invoked[0].payload).awslogs.data, 'base64')).toString()) as SubscriptionPayload;
    assert.equal(lambdaPayload.messageType, 'DATA_MESSAGE');
    assert.equal(lambdaPayload.owner, '000000000000');
    assert.equal(lambdaPayload.logGroup, '/aws/lambda/orders');
    assert.equal(lambdaPayload.logStream, 'run-1');
    assert.deepEqual(lambdaPayload.subscriptionFilters, ['errors-to-lambda']);
    assert.deepEqual(lambdaPayload.logEvents.map((e) => [e.timestamp, e.message]), [[now - 1, 'ERROR order 7 failed']]);
    assert.match(lambdaPayload.logEvents[0].id, /^\d{56}$/);

    assert.equal(records.length, 1);
    assert.equal(records[0].streamArn, streamArn);
    const kinesisPayload = JSON.parse(gunzipSync(records[0].data).toString()) as SubscriptionPayload;
    assert.deepEqual(kinesisPayload.subscriptionFilters, ['all-to-kinesis']);
    assert.equal(kinesisPayload.logEvents.length, 3);

    await logs.send(new DeleteSubscriptionFilterCommand({ logGroupName: '/aws/lambda/orders', filterName: 'errors-to-lambda' }));
    await expectAwsError(logs.send(new DeleteSubscriptionFilterCommand({ logGroupName: '/aws/lambda/orders', filterName: 'errors-to-lambda' })), { name: 'ResourceNotFoundException' });
  });

  test('CreateExportTask writes gzip’d events per stream to the bucket through S3’s API', async () => {
    const start = cloud.clock.now() - 60_000;
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: '/aws/lambda/orders',
        logStreamName: 'run-1',
        logEvents: [
          { timestamp: start, message: 'first export line' },
          { timestamp: start + 1000, message: 'second export line' },
        ],
      }),
    );
    const created = await logs.send(
      new CreateExportTaskCommand({ taskName: 'nightly', logGroupName: '/aws/lambda/orders', from: start, to: start + 2000, destination: 'exports', destinationPrefix: 'logs' }),
    );
    let task = (await logs.send(new DescribeExportTasksCommand({ taskId: created.taskId }))).exportTasks![0];
    assert.ok(['PENDING', 'RUNNING'].includes(task.status!.code!), task.status?.code);
    assert.equal(task.taskName, 'nightly');
    await expectAwsError(logs.send(new CreateExportTaskCommand({ logGroupName: '/aws/lambda/orders', from: start, to: start + 1, destination: 'exports' })), { name: 'LimitExceededException' });

    await advanceClock(cloud, '1ms');
    task = (await logs.send(new DescribeExportTasksCommand({ taskId: created.taskId }))).exportTasks![0];
    assert.equal(task.status?.code, 'RUNNING');
    await advanceClock(cloud, '1s');
    task = (await logs.send(new DescribeExportTasksCommand({ taskId: created.taskId }))).exportTasks![0];
    assert.equal(task.status?.code, 'COMPLETED');
    assert.ok(task.executionInfo?.completionTime);
    assert.equal(objects.get('exports/logs/aws-logs-write-test')?.toString(), 'Permission Check Successful');
    const exported = objects.get(`exports/logs/${created.taskId}/run-1/000000.gz`);
    assert.ok(exported, [...objects.keys()].join(', '));
    assert.equal(
      gunzipSync(exported).toString(),
      `${new Date(start).toISOString()} first export line\n${new Date(start + 1000).toISOString()} second export line\n`,
    );

    const noBucket = await logs.send(new CreateExportTaskCommand({ logGroupName: '/aws/lambda/orders', from: start, to: start + 2000, destination: 'missing-bucket' }));
    await advanceClock(cloud, '1ms');
    await advanceClock(cloud, '1s');
    const failed = (await logs.send(new DescribeExportTasksCommand({ taskId: noBucket.taskId }))).exportTasks![0];
    assert.equal(failed.status?.code, 'FAILED');
    assert.equal(failed.status?.message, 'The specified bucket does not exist.');
    const completed = await logs.send(new DescribeExportTasksCommand({ statusCode: 'COMPLETED' }));
    assert.deepEqual(completed.exportTasks?.map((t) => t.taskId), [created.taskId]);

    await expectAwsError(logs.send(new CreateExportTaskCommand({ logGroupName: '/aws/lambda/orders', from: 10, to: 5, destination: 'exports' })), { name: 'InvalidParameterException' });
  });
});
