import { AwsError } from '../../core/errors.js';

/** EventBridge's errors, worded as EventBridge words them (every one a 400 but internal failures). */
export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

export function notFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 400);
}

export function alreadyExists(message: string): AwsError {
  return new AwsError('ResourceAlreadyExistsException', message, 400);
}

export const busNotFound = (name: string): AwsError => notFound(`Event bus ${name} does not exist.`);
export const ruleNotFound = (name: string, bus: string): AwsError => notFound(`Rule ${name} does not exist on EventBus ${bus}.`);
export const archiveNotFound = (name: string): AwsError => notFound(`Archive ${name} does not exist.`);
export const replayNotFound = (name: string): AwsError => notFound(`Replay ${name} does not exist.`);
export const endpointNotFound = (name: string): AwsError => notFound(`Endpoint ${name} does not exist.`);

export function invalidEventPattern(reason: string): AwsError {
  return new AwsError('InvalidEventPatternException', `Event pattern is not valid. Reason: ${reason}`, 400);
}

export function managedRule(name: string): AwsError {
  return new AwsError('ManagedRuleException', `${name} is a managed rule. Set 'force' parameter to true to override.`, 400);
}

export function illegalStatus(message: string): AwsError {
  return new AwsError('IllegalStatusException', message, 400);
}

export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValue', message, 400);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message, 400);
}

export function policyLengthExceeded(): AwsError {
  return new AwsError('PolicyLengthExceededException', 'The event bus policy is too long.', 400);
}

export function accessDenied(message: string): AwsError {
  return new AwsError('AccessDeniedException', message, 400);
}

export const invalidNextToken = (): AwsError => validation('The NextToken provided is invalid.');
