import { AwsError } from '../../core/errors.js';
import type * as CD from '../../generated/codedeploy.js';
import { deploymentAlreadyCompleted } from './errors.js';
import { isActive } from './deployment-engine.js';
import type { CodeDeployService } from './service.js';

type Operations = Partial<CD.CodedeployOperations>;

/**
 * What the Server platform's operations answer here: Nimbus runs Lambda deployments, which have
 * targets, not instances, and no on-premises instances or GitHub connections exist to list.
 */
export function serverPlatformOperations(service: CodeDeployService): Operations {
  const noInstances = (): AwsError =>
    new AwsError('InvalidComputePlatformException', 'Deployment instances belong to the Server compute platform; a Lambda deployment has targets (ListDeploymentTargets, BatchGetDeploymentTargets).', 400);
  const unsupported = (): AwsError =>
    new AwsError('UnsupportedActionForDeploymentTypeException', 'A call was submitted that is not supported for the specified deployment type.', 400);

  return {
    ListDeploymentInstances(input, context) {
      service.requireDeployment(input.deploymentId, context);
      throw noInstances();
    },
    BatchGetDeploymentInstances(input, context) {
      service.requireDeployment(input.deploymentId, context);
      throw noInstances();
    },
    GetDeploymentInstance(input, context) {
      service.requireDeployment(input.deploymentId, context);
      throw noInstances();
    },
    ContinueDeployment(input, context) {
      const doc = service.requireDeployment(input.deploymentId, context);
      if (!isActive(doc.status)) throw deploymentAlreadyCompleted(doc.deploymentId);
      throw unsupported();
    },
    SkipWaitTimeForInstanceTermination(input, context) {
      const doc = service.requireDeployment(input.deploymentId, context);
      if (!isActive(doc.status)) throw deploymentAlreadyCompleted(doc.deploymentId);
      throw unsupported();
    },
    ListOnPremisesInstances() {
      return { instanceNames: [] };
    },
    ListGitHubAccountTokenNames() {
      return { tokenNameList: [] };
    },
    DeleteResourcesByExternalId() {
      return {};
    },
  };
}
