import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Streams from '../../generated/dynamodbstreams.js';
import { useStreams } from '../dynamodb/streams/connection.js';
import { streamPollerApi } from './poller-api.js';
import { streamOperations } from './stream-operations.js';

/** DynamoDB Streams: the records DynamoDB writes as items change (dynamodb/streams/), read by shard. */
export function createProvider(runtime: Runtime): Provider {
  const { streams, release } = useStreams(runtime);
  const operations: Partial<Streams.DynamodbstreamsOperations> = { ...streamOperations(streams) };
  return { operations: operations as Provider['operations'], api: streamPollerApi(streams), close: release };
}
