import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { validationException, type Violation } from '../../protocol/index.js';

/** CloudWatch Logs' errors, in AWS's words. */

export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, 400);
}

export function groupNotFound(): AwsError {
  return new AwsError('ResourceNotFoundException', 'The specified log group does not exist.', 400);
}

export function streamNotFound(): AwsError {
  return new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.', 400);
}

export function notFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 400);
}

export function alreadyExists(message: string): AwsError {
  return new AwsError('ResourceAlreadyExistsException', message, 400);
}

export function limitExceeded(message = 'Resource limit exceeded.'): AwsError {
  return new AwsError('LimitExceededException', message, 400);
}

export function invalidOperation(message: string): AwsError {
  return new AwsError('InvalidOperationException', message, 400);
}

export function invalidToken(): AwsError {
  return invalidParameter('The specified nextToken is invalid.');
}

export function tooManyTags(limit: number, resource: string): AwsError {
  return new AwsError('TooManyTagsException', `A resource can have no more than ${limit} tags.`, 400, { fields: { resourceName: resource } });
}

/** A query that does not parse, with where it went wrong (the SDKs show queryCompileError). */
export function malformedQuery(message: string, start: number, end: number): AwsError {
  return new AwsError('MalformedQueryException', message, 400, {
    fields: { queryCompileError: { location: { startCharOffset: start, endCharOffset: end }, message } },
  });
}

/** The delivery APIs (vended logs) answer in the newer error shapes. */
export function conflict(message: string): AwsError {
  return new AwsError('ConflictException', message, 400);
}

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

export function serviceQuotaExceeded(message: string): AwsError {
  return new AwsError('ServiceQuotaExceededException', message, 400);
}

export function operationAborted(message: string): AwsError {
  return new AwsError('OperationAbortedException', message, 400);
}

/** A cross-account call the resource's policy does not let in. */
export function notAuthorized(account: string, action: string, resource: string): AwsError {
  return new AwsError('AccessDeniedException', `User with accountId: ${account} is not authorized to perform: ${action} on resource: ${resource}`, 400);
}

/** The newer operations (vended-log deliveries, scheduled queries, S3 Tables) whose model errors are ValidationException, not InvalidParameterException. */
const VALIDATION_EXCEPTION_OPERATIONS = new Set([
  'AssociateSourceToS3TableIntegration', 'CreateDelivery', 'CreateScheduledQuery', 'DeleteDelivery', 'DeleteDeliveryDestination',
  'DeleteDeliveryDestinationPolicy', 'DeleteDeliverySource', 'DeleteScheduledQuery', 'DescribeConfigurationTemplates', 'DescribeDeliveries',
  'DescribeDeliveryDestinations', 'DescribeDeliverySources', 'DisassociateSourceFromS3TableIntegration', 'GetDelivery', 'GetDeliveryDestination',
  'GetDeliveryDestinationPolicy', 'GetDeliverySource', 'GetScheduledQuery', 'GetScheduledQueryHistory', 'ListScheduledQueries',
  'ListSourcesForS3TableIntegration', 'PutDeliveryDestination', 'PutDeliveryDestinationPolicy', 'PutDeliverySource', 'UpdateDeliveryConfiguration',
  'UpdateScheduledQuery',
]);

/** A request the model refuses, in the error its operation answers with. */
export function modelValidationError(violations: Violation[], context: RequestContext): AwsError {
  return validationException(violations, VALIDATION_EXCEPTION_OPERATIONS.has(context.operation) ? 'ValidationException' : 'InvalidParameterException');
}
