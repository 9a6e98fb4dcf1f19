import type * as L from '../../generated/lambda.js';
import type { RequestContext } from '../../core/context.js';
import { functionArn } from './arns.js';
import { eventConfigKey } from './async-invocations.js';
import type { LambdaService } from './service.js';
import { destinationPermissionProblem } from './destination-permissions.js';
import { invalidParameter, resourceNotFound } from './errors.js';
import { checkDestinations } from './target-arns.js';
import type { EventInvokeConfigRecord, FunctionDoc } from './state.js';

/** Asynchronous invocation settings per function, version or alias: retries, event age, destinations. */
export function eventInvokeConfigOperations(service: LambdaService): Partial<L.LambdaOperations> {
  const runtime = service.runtime;

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

  function eventConfigTarget(context: RequestContext, name: string, qualifier?: string): { doc: FunctionDoc; key: string } {
    const ref = service.ref(context, name, qualifier);
    const doc = service.requireFunction(ref);
    if (ref.qualifier && ref.qualifier !== '$LATEST') service.requireVersion(doc, ref.qualifier);
    return { doc, key: eventConfigKey(ref.qualifier) };
  }

  /** With --enforce-iam the execution role (of the version or alias configured) must be allowed to send to each destination. */
  async function checkRolePermissions(doc: FunctionDoc, key: string, config: EventInvokeConfigRecord): Promise<void> {
    const role = service.requireVersion(doc, key).config.role;
    for (const destination of [config.onSuccess, config.onFailure]) {
      const problem = destination ? await destinationPermissionProblem(runtime, role, destination) : undefined;
      if (problem) throw invalidParameter(problem);
    }
  }

  return {
    async PutFunctionEventInvokeConfig(input, context) {
      const { doc, key } = eventConfigTarget(context, input.FunctionName, input.Qualifier);
      const config: EventInvokeConfigRecord = {
        maximumRetryAttempts: input.MaximumRetryAttempts,
        maximumEventAgeInSeconds: input.MaximumEventAgeInSeconds,
        onSuccess: input.DestinationConfig?.OnSuccess?.Destination || undefined,
        onFailure: input.DestinationConfig?.OnFailure?.Destination || undefined,
        lastModified: runtime.clock.now(),
      };
      checkDestinations(doc.name, config.onSuccess, config.onFailure);
      await checkRolePermissions(doc, key, config);
      doc.eventInvokeConfigs[key] = config;
      service.save(doc);
      return describeEventConfig(doc, key, config);
    },

    async UpdateFunctionEventInvokeConfig(input, context) {
      const { doc, key } = eventConfigTarget(context, input.FunctionName, input.Qualifier);
      const config: EventInvokeConfigRecord = { ...(doc.eventInvokeConfigs[key] ?? { lastModified: 0 }) };
      if (input.MaximumRetryAttempts !== undefined) config.maximumRetryAttempts = input.MaximumRetryAttempts;
      if (input.MaximumEventAgeInSeconds !== undefined) config.maximumEventAgeInSeconds = input.MaximumEventAgeInSeconds;
      if (input.DestinationConfig?.OnSuccess) config.onSuccess = input.DestinationConfig.OnSuccess.Destination || undefined;
      if (input.DestinationConfig?.OnFailure) config.onFailure = input.DestinationConfig.OnFailure.Destination || undefined;
      checkDestinations(doc.name, config.onSuccess, config.onFailure);
      await checkRolePermissions(doc, key, config);
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
  };
}
