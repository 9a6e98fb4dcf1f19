/**
 * What pollers on AWS's side (EventBridge Pipes, Lambda event source mappings) ask of DynamoDB
 * Streams through `runtime.api<DynamoDbStreamsApi>('dynamodbstreams')`: a stream's shards, each
 * read in order from a position, and a wake-up when records arrive. The shape follows KinesisApi.
 */

/** A record as GetRecords returns it on the wire (binaries base64), with its place in the shard. */
export interface DynamoDbStreamRecordView {
  sequenceNumber: string;
  /** Milliseconds since the epoch, on the virtual clock. */
  approximateCreationTime: number;
  /** eventID, eventName, eventVersion, eventSource, awsRegion, dynamodb {...}, userIdentity when DynamoDB made the change. */
  record: Record<string, unknown>;
}

export interface DynamoDbStreamShardView {
  shardId: string;
  parentShardId?: string;
  /** A closed shard takes no new records; once read to its end, read its children. */
  closed: boolean;
}

export type DynamoDbShardPosition =
  | { type: 'TRIM_HORIZON' }
  | { type: 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER'; sequenceNumber: string };

export interface DynamoDbStreamsApi {
  /** Whether the stream can be read (enabled, or disabled less than 24 hours ago). */
  streamExists(streamArn: string): boolean;
  /** The stream's shards, parents before children. Throws ResourceNotFoundException. */
  shards(streamArn: string): DynamoDbStreamShardView[];
  /** The position just after the shard's newest record: where LATEST starts. */
  latestPosition(streamArn: string, shardId: string): DynamoDbShardPosition;
  /**
   * Up to `limit` records of a shard from a position, oldest first; `endOfShard` when the shard is
   * closed and all of it has been read. Records past retention are gone, as on AWS.
   */
  readShard(request: { streamArn: string; shardId: string; position: DynamoDbShardPosition; limit: number }): { records: DynamoDbStreamRecordView[]; endOfShard: boolean };
  /** Calls `listener` whenever records are written to the stream. Returns an unsubscribe function. */
  onRecords(streamArn: string, listener: () => void): () => void;
}
