import type * as L from '../../generated/lambda.js';
import type { RequestContext } from '../../core/context.js';
import { RESPONSE_HEADERS } from '../../protocol/index.js';
import type { AsyncInvocations } from './async-invocations.js';
import { invalidParameter, invalidRequestContent, requestTooLarge } from './errors.js';
import type { LambdaService } from './service.js';

/** Synchronous payloads (request and response) may be at most 6 MB. */
const MAX_SYNC_PAYLOAD = 6_291_456;
/** Asynchronous payloads may be at most 1 MB. */
const MAX_ASYNC_PAYLOAD = 1_048_576;

/** Invoke and InvokeWithResponseStream: synchronous runs, Event invocations queued, response streams. */
export function invocationOperations(service: LambdaService, asyncInvocations: AsyncInvocations): Partial<L.LambdaOperations> {
  function checkJson(payload: Buffer): void {
    if (!payload.length) return;
    try {
      JSON.parse(payload.toString('utf8'));
    } catch (error) {
      throw invalidRequestContent((error as Error).message);
    }
  }

  function clientContextOf(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const text = Buffer.from(value, 'base64').toString('utf8');
    if (Buffer.byteLength(value) > 3583) throw invalidParameter('Client context must be smaller than 3583 bytes.');
    try {
      JSON.parse(text);
    } catch {
      throw invalidParameter('Client context must be a valid Base64-encoded JSON object.');
    }
    return text;
  }

  /** A streaming blob (InvokeArgs) read whole, refusing more than `limit` bytes as it arrives. */
  async function readBlob(body: Buffer | NodeJS.ReadableStream | Uint8Array, limit: number, operation: string): Promise<Buffer> {
    if (Buffer.isBuffer(body) || body instanceof Uint8Array) {
      if (body.length > limit) throw requestTooLarge(limit, operation);
      return Buffer.from(body);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > limit) throw requestTooLarge(limit, operation);
      chunks.push(bytes);
    }
    return Buffer.concat(chunks);
  }

  return {
    /** The deprecated asynchronous invoke AWS still serves: an Event invocation answered with Status 202. */
    async InvokeAsync(input, context) {
      const ref = service.ref(context, input.FunctionName);
      const target = service.target(ref);
      const payload = await readBlob(input.InvokeArgs, MAX_ASYNC_PAYLOAD, 'InvokeAsync');
      checkJson(payload);
      asyncInvocations.enqueue({ ref: { ...ref, account: target.doc.account, region: target.doc.region }, payload, requestId: context.requestId, traceHeader: traceHeaderOf(context) });
      return { Status: 202 };
    },

    async Invoke(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const type = input.InvocationType ?? 'RequestResponse';
      const payload = input.Payload ? Buffer.from(input.Payload) : Buffer.alloc(0);
      const target = service.target(ref);
      if (type === 'DryRun') return { StatusCode: 204 };
      if (type === 'Event') {
        if (payload.length > MAX_ASYNC_PAYLOAD) throw requestTooLarge(MAX_ASYNC_PAYLOAD, 'Invoke');
        checkJson(payload);
        asyncInvocations.enqueue({ ref: { ...ref, account: target.doc.account, region: target.doc.region }, payload, requestId: context.requestId, traceHeader: traceHeaderOf(context) });
        return { StatusCode: 202 };
      }
      if (payload.length > MAX_SYNC_PAYLOAD) throw requestTooLarge(MAX_SYNC_PAYLOAD, 'Invoke');
      checkJson(payload);
      const outcome = await service.invoker.invoke(target, {
        payload,
        clientContext: clientContextOf(input.ClientContext),
        requestId: context.requestId,
        tailLogs: input.LogType === 'Tail',
        mode: 'sync',
        traceHeader: traceHeaderOf(context),
      });
      const output: L.InvocationResponse & { [RESPONSE_HEADERS]?: Record<string, string> } = {
        StatusCode: 200,
        ExecutedVersion: outcome.executedVersion,
        Payload: outcome.result.payload,
      };
      if (!outcome.result.ok) output.FunctionError = 'Unhandled';
      if (outcome.logTail !== undefined) output.LogResult = outcome.logTail;
      output[RESPONSE_HEADERS] = { 'Content-Type': 'application/json' };
      return output;
    },

    async InvokeWithResponseStream(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const payload = input.Payload ? Buffer.from(input.Payload) : Buffer.alloc(0);
      const target = service.target(ref);
      if (input.InvocationType === 'DryRun') return { StatusCode: 204 };
      if (payload.length > MAX_SYNC_PAYLOAD) throw requestTooLarge(MAX_SYNC_PAYLOAD, 'InvokeWithResponseStream');
      checkJson(payload);
      const events = new EventQueue<Record<string, unknown>>();
      const running = service.invoker.invoke(target, {
        payload,
        clientContext: clientContextOf(input.ClientContext),
        requestId: context.requestId,
        tailLogs: input.LogType === 'Tail',
        mode: 'sync',
        traceHeader: traceHeaderOf(context),
        onChunk: (chunk) => events.push({ PayloadChunk: { Payload: chunk } }),
      });
      // Throttles and other refusals answer as errors, before any stream starts.
      const first = await Promise.race([running.then(() => 'done' as const, (error: unknown) => error), events.started.then(() => 'streaming' as const)]);
      if (first !== 'done' && first !== 'streaming') throw first;
      running.then(
        (outcome) => {
          const result = outcome.result;
          if (!result.streamed && result.ok && result.payload.length) events.push({ PayloadChunk: { Payload: result.payload } });
          const complete: Record<string, string> = {};
          if (!result.ok) {
            complete.ErrorCode = result.errorType ?? 'Unhandled';
            complete.ErrorDetails = result.payload.toString('utf8');
          }
          if (outcome.logTail !== undefined) complete.LogResult = outcome.logTail;
          events.push({ InvokeComplete: complete });
          events.end();
        },
        (error: unknown) => {
          events.push({ InvokeComplete: { ErrorCode: 'ServiceException', ErrorDetails: String(error) } });
          events.end();
        },
      );
      return { StatusCode: 200, ExecutedVersion: target.executedVersion, EventStream: events as unknown as L.InvokeWithResponseStreamResponseEvent };
    },
  };
}

/** The X-Ray header a caller sent (the AWS SDKs inside a function send theirs): the request chain's lineage. */
function traceHeaderOf(context: RequestContext): string | undefined {
  return context.headers['x-amzn-trace-id'] || undefined;
}

/** An async iterable fed from callbacks: the events of a response stream. */
class EventQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private waiting?: () => void;
  private ended = false;
  private markStarted!: () => void;
  readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  push(item: T): void {
    this.items.push(item);
    this.markStarted();
    this.waiting?.();
  }

  end(): void {
    this.ended = true;
    this.markStarted();
    this.waiting?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.items.length) {
        yield this.items.shift()!;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
  }
}
