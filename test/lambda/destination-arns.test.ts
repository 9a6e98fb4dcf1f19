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
import { createFunction } from './support.js';

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
});
