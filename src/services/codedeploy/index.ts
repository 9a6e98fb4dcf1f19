import type { Provider, Runtime } from '../../core/runtime.js';
import type * as CD from '../../generated/codedeploy.js';
import { applicationOperations } from './applications.js';
import { deploymentConfigOperations } from './deployment-configs.js';
import { DeploymentEngine } from './deployment-engine.js';
import { deploymentGroupOperations } from './deployment-groups.js';
import { deploymentOperations } from './deployments.js';
import { codeDeployValidationError } from './errors.js';
import { revisionOperations } from './revisions.js';
import { serverPlatformOperations } from './server-platform.js';
import { CodeDeployService } from './service.js';

/** CodeDeploy: applications, deployment configs and groups, and Lambda deployments shifting an alias' traffic on the clock. */
export function createProvider(runtime: Runtime): Provider {
  const service = new CodeDeployService(runtime);
  const engine = new DeploymentEngine(service);
  const operations: Partial<CD.CodedeployOperations> = {
    ...applicationOperations(service),
    ...deploymentConfigOperations(service),
    ...deploymentGroupOperations(service),
    ...deploymentOperations(service, engine),
    ...revisionOperations(service),
    ...serverPlatformOperations(service),
  };
  // Deployments a restart found under way go on from where they stood.
  engine.resume();
  return {
    operations: operations as Provider['operations'],
    validationError: (violations) => codeDeployValidationError(violations),
    close: () => engine.close(),
  };
}
