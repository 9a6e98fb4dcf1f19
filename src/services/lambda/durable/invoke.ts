import type * as L from '../../../generated/lambda.js';
import { RESPONSE_HEADERS } from '../../../protocol/index.js';
import { invalidRequestContent, requestTooLarge } from '../errors.js';
import type { LambdaService } from '../service.js';
import type { DurableEngine } from './engine.js';
import { unqualifiedDurableInvoke } from './errors.js';
import type { ExecutionHeader } from './records.js';

type InvokeHandler = NonNullable<L.LambdaOperations['Invoke']>;

const MAX_SYNC_PAYLOAD = 6_291_456;
const MAX_ASYNC_PAYLOAD = 1_048_576;

/**
 * Invoke for durable functions: a qualified invoke starts (or, by DurableExecutionName, rejoins) a
 * durable execution and answers its ARN in X-Amz-Durable-Execution-Arn; a RequestResponse call
 * waits for the execution to close and answers its result. Other functions go to `plain`.
 */
export function durableAwareInvoke(service: LambdaService, engine: DurableEngine, plain: InvokeHandler): InvokeHandler {
  return async (input, context) => {
    const ref = service.ref(context, input.FunctionName, input.Qualifier);
    const target = service.target(ref);
    if (!target.record.config.durableConfig) return plain(input, context);
    if (ref.qualifier === undefined) throw unqualifiedDurableInvoke();
    const type = input.InvocationType ?? 'RequestResponse';
    if (type === 'DryRun') return { StatusCode: 204 };
    const payload = input.Payload ? Buffer.from(input.Payload) : Buffer.alloc(0);
    if (payload.length > (type === 'Event' ? MAX_ASYNC_PAYLOAD : MAX_SYNC_PAYLOAD)) throw requestTooLarge(type === 'Event' ? MAX_ASYNC_PAYLOAD : MAX_SYNC_PAYLOAD, 'Invoke');
    const text = payload.length ? payload.toString('utf8') : '{}';
    try {
      JSON.parse(text);
    } catch (error) {
      throw invalidRequestContent((error as Error).message);
    }
    const execution = engine.start(target, text, input.DurableExecutionName);
    if (type === 'Event') return { StatusCode: 202, DurableExecutionArn: execution.arn };
    const closed = await engine.whenClosed(execution.arn);
    const output: L.InvocationResponse & { [RESPONSE_HEADERS]?: Record<string, string> } = {
      StatusCode: 200,
      ExecutedVersion: closed.version,
      DurableExecutionArn: closed.arn,
    };
    const answer = executionAnswer(closed);
    output.Payload = answer.payload;
    if (answer.functionError) output.FunctionError = answer.functionError;
    output[RESPONSE_HEADERS] = { 'Content-Type': 'application/json' };
    return output;
  };
}

/** What a synchronous caller gets from a closed execution: its result, or its error as a function error payload. */
export function executionAnswer(closed: ExecutionHeader): { payload: Buffer; functionError?: string } {
  if (closed.status === 'SUCCEEDED') return { payload: Buffer.from(closed.result ?? '') };
  const error = closed.error ?? {};
  const body: Record<string, unknown> = {
    errorType: error.ErrorType ?? `DurableExecution.${closed.status}`,
    errorMessage: error.ErrorMessage ?? `The durable execution ended with status ${closed.status}.`,
  };
  if (error.StackTrace) body.stackTrace = error.StackTrace;
  return { payload: Buffer.from(JSON.stringify(body)), functionError: 'Unhandled' };
}
