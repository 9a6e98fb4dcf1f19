import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateEventSourceMappingCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction } from './support.js';

const ACCOUNT = '000000000000';
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const allow = (actions: string[], resource: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] });

/** --enforce-iam: a mapping needs an execution role that may read its source, as AWS checks at CreateEventSourceMapping. */
describe('Lambda event source mappings under IAM enforcement', () => {
  let cloud: Cloud;
  let iam: IAMClient;
  let lambda: LambdaClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud({ enforceIam: true });
    iam = new IAMClient(clientConfig(cloud));
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
  });
  after(async () => {
    iam.destroy();
    lambda.destroy();
    sqs.destroy();
    await cloud.close();
  });

  test('a role without sqs:ReceiveMessage on the queue is refused with AWS\'s message; with it the mapping is created', async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: 'guarded' }));
    const queueArn = `arn:aws:sqs:us-east-1:${ACCOUNT}:guarded`;
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'consumer-role', AssumeRolePolicyDocument: trust }))).Role!;
    await createFunction(lambda, 'guarded-consumer', { 'index.mjs': 'export const handler = async () => ({});' }, { Role: role.Arn });
    const create = () => lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'guarded-consumer', EventSourceArn: queueArn }));

    await expectAwsError(create(), { name: 'InvalidParameterValueException', status: 400, message: 'The provided execution role does not have permissions to call ReceiveMessage on SQS' });
    // ReceiveMessage alone is not enough: the poller deletes what it processed.
    await iam.send(new PutRolePolicyCommand({ RoleName: 'consumer-role', PolicyName: 'receive', PolicyDocument: allow(['sqs:ReceiveMessage'], queueArn) }));
    await expectAwsError(create(), { name: 'InvalidParameterValueException', status: 400, message: 'The provided execution role does not have permissions to call DeleteMessage on SQS' });
    await iam.send(new PutRolePolicyCommand({ RoleName: 'consumer-role', PolicyName: 'receive', PolicyDocument: allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], queueArn) }));
    const created = await create();
    assert.equal(created.State, 'Creating');
  });

  test('a role that cannot read a Kinesis stream is refused with AWS\'s message', async () => {
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'stream-role', AssumeRolePolicyDocument: trust }))).Role!;
    await createFunction(lambda, 'stream-consumer', { 'index.mjs': 'export const handler = async () => ({});' }, { Role: role.Arn });
    // The role is judged before the stream is looked for.
    const streamArn = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/events`;
    await expectAwsError(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'stream-consumer', EventSourceArn: streamArn, StartingPosition: 'LATEST' })), {
      name: 'InvalidParameterValueException',
      status: 400,
      message: `Cannot access stream ${streamArn}. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, ListShards, and ListStreams Actions on your stream in IAM.`,
    });
  });
});
