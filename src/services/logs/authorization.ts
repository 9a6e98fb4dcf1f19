/**
 * --enforce-iam for CloudWatch Logs: log-group operations act on log-group:<name>, stream
 * operations (PutLogEvents, GetLogEvents...) on log-group:<name>:log-stream:<stream>, operations on
 * an ARN (tags, anomaly detectors, deliveries) on it; describes and queries of many groups on `*`.
 */
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

/** Operations whose resource is the log stream itself rather than its group. */
const STREAM_OPERATIONS = new Set(['PutLogEvents', 'GetLogEvents', 'DeleteLogStream', 'CreateLogStream']);

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('logs', (input, context, operation) => {
      const identifier = textOf(input, 'logGroupIdentifier');
      if (identifier?.startsWith('arn:')) return identifier.replace(/:\*$/, '');
      const group = textOf(input, 'logGroupName') ?? identifier;
      if (group) {
        const stream = textOf(input, 'logStreamName');
        const resource = stream && STREAM_OPERATIONS.has(operation) ? `log-group:${group}:log-stream:${stream}` : `log-group:${group}`;
        return resourceArn(context, 'logs', resource);
      }
      return textOf(input, 'resourceArn') ?? textOf(input, 'anomalyDetectorArn') ?? textOf(input, 'destinationArn');
    }),
    // Logs answers a denial as AccessDeniedException, 400 (its model's shape).
    accessDenied: (message) => new AwsError('AccessDeniedException', message, 400),
  };
}
