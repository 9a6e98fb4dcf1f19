import { AwsError } from '../../core/errors.js';
import { validationMessage, type Violation } from '../../protocol/index.js';

/** STS's errors, worded as AWS words them. Codes are the model's shape names; the query wire maps them. */

/** STS reports bad input as ValidationError (the query code), with AWS's request-validation wording. */
export function stsValidationError(message: string): AwsError {
  return new AwsError('ValidationError', message, 400);
}

export function modelValidationError(violations: Violation[]): AwsError {
  return stsValidationError(validationMessage(violations));
}

export function accessDenied(message: string): AwsError {
  return new AwsError('AccessDenied', message, 403);
}

export function notAuthorized(callerArn: string, action: string, resource: string): AwsError {
  return accessDenied(`User: ${callerArn} is not authorized to perform: ${action} on resource: ${resource}`);
}

/** Temporary credentials used after their Expiration (what the gateway answers for any service). */
export function expiredSessionToken(): AwsError {
  return new AwsError('ExpiredToken', 'The security token included in the request is expired', 403);
}

export function invalidClientToken(): AwsError {
  return new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
}

export function malformedPolicy(message: string): AwsError {
  return new AwsError('MalformedPolicyDocumentException', message, 400);
}

export function packedPolicyTooLarge(message: string): AwsError {
  return new AwsError('PackedPolicyTooLargeException', message, 400);
}

export function invalidIdentityToken(message: string): AwsError {
  return new AwsError('InvalidIdentityTokenException', message, 400);
}

export function expiredIdentityToken(message: string): AwsError {
  return new AwsError('ExpiredTokenException', message, 400);
}

export function idpRejectedClaim(message: string): AwsError {
  return new AwsError('IDPRejectedClaimException', message, 403);
}

export function invalidAuthorizationMessage(message: string): AwsError {
  return new AwsError('InvalidAuthorizationMessageException', message, 400);
}
