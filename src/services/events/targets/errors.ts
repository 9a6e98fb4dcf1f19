import { AwsError } from '../../../core/errors.js';
import type { TargetFailure } from '../api.js';

/** EventBridge's errors on the target side (targets, connections, API destinations), worded as EventBridge words them. */
export function validationException(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 400);
}

export function resourceAlreadyExists(message: string): AwsError {
  return new AwsError('ResourceAlreadyExistsException', message, 400);
}

export function limitExceeded(message = 'The requested resource exceeds the maximum number allowed.'): AwsError {
  return new AwsError('LimitExceededException', message, 400);
}

export function invalidState(message: string): AwsError {
  return new AwsError('InvalidStateException', message, 400);
}

export const ruleNotFound = (ruleName: string, busName: string): AwsError => resourceNotFound(`Rule ${ruleName} does not exist on EventBus ${busName}.`);

export const connectionNotFound = (name: string): AwsError => resourceNotFound(`Failed to describe the connection(s). Connection '${name}' does not exist.`);

export const apiDestinationNotFound = (name: string): AwsError => resourceNotFound(`Failed to describe the api-destination(s). An api-destination '${name}' does not exist.`);

export const invalidNextToken = (): AwsError => validationException('The NextToken provided is not valid.');

/** A delivery that did not reach its target, as a dead-letter message's ERROR_CODE/ERROR_MESSAGE report it. */
export class TargetDeliveryError extends Error implements TargetFailure {
  constructor(
    readonly errorCode: string,
    readonly errorMessage: string,
    readonly retryable: boolean,
    /** How long the target asked to be left alone (an API destination's Retry-After), in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(`${errorCode}: ${errorMessage}`);
    this.name = 'TargetDeliveryError';
  }
}

export const targetNotFound = (message: string): TargetDeliveryError => new TargetDeliveryError('RESOURCE_NOT_FOUND', message, false);

/** Whatever a delivery rejected with, as a TargetFailure (a plain error of ours is an SDK client error AWS would retry). */
export function asTargetFailure(error: unknown): TargetFailure {
  if (error instanceof TargetDeliveryError) return error;
  const failure = error as Partial<TargetFailure> | undefined;
  if (failure && typeof failure.errorCode === 'string' && typeof failure.errorMessage === 'string') {
    return { errorCode: failure.errorCode, errorMessage: failure.errorMessage, retryable: failure.retryable === true };
  }
  if (error instanceof AwsError) {
    // An answer from the target's own API: a client fault (4xx) will not get better by retrying, a throttle or 5xx may.
    const throttled = /Throttl|TooManyRequests|ProvisionedThroughputExceeded|ServiceUnavailable/.test(error.code);
    return {
      errorCode: throttled ? 'THROTTLING' : 'SDK_CLIENT_ERROR',
      errorMessage: `${error.code}: ${error.message}`,
      retryable: throttled || error.status >= 500,
    };
  }
  return { errorCode: 'SDK_CLIENT_ERROR', errorMessage: error instanceof Error ? error.message : String(error), retryable: true };
}
