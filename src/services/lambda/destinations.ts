import { randomUUID } from 'node:crypto';
import { isoSeconds } from '../../core/clock.js';
import { parseArn } from '../../core/ids.js';
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
      case 's3': {
        // One object a record: aws/lambda/async/<function>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<uuid>, written as the function's account.
        const s3 = await runtime.api<S3Api>('s3');
        const stamp = new Date(runtime.clock.now()).toISOString();
        const day = stamp.slice(0, 10).replaceAll('-', '/');
        const key = `aws/lambda/async/${sender.functionName}/${day}/${stamp.slice(0, 19).replaceAll(':', '.')}-${randomUUID()}`;
        await s3.putObject({ account: sender.account, region: sender.region, bucket: parsed.resource, key, body: Buffer.from(body), contentType: 'application/json' });
        return true;
      }
      case 'sqs': {
        const sqs = await runtime.api<SqsApi>('sqs');
        sqs.deliver(destination, { body, senderId: `AROA${sender.account}:${sender.functionName}`, traceHeader: sender.traceHeader });
        return true;
      }
      case 'sns':
        await publish(service, { topicArn: destination, message: body, account: sender.account, region: sender.region, traceHeader: sender.traceHeader });
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

async function publish(service: LambdaService, request: SnsPublishRequest): Promise<void> {
  const sns = await service.runtime.api<SnsApi>('sns');
  await sns.publish(request);
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'errorMessage' in error) return String((error as { errorMessage: unknown }).errorMessage);
  return String(error);
}
