/**
 * --enforce-iam for DynamoDB Streams (IAM prefix dynamodb): DescribeStream, GetShardIterator and
 * GetRecords act on the stream (GetRecords' from the stream its iterator names); ListStreams on `*`.
 */
import { AwsError } from '../../core/errors.js';
import { accessTable, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import { decodeIterator } from './shard-iterators.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('dynamodb', (input) => {
      const iterator = textOf(input, 'ShardIterator');
      // A made-up iterator is the service's to refuse (its own error), on `*` here.
      if (iterator) return decodeIterator(iterator)?.streamArn;
      return textOf(input, 'StreamArn');
    }),
    accessDenied: (message) => new AwsError('AccessDeniedException', message, 400),
  };
}
