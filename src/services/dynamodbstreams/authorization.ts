/**
 * --enforce-iam for DynamoDB Streams (IAM prefix dynamodb): DescribeStream and GetShardIterator act
 * on the stream; ListStreams on `*`. GetRecords names only a sealed iterator: it is checked against
 * `*` here (a policy giving dynamodb:GetRecords on a stream ARN alone does not cover it; see the report).
 */
import { AwsError } from '../../core/errors.js';
import { accessTable, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('dynamodb', (input) => textOf(input, 'StreamArn')),
    accessDenied: (message) => new AwsError('AccessDeniedException', message, 400),
  };
}
