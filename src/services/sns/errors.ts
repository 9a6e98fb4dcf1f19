import { AwsError } from '../../core/errors.js';
import { validationMessage, type Violation } from '../../protocol/index.js';

/** SNS's errors, worded as SNS words them (the query codes come from the model's error shapes). */
export function invalidParameter(detail: string): AwsError {
  return new AwsError('InvalidParameterException', `Invalid parameter: ${detail}`, 400);
}

/** InvalidParameterValue: SNS uses it for message attributes and message bodies. */
export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, 400);
}

export function notFound(message: string): AwsError {
  return new AwsError('NotFoundException', message, 404);
}

export const topicNotFound = (): AwsError => notFound('Topic does not exist');
export const subscriptionNotFound = (): AwsError => notFound('Subscription does not exist');

export function resourceNotFound(): AwsError {
  return new AwsError('ResourceNotFoundException', 'Resource does not exist', 404);
}

export function authorizationError(message: string): AwsError {
  return new AwsError('AuthorizationErrorException', message, 403);
}

export function tagLimitExceeded(): AwsError {
  return new AwsError('TagLimitExceededException', 'Could not complete request: tag quota of per resource exceeded', 400);
}

export function invalidNextToken(): AwsError {
  return invalidParameter('NextToken');
}

/** Model validation, as SNS reports it: "1 validation error detected: Value null at 'name' failed...". */
export function snsValidationError(violations: Violation[]): AwsError {
  const lowered = violations.map((v) => ({ ...v, path: v.path.split('.').map((p) => p.charAt(0).toLowerCase() + p.slice(1)).join('.') }));
  return new AwsError('ValidationException', validationMessage(lowered), 400, { queryCode: 'ValidationError' });
}
