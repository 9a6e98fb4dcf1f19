import type { RequestContext } from '../../core/context.js';
import { arn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type { Runtime } from '../../core/runtime.js';
import { awsManagedRegistry, badRequest, invalidNextToken, registryNotFound, schemaNotFound, schemaVersionNotFound } from './errors.js';
import { SchemasState, type RegistryRow, type SchemaRow, type SchemaVersionRow, type Scope } from './state.js';

/** The registry of AWS's own event schemas: read-only, listed under Scope AWS. */
export const AWS_EVENTS_REGISTRY = 'aws.events';
/** Where discoverers put what they find: AWS creates it in every account and region. */
export const DISCOVERED_REGISTRY = 'discovered-schemas';

const MAX_PAGE = 100;

/** What every schema-registry operation group shares: the state, the clock, ARNs and lookups. */
export class SchemasService {
  readonly state: SchemasState;

  constructor(readonly runtime: Runtime) {
    this.state = new SchemasState(runtime.store);
  }

  now(): number {
    return this.runtime.clock.now();
  }

  scope(context: RequestContext): Scope {
    return { account: context.accountId, region: context.region };
  }

  registryArn(scope: Scope, name: string): string {
    return arn({ service: 'schemas', region: scope.region, account: scope.account, resource: `registry/${name}` });
  }

  schemaArn(scope: Scope, registry: string, name: string): string {
    return arn({ service: 'schemas', region: scope.region, account: scope.account, resource: `schema/${registry}/${name}` });
  }

  discovererArn(scope: Scope, id: string): string {
    return arn({ service: 'schemas', region: scope.region, account: scope.account, resource: `discoverer/${id}` });
  }

  /**
   * A registry by name. The two registries AWS keeps in every account exist without being
   * created: aws.events is read-only; discovered-schemas is stored the first time it is written to.
   */
  registry(scope: Scope, name: string, purpose: 'read' | 'write' = 'read'): RegistryRow {
    if (name === AWS_EVENTS_REGISTRY) {
      if (purpose === 'write') throw awsManagedRegistry(name);
      return { name, tags: {}, createdAt: 0 };
    }
    const stored = this.state.registry(scope, name);
    if (stored) return stored;
    if (name === DISCOVERED_REGISTRY) {
      const row = { name, tags: {}, createdAt: 0 };
      if (purpose === 'write') this.state.insertRegistry(scope, row);
      return row;
    }
    throw registryNotFound(name);
  }

  /** Every registry of the scope, the AWS-managed ones included, by name. */
  allRegistries(scope: Scope): RegistryRow[] {
    const rows = this.state.registries(scope);
    for (const name of [AWS_EVENTS_REGISTRY, DISCOVERED_REGISTRY]) {
      if (!rows.some((r) => r.name === name)) rows.push({ name, tags: {}, createdAt: 0 });
    }
    return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  schema(scope: Scope, registry: string, name: string): SchemaRow {
    this.registry(scope, registry);
    const schema = this.state.schema(scope, registry, name);
    if (!schema) throw schemaNotFound(name);
    return schema;
  }

  /** A schema's version by its number as text ("3"), or its latest when none is given. */
  version(scope: Scope, schema: SchemaRow, version: string | undefined): SchemaVersionRow {
    if (version === undefined || version === '') {
      const latest = this.state.latestVersion(scope, schema.registry, schema.name);
      if (!latest) throw schemaNotFound(schema.name);
      return latest;
    }
    const number = /^[1-9][0-9]{0,8}$/.test(version) ? Number(version) : undefined;
    const row = number === undefined ? undefined : this.state.version(scope, schema.registry, schema.name, number);
    if (!row) throw schemaVersionNotFound(schema.name, version);
    return row;
  }

  /** One page of a listing sorted by `key`, with the registry's page limit (1 to 100). */
  page<T>(items: T[], key: (item: T) => string, limit: number | undefined, token: string | undefined): { items: T[]; nextToken?: string } {
    if (limit !== undefined && (limit < 1 || limit > MAX_PAGE)) throw badRequest(`Limit must be between 1 and ${MAX_PAGE}.`);
    return pageAfterKey(items, key, limit ?? MAX_PAGE, token, invalidNextToken);
  }
}
