import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentCommand,
  CreateDeploymentConfigCommand,
  CreateDeploymentGroupCommand,
} from '@aws-sdk/client-codedeploy';
import { GetAliasCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { deploymentReaches, functionWithVersions, SERVICE_ROLE } from './support.js';

/** With --data-dir, a deployment under way outlives a restart and goes on with its next traffic step. */
describe('CodeDeploy deployments across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-codedeploy-'));
  let cloud: Cloud | undefined;
  after(async () => {
    await cloud?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a custom linear deployment (JSON AppSpec as a String revision) resumes its steps after a restart', async () => {
    cloud = await startTestCloud({ dataDir });
    let codedeploy = new CodeDeployClient(clientConfig(cloud));
    let lambda = new LambdaClient(clientConfig(cloud));
    await functionWithVersions(lambda, 'resumed', 2);
    await codedeploy.send(new CreateApplicationCommand({ applicationName: 'app', computePlatform: 'Lambda' }));
    await codedeploy.send(new CreateDeploymentConfigCommand({
      deploymentConfigName: 'Linear50PercentEvery2Minutes', computePlatform: 'Lambda',
      trafficRoutingConfig: { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 50, linearInterval: 2 } },
    }));
    await codedeploy.send(new CreateDeploymentGroupCommand({ applicationName: 'app', deploymentGroupName: 'group', serviceRoleArn: SERVICE_ROLE, deploymentConfigName: 'Linear50PercentEvery2Minutes' }));
    const content = JSON.stringify({
      version: 0.0,
      Resources: [{ fn: { Type: 'AWS::Lambda::Function', Properties: { Name: 'resumed', Alias: 'live', CurrentVersion: 1, TargetVersion: 2 } } }],
    });
    const { deploymentId } = await codedeploy.send(new CreateDeploymentCommand({ applicationName: 'app', deploymentGroupName: 'group', revision: { revisionType: 'String', string: { content } } }));
    await deploymentReaches(codedeploy, deploymentId!, ['InProgress']);
    const alias = async () => {
      const out = await lambda.send(new GetAliasCommand({ FunctionName: 'resumed', Name: 'live' }));
      return { version: out.FunctionVersion, weights: out.RoutingConfig?.AdditionalVersionWeights };
    };
    assert.deepEqual(await alias(), { version: '1', weights: { '2': 0.5 } });
    await advanceClock(cloud, '1m');

    codedeploy.destroy();
    lambda.destroy();
    await cloud.close();
    cloud = await startTestCloud({ dataDir });
    codedeploy = new CodeDeployClient(clientConfig(cloud));
    lambda = new LambdaClient(clientConfig(cloud));
    try {
      // No CodeDeploy request before the clock moves: a deployment under way wakes CodeDeploy with Nimbus.
      assert.deepEqual(await alias(), { version: '1', weights: { '2': 0.5 } });
      await advanceClock(cloud, '1m');
      assert.deepEqual(await alias(), { version: '2', weights: undefined }, 'the step due two minutes after the first came after the restart');
      const done = await deploymentReaches(codedeploy, deploymentId!, ['Succeeded']);
      assert.equal(done.deploymentConfigName, 'Linear50PercentEvery2Minutes');
    } finally {
      codedeploy.destroy();
      lambda.destroy();
    }
  });
});
