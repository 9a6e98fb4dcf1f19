import { AwsError } from '../../core/errors.js';

/** DynamoDB's errors, worded as AWS words them. */
export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

export function invalidParameter(detail: string): AwsError {
  return validation(`One or more parameter values were invalid: ${detail}`);
}

export function resourceNotFound(message = 'Requested resource not found'): AwsError {
  return new AwsError('ResourceNotFoundException', message, 400);
}

export function tableNotFound(name: string): AwsError {
  return resourceNotFound(`Requested resource not found: Table: ${name} not found`);
}

export function resourceInUse(message: string): AwsError {
  return new AwsError('ResourceInUseException', message, 400);
}

export function keyMismatch(): AwsError {
  return validation('The provided key element does not match the schema');
}

export function conditionalCheckFailed(item?: Record<string, unknown>): AwsError {
  return new AwsError('ConditionalCheckFailedException', 'The conditional request failed', 400, { fields: item ? { Item: item } : {} });
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message, 400);
}
