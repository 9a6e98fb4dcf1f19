/**
 * --enforce-iam for Kinesis: stream operations act on the stream (StreamARN, StreamName in the
 * caller's account, or the stream a GetRecords iterator names), consumer operations on the
 * consumer, tags on the resource; ListStreams on `*`.
 */
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import { accessDenied } from './errors.js';
import { decodeIterator } from './sequence.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('kinesis', (input, context) => {
      const consumer = textOf(input, 'ConsumerARN');
      if (consumer) return consumer;
      const stream = textOf(input, 'StreamARN') ?? textOf(input, 'ResourceARN');
      if (stream) return stream;
      const name = textOf(input, 'StreamName');
      if (name) return resourceArn(context, 'kinesis', `stream/${name}`);
      // GetRecords names only its iterator, which names the stream (a made-up one is the service's to refuse).
      const iterator = textOf(input, 'ShardIterator');
      const position = iterator ? decodeIterator(iterator) : undefined;
      return position ? resourceArn(context, 'kinesis', `stream/${position.stream}`, position.account, position.region) : undefined;
    }),
    accessDenied: (message) => accessDenied(message),
  };
}
