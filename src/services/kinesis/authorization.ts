/**
 * --enforce-iam for Kinesis: stream operations act on the stream (StreamARN, or StreamName in the
 * caller's account), consumer operations on the consumer, tags on the resource; ListStreams on `*`.
 */
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import { accessDenied } from './errors.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('kinesis', (input, context) => {
      const consumer = textOf(input, 'ConsumerARN');
      if (consumer) return consumer;
      const stream = textOf(input, 'StreamARN') ?? textOf(input, 'ResourceARN');
      if (stream) return stream;
      const name = textOf(input, 'StreamName');
      return name ? resourceArn(context, 'kinesis', `stream/${name}`) : undefined;
    }),
    accessDenied: (message) => accessDenied(message),
  };
}
