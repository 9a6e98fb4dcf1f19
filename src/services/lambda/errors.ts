import { AwsError } from '../../core/errors.js';

/** Lambda's errors, worded as AWS words them. */
export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, 400);
}

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 404);
}

export function functionNotFound(arnText: string): AwsError {
  return resourceNotFound(`Function not found: ${arnText}`);
}

export function resourceConflict(message: string): AwsError {
  return new AwsError('ResourceConflictException', message, 409);
}

export function preconditionFailed(message = 'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id'): AwsError {
  return new AwsError('PreconditionFailedException', message, 412);
}

export function requestTooLarge(limit: number, operation: string): AwsError {
  return new AwsError('RequestTooLargeException', `Request must be smaller than ${limit} bytes for the ${operation} operation`, 413);
}

export function validationError(value: unknown, member: string, constraint: string): AwsError {
  return new AwsError('ValidationException', `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`, 400);
}

export type ThrottleReason = 'ConcurrentInvocationLimitExceeded' | 'ReservedFunctionConcurrentInvocationLimitExceeded';

export function tooManyRequests(reason: ThrottleReason): AwsError {
  return new AwsError('TooManyRequestsException', 'Rate Exceeded.', 429, { fields: { Reason: reason, Type: 'User' }, headers: { 'Retry-After': '1' } });
}

/** An invocation stopped by recursive loop detection (recursion.ts): synchronous callers get it; async events go to the DLQ or OnFailure. */
export function recursiveInvocation(): AwsError {
  return new AwsError('RecursiveInvocationException', "Lambda has detected your function being invoked in a recursive loop with other AWS resources and stopped your function's invocation.", 400);
}

export function invalidRequestContent(detail: string): AwsError {
  return new AwsError('InvalidRequestContentException', `Could not parse request body into json: Could not parse payload into json: ${detail}`, 400);
}

export function provisionedConfigNotFound(): AwsError {
  return new AwsError('ProvisionedConcurrencyConfigNotFoundException', 'No Provisioned Concurrency Config found for this function', 404);
}

export function policyLengthExceeded(): AwsError {
  return new AwsError('PolicyLengthExceededException', 'The final policy size (bigger than the limit of 20480 bytes) is bigger than the limit.', 400);
}

export function invalidRuntime(message: string): AwsError {
  return new AwsError('InvalidRuntimeException', message, 502, { senderFault: false });
}

export function accessDenied(message: string): AwsError {
  return new AwsError('AccessDeniedException', message, 403);
}

export function codeSigningConfigNotFound(message: string): AwsError {
  return new AwsError('CodeSigningConfigNotFoundException', message, 404);
}
