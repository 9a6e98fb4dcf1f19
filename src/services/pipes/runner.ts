import { startDynamoDbStreamSource } from '../../core/event-sources/dynamodb-stream-source.js';
import { batchFailureRecord, type ExhaustedBatch } from '../../core/event-sources/shard-source.js';
import { compileFilterCriteria } from '../../core/event-sources/filter-criteria.js';
import { startKinesisSource } from '../../core/event-sources/kinesis-source.js';
import { SourceUnavailable, type RunningSource, type SourceLog, type SourceRecord } from '../../core/event-sources/source.js';
import { startSqsSource } from '../../core/event-sources/sqs-source.js';
import type { DynamoDbStreamsApi } from '../dynamodbstreams/api.js';
import type { KinesisApi } from '../kinesis/api.js';
import type { SqsApi } from '../sqs/api.js';
import { BatchDelivery } from './batch-delivery.js';
import { sourceKind, targetBatchLimit } from './pipe-checks.js';
import type { PipesService } from './service.js';
import type { PipeRow } from './state.js';

/** AWS's defaults: SQS sources take batches of 10, stream sources batches of 100. */
const SQS_DEFAULT_BATCH = 10;
const STREAM_DEFAULT_BATCH = 100;

/**
 * Starts a RUNNING pipe's source, wired to its filters and to what each batch goes through
 * (enrichment, then the target). Throws SourceUnavailable when the source cannot be read.
 */
export async function startPipeRunner(service: PipesService, pipe: PipeRow): Promise<RunningSource> {
  const { definition } = pipe;
  const parameters = definition.SourceParameters ?? {};
  const filter = compileFilterCriteria((parameters.FilterCriteria?.Filters ?? []).map((f: { Pattern?: string }) => f.Pattern).filter((p: unknown): p is string => typeof p === 'string'));
  const delivery = new BatchDelivery(service.runtime, pipe);
  const handler = (records: SourceRecord[]) => delivery.deliver(records);
  const log: SourceLog = { warn: (fields, message) => service.runtime.log.warn({ pipe: pipe.arn, ...fields }, message) };
  const clock = service.clock;
  // Left unset, a source's default batch is cut to what the target takes.
  const batchSize = (given: number | undefined, sourceDefault: number) => given ?? Math.min(sourceDefault, targetBatchLimit(definition.Target) ?? sourceDefault);

  /** What a Kinesis and a DynamoDB stream source take alike from their parameter block. */
  const streamOptions = (block: StreamParameters, infoKey: 'KinesisBatchInfo' | 'DDBStreamBatchInfo') => ({
    streamArn: definition.Source,
    batchSize: batchSize(block.BatchSize, STREAM_DEFAULT_BATCH),
    maximumBatchingWindowInSeconds: block.MaximumBatchingWindowInSeconds ?? 0,
    maximumRetryAttempts: block.MaximumRetryAttempts ?? -1,
    maximumRecordAgeInSeconds: block.MaximumRecordAgeInSeconds ?? -1,
    parallelizationFactor: block.ParallelizationFactor ?? 1,
    bisectBatchOnFunctionError: block.OnPartialBatchItemFailure === 'AUTOMATIC_BISECT',
    filter,
    checkpoints: {
      load: (shardId: string) => service.state.checkpoint(pipe.arn, shardId),
      save: (shardId: string, sequenceNumber: string) => service.state.saveCheckpoint(pipe.arn, shardId, sequenceNumber),
    },
    clock,
    handler,
    onExhausted: (batch: ExhaustedBatch) => delivery.deadLetter(block.DeadLetterConfig?.Arn, batchFailureRecord(batch, infoKey, pipe.arn, clock.now())),
    log,
  });

  switch (sourceKind(definition.Source)) {
    case 'sqs': {
      const sqs = await service.runtime.api<SqsApi>('sqs');
      const block = parameters.SqsQueueParameters ?? {};
      return startSqsSource({
        queueArn: definition.Source,
        region: pipe.region,
        batchSize: batchSize(block.BatchSize, SQS_DEFAULT_BATCH),
        maximumBatchingWindowInSeconds: block.MaximumBatchingWindowInSeconds ?? 0,
        filter,
        queue: sqs,
        clock,
        handler,
        log,
      });
    }
    case 'kinesis': {
      const kinesis = await service.runtime.optionalApi<KinesisApi>('kinesis');
      if (!kinesis?.readShard) throw new SourceUnavailable(`Amazon Kinesis data streams are not served by this Nimbus: ${definition.Source} cannot be read.`);
      const block = parameters.KinesisStreamParameters ?? {};
      return startKinesisSource({
        ...streamOptions(block, 'KinesisBatchInfo'),
        region: pipe.region,
        roleArn: definition.RoleArn,
        startingPosition: block.StartingPosition,
        startingPositionTimestamp: block.StartingPositionTimestamp === undefined ? undefined : timestampMs(block.StartingPositionTimestamp),
        stream: kinesis,
      });
    }
    case 'dynamodb': {
      const streams = await service.runtime.optionalApi<DynamoDbStreamsApi>('dynamodbstreams');
      if (!streams?.readShard) throw new SourceUnavailable(`DynamoDB Streams are not served by this Nimbus: ${definition.Source} cannot be read.`);
      const block = parameters.DynamoDBStreamParameters ?? {};
      return startDynamoDbStreamSource({ ...streamOptions(block, 'DDBStreamBatchInfo'), startingPosition: block.StartingPosition, stream: streams });
    }
    default:
      throw new SourceUnavailable(`Nimbus does not poll this kind of source yet: ${definition.Source} cannot be read.`);
  }
}

/** The settings a pipe's Kinesis and DynamoDB stream parameters share (PipeSourceKinesisStreamParameters, PipeSourceDynamoDBStreamParameters). */
interface StreamParameters {
  BatchSize?: number;
  MaximumBatchingWindowInSeconds?: number;
  MaximumRetryAttempts?: number;
  MaximumRecordAgeInSeconds?: number;
  ParallelizationFactor?: number;
  OnPartialBatchItemFailure?: string;
  DeadLetterConfig?: { Arn?: string };
}

/** StartingPositionTimestamp as stored: a Date serialized to JSON text, or epoch seconds. */
function timestampMs(value: unknown): number {
  if (typeof value === 'number') return value * 1000;
  return new Date(String(value)).getTime();
}

