import { SourceUnavailable } from './source.js';

/**
 * DynamoDB Streams as a source: the slot Pipes and Lambda event source mappings fill when Nimbus
 * serves the streams API (a later issue). It will read like the Kinesis source (shards, per-shard
 * order, StartingPosition TRIM_HORIZON or LATEST, MaximumRetryAttempts, MaximumRecordAgeInSeconds,
 * a dead-letter queue), with records shaped as DynamoDB stream records (eventID, eventName
 * INSERT/MODIFY/REMOVE, dynamodb.Keys/NewImage/OldImage...). Until then the ARN is checked and the
 * source refuses to start, saying why.
 */

/** arn:aws:dynamodb:<region>:<account>:table/<table>/stream/<label> */
const STREAM_ARN = /^arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\d{12}:table\/[a-zA-Z0-9_.-]{3,255}\/stream\/[^/]+$/;

export function isDynamoDbStreamArn(arn: string): boolean {
  return STREAM_ARN.test(arn);
}

export function startDynamoDbStreamSource(streamArn: string): never {
  throw new SourceUnavailable(`DynamoDB Streams are not served by Nimbus yet: ${streamArn} cannot be read.`);
}
