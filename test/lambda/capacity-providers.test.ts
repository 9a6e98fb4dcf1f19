import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateCapacityProviderCommand,
  DeleteCapacityProviderCommand,
  GetCapacityProviderCommand,
  GetFunctionConfigurationCommand,
  GetFunctionScalingConfigCommand,
  LambdaClient,
  ListCapacityProvidersCommand,
  ListFunctionVersionsByCapacityProviderCommand,
  PublishVersionCommand,
  PutFunctionScalingConfigCommand,
  UpdateCapacityProviderCommand,
} from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction } from './support.js';

const ROLE = 'arn:aws:iam::000000000000:role/lmi-operator';
const VPC = { SubnetIds: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0123456789abcdef0'] };
const PROVIDER_ARN = 'arn:aws:lambda:us-east-1:000000000000:capacity-provider:fleet';

/** Lambda Managed Instances: capacity providers, functions placed on them, and function scaling per published version. */
describe('Lambda capacity providers', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
  });
  after(async () => {
    lambda.destroy();
    await cloud.close();
  });

  test('create (Pending, then Active), get by name or ARN, update scaling, list by state; a duplicate and an unknown one are refused', async () => {
    const created = (await lambda.send(new CreateCapacityProviderCommand({ CapacityProviderName: 'fleet', VpcConfig: VPC, PermissionsConfig: { CapacityProviderOperatorRoleArn: ROLE } }))).CapacityProvider!;
    assert.equal(created.CapacityProviderArn, PROVIDER_ARN);
    assert.equal(created.State, 'Pending');
    assert.deepEqual(created.InstanceRequirements, { Architectures: ['x86_64'] });
    assert.deepEqual(created.CapacityProviderScalingConfig, { ScalingMode: 'Auto' });
    const byArn = (await lambda.send(new GetCapacityProviderCommand({ CapacityProviderName: PROVIDER_ARN }))).CapacityProvider!;
    assert.equal(byArn.State, 'Active');
    assert.deepEqual(byArn.VpcConfig, VPC);

    const manual = { ScalingMode: 'Manual' as const, MaxVCpuCount: 64, ScalingPolicies: [{ PredefinedMetricType: 'LambdaCapacityProviderAverageCPUUtilization' as const, TargetValue: 60 }] };
    const updated = (await lambda.send(new UpdateCapacityProviderCommand({ CapacityProviderName: 'fleet', CapacityProviderScalingConfig: manual }))).CapacityProvider!;
    assert.deepEqual(updated.CapacityProviderScalingConfig, manual);
    assert.deepEqual((await lambda.send(new ListCapacityProvidersCommand({ State: 'Active' }))).CapacityProviders?.map((p) => p.CapacityProviderArn), [PROVIDER_ARN]);
    assert.deepEqual((await lambda.send(new ListCapacityProvidersCommand({ State: 'Failed' }))).CapacityProviders, []);

    await expectAwsError(lambda.send(new CreateCapacityProviderCommand({ CapacityProviderName: 'fleet', VpcConfig: VPC, PermissionsConfig: { CapacityProviderOperatorRoleArn: ROLE } })), {
      name: 'ResourceConflictException', status: 409,
    });
    await expectAwsError(lambda.send(new GetCapacityProviderCommand({ CapacityProviderName: 'nowhere' })), {
      name: 'ResourceNotFoundException', message: 'Capacity provider not found: arn:aws:lambda:us-east-1:000000000000:capacity-provider:nowhere', status: 404,
    });
    await expectAwsError(lambda.send(new UpdateCapacityProviderCommand({ CapacityProviderName: 'fleet', CapacityProviderScalingConfig: { ScalingMode: 'Manual', ScalingPolicies: [] } })), {
      name: 'ValidationException', status: 400,
    });
    await expectAwsError(lambda.send(new CreateCapacityProviderCommand({ CapacityProviderName: 'tiny', VpcConfig: VPC, PermissionsConfig: { CapacityProviderOperatorRoleArn: ROLE }, CapacityProviderScalingConfig: { MaxVCpuCount: 1 } })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value '1' at 'capacityProviderScalingConfig.maxVCpuCount' failed to satisfy constraint: Member must have value greater than or equal to 2",
      status: 400,
    });
  });

  test('a function on the provider: its versions are listed, scaling is set per published version, and the provider cannot go while they use it', async () => {
    const config = { LambdaManagedInstancesCapacityProviderConfig: { CapacityProviderArn: PROVIDER_ARN, PerExecutionEnvironmentMaxConcurrency: 10 } };
    await createFunction(lambda, 'on-fleet', { 'index.js': 'exports.handler = async () => 1;' }, { CapacityProviderConfig: config });
    assert.deepEqual((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'on-fleet' }))).CapacityProviderConfig, config);
    await lambda.send(new PublishVersionCommand({ FunctionName: 'on-fleet' }));
    const versions = await lambda.send(new ListFunctionVersionsByCapacityProviderCommand({ CapacityProviderName: 'fleet' }));
    assert.deepEqual(versions.FunctionVersions, [
      { FunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:on-fleet:$LATEST', State: 'Active' },
      { FunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:on-fleet:1', State: 'Active' },
    ]);

    assert.equal((await lambda.send(new PutFunctionScalingConfigCommand({ FunctionName: 'on-fleet', Qualifier: '$LATEST.PUBLISHED', FunctionScalingConfig: { MinExecutionEnvironments: 1, MaxExecutionEnvironments: 4 } }))).FunctionState, 'Active');
    const scaling = await lambda.send(new GetFunctionScalingConfigCommand({ FunctionName: 'on-fleet', Qualifier: '1' }));
    assert.equal(scaling.FunctionArn, 'arn:aws:lambda:us-east-1:000000000000:function:on-fleet:1');
    assert.deepEqual(scaling.RequestedFunctionScalingConfig, { MinExecutionEnvironments: 1, MaxExecutionEnvironments: 4 });

    await expectAwsError(lambda.send(new PutFunctionScalingConfigCommand({ FunctionName: 'on-fleet', Qualifier: '1', FunctionScalingConfig: { MinExecutionEnvironments: 5, MaxExecutionEnvironments: 2 } })), {
      name: 'InvalidParameterValueException', message: 'MinExecutionEnvironments cannot be greater than MaxExecutionEnvironments.', status: 400,
    });
    await expectAwsError(lambda.send(new GetFunctionScalingConfigCommand({ FunctionName: 'on-fleet', Qualifier: '7' })), {
      name: 'ResourceNotFoundException', message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:on-fleet:7', status: 404,
    });
    await expectAwsError(lambda.send(new GetFunctionScalingConfigCommand({ FunctionName: 'on-fleet', Qualifier: '$LATEST' })), { name: 'ValidationException', status: 400 });
    await expectAwsError(lambda.send(new DeleteCapacityProviderCommand({ CapacityProviderName: 'fleet' })), { name: 'ResourceConflictException', status: 409 });
    await expectAwsError(
      createFunction(lambda, 'on-nothing', { 'index.js': '' }, { CapacityProviderConfig: { LambdaManagedInstancesCapacityProviderConfig: { CapacityProviderArn: 'arn:aws:lambda:us-east-1:000000000000:capacity-provider:gone' } } }),
      { name: 'InvalidParameterValueException', message: 'Capacity provider arn:aws:lambda:us-east-1:000000000000:capacity-provider:gone does not exist.', status: 400 },
    );
  });

  test('delete: Deleting in the answer, then gone', async () => {
    await lambda.send(new CreateCapacityProviderCommand({ CapacityProviderName: 'spare', VpcConfig: VPC, PermissionsConfig: { CapacityProviderOperatorRoleArn: ROLE } }));
    assert.equal((await lambda.send(new DeleteCapacityProviderCommand({ CapacityProviderName: 'spare' }))).CapacityProvider?.State, 'Deleting');
    await expectAwsError(lambda.send(new GetCapacityProviderCommand({ CapacityProviderName: 'spare' })), { name: 'ResourceNotFoundException', status: 404 });
  });
});
