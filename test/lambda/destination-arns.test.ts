import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  GetFunctionConfigurationCommand,
  LambdaClient,
  PutFunctionEventInvokeConfigCommand,
  UpdateFunctionConfigurationCommand,
  UpdateFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { s3Client, text } from '../s3/support.js';
import { createFunction, eventually } from './support.js';
import { InvokeCommand } from '@aws-sdk/client-lambda';

const QUEUE = 'arn:aws:sqs:us-east-1:000000000000:failures';
const TOPIC = 'arn:aws:sns:us-east-1:000000000000:alerts';
const OTHER_FUNCTION = 'arn:aws:lambda:us-east-1:000000000000:function:recorder';
const BUS = 'arn:aws:events:us-east-1:000000000000:event-bus/default';
const BUCKET = 'arn:aws:s3:::failed-events';

/** Dead-letter targets and async destinations are validated as Lambda validates them. */
describe('Lambda DLQ and destination ARNs', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    await createFunction(lambda, 'target-checked', { 'index.js': 'exports.handler = async () => 1;' });
  });
  after(async () => {
    lambda.destroy();
    await cloud.close();
  });

  test('DeadLetterConfig: an SQS queue or SNS topic is kept, an empty ARN removes it, anything else is refused', async () => {
    for (const target of [QUEUE, TOPIC]) {
      await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'target-checked', DeadLetterConfig: { TargetArn: target } }));
      assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'target-checked' }))).DeadLetterConfig?.TargetArn, target);
    }
    for (const target of [OTHER_FUNCTION, BUS, BUCKET, 'arn:aws:sqs:us-east-1:000000000000:', 'arn:aws:sqs:nowhere:000000000000:q', 'arn:aws:sns:us-east-1:12:alerts']) {
      await expectAwsError(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'target-checked', DeadLetterConfig: { TargetArn: target } })), {
        name: 'InvalidParameterValueException', message: `The provided target ARN ${target} is invalid.`, status: 400,
      });
    }
    await expectAwsError(lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'target-checked', DeadLetterConfig: { TargetArn: 'my-queue' } })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value 'my-queue' at 'deadLetterConfig.targetArn' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()",
      status: 400,
    });
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'target-checked', DeadLetterConfig: { TargetArn: '' } }));
    assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'target-checked' }))).DeadLetterConfig, undefined);
  });

  test('destinations: SQS, SNS, Lambda and EventBridge buses either way; an S3 bucket on failure only', async () => {
    for (const destination of [QUEUE, TOPIC, OTHER_FUNCTION, BUS]) {
      const out = await lambda.send(new PutFunctionEventInvokeConfigCommand({
        FunctionName: 'target-checked', DestinationConfig: { OnSuccess: { Destination: destination }, OnFailure: { Destination: destination } },
      }));
      assert.equal(out.DestinationConfig?.OnSuccess?.Destination, destination);
    }
    const s3 = await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'target-checked', DestinationConfig: { OnFailure: { Destination: BUCKET } } }));
    assert.equal(s3.DestinationConfig?.OnFailure?.Destination, BUCKET);
    await expectAwsError(lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'target-checked', DestinationConfig: { OnSuccess: { Destination: BUCKET } } })), {
      name: 'InvalidParameterValueException',
      message: `The provided destination config DestinationConfig(onSuccess=OnSuccess(destination=${BUCKET}), onFailure=null) is invalid.`,
      status: 400,
    });
  });

  test('destinations: other services, malformed resources and the function itself are refused', async () => {
    const dynamo = 'arn:aws:dynamodb:us-east-1:000000000000:table/t';
    await expectAwsError(lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'target-checked', DestinationConfig: { OnFailure: { Destination: dynamo } } })), {
      name: 'InvalidParameterValueException',
      message: `The provided destination config DestinationConfig(onSuccess=null, onFailure=OnFailure(destination=${dynamo})) is invalid.`,
      status: 400,
    });
    const rule = 'arn:aws:events:us-east-1:000000000000:rule/r';
    await expectAwsError(lambda.send(new UpdateFunctionEventInvokeConfigCommand({ FunctionName: 'target-checked', DestinationConfig: { OnSuccess: { Destination: rule } } })), {
      name: 'InvalidParameterValueException',
      message: `The provided destination config DestinationConfig(onSuccess=OnSuccess(destination=${rule}), onFailure=OnFailure(destination=${BUCKET})) is invalid.`,
      status: 400,
    });
    await expectAwsError(lambda.send(new PutFunctionEventInvokeConfigCommand({
      FunctionName: 'target-checked', DestinationConfig: { OnSuccess: { Destination: 'arn:aws:lambda:us-east-1:000000000000:function:target-checked' } },
    })), { name: 'InvalidParameterValueException', message: "You can't specify the function as a destination for itself.", status: 400 });
    await expectAwsError(lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'target-checked', DestinationConfig: { OnSuccess: { Destination: 'queue-name' } } })), {
      name: 'ValidationException', status: 400,
    });
  });

  test('an S3 bucket as OnFailure destination gets the invocation record as an object under aws/lambda/async/<function>/', async () => {
    const s3 = s3Client(cloud);
    try {
      await s3.send(new CreateBucketCommand({ Bucket: 'failed-events' }));
      await createFunction(lambda, 'fails-to-s3', { 'index.js': 'exports.handler = async () => { throw new Error("nope"); };' });
      await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'fails-to-s3', MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: BUCKET } } }));
      const out = await lambda.send(new InvokeCommand({ FunctionName: 'fails-to-s3', InvocationType: 'Event', Payload: JSON.stringify({ order: 7 }) }));
      const key = await eventually(async () => (await s3.send(new ListObjectsV2Command({ Bucket: 'failed-events' }))).Contents?.[0]?.Key, 20_000, 'the record in S3');
      assert.match(key, /^aws\/lambda\/async\/fails-to-s3\/\d{4}\/\d\d\/\d\d\/\d{4}-\d\d-\d\dT\d\d\.\d\d\.\d\d-[0-9a-f-]{36}$/);
      const record = JSON.parse(await text((await s3.send(new GetObjectCommand({ Bucket: 'failed-events', Key: key }))).Body));
      assert.equal(record.requestContext.requestId, out.$metadata.requestId);
      assert.equal(record.requestContext.condition, 'RetriesExhausted');
      assert.deepEqual(record.requestPayload, { order: 7 });
      assert.equal(record.responsePayload.errorMessage, 'nope');
    } finally {
      s3.destroy();
    }
  });
});
