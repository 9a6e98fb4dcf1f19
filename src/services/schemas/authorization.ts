/** --enforce-iam for EventBridge Schemas: operations act on the registry, schema or discoverer they name. */
import { AwsError } from '../../core/errors.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';

export function authorization(runtime: Runtime): ServiceAuthorization {
  void runtime;
  return {
    accesses: accessTable('schemas', (input, context) => {
      const registry = textOf(input, 'RegistryName');
      const schema = textOf(input, 'SchemaName');
      if (registry && schema) return resourceArn(context, 'schemas', `schema/${registry}/${schema}`);
      if (registry) return resourceArn(context, 'schemas', `registry/${registry}`);
      const discoverer = textOf(input, 'DiscovererId');
      if (discoverer) return resourceArn(context, 'schemas', `discoverer/${discoverer}`);
      return textOf(input, 'ResourceArn');
    }),
    // Schemas' model has ForbiddenException (403) for this.
    accessDenied: (message) => new AwsError('ForbiddenException', message, 403),
  };
}
