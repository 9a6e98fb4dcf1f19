import { AwsError } from '../../core/errors.js';
import { validationMessage, type Violation } from '../../protocol/index.js';

/** IAM's errors, worded as IAM words them (codes are the query protocol's: NoSuchEntity, DeleteConflict...). */
export function noSuchEntity(message: string): AwsError {
  return new AwsError('NoSuchEntity', message, 404);
}

export function entityAlreadyExists(message: string): AwsError {
  return new AwsError('EntityAlreadyExists', message, 409);
}

export function deleteConflict(message: string): AwsError {
  return new AwsError('DeleteConflict', message, 409);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceeded', message, 409);
}

export function malformedPolicyDocument(message: string): AwsError {
  return new AwsError('MalformedPolicyDocument', message, 400);
}

export function invalidInput(message: string): AwsError {
  return new AwsError('InvalidInput', message, 400);
}

export function validationError(message: string): AwsError {
  return new AwsError('ValidationError', message, 400);
}

export function unmodifiableEntity(message: string): AwsError {
  return new AwsError('UnmodifiableEntity', message, 400);
}

export function policyNotAttachable(message: string): AwsError {
  return new AwsError('PolicyNotAttachable', message, 400);
}

export function passwordPolicyViolation(message: string): AwsError {
  return new AwsError('PasswordPolicyViolation', message, 400);
}

export const userNotFound = (name: string): AwsError => noSuchEntity(`The user with name ${name} cannot be found.`);
export const groupNotFound = (name: string): AwsError => noSuchEntity(`The group with name ${name} cannot be found.`);
export const roleNotFound = (name: string): AwsError => noSuchEntity(`The role with name ${name} cannot be found.`);
export const policyNotFound = (arn: string): AwsError => noSuchEntity(`Policy ${arn} was not found.`);
export const policyNotFoundOrNotAttachable = (arn: string): AwsError => noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
export const instanceProfileNotFound = (name: string): AwsError => noSuchEntity(`Instance Profile ${name} cannot be found.`);

/** Model validation as IAM reports it: "1 validation error detected: Value ... at 'roleName' failed to satisfy constraint: ...". */
export function iamValidationError(violations: Violation[]): AwsError {
  const lowered = violations.map((v) => ({ ...v, path: v.path.split('.').map((p) => p.charAt(0).toLowerCase() + p.slice(1)).join('.') }));
  return validationError(validationMessage(lowered));
}
