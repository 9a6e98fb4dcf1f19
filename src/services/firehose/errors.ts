import { AwsError } from '../../core/errors.js';

/** Firehose's errors, worded as Firehose words them (all 400s, as its model declares them). */
export function invalidArgument(message: string): AwsError {
  return new AwsError('InvalidArgumentException', message, 400);
}

export function streamNotFound(name: string, account: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Firehose ${name} under account ${account} not found.`, 400);
}

export function streamExists(name: string, account: string): AwsError {
  return new AwsError('ResourceInUseException', `Firehose ${name} under accountId ${account} already exists.`, 400);
}

export function resourceInUse(message: string): AwsError {
  return new AwsError('ResourceInUseException', message, 400);
}

export function concurrentModification(message: string): AwsError {
  return new AwsError('ConcurrentModificationException', message, 400);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message, 400);
}

export function invalidKmsResource(message: string): AwsError {
  return new AwsError('InvalidKMSResourceException', message, 400);
}
