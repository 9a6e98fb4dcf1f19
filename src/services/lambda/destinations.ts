import { randomUUID } from 'node:crypto';
import { isoSeconds } from '../../core/clock.js';
import { parseArn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import type { EventsApi } from '../events/api.js';
import type { S3Api } from '../s3/api.js';
import type { SnsApi, SnsPublishRequest } from '../sns/api.js';
import type { SqsApi } from '../sqs/api.js';
import { functionArn, parseFunctionName, type FunctionRef } from './arns.js';
import type { AsyncEvent } from './async-invocations.js';
import { destinationPermissionProblem } from './destination-permissions.js';
import type { LambdaService } from './service.js';

/**
 * Where the records of asynchronous invocations go (OnSuccess/OnFailure) and where failed
 * events go (the function's DeadLetterConfig), as Lambda sends them: an SQS queue, an SNS
 * topic, another function (invoked asynchronously), an EventBridge bus (an event from source
 * "lambda"), or on failure an S3 bucket (one object a record).
 */

/** An invocation record, as Lambda writes it. */
export interface InvocationRecord {
  version: '1.0';
  timestamp: string;
  requestContext: { requestId: string; functionArn: string; condition: string; approximateInvokeCount: number };
  requestPayload: unknown;
  responseContext?: { statusCode: number; executedVersion: string; functionError?: string };
  responsePayload?: unknown;
}

/** The function a record or dead event comes from, and the trace header its chain carries on. */
export interface Sender {
  account: string;
  region: string;
  functionName: string;
  /** The execution role Lambda sends as (checked with --enforce-iam). */
  roleArn: string;
  traceHeader?: string;
}

/** Sends one invocation record to a destination; answers whether it got there (a failure is logged; the caller counts it as DestinationDeliveryFailures). */
export async function sendInvocationRecord(
  service: LambdaService,
  destination: string,
  record: InvocationRecord,
  sender: Sender,
  invokeAsync: (target: FunctionRef, event: Omit<AsyncEvent, 'ref'>) => void,
): Promise<boolean> {
  const runtime = service.runtime;
  const parsed = parseArn(destination);
  const body = JSON.stringify(record);
  try {
    const refused = await destinationPermissionProblem(runtime, sender.roleArn, destination);
    if (refused) throw new Error(refused);
    switch (parsed?.service) {
      case 's3':
      case 'sqs':
      case 'sns':
        await sendRecordBody(runtime, destination, body, {
          account: sender.account,
          region: sender.region,
          senderId: `AROA${sender.account}:${sender.functionName}`,
          traceHeader: sender.traceHeader,
          s3Key: recordObjectKey(`aws/lambda/async/${sender.functionName}`, runtime.clock.now()),
        });
        return true;
      case 'lambda': {
        const ref = parseFunctionName(destination, { accountId: sender.account, region: sender.region });
        if (!service.state.getFunction(ref.account, ref.region, ref.name)) throw new Error(`Function not found: ${destination}`);
        invokeAsync(ref, { payload: Buffer.from(body), requestId: randomUUID(), traceHeader: sender.traceHeader });
        return true;
      }
      case 'events': {
        const events = await runtime.api<EventsApi>('events');
        const success = record.requestContext.condition === 'Success';
        const event = {
          version: '0',
          id: randomUUID(),
          'detail-type': `Lambda Function Invocation Result - ${success ? 'Success' : 'Failure'}`,
          source: 'lambda',
          account: sender.account,
          time: isoSeconds(runtime.clock.now()),
          region: sender.region,
          resources: [destination, record.requestContext.functionArn],
          detail: record,
        };
        await events.deliverToTarget({ arn: destination, input: JSON.stringify(event), account: sender.account, region: sender.region, sourceArn: functionArn({ account: sender.account, region: sender.region, name: sender.functionName }) });
        return true;
      }
      default:
        throw new Error(`${destination} is no destination Lambda sends to`);
    }
  } catch (error) {
    runtime.log.warn({ err: describe(error), destination, function: sender.functionName }, 'lambda: destination delivery failed');
    return false;
  }
}

/** A failed event to the function's dead-letter queue or topic: the event itself, with RequestID, ErrorCode and ErrorMessage attributes. */
export async function sendToDeadLetter(
  service: LambdaService,
  target: string,
  failed: { payload: Buffer; requestId: string; errorCode: number; errorMessage: string },
  sender: Sender,
): Promise<boolean> {
  const runtime = service.runtime;
  const parsed = parseArn(target);
  const attributes = {
    RequestID: { DataType: 'String', StringValue: failed.requestId },
    ErrorCode: { DataType: 'Number', StringValue: String(failed.errorCode) },
    ErrorMessage: { DataType: 'String', StringValue: failed.errorMessage },
  };
  const body = failed.payload.toString('utf8');
  try {
    const refused = await destinationPermissionProblem(runtime, sender.roleArn, target);
    if (refused) throw new Error(refused);
    if (parsed?.service === 'sqs') {
      const sqs = await runtime.api<SqsApi>('sqs');
      sqs.deliver(target, { body, attributes, traceHeader: sender.traceHeader });
      return true;
    }
    if (parsed?.service === 'sns') {
      await publish(service, { topicArn: target, message: body, account: sender.account, region: sender.region, attributes, traceHeader: sender.traceHeader });
      return true;
    }
    throw new Error(`${target} is no dead-letter target`);
  } catch (error) {
    runtime.log.warn({ err: describe(error), target, function: sender.functionName }, 'lambda: dead-letter delivery failed');
    return false;
  }
}

/**
 * A record's JSON to an SQS queue, an SNS topic or an S3 bucket (one object a record, written as
 * the function's account): where asynchronous invocations' records and stream mappings' failed
 * batches go alike. Throws for any other ARN, and when the destination cannot take it.
 */
export async function sendRecordBody(
  runtime: Runtime,
  destination: string,
  body: string,
  to: { account: string; region: string; senderId?: string; traceHeader?: string; s3Key: string; s3Body?: string },
): Promise<void> {
  const parsed = parseArn(destination);
  switch (parsed?.service) {
    case 'sqs': {
      const sqs = await runtime.api<SqsApi>('sqs');
      sqs.deliver(destination, { body, senderId: to.senderId, traceHeader: to.traceHeader });
      return;
    }
    case 'sns': {
      const sns = await runtime.api<SnsApi>('sns');
      await sns.publish({ topicArn: destination, message: body, account: to.account, region: to.region, traceHeader: to.traceHeader });
      return;
    }
    case 's3': {
      const s3 = await runtime.api<S3Api>('s3');
      await s3.putObject({ account: to.account, region: to.region, bucket: parsed.resource, key: to.s3Key, body: Buffer.from(to.s3Body ?? body), contentType: 'application/json' });
      return;
    }
    default:
      throw new Error(`${destination} is not an SQS queue, an SNS topic or an S3 bucket`);
  }
}

/** A record's object key in an S3 destination: <prefix>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<uuid>. */
export function recordObjectKey(prefix: string, now: number): string {
  const stamp = new Date(now).toISOString();
  return `${prefix}/${stamp.slice(0, 10).replaceAll('-', '/')}/${stamp.slice(0, 19).replaceAll(':', '.')}-${randomUUID()}`;
}

async function publish(service: LambdaService, request: SnsPublishRequest): Promise<void> {
  const sns = await service.runtime.api<SnsApi>('sns');
  await sns.publish(request);
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'errorMessage' in error) return String((error as { errorMessage: unknown }).errorMessage);
  return String(error);
}
