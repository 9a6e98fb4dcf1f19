import type { Provider, Runtime } from '../../core/runtime.js';
import type * as L from '../../generated/lambda.js';
import { validationException, type Violation } from '../../protocol/index.js';
import { AsyncInvocations } from './async-invocations.js';
import { capacityProviderOperations } from './capacity-providers.js';
import { codeSigningOperations } from './code-signing.js';
import { concurrencyOperations } from './concurrency.js';
import { DurableEngine } from './durable/engine.js';
import { durableAwareInvoke } from './durable/invoke.js';
import { durableOperations } from './durable/operations.js';
import { durableAwareApi } from './durable/other-services.js';
import { eventInvokeConfigOperations } from './event-invoke-configs.js';
import { closeMappingEngine } from './event-source-mappings/engine.js';
import { eventSourceMappingOperations } from './event-source-mappings/operations.js';
import { functionSettingOperations } from './function-settings.js';
import { functionOperations } from './functions.js';
import { lambdaHttpHooks } from './http-hooks.js';
import { invocationOperations } from './invocations.js';
import { lambdaApi } from './lambda-api.js';
import { layerPermissionOperations } from './layer-permissions.js';
import { layerOperations } from './layers.js';
import { permissionOperations } from './permissions.js';
import { LambdaService } from './service.js';
import { tagOperations } from './tags.js';
import { FunctionUrls } from './urls.js';
import { versionOperations } from './versions.js';

/** Lambda: functions run as real processes behind the Runtime API, with versions, aliases, layers, URLs and async invocations. */
export function createProvider(runtime: Runtime): Provider {
  const service = new LambdaService(runtime);
  const asyncInvocations = new AsyncInvocations(service);
  const urls = new FunctionUrls(service);
  const durable = new DurableEngine(service);
  const invocations = invocationOperations(service, asyncInvocations);
  const operations: Partial<L.LambdaOperations> = {
    ...functionOperations(service),
    ...versionOperations(service),
    ...layerOperations(service),
    ...layerPermissionOperations(service),
    ...permissionOperations(service),
    ...urls.operations(),
    ...invocations,
    Invoke: durableAwareInvoke(service, durable, invocations.Invoke!),
    ...durableOperations(service, durable),
    ...concurrencyOperations(service),
    ...eventInvokeConfigOperations(service),
    ...eventSourceMappingOperations(service),
    ...tagOperations(service),
    ...codeSigningOperations(service),
    ...functionSettingOperations(service),
    ...capacityProviderOperations(service),
  };
  return {
    operations: operations as Provider['operations'],
    api: durableAwareApi(lambdaApi(service, asyncInvocations), service, durable),
    // Lambda quotes every value in its validation messages: Value '64' at 'memorySize' ...
    validationError(violations: Violation[]) {
      return validationException(violations, 'ValidationException', { quoteScalars: true });
    },
    http: lambdaHttpHooks(service, urls),
    close() {
      durable.dispose();
      closeMappingEngine(service);
      service.close();
    },
  };
}
