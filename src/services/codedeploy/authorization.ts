/**
 * --enforce-iam for CodeDeploy: operations act on application:<name>,
 * deploymentgroup:<application>/<group> or deploymentconfig:<name>; operations that name only a
 * deployment id are checked against `*` (a policy scoped to a deployment group does not cover them
 * yet). Denials are AccessDeniedException, 400.
 */
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('codedeploy', (input, context) => {
      const application = textOf(input, 'applicationName');
      const group = textOf(input, 'deploymentGroupName');
      if (application && group) return resourceArn(context, 'codedeploy', `deploymentgroup:${application}/${group}`);
      if (application) return resourceArn(context, 'codedeploy', `application:${application}`);
      const config = textOf(input, 'deploymentConfigName');
      if (config) return resourceArn(context, 'codedeploy', `deploymentconfig:${config}`);
      return textOf(input, 'ResourceArn');
    }),
    accessDenied: (message) => new AwsError('AccessDeniedException', message, 400),
  };
}
