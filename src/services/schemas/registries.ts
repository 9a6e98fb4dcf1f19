import { randomUUID } from 'node:crypto';
import { parsePolicy } from '../../core/policy.js';
import type * as Schemas from '../../generated/schemas.js';
import { awsManagedRegistry, badRequest, notFound, preconditionFailed, registryExists } from './errors.js';
import { AWS_EVENTS_REGISTRY, DISCOVERED_REGISTRY, type SchemasService } from './service.js';

const REGISTRY_NAME = /^[A-Za-z0-9.\-_@]{1,64}$/;

/** Registries (custom ones, beside the two AWS keeps) and their resource policies. */
export function registryOperations(service: SchemasService): Partial<Schemas.SchemasOperations> {
  return {
    CreateRegistry(input, context) {
      const scope = service.scope(context);
      const name = input.RegistryName;
      if (!REGISTRY_NAME.test(name)) {
        throw badRequest(`Invalid RegistryName ${name}. It must be 1 to 64 characters of letters, digits, '.', '-', '_' and '@'.`);
      }
      if (name === AWS_EVENTS_REGISTRY || name === DISCOVERED_REGISTRY || service.state.registry(scope, name)) throw registryExists(name);
      if (name.toLowerCase().startsWith('aws.')) throw badRequest(`Registry names starting with 'aws.' are reserved: ${name}.`);
      const tags = input.Tags ?? {};
      service.state.insertRegistry(scope, { name, description: input.Description, tags, createdAt: service.now() });
      return { RegistryName: name, RegistryArn: service.registryArn(scope, name), Description: input.Description, Tags: tags };
    },

    DescribeRegistry(input, context) {
      const scope = service.scope(context);
      const row = service.registry(scope, input.RegistryName);
      return { RegistryName: row.name, RegistryArn: service.registryArn(scope, row.name), Description: row.description, Tags: row.tags };
    },

    UpdateRegistry(input, context) {
      const scope = service.scope(context);
      const row = service.registry(scope, input.RegistryName, 'write');
      if (input.Description !== undefined) service.state.setRegistryDescription(scope, row.name, input.Description);
      const description = input.Description ?? row.description;
      return { RegistryName: row.name, RegistryArn: service.registryArn(scope, row.name), Description: description, Tags: row.tags };
    },

    DeleteRegistry(input, context) {
      const scope = service.scope(context);
      const name = input.RegistryName;
      if (name === AWS_EVENTS_REGISTRY || name === DISCOVERED_REGISTRY) throw awsManagedRegistry(name);
      service.registry(scope, name);
      service.state.deleteRegistry(scope, name);
    },

    ListRegistries(input, context) {
      const scope = service.scope(context);
      if (input.Scope !== undefined && input.Scope !== 'LOCAL' && input.Scope !== 'AWS') {
        throw badRequest(`Invalid Scope ${input.Scope}. Valid values are LOCAL and AWS.`);
      }
      const prefix = input.RegistryNamePrefix ?? '';
      const chosen = service.allRegistries(scope).filter((row) => {
        if (!row.name.startsWith(prefix)) return false;
        if (input.Scope === 'AWS') return row.name === AWS_EVENTS_REGISTRY;
        if (input.Scope === 'LOCAL') return row.name !== AWS_EVENTS_REGISTRY;
        return true;
      });
      const page = service.page(chosen, (row) => row.name, input.Limit, input.NextToken);
      return {
        Registries: page.items.map((row) => ({ RegistryName: row.name, RegistryArn: service.registryArn(scope, row.name), Tags: row.tags })),
        NextToken: page.nextToken,
      };
    },

    PutResourcePolicy(input, context) {
      const scope = service.scope(context);
      const registry = service.registry(scope, requireRegistryName(input.RegistryName), 'write');
      const policy = typeof input.Policy === 'string' ? input.Policy : JSON.stringify(input.Policy);
      try {
        parsePolicy(policy);
      } catch (error) {
        throw badRequest(`Invalid policy: ${(error as Error).message}`);
      }
      if (input.RevisionId !== undefined && input.RevisionId !== registry.revisionId) {
        throw preconditionFailed(`The revision ID ${input.RevisionId} does not match the current revision of the policy of registry ${registry.name}.`);
      }
      const revisionId = randomUUID();
      service.state.setRegistryPolicy(scope, registry.name, policy, revisionId);
      return { Policy: policy, RevisionId: revisionId };
    },

    GetResourcePolicy(input, context) {
      const scope = service.scope(context);
      const registry = service.registry(scope, requireRegistryName(input.RegistryName));
      if (!registry.policy) throw policyNotFound(registry.name);
      return { Policy: registry.policy, RevisionId: registry.revisionId };
    },

    DeleteResourcePolicy(input, context) {
      const scope = service.scope(context);
      const registry = service.registry(scope, requireRegistryName(input.RegistryName), 'write');
      if (!registry.policy) throw policyNotFound(registry.name);
      service.state.setRegistryPolicy(scope, registry.name, undefined, undefined);
    },
  };
}

/** The policy operations take the registry as an optional query parameter, which every registry policy needs. */
function requireRegistryName(name: string | undefined): string {
  if (!name) throw badRequest('RegistryName is required.');
  return name;
}

const policyNotFound = (registry: string) => notFound(`Resource policy for registry ${registry} does not exist.`);
