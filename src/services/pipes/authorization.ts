/** --enforce-iam for EventBridge Pipes: operations act on the pipe they name; listing on `*`. */
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('pipes', (input, context) => {
      const name = textOf(input, 'Name');
      return name ? resourceArn(context, 'pipes', `pipe/${name}`) : textOf(input, 'resourceArn');
    }),
    // Pipes' REST JSON AccessDenied: 403 like the other REST JSON services.
    accessDenied: (message) => new AwsError('AccessDeniedException', message, 403),
  };
}
