/** --enforce-iam for EventBridge Scheduler: schedule operations act on schedule/<group>/<name>, group operations on schedule-group/<name>. */
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('scheduler', (input, context, operation) => {
      const name = textOf(input, 'Name');
      if (name && operation.endsWith('ScheduleGroup')) return resourceArn(context, 'scheduler', `schedule-group/${name}`);
      if (name) return resourceArn(context, 'scheduler', `schedule/${textOf(input, 'GroupName') ?? 'default'}/${name}`);
      return textOf(input, 'ResourceArn');
    }),
    accessDenied: (message) => new AwsError('AccessDeniedException', message, 403),
  };
}
