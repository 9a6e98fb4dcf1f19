// Generated from models/dynamodbstreams.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface DescribeStreamInput {
  ExclusiveStartShardId?: string;
  Limit?: number;
  ShardFilter?: ShardFilter;
  StreamArn: string;
}

export interface DescribeStreamOutput {
  StreamDescription?: StreamDescription;
}

export interface GetRecordsInput {
  Limit?: number;
  ShardIterator: string;
}

export interface GetRecordsOutput {
  NextShardIterator?: string;
  Records?: Array<RecordShape>;
}

export interface GetShardIteratorInput {
  SequenceNumber?: string;
  ShardId: string;
  ShardIteratorType: "TRIM_HORIZON" | "LATEST" | "AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER";
  StreamArn: string;
}

export interface GetShardIteratorOutput {
  ShardIterator?: string;
}

export interface ListStreamsInput {
  ExclusiveStartStreamArn?: string;
  Limit?: number;
  TableName?: string;
}

export interface ListStreamsOutput {
  LastEvaluatedStreamArn?: string;
  Streams?: Array<Stream>;
}

export interface ExpiredIteratorException {
  message?: string;
}

export interface InternalServerError {
  message?: string;
}

export interface LimitExceededException {
  message?: string;
}

export interface ResourceNotFoundException {
  message?: string;
}

export interface TrimmedDataAccessException {
  message?: string;
}

export interface ShardFilter {
  ShardId?: string;
  Type?: "CHILD_SHARDS";
}

export interface StreamDescription {
  CreationRequestDateTime?: Date;
  KeySchema?: Array<KeySchemaElement>;
  LastEvaluatedShardId?: string;
  Shards?: Array<Shard>;
  StreamArn?: string;
  StreamLabel?: string;
  StreamStatus?: "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED";
  StreamViewType?: "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES" | "KEYS_ONLY";
  TableName?: string;
}

export interface RecordShape {
  awsRegion?: string;
  dynamodb?: StreamRecord;
  eventID?: string;
  eventName?: "INSERT" | "MODIFY" | "REMOVE";
  eventSource?: string;
  eventVersion?: string;
  userIdentity?: Identity;
}

export interface Stream {
  StreamArn?: string;
  StreamLabel?: string;
  TableName?: string;
}

export interface KeySchemaElement {
  AttributeName: string;
  KeyType: "HASH" | "RANGE";
}

export interface Shard {
  ParentShardId?: string;
  SequenceNumberRange?: SequenceNumberRange;
  ShardId?: string;
}

export interface StreamRecord {
  ApproximateCreationDateTime?: Date;
  Keys?: Record<string, AttributeValue>;
  NewImage?: Record<string, AttributeValue>;
  OldImage?: Record<string, AttributeValue>;
  SequenceNumber?: string;
  SizeBytes?: number;
  StreamViewType?: "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES" | "KEYS_ONLY";
}

export interface Identity {
  PrincipalId?: string;
  Type?: string;
}

export interface SequenceNumberRange {
  EndingSequenceNumber?: string;
  StartingSequenceNumber?: string;
}

export interface AttributeValue {
  B?: Buffer;
  BOOL?: boolean;
  BS?: Array<Buffer>;
  L?: Array<AttributeValue>;
  M?: Record<string, AttributeValue>;
  N?: string;
  NS?: Array<string>;
  NULL?: boolean;
  S?: string;
  SS?: Array<string>;
}

/** Every operation of Amazon DynamoDB Streams; a provider implements the ones it serves. */
export interface DynamodbstreamsOperations {
  DescribeStream(input: DescribeStreamInput, context: RequestContext): DescribeStreamOutput | Promise<DescribeStreamOutput>;
  GetRecords(input: GetRecordsInput, context: RequestContext): GetRecordsOutput | Promise<GetRecordsOutput>;
  GetShardIterator(input: GetShardIteratorInput, context: RequestContext): GetShardIteratorOutput | Promise<GetShardIteratorOutput>;
  ListStreams(input: ListStreamsInput, context: RequestContext): ListStreamsOutput | Promise<ListStreamsOutput>;
}
