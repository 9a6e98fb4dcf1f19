/**
 * --enforce-iam for Kinesis: stream operations act on the stream (StreamARN, StreamName in the
 * caller's account, or the stream a GetRecords iterator names), consumer operations on the
 * consumer, tags on the resource; ListStreams on `*`. A stream's resource policy can let another
 * account in.
 */
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import type { KinesisApi } from './api.js';
import { accessDenied } from './errors.js';
import { decodeIterator } from './sequence.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
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
    async resourceFacts(resource) {
      const kinesis = (runtime.startedProvider('kinesis')?.api as KinesisApi | undefined) ?? (await runtime.optionalApi<KinesisApi>('kinesis'));
      const policy = kinesis?.resourcePolicy?.(resource);
      return policy ? { policy } : undefined;
    },
    factsChangedBy: /^(PutResourcePolicy|DeleteResourcePolicy|CreateStream|DeleteStream|RegisterStreamConsumer|DeregisterStreamConsumer)$/,
    accessDenied: (message) => accessDenied(message),
  };
}
