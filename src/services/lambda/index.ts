import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { parseArn } from '../../core/ids.js';
import type { HttpAnswer, Provider, Runtime } from '../../core/runtime.js';
import type * as L from '../../generated/lambda.js';
import { RESPONSE_HEADERS } from '../../protocol/rest-binding.js';
import type { WireRequest } from '../../protocol/types.js';
import { validationException, type Violation } from '../../protocol/validate.js';
import { functionArn, parseFunctionName } from './arns.js';
import { AsyncInvocations, eventConfigKey } from './async-invocations.js';
import { invalidParameter, requestTooLarge, resourceNotFound } from './errors.js';
import { functionOperations } from './functions.js';
import { layerOperations } from './layers.js';
import { permissionOperations, policyDocument } from './permissions.js';
import { LambdaService, provisionedKey } from './service.js';
import type { EventInvokeConfigRecord, FunctionDoc } from './state.js';
import { FunctionUrls } from './urls.js';
import { versionOperations } from './versions.js';
import type { LambdaApi } from './api.js';

type Operations = Partial<L.LambdaOperations>;

/** Synchronous payloads (request and response) may be at most 6 MB. */
const MAX_SYNC_PAYLOAD = 6_291_456;
/** Asynchronous payloads may be at most 1 MB. */
const MAX_ASYNC_PAYLOAD = 1_048_576;
const MIN_UNRESERVED = 100;
const DIRECT_REQUEST_LIMIT = 69_905_067;

export function createProvider(runtime: Runtime): Provider {
  const service = new LambdaService(runtime);
  const asyncInvocations = new AsyncInvocations(service);
  const urls = new FunctionUrls(service);

  function checkJson(payload: Buffer): void {
    if (!payload.length) return;
    try {
      JSON.parse(payload.toString('utf8'));
    } catch (error) {
      throw new AwsError('InvalidRequestContentException', `Could not parse request body into json: Could not parse payload into json: ${(error as Error).message}`, 400);
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

  function describeEventConfig(doc: FunctionDoc, qualifier: string, config: EventInvokeConfigRecord): L.FunctionEventInvokeConfig {
    const out: L.FunctionEventInvokeConfig = {
      FunctionArn: functionArn(doc, qualifier),
      LastModified: new Date(config.lastModified),
      MaximumRetryAttempts: config.maximumRetryAttempts,
      MaximumEventAgeInSeconds: config.maximumEventAgeInSeconds,
      DestinationConfig: {
        OnSuccess: config.onSuccess ? { Destination: config.onSuccess } : {},
        OnFailure: config.onFailure ? { Destination: config.onFailure } : {},
      },
    };
    return out;
  }

  function checkDestination(doc: FunctionDoc, destination: string | undefined): string | undefined {
    if (!destination) return undefined;
    const parsed = parseArn(destination);
    if (!parsed || !['sqs', 'sns', 'lambda', 'events'].includes(parsed.service)) throw invalidParameter(`The destination ARN ${destination} is invalid.`);
    if (parsed.service === 'lambda' && parsed.resource.replace(/^function:/, '').split(':')[0] === doc.name) {
      throw invalidParameter('You can\'t specify the function as a destination for itself.');
    }
    return destination;
  }

  function eventConfigTarget(context: RequestContext, name: string, qualifier?: string): { doc: FunctionDoc; key: string } {
    const ref = service.ref(context, name, qualifier);
    const doc = service.requireFunction(ref);
    if (ref.qualifier && ref.qualifier !== '$LATEST') service.requireVersion(doc, ref.qualifier);
    return { doc, key: eventConfigKey(ref.qualifier) };
  }

  function provisionedResponse(doc: FunctionDoc, qualifier: string): L.GetProvisionedConcurrencyConfigResponse {
    const record = doc.provisioned[qualifier];
    const { status, reason, available } = service.provisioned.describe(provisionedKey(doc, qualifier), record.requested);
    const response: L.GetProvisionedConcurrencyConfigResponse = {
      RequestedProvisionedConcurrentExecutions: record.requested,
      AvailableProvisionedConcurrentExecutions: available,
      AllocatedProvisionedConcurrentExecutions: available,
      Status: status,
      LastModified: new Date(record.lastModified).toISOString().replace('Z', '+0000'),
    };
    if (reason !== undefined) response.StatusReason = reason;
    return response;
  }

  /** AWS's limits on provisioned concurrency, checked before any environment starts. */
  function checkProvisionedLimits(doc: FunctionDoc, qualifier: string, requested: number): void {
    const others = Object.entries(doc.provisioned).filter(([key]) => key !== qualifier).reduce((sum, [, record]) => sum + record.requested, 0);
    if (doc.reservedConcurrency !== undefined) {
      if (others + requested > doc.reservedConcurrency) throw invalidParameter('Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function');
      return;
    }
    // Without a reservation of its own, a function's provisioned concurrency comes out of the account's unreserved pool.
    const limit = service.invoker.accountLimit;
    let unreserved = limit - service.reservedTotal(doc.account, doc.region);
    for (const other of service.state.allFunctions()) {
      if (other.account !== doc.account || other.region !== doc.region || other.reservedConcurrency !== undefined || other.name === doc.name) continue;
      for (const record of Object.values(other.provisioned)) unreserved -= record.requested;
    }
    const minimum = Math.min(MIN_UNRESERVED, limit);
    if (unreserved - others - requested < minimum) {
      throw invalidParameter(`Specified ConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`);
    }
  }

  function tagTarget(context: RequestContext, resource: string): FunctionDoc {
    const parsed = parseArn(resource);
    if (!parsed || parsed.service !== 'lambda' || !parsed.resource.startsWith('function:')) throw invalidParameter(`${resource} is not a valid resource ARN.`);
    const parts = parsed.resource.split(':');
    if (parts.length > 2) throw invalidParameter('Tags on function aliases and versions are not supported. Please specify a function ARN.');
    return service.requireFunction(parseFunctionName(resource, context));
  }

  const operations: Operations = {
    ...functionOperations(service),
    ...versionOperations(service),
    ...layerOperations(service),
    ...permissionOperations(service),
    ...urls.operations(),

    async Invoke(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const type = input.InvocationType ?? 'RequestResponse';
      const payload = input.Payload ? Buffer.from(input.Payload) : Buffer.alloc(0);
      const target = service.target(ref);
      if (type === 'DryRun') return { StatusCode: 204 };
      if (type === 'Event') {
        if (payload.length > MAX_ASYNC_PAYLOAD) throw requestTooLarge(MAX_ASYNC_PAYLOAD, 'Invoke');
        checkJson(payload);
        asyncInvocations.enqueue({ ref: { ...ref, account: target.doc.account, region: target.doc.region }, payload, requestId: context.requestId });
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

    PutFunctionConcurrency(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      const limit = service.invoker.accountLimit;
      const others = service.reservedTotal(doc.account, doc.region, `${doc.account}/${doc.region}/${doc.name}`);
      const minimum = Math.min(MIN_UNRESERVED, limit);
      if (limit - others - input.ReservedConcurrentExecutions < minimum) {
        throw invalidParameter(`Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`);
      }
      doc.reservedConcurrency = input.ReservedConcurrentExecutions;
      service.setReservation(doc, doc.reservedConcurrency);
      service.save(doc);
      return { ReservedConcurrentExecutions: doc.reservedConcurrency };
    },

    GetFunctionConcurrency(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      return doc.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: doc.reservedConcurrency };
    },

    DeleteFunctionConcurrency(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      delete doc.reservedConcurrency;
      service.setReservation(doc, undefined);
      service.save(doc);
    },

    PutProvisionedConcurrencyConfig(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      const qualifier = input.Qualifier;
      if (qualifier === '$LATEST') throw invalidParameter('Provisioned Concurrency Configs cannot be applied to unpublished function versions.');
      const target = service.target({ ...ref, qualifier });
      const alias = doc.aliases[qualifier];
      if (alias?.weights) throw invalidParameter('Alias with weights can not be used with Provisioned Concurrency');
      if (alias?.functionVersion === '$LATEST') throw invalidParameter('Provisioned Concurrency Configs cannot be applied to unpublished function versions.');
      const requested = input.ProvisionedConcurrentExecutions;
      checkProvisionedLimits(doc, qualifier, requested);
      doc.provisioned[qualifier] = { requested, lastModified: runtime.clock.now() };
      service.save(doc);
      // As on AWS: answered at once, the environments start in the background (GetProvisionedConcurrencyConfig shows READY).
      service.provisioned.allocate(provisionedKey(doc, qualifier), () => service.invoker.provisionedSpec(target), target.record.config.memorySize, requested);
      return { ...provisionedResponse(doc, qualifier), Status: 'IN_PROGRESS' };
    },

    GetProvisionedConcurrencyConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, input.Qualifier));
      if (!doc.provisioned[input.Qualifier]) throw new AwsError('ProvisionedConcurrencyConfigNotFoundException', 'No Provisioned Concurrency Config found for this function', 404);
      return provisionedResponse(doc, input.Qualifier);
    },

    DeleteProvisionedConcurrencyConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, input.Qualifier));
      if (!doc.provisioned[input.Qualifier]) throw resourceNotFound('No Provisioned Concurrency Config found for this function');
      delete doc.provisioned[input.Qualifier];
      service.save(doc);
      service.provisioned.release(provisionedKey(doc, input.Qualifier));
    },

    ListProvisionedConcurrencyConfigs(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      return {
        ProvisionedConcurrencyConfigs: Object.keys(doc.provisioned).map((qualifier) => ({
          FunctionArn: functionArn(doc, qualifier),
          ...provisionedResponse(doc, qualifier),
        })),
      };
    },

    PutFunctionEventInvokeConfig(input, context) {
      const { doc, key } = eventConfigTarget(context, input.FunctionName, input.Qualifier);
      const config: EventInvokeConfigRecord = {
        maximumRetryAttempts: input.MaximumRetryAttempts,
        maximumEventAgeInSeconds: input.MaximumEventAgeInSeconds,
        onSuccess: checkDestination(doc, input.DestinationConfig?.OnSuccess?.Destination),
        onFailure: checkDestination(doc, input.DestinationConfig?.OnFailure?.Destination),
        lastModified: runtime.clock.now(),
      };
      doc.eventInvokeConfigs[key] = config;
      service.save(doc);
      return describeEventConfig(doc, key, config);
    },

    UpdateFunctionEventInvokeConfig(input, context) {
      const { doc, key } = eventConfigTarget(context, input.FunctionName, input.Qualifier);
      const config: EventInvokeConfigRecord = { ...(doc.eventInvokeConfigs[key] ?? { lastModified: 0 }) };
      if (input.MaximumRetryAttempts !== undefined) config.maximumRetryAttempts = input.MaximumRetryAttempts;
      if (input.MaximumEventAgeInSeconds !== undefined) config.maximumEventAgeInSeconds = input.MaximumEventAgeInSeconds;
      if (input.DestinationConfig?.OnSuccess) config.onSuccess = checkDestination(doc, input.DestinationConfig.OnSuccess.Destination);
      if (input.DestinationConfig?.OnFailure) config.onFailure = checkDestination(doc, input.DestinationConfig.OnFailure.Destination);
      config.lastModified = runtime.clock.now();
      doc.eventInvokeConfigs[key] = config;
      service.save(doc);
      return describeEventConfig(doc, key, config);
    },

    GetFunctionEventInvokeConfig(input, context) {
      const { doc, key } = eventConfigTarget(context, input.FunctionName, input.Qualifier);
      const config = doc.eventInvokeConfigs[key];
      if (!config) throw resourceNotFound(`The function ${functionArn(doc, key)} doesn't have an EventInvokeConfig`);
      return describeEventConfig(doc, key, config);
    },

    DeleteFunctionEventInvokeConfig(input, context) {
      const { doc, key } = eventConfigTarget(context, input.FunctionName, input.Qualifier);
      if (!doc.eventInvokeConfigs[key]) throw resourceNotFound(`The function ${functionArn(doc, key)} doesn't have an EventInvokeConfig`);
      delete doc.eventInvokeConfigs[key];
      service.save(doc);
    },

    ListFunctionEventInvokeConfigs(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      return { FunctionEventInvokeConfigs: Object.entries(doc.eventInvokeConfigs).map(([key, config]) => describeEventConfig(doc, key, config)) };
    },

    TagResource(input, context) {
      const doc = tagTarget(context, input.Resource);
      Object.assign(doc.tags, input.Tags);
      if (Object.keys(doc.tags).length > 50) throw invalidParameter('Number of tags exceeds resource tag limit.');
      service.save(doc);
    },

    UntagResource(input, context) {
      const doc = tagTarget(context, input.Resource);
      for (const key of input.TagKeys) delete doc.tags[key];
      service.save(doc);
    },

    ListTags(input, context) {
      return { Tags: { ...tagTarget(context, input.Resource).tags } };
    },
  };

  const api: LambdaApi = {
    invokeAsync(request) {
      const ref = parseFunctionName(request.functionArn, { accountId: request.sourceAccount, region: runtime.options.region } as never);
      const requestId = randomUUID();
      asyncInvocations.enqueue({ ref: { account: ref.account, region: ref.region, name: ref.name, qualifier: ref.qualifier }, payload: Buffer.from(request.payload), requestId });
      return { requestId };
    },
    functionForS3(arnText) {
      let doc: FunctionDoc;
      let qualifier: string;
      let account: string;
      try {
        const ref = parseFunctionName(arnText, { accountId: '000000000000', region: runtime.options.region });
        service.target(ref);
        doc = service.requireFunction(ref);
        qualifier = ref.qualifier ?? '';
        account = ref.account;
      } catch {
        return undefined;
      }
      const statements = doc.policies[qualifier]?.statements ?? [];
      return {
        policy: statements.length ? policyDocument(statements) : undefined,
        invokeAsync: (payload: string) => {
          api.invokeAsync({ functionArn: arnText, payload, sourceAccount: account });
        },
      };
    },
    functionExists(arnText) {
      try {
        const ref = parseFunctionName(arnText, { accountId: '000000000000', region: runtime.options.region });
        service.target(ref);
        return true;
      } catch {
        return false;
      }
    },
    async invoke(request) {
      const ref = parseFunctionName(request.functionArn, { accountId: request.account ?? '000000000000', region: runtime.options.region } as never);
      const target = service.target(ref);
      const outcome = await service.invoker.invoke(target, { payload: Buffer.from(request.payload), mode: 'sync' });
      return { payload: outcome.result.payload, functionError: outcome.result.ok ? undefined : 'Unhandled', executedVersion: outcome.executedVersion };
    },
  };

  return {
    operations: operations as Provider['operations'],
    api,
    // Lambda quotes every value in its validation messages: Value '64' at 'memorySize' ...
    validationError(violations: Violation[]) {
      return validationException(violations, 'ValidationException', { quoteScalars: true });
    },
    http: {
      serveHttp(request: WireRequest, context: RequestContext): Promise<HttpAnswer | undefined> | HttpAnswer | undefined {
        // Deployment packages past AWS's request limit are refused before the body is read, as AWS does.
        const declared = Number(request.headers['content-length']);
        const upload = request.method === 'POST' && /^\/2015-03-31\/functions\/?$/.test(request.path) ? 'CreateFunction' : request.method === 'PUT' && /^\/2015-03-31\/functions\/[^/]+\/code$/.test(request.path) ? 'UpdateFunctionCode' : undefined;
        if (upload && declared > DIRECT_REQUEST_LIMIT) {
          // The codec serializes it; the gateway drains the unread body.
          throw requestTooLarge(DIRECT_REQUEST_LIMIT, upload);
        }
        const codeMatch = /^\/2015-03-31\/(functions|layers)\/[^/]+\/code-location\/([0-9a-f]{64})$/.exec(request.path);
        if (codeMatch && request.method === 'GET') return serveCode(codeMatch[2], request);
        if (request.host.toLowerCase().split('.')[1] === 'lambda-url') return urls.serve(request, context);
        return undefined;
      },
      cors: {
        preflight: (request, context) => (request.host.toLowerCase().split('.')[1] === 'lambda-url' ? urls.preflight(request, context) : undefined),
        headers: (request) => (request.host.toLowerCase().split('.')[1] === 'lambda-url' ? urls.corsHeaders(request) : undefined),
      },
    },
    close() {
      service.close();
    },
  };

  function serveCode(hex: string, request: WireRequest): HttpAnswer {
    const expires = request.query.get('expires') ?? '';
    const signature = request.query.get('signature') ?? '';
    if (!service.verifyCodeUrl(hex, expires, signature)) {
      return { operation: 'GetCodeLocation', response: { status: 403, headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>' } };
    }
    try {
      const zip = service.code.read({ hex } as never);
      return { operation: 'GetCodeLocation', response: { status: 200, headers: { 'Content-Type': 'application/zip', 'Content-Length': String(zip.length) }, body: zip } };
    } catch {
      return { operation: 'GetCodeLocation', response: { status: 404, headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>' } };
    }
  }
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
