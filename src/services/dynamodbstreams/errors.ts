import { AwsError } from '../../core/errors.js';

/** DynamoDB Streams' errors, worded as the service words them. */
export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 400);
}

export const streamNotFound = (arn: string): AwsError => resourceNotFound(`Requested resource not found: Stream: ${arn} not found`);

export const shardNotFound = (): AwsError => resourceNotFound('Requested resource not found: Shard does not exist');

export const invalidStreamArn = (): AwsError => validation('Invalid StreamArn');

export const invalidShardIterator = (): AwsError => validation('Invalid ShardIterator');

export const invalidSequenceNumber = (text: string): AwsError => validation(`Invalid SequenceNumber: ${text}`);

export const expiredIterator = (): AwsError => new AwsError('ExpiredIteratorException', 'The provided iterator exceeds the maximum age allowed.', 400);

export const trimmedData = (): AwsError => new AwsError('TrimmedDataAccessException', 'The data you are trying to access has been trimmed', 400);

/** Limits the model leaves open (it says only "at least 1"), worded as AWS's model validation words them. */
export function checkLimit(value: number | undefined, max: number): void {
  if (value !== undefined && value > max) {
    throw validation(`1 validation error detected: Value '${value}' at 'limit' failed to satisfy constraint: Member must have value less than or equal to ${max}`);
  }
}
