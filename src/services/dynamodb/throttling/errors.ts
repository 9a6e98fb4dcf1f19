import { AwsError } from '../../../core/errors.js';
import type { Kind, LimitType } from './capacity-pool.js';

/** DynamoDB's throttling errors, worded as AWS words them, with the ThrottlingReasons AWS attaches. */
const TABLE_MESSAGE = 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.';
const INDEX_MESSAGE =
  'The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API';
const CAPACITY_MESSAGE =
  'Throughput exceeds the current capacity of your table or index. DynamoDB is automatically scaling your table or index so please try again shortly. If exceptions persist, check if you have a hot key: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html';
const ACCOUNT_MESSAGE = 'Throughput exceeds the current throughput quota for your account. Please contact AWS Support at https://aws.amazon.com/support request a quota increase';

export interface ThrottleCause {
  limit: LimitType;
  kind: Kind;
  /** Set when a global secondary index is what ran out. */
  index?: string;
  /** The table's or index's ARN. */
  resource: string;
}

export function throttlingReason(cause: ThrottleCause): { reason: string; resource: string } {
  const kind = cause.kind === 'read' ? 'Read' : 'Write';
  return { reason: `${cause.index ? 'Index' : 'Table'}${kind}${cause.limit}`, resource: cause.resource };
}

export function throttled(cause: ThrottleCause): AwsError {
  const fields = { ThrottlingReasons: [throttlingReason(cause)] };
  if (cause.limit === 'AccountLimitExceeded') return new AwsError('RequestLimitExceeded', ACCOUNT_MESSAGE, 400, { fields });
  const message = cause.limit !== 'ProvisionedThroughputExceeded' ? CAPACITY_MESSAGE : cause.index ? INDEX_MESSAGE : TABLE_MESSAGE;
  return new AwsError('ProvisionedThroughputExceededException', message, 400, { fields });
}

/** A transaction whose items were throttled is cancelled, the throttled items' reason ThrottlingError. */
export function transactionThrottled(codes: Array<'None' | 'ThrottlingError'>): AwsError {
  const reasons = codes.map((code) => (code === 'None' ? { Code: code } : { Code: code, Message: CAPACITY_MESSAGE }));
  return new AwsError('TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes.join(', ')}]`, 400, {
    fields: { CancellationReasons: reasons },
  });
}
