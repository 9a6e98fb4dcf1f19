import { batchInfo, type ExhaustedBatch } from '../../../core/event-sources/shard-source.js';
import type { Runtime } from '../../../core/runtime.js';
import { recordObjectKey, sendRecordBody } from '../destinations.js';
import type { EventSourceMapping } from './runner.js';

/** How the last call of a batch given up on ended, as the invocation record's responseContext tells it. */
export interface LastResponse {
  statusCode: number;
  executedVersion?: string;
  functionError?: string;
}

/**
 * The invocation record AWS sends an on-failure destination for a stream batch given up on:
 * requestContext (the condition, how many calls), responseContext (the last call), the batch's
 * place in the stream under KinesisBatchInfo or DDBStreamBatchInfo, and for an S3 bucket the
 * whole event as well.
 */
export function streamFailureRecord(options: {
  mapping: EventSourceMapping;
  batch: ExhaustedBatch;
  infoKey: 'KinesisBatchInfo' | 'DDBStreamBatchInfo';
  lastResponse: LastResponse | undefined;
  requestId: string;
  now: number;
}): Record<string, unknown> {
  const { mapping, batch, lastResponse } = options;
  return {
    requestContext: {
      requestId: options.requestId,
      functionArn: mapping.functionArn,
      condition: batch.condition,
      approximateInvokeCount: batch.attempts,
    },
    ...(lastResponse ? { responseContext: lastResponse } : {}),
    version: '1.0',
    timestamp: new Date(options.now).toISOString(),
    [options.infoKey]: batchInfo(batch),
  };
}

/**
 * Sends the record to the mapping's on-failure destination: an SQS queue, an SNS topic, or an S3
 * bucket (one object a record, under aws/lambda/<mapping UUID>/<shard>/YYYY/MM/DD/, with the
 * whole event as `payload`). A destination that cannot take it is logged: the batch is gone, as
 * on AWS.
 */
export async function sendToFailureDestination(
  runtime: Runtime,
  mapping: EventSourceMapping,
  record: Record<string, unknown>,
  shardId: string,
  event: Record<string, unknown>,
): Promise<void> {
  const destination = mapping.onFailureDestination;
  if (!destination) return;
  const body = JSON.stringify(record);
  try {
    await sendRecordBody(runtime, destination, body, {
      account: mapping.account,
      region: mapping.region,
      s3Key: recordObjectKey(`aws/lambda/${mapping.uuid}/${shardId}`, runtime.clock.now()),
      s3Body: JSON.stringify({ ...record, payload: JSON.stringify(event) }),
    });
  } catch (error) {
    runtime.log.warn({ eventSourceMapping: mapping.uuid, destination, err: error instanceof Error ? error.message : String(error) }, 'lambda: could not send the failed batch to its on-failure destination');
  }
}
