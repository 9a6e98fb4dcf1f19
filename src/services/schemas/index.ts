import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Schemas from '../../generated/schemas.js';
import type { SchemasApi } from './api.js';
import { busDiscovery } from './bus-discovery.js';
import { codeBindingOperations } from './code-bindings.js';
import { discovererOperations } from './discoverers.js';
import { schemasValidationError } from './errors.js';
import { registryOperations } from './registries.js';
import { schemaOperations } from './schema-definitions.js';
import { discoverSchema } from './schema-inference.js';
import { SchemasService } from './service.js';
import { tagOperations } from './tags.js';

/** EventBridge schema registry: registries and their policies, versioned schemas, discoverers, code bindings, schema inference. */
export function createProvider(runtime: Runtime): Provider {
  const service = new SchemasService(runtime);
  const operations: Partial<Schemas.SchemasOperations> = {
    ...registryOperations(service),
    ...schemaOperations(service),
    ...discovererOperations(service),
    ...codeBindingOperations(service),
    ...tagOperations(service),
    GetDiscoveredSchema: (input) => ({ Content: discoverSchema(input.Events, input.Type) }),
  };
  const api: SchemasApi = { eventsOnBus: busDiscovery(service) };
  return { operations: operations as Provider['operations'], api, validationError: (violations) => schemasValidationError(violations) };
}
