/** --enforce-iam for Managed Service for Apache Flink (IAM prefix kinesisanalytics): operations act on the application. */
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('kinesisanalytics', (input, context) => {
      const name = textOf(input, 'ApplicationName');
      return name ? resourceArn(context, 'kinesisanalytics', `application/${name}`) : textOf(input, 'ResourceARN');
    }),
    // The model has no AccessDenied shape; AWS's JSON services answer AccessDeniedException, 400.
    accessDenied: (message) => new AwsError('AccessDeniedException', message, 400),
  };
}
