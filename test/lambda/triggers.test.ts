import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand, PutSubscriptionFilterCommand } from '@aws-sdk/client-cloudwatch-logs';
import { AddPermissionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutBucketNotificationConfigurationCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, eventually } from './support.js';
import { expectAwsError } from '../support/errors.js';

/** Other services invoking functions through Lambda's module API: alarm actions, log subscriptions, S3 notifications. */
describe('Lambda invoked by CloudWatch alarms, Logs subscription filters and S3 notifications', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let queueUrl: string;
  let functionArn: string;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'seen-events' }))).QueueUrl!;
    // The function forwards every event it gets to a queue, with the SDK Nimbus gives functions.
    const created = await createFunction(lambda, 'forwarder', {
      'index.mjs': `
        import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
        import { gunzipSync } from 'node:zlib';
        const sqs = new SQSClient({});
        export const handler = async (event) => {
          const body = event.awslogs ? JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString()) : event;
          await sqs.send(new SendMessageCommand({ QueueUrl: ${JSON.stringify(queueUrl)}, MessageBody: JSON.stringify(body) }));
          return 'ok';
        };`,
    }, { Handler: 'index.handler', Timeout: 10 });
    functionArn = created.FunctionArn!;
  });
  after(async () => {
    lambda.destroy();
    sqs.destroy();
    await cloud.close();
  });

  async function nextEvent(): Promise<any> {
    return eventually(async () => {
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 1 }));
      return Messages?.[0] ? JSON.parse(Messages[0].Body!) : undefined;
    }, 20_000, 'the function to forward an event');
  }

  test('an alarm action invokes the function with the alarm event', async () => {
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'forwarder',
        StatementId: 'alarms',
        Action: 'lambda:InvokeFunction',
        Principal: 'lambda.alarms.cloudwatch.amazonaws.com',
        SourceArn: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:errors',
      }),
    );
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'errors',
        Namespace: 'App',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [functionArn],
      }),
    );
    await cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'errors', StateValue: 'ALARM', StateReason: 'testing the action' }));
    cloudwatch.destroy();
    const event = await nextEvent();
    assert.equal(event.source, 'aws.cloudwatch');
    assert.equal(event.alarmData.alarmName, 'errors');
    assert.equal(event.alarmData.state.value, 'ALARM');
    assert.equal(event.alarmData.state.reason, 'testing the action');
  });

  test('a subscription filter delivers matching log events, gzip\'d as AWS sends them', async () => {
    const logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 's1' }));
    await logs.send(new PutSubscriptionFilterCommand({ logGroupName: 'app', filterName: 'errors-only', filterPattern: 'ERROR', destinationArn: functionArn }));
    const now = cloud.clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'app',
        logStreamName: 's1',
        logEvents: [
          { timestamp: now, message: 'INFO all fine' },
          { timestamp: now, message: 'ERROR something broke' },
        ],
      }),
    );
    logs.destroy();
    const payload = await nextEvent();
    assert.equal(payload.messageType, 'DATA_MESSAGE');
    assert.equal(payload.logGroup, 'app');
    assert.equal(payload.logStream, 's1');
    assert.deepEqual(payload.subscriptionFilters, ['errors-only']);
    assert.deepEqual(payload.logEvents.map((e: { message: string }) => e.message), ['ERROR something broke']);
  });

  test('an S3 notification invokes the function once its policy lets S3 in', async () => {
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'uploads' }));
    const configure = () =>
      s3.send(
        new PutBucketNotificationConfigurationCommand({
          Bucket: 'uploads',
          NotificationConfiguration: { LambdaFunctionConfigurations: [{ LambdaFunctionArn: functionArn, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.csv' }] } } }] },
        }),
      );
    const refused = await expectAwsError<Error & { ArgumentValue1?: string }>(configure(), { message: 'Unable to validate the following destination configurations' });
    assert.equal(refused.ArgumentValue1, `Not authorized to invoke function [${functionArn}]`);

    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'forwarder',
        StatementId: 's3-uploads',
        Action: 'lambda:InvokeFunction',
        Principal: 's3.amazonaws.com',
        SourceArn: 'arn:aws:s3:::uploads',
        SourceAccount: '000000000000',
      }),
    );
    await configure();
    await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'ignored.txt', Body: 'no' }));
    await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'reports/june.csv', Body: 'a,b\n1,2\n' }));
    s3.destroy();
    const event = await nextEvent();
    assert.equal(event.Records.length, 1);
    const record = event.Records[0];
    assert.equal(record.eventSource, 'aws:s3');
    assert.equal(record.eventName, 'ObjectCreated:Put');
    assert.equal(record.s3.bucket.name, 'uploads');
    assert.equal(record.s3.object.key, 'reports/june.csv');
    assert.equal(record.s3.object.size, 8);
  });
});
