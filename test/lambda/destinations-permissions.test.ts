import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateRoleCommand, DeleteRolePolicyCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { InvokeCommand, LambdaClient, PutFunctionEventInvokeConfigCommand, UpdateFunctionConfigurationCommand, UpdateFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction, encode, eventually } from './support.js';

const ACCOUNT = '000000000000';
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const allow = (actions: string[], resource: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] });

/** --enforce-iam: Lambda sends records as the function's execution role, which must be allowed to. */
describe('Lambda destinations under IAM enforcement', () => {
  let cloud: Cloud;
  let iam: IAMClient;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let sns: SNSClient;

  before(async () => {
    cloud = await startTestCloud({ enforceIam: true });
    iam = new IAMClient(clientConfig(cloud));
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    sns = new SNSClient(clientConfig(cloud));
  });
  after(async () => {
    for (const client of [iam, lambda, sqs, sns]) client.destroy();
    await cloud.close();
  });

  test('a destination the execution role may not send to is refused with AWS\'s message; allowed, records arrive; the permission taken away, delivery fails', async () => {
    const queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'guarded-failures' }))).QueueUrl!;
    const queueArn = `arn:aws:sqs:us-east-1:${ACCOUNT}:guarded-failures`;
    const topicArn = (await sns.send(new CreateTopicCommand({ Name: 'guarded-successes' }))).TopicArn!;
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'destinations-role', AssumeRolePolicyDocument: trust }))).Role!;
    await createFunction(lambda, 'guarded-sender', { 'index.js': 'exports.handler = async (event) => { if (event.fail) throw new Error("no"); return "ok"; };' }, { Role: role.Arn });

    await expectAwsError(lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'guarded-sender', MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: queueArn } } })), {
      name: 'InvalidParameterValueException', status: 400, message: 'The provided execution role does not have permissions to call SendMessage on SQS',
    });
    await iam.send(new PutRolePolicyCommand({ RoleName: 'destinations-role', PolicyName: 'send', PolicyDocument: allow(['sqs:SendMessage'], queueArn) }));
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'guarded-sender', MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: queueArn } } }));
    await expectAwsError(lambda.send(new UpdateFunctionEventInvokeConfigCommand({ FunctionName: 'guarded-sender', DestinationConfig: { OnSuccess: { Destination: topicArn } } })), {
      name: 'InvalidParameterValueException', status: 400, message: 'The provided execution role does not have permissions to call Publish on SNS',
    });

    const first = await lambda.send(new InvokeCommand({ FunctionName: 'guarded-sender', InvocationType: 'Event', Payload: encode({ fail: true }) }));
    const [record] = await eventually(async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }))).Messages, 10_000, 'the failure record');
    assert.equal(JSON.parse(record.Body!).requestContext.requestId, first.$metadata.requestId);

    // The role loses the permission: the next record cannot be delivered (DestinationDeliveryFailures).
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'destinations-role', PolicyName: 'send' }));
    await lambda.send(new InvokeCommand({ FunctionName: 'guarded-sender', InvocationType: 'Event', Payload: encode({ fail: true }) }));
    const cloudwatch = new CloudWatchClient(clientConfig(cloud));
    try {
      await eventually(async () => {
        const stats = await cloudwatch.send(new GetMetricStatisticsCommand({
          Namespace: 'AWS/Lambda', MetricName: 'DestinationDeliveryFailures', Dimensions: [{ Name: 'FunctionName', Value: 'guarded-sender' }],
          StartTime: new Date(Date.now() - 3_600_000), EndTime: new Date(Date.now() + 3_600_000), Period: 3600, Statistics: ['Sum'],
        }));
        return stats.Datapoints?.[0]?.Sum === 1 ? true : undefined;
      }, 15_000, 'the failed delivery counted');
    } finally {
      cloudwatch.destroy();
    }
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }))).Messages, undefined, 'the second record never reached the queue (the first is in flight)');
  });

  test('a dead-letter queue the execution role may not send to is refused when it is set (CreateFunction, UpdateFunctionConfiguration)', async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: 'guarded-dlq' }));
    const dlqArn = `arn:aws:sqs:us-east-1:${ACCOUNT}:guarded-dlq`;
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'dlq-role', AssumeRolePolicyDocument: trust }))).Role!;
    const refused = { name: 'InvalidParameterValueException', status: 400, message: 'The provided execution role does not have permissions to call SendMessage on SQS' };
    await expectAwsError(createFunction(lambda, 'guarded-dlq-fn', { 'index.js': 'exports.handler = async () => 1;' }, { Role: role.Arn, DeadLetterConfig: { TargetArn: dlqArn } }), refused);
    await createFunction(lambda, 'guarded-dlq-fn', { 'index.js': 'exports.handler = async () => 1;' }, { Role: role.Arn });
    await expectAwsError(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'guarded-dlq-fn', DeadLetterConfig: { TargetArn: dlqArn } })), refused);
    await iam.send(new PutRolePolicyCommand({ RoleName: 'dlq-role', PolicyName: 'dlq', PolicyDocument: allow(['sqs:SendMessage'], dlqArn) }));
    const updated = await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'guarded-dlq-fn', DeadLetterConfig: { TargetArn: dlqArn } }));
    assert.equal(updated.DeadLetterConfig?.TargetArn, dlqArn);
  });
});
