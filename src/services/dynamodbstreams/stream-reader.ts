import type { RequestContext } from '../../core/context.js';
import { deserializeItem } from '../dynamodb/attribute-values.js';
import type { DynamoStreams } from '../dynamodb/streams/dynamo-streams.js';
import { eventIdOf, sequenceNumberText, SERVICE_IDENTITY, type DecodedRecord } from '../dynamodb/streams/stream-records.js';
import type { ShardRow, StreamRow } from '../dynamodb/streams/stream-state.js';
import type * as Streams from '../../generated/dynamodbstreams.js';
import { invalidStreamArn, shardNotFound, streamNotFound } from './errors.js';

/** arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label> */
const STREAM_ARN = /^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/[a-zA-Z0-9_.-]{3,255}\/stream\/[^/]+$/;

/** The stream an ARN names in the caller's account and region: ValidationException for a malformed ARN, ResourceNotFoundException for one that is not there. */
export function requireStream(streams: DynamoStreams, arn: string, context?: RequestContext): StreamRow {
  if (!STREAM_ARN.test(arn)) throw invalidStreamArn();
  const stream = streams.stream(arn);
  if (!stream || (context && (stream.account !== context.accountId || stream.region !== context.region))) throw streamNotFound(arn);
  return stream;
}

export function requireShard(streams: DynamoStreams, stream: StreamRow, shardId: string): ShardRow {
  const shard = streams.shard(stream, shardId);
  if (!shard) throw shardNotFound();
  return shard;
}

/** A record as GetRecords returns it (binaries as Buffers, for the protocol layer to encode). */
export function apiRecord(stream: StreamRow, record: DecodedRecord): Streams.RecordShape {
  const shape: Streams.RecordShape = {
    eventID: eventIdOf(stream.arn, record.seq),
    eventName: record.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: stream.region,
    dynamodb: {
      // AWS gives the creation time to the second.
      ApproximateCreationDateTime: new Date(Math.floor(record.at / 1000) * 1000),
      Keys: deserializeItem(record.keys) as Streams.StreamRecord['Keys'],
      NewImage: record.newImage ? (deserializeItem(record.newImage) as Streams.StreamRecord['NewImage']) : undefined,
      OldImage: record.oldImage ? (deserializeItem(record.oldImage) as Streams.StreamRecord['OldImage']) : undefined,
      SequenceNumber: sequenceNumberText(record.seq),
      SizeBytes: record.size,
      StreamViewType: stream.view_type,
    },
  };
  if (record.byService) shape.userIdentity = { ...SERVICE_IDENTITY };
  return shape;
}

/** The same record as JSON on the wire (what Lambda and Pipes hand their targets). */
export function wireRecord(stream: StreamRow, record: DecodedRecord): Record<string, unknown> {
  const dynamodb: Record<string, unknown> = {
    ApproximateCreationDateTime: Math.floor(record.at / 1000),
    Keys: JSON.parse(record.keys),
  };
  if (record.newImage) dynamodb.NewImage = JSON.parse(record.newImage);
  if (record.oldImage) dynamodb.OldImage = JSON.parse(record.oldImage);
  dynamodb.SequenceNumber = sequenceNumberText(record.seq);
  dynamodb.SizeBytes = record.size;
  dynamodb.StreamViewType = stream.view_type;
  const out: Record<string, unknown> = {
    eventID: eventIdOf(stream.arn, record.seq),
    eventName: record.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: stream.region,
    dynamodb,
  };
  if (record.byService) out.userIdentity = { type: SERVICE_IDENTITY.Type, principalId: SERVICE_IDENTITY.PrincipalId };
  return out;
}
