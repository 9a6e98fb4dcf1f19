import { randomUUID } from 'node:crypto';
import { startDynamoDbStreamSource } from '../../../core/event-sources/dynamodb-stream-source.js';
import { compileFilterCriteria } from '../../../core/event-sources/filter-criteria.js';
import { startKinesisSource } from '../../../core/event-sources/kinesis-source.js';
import type { ExhaustedBatch, ShardBatchContext, ShardConsumerOptions } from '../../../core/event-sources/shard-source.js';
import { SourceUnavailable, type BatchOutcome, type RunningSource, type SourceRecord } from '../../../core/event-sources/source.js';
import { isoSeconds } from '../../../core/clock.js';
import type { Runtime } from '../../../core/runtime.js';
import { MinuteMetrics } from '../../cloudwatch/minute-metrics.js';
import type { DynamoDbStreamsApi } from '../../dynamodbstreams/api.js';
import type { KinesisApi } from '../../kinesis/api.js';
import type { EventSourceMapping, MappingRunnerHost, StartMappingRunner } from './runner.js';
import { sendToFailureDestination, streamFailureRecord, type LastResponse } from './stream-failure-destination.js';
import { StreamMappingState } from './stream-state.js';

/** The function answered with an error (or an answer AWS reads as one): counts as a retry, may be bisected. */
class FunctionFailure extends Error {
  constructor(
    message: string,
    readonly response: LastResponse,
  ) {
    super(message);
  }
}

/** The function could not be called (throttled, gone): retried until the records are too old, never bisected. */
class InvocationFailure extends Error {
  constructor(
    message: string,
    readonly response: LastResponse,
  ) {
    super(message);
  }
}

/** A tumbling window's state is at most 1 MB a shard. */
const MAX_WINDOW_STATE_BYTES = 1024 * 1024;

/** arn:aws:kinesis:<region>:<account>:stream/<name>[/consumer/<consumer>:<created>] */
const KINESIS_ARN = /^(arn:aws[a-z-]*:kinesis:[a-z0-9-]+:\d{12}:stream\/[a-zA-Z0-9_.-]+)(\/consumer\/.+)?$/;

/**
 * Kinesis and DynamoDB Streams event source mappings: the shared shard walker
 * (core/event-sources/shard-source.ts) reads each shard in order and this turns its batches into
 * invocations as Lambda's pollers make them: `{"Records": [...]}` (with a tumbling window's
 * `window`, `state`, `shardId`, `eventSourceARN`, `isFinalInvokeForWindow`,
 * `isWindowTerminatedEarly`), the answer read for `batchItemFailures` and `state`, a batch given
 * up on sent to the on-failure destination with AWS's invocation record, IteratorAge published
 * for the function. Checkpoints and windows are kept in the store (stream-state.ts).
 */
export const startStreamMapping: StartMappingRunner = (host, mapping) => {
  let source: RunningSource | undefined;
  let stopped = false;
  const metrics = new MinuteMetrics(host.runtime, 'AWS/Lambda');
  const starting = openSource(host, mapping, metrics)
    .then((opened) => {
      source = opened;
      if (stopped) return opened.stop();
    })
    .catch((error: unknown) => {
      const reason = error instanceof SourceUnavailable ? error.message : `could not start polling: ${error instanceof Error ? error.message : String(error)}`;
      host.setLastProcessingResult(`PROBLEM: ${reason}`);
    });
  return {
    async stop() {
      stopped = true;
      await starting;
      await source?.stop();
      metrics.close();
    },
  };
};

/** Forgets a deleted mapping's checkpoints and windows (the engine calls it on DeleteEventSourceMapping). */
export function forgetStreamMapping(owner: { runtime: Runtime }, uuid: string): void {
  new StreamMappingState(owner.runtime.store).forget(uuid);
}

async function openSource(host: MappingRunnerHost, mapping: EventSourceMapping, metrics: MinuteMetrics): Promise<RunningSource> {
  const { runtime } = host;
  const state = new StreamMappingState(runtime.store);
  const kinesisArn = KINESIS_ARN.exec(mapping.eventSourceArn);
  const infoKey = kinesisArn ? 'KinesisBatchInfo' : 'DDBStreamBatchInfo';
  const streamArn = kinesisArn ? kinesisArn[1]! : mapping.eventSourceArn;

  const invoke = async (event: Record<string, unknown>): Promise<{ answer: unknown; response: LastResponse }> => {
    let result: Awaited<ReturnType<MappingRunnerHost['invokeFunction']>>;
    try {
      result = await host.invokeFunction(event);
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      host.setLastProcessingResult('PROBLEM: Function call failed');
      throw new InvocationFailure(error instanceof Error ? error.message : String(error), { statusCode: status });
    }
    const response: LastResponse = { statusCode: 200, executedVersion: result.executedVersion ?? executedVersionOf(mapping.functionArn) };
    if (!result.ok) {
      response.functionError = result.functionError ?? 'Unhandled';
      host.setLastProcessingResult('PROBLEM: Function call failed');
      throw new FunctionFailure(`The function failed (${response.functionError}): ${result.payload.toString('utf8')}`, response);
    }
    return { answer: parseAnswer(result.payload), response };
  };

  const handler = async (records: SourceRecord[], context: ShardBatchContext): Promise<void | BatchOutcome> => {
    const event: Record<string, unknown> = { Records: records.map((r) => r.event) };
    if (context.lastArrivedAt !== undefined) {
      // IteratorAge: how old the batch's newest record was when the batch was read.
      const age = Math.max(0, runtime.clock.now() - context.lastArrivedAt);
      for (const dimensions of iteratorAgeDimensions(mapping.functionArn)) metrics.add(mapping.account, mapping.region, 'IteratorAge', age, 'Milliseconds', dimensions);
    }
    const window = context.window;
    if (window) {
      const saved = state.window(mapping.uuid, context.shardId);
      Object.assign(event, {
        window: { start: isoSeconds(window.start), end: isoSeconds(window.end) },
        state: saved?.start === window.start ? saved.state : {},
        shardId: context.shardId,
        eventSourceARN: mapping.eventSourceArn,
        isFinalInvokeForWindow: context.finalForWindow === true,
        isWindowTerminatedEarly: false,
      });
    }
    const { answer, response } = await invoke(event);
    if (window) {
      const answered = (answer as { state?: unknown } | undefined)?.state;
      if (answered === null || typeof answered !== 'object' || Array.isArray(answered)) {
        host.setLastProcessingResult('PROBLEM: Function call failed');
        throw new FunctionFailure('The function answered no state for its tumbling window.', response);
      }
      if (context.finalForWindow) state.closeWindow(mapping.uuid, context.shardId);
      else if (Buffer.byteLength(JSON.stringify(answered)) > MAX_WINDOW_STATE_BYTES) {
        // A state past 1 MB ends the window early: a final call with it, then the same window goes on with a fresh state.
        await invoke({ ...event, Records: [], state: answered, isFinalInvokeForWindow: true, isWindowTerminatedEarly: true });
        state.saveWindow(mapping.uuid, context.shardId, { start: window.start, state: {} });
      } else state.saveWindow(mapping.uuid, context.shardId, { start: window.start, state: answered as Record<string, unknown> });
    }
    host.setLastProcessingResult('OK');
    if (!mapping.reportBatchItemFailures || !records.length) return;
    return batchItemFailures(answer, records, response);
  };

  const onExhausted = async (batch: ExhaustedBatch): Promise<void> => {
    // The last call's answer: a function error or a throttle carries it; a partial failure was a 200 without one.
    const error = batch.error;
    const lastResponse =
      error instanceof FunctionFailure || error instanceof InvocationFailure ? error.response : error === undefined ? undefined : { statusCode: 200, executedVersion: executedVersionOf(mapping.functionArn) };
    const record = streamFailureRecord({ mapping, batch, infoKey, lastResponse, requestId: randomUUID(), now: runtime.clock.now() });
    await sendToFailureDestination(runtime, mapping, record, batch.shardId, { Records: batch.records.map((r) => r.event) });
  };

  // Kinesis mappings filter on the record's data alone (decoded, and parsed when JSON), as AWS documents.
  const matches = compileFilterCriteria(mapping.filterPatterns);
  const common: ShardConsumerOptions = {
    streamArn,
    batchSize: mapping.batchSize,
    maximumBatchingWindowInSeconds: mapping.maximumBatchingWindowInSeconds,
    maximumRetryAttempts: mapping.maximumRetryAttempts,
    maximumRecordAgeInSeconds: mapping.maximumRecordAgeInSeconds,
    parallelizationFactor: mapping.parallelizationFactor,
    bisectBatchOnFunctionError: mapping.bisectBatchOnFunctionError,
    isFunctionError: (error) => !(error instanceof InvocationFailure),
    tumblingWindow: mapping.tumblingWindowInSeconds > 0 ? { seconds: mapping.tumblingWindowInSeconds, open: (shardId) => state.window(mapping.uuid, shardId)?.start } : undefined,
    filter: kinesisArn ? (data) => matches({ data: data.data }) : matches,
    checkpoints: {
      load: (shardId) => state.checkpoint(mapping.uuid, shardId),
      save: (shardId, sequenceNumber) => state.saveCheckpoint(mapping.uuid, shardId, sequenceNumber),
    },
    clock: runtime.clock,
    handler,
    onExhausted,
    log: host.log,
  };

  // LATEST means from when the mapping first read, not from each restart: shards it had not read yet keep to that.
  const firstStartedAt = state.startedAt(mapping.uuid);
  const startedAt = firstStartedAt ?? runtime.clock.now();
  let source: RunningSource;
  if (kinesisArn) {
    const kinesis = await runtime.optionalApi<KinesisApi>('kinesis');
    if (!kinesis?.readShard) throw new SourceUnavailable(`Amazon Kinesis data streams are not served by this Nimbus: ${mapping.eventSourceArn} cannot be read.`);
    if (!kinesis.streamExists(streamArn)) throw new SourceUnavailable(`Stream not found: ${streamArn}`);
    const latest = (mapping.startingPosition ?? 'LATEST') === 'LATEST';
    source = startKinesisSource({
      ...common,
      region: mapping.region,
      roleArn: mapping.executionRoleArn ?? '',
      recordShape: 'lambda',
      startingPosition: latest ? 'AT_TIMESTAMP' : mapping.startingPosition!,
      startingPositionTimestamp: latest ? startedAt : mapping.startingPositionTimestamp,
      stream: kinesis,
    });
  } else {
    const streams = await runtime.optionalApi<DynamoDbStreamsApi>('dynamodbstreams');
    if (!streams?.readShard) throw new SourceUnavailable(`DynamoDB Streams are not served by this Nimbus: ${mapping.eventSourceArn} cannot be read.`);
    if (!streams.streamExists(streamArn)) throw new SourceUnavailable(`Stream not found: ${streamArn}`);
    // LATEST checkpoints every shard at its newest record on the first start; after that, a shard without a checkpoint is new.
    const latest = mapping.startingPosition !== 'TRIM_HORIZON' && firstStartedAt === undefined;
    source = startDynamoDbStreamSource({ ...common, startingPosition: latest ? 'LATEST' : 'TRIM_HORIZON', stream: streams });
  }
  state.markStarted(mapping.uuid, startedAt);
  return source;
}

/**
 * ReportBatchItemFailures, by AWS's rules: no answer, a null or empty `batchItemFailures` is a
 * complete success; an entry whose itemIdentifier is missing, empty, or names no record of the
 * batch fails the whole batch; otherwise the records named failed (the lowest one is where the
 * retry resumes: the walker takes it from here).
 */
function batchItemFailures(answer: unknown, records: SourceRecord[], response: LastResponse): BatchOutcome | undefined {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return undefined;
  const failures = (answer as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return undefined;
  if (!Array.isArray(failures)) throw new FunctionFailure('The function answered batchItemFailures that is not a list.', response);
  const failed = new Set<SourceRecord>();
  for (const failure of failures) {
    const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    const record = typeof id === 'string' && id ? records.find((r) => sequenceNumberOf(r) === id) : undefined;
    if (!record) throw new FunctionFailure(`The function reported a batch item failure that names no record of the batch: ${JSON.stringify(failure)}`, response);
    failed.add(record);
  }
  return failed.size ? { failed: [...failed] } : undefined;
}

function sequenceNumberOf(record: SourceRecord): string | undefined {
  const event = record.event as { kinesis?: { sequenceNumber?: string }; dynamodb?: { SequenceNumber?: string } };
  return event.kinesis?.sequenceNumber ?? event.dynamodb?.SequenceNumber;
}

function parseAnswer(payload: Buffer): unknown {
  const text = payload.toString('utf8').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** By FunctionName, and by Resource (name:qualifier) too when the mapping names a version or alias, as AWS/Lambda's other metrics. */
function iteratorAgeDimensions(functionArn: string): Array<Array<{ name: string; value: string }>> {
  // arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]
  const [name = functionArn, qualifier] = functionArn.split(':').slice(6);
  const byName = [{ name: 'FunctionName', value: name }];
  return qualifier && qualifier !== '$LATEST' ? [byName, [...byName, { name: 'Resource', value: `${name}:${qualifier}` }]] : [byName];
}

function executedVersionOf(functionArn: string): string {
  const qualifier = functionArn.split(':')[7];
  return qualifier && /^\d+$/.test(qualifier) ? qualifier : '$LATEST';
}
