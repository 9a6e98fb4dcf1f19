import { AwsError } from '../../core/errors.js';

/** Kinesis's errors, worded as Kinesis words them. */
export function invalidArgument(message: string): AwsError {
  return new AwsError('InvalidArgumentException', message, 400);
}

export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 400);
}

export function resourceInUse(message: string): AwsError {
  return new AwsError('ResourceInUseException', message, 400);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message, 400);
}

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

export function accessDenied(message: string): AwsError {
  return new AwsError('AccessDeniedException', message, 400);
}

export const streamNotFound = (name: string, account: string): AwsError => resourceNotFound(`Stream ${name} under account ${account} not found.`);

export const streamExists = (name: string, account: string): AwsError => resourceInUse(`Stream ${name} under account ${account} already exists.`);

export const streamNotActive = (name: string, account: string, status: string): AwsError =>
  resourceInUse(`Stream ${name} under account ${account} not ACTIVE, instead in state ${status}`);

export const shardNotFound = (shardId: string, name: string, account: string): AwsError =>
  resourceNotFound(`Shard ${shardId} in stream ${name} under account ${account} does not exist`);

export const couldNotFindShard = (shardId: string, name: string, account: string): AwsError =>
  resourceNotFound(`Could not find shard ${shardId} in stream ${name} under account ${account}.`);

export const invalidShardIterator = (): AwsError => invalidArgument('Invalid ShardIterator.');

export function expiredIterator(createdAt: number, now: number): AwsError {
  return new AwsError(
    'ExpiredIteratorException',
    `Iterator expired. The iterator was created at time ${amzUtc(createdAt)} while right now it is ${amzUtc(now)} which is further in the future than the tolerated delay of 300000 milliseconds.`,
    400,
  );
}

export const writeThrottled = (shardId: string, name: string, account: string): AwsError =>
  new AwsError('ProvisionedThroughputExceededException', `Rate exceeded for shard ${shardId} in stream ${name} under account ${account}.`, 400);

export const readThrottled = (shardId: string, name: string, account: string): AwsError =>
  new AwsError('ProvisionedThroughputExceededException', `Rate exceeded for Shard - ${account}/${name}/${shardId}`, 400);

export function shardLimitExceeded(account: string, region: string, current: number, limit: number, adding: number): AwsError {
  return limitExceeded(
    `This request would exceed the shard limit for the account ${account} in ${region}. Current shard count for the account: ${current}. Limit: ${limit}. ` +
      `Number of additional shards that would have resulted from this request: ${adding}. Refer to the AWS Service Limits page ` +
      '(http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits and how to request higher limits.',
  );
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A time as Kinesis writes it in messages: "Wed Mar 04 01:02:40 UTC 2020". */
export function amzUtc(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}
