/** --enforce-iam for Firehose: every operation on a delivery stream acts on it; listing on `*`. */
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('firehose', (input, context) => {
      const name = textOf(input, 'DeliveryStreamName');
      return name ? resourceArn(context, 'firehose', `deliverystream/${name}`) : undefined;
    }),
    // Firehose's model has no AccessDenied shape; AWS's JSON services answer AccessDeniedException, 400.
    accessDenied: (message) => new AwsError('AccessDeniedException', message, 400),
  };
}
