import type { Store } from '../../core/store.js';

/** The schema registry's tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS schemas_registries (
     account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL,
     description TEXT, tags TEXT NOT NULL, policy TEXT, revision_id TEXT, created_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS schemas_schemas (
     account TEXT NOT NULL, region TEXT NOT NULL, registry TEXT NOT NULL, name TEXT NOT NULL,
     description TEXT, tags TEXT NOT NULL, last_version INTEGER NOT NULL, last_modified INTEGER NOT NULL,
     PRIMARY KEY (account, region, registry, name)
   )`,
  `CREATE TABLE IF NOT EXISTS schemas_versions (
     account TEXT NOT NULL, region TEXT NOT NULL, registry TEXT NOT NULL, schema_name TEXT NOT NULL, version INTEGER NOT NULL,
     type TEXT NOT NULL, content TEXT NOT NULL, created_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, registry, schema_name, version)
   )`,
  `CREATE TABLE IF NOT EXISTS schemas_discoverers (
     account TEXT NOT NULL, region TEXT NOT NULL, id TEXT NOT NULL, source_arn TEXT NOT NULL,
     description TEXT, cross_account INTEGER NOT NULL, state TEXT NOT NULL, tags TEXT NOT NULL, created_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, id)
   )`,
  `CREATE TABLE IF NOT EXISTS schemas_code_bindings (
     account TEXT NOT NULL, region TEXT NOT NULL, registry TEXT NOT NULL, schema_name TEXT NOT NULL, version INTEGER NOT NULL,
     language TEXT NOT NULL, created_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, registry, schema_name, version, language)
   )`,
];

/** V2: what a discoverer has seen of each event type (its merged shape), and discoverers found by their bus. */
const SCHEMA_V2 = [
  `CREATE TABLE IF NOT EXISTS schemas_discovered_shapes (
     account TEXT NOT NULL, region TEXT NOT NULL, schema_name TEXT NOT NULL, shape TEXT NOT NULL,
     PRIMARY KEY (account, region, schema_name)
   )`,
  'CREATE INDEX IF NOT EXISTS schemas_discoverers_source ON schemas_discoverers (account, region, source_arn)',
];

export interface Scope {
  account: string;
  region: string;
}

export interface RegistryRow {
  name: string;
  description?: string;
  tags: Record<string, string>;
  policy?: string;
  revisionId?: string;
  createdAt: number;
}

export interface SchemaRow {
  registry: string;
  name: string;
  description?: string;
  tags: Record<string, string>;
  lastVersion: number;
  lastModified: number;
}

export interface SchemaVersionRow {
  registry: string;
  schemaName: string;
  version: number;
  type: 'OpenApi3' | 'JSONSchemaDraft4';
  content: string;
  createdAt: number;
}

export interface DiscovererRow {
  id: string;
  sourceArn: string;
  description?: string;
  crossAccount: boolean;
  state: 'STARTED' | 'STOPPED';
  tags: Record<string, string>;
  createdAt: number;
}

export interface CodeBindingRow {
  version: number;
  language: string;
  createdAt: number;
}

interface RegistryRecord { name: string; description: string | null; tags: string; policy: string | null; revision_id: string | null; created_at: number }
interface SchemaRecord { registry: string; name: string; description: string | null; tags: string; last_version: number; last_modified: number }
interface VersionRecord { registry: string; schema_name: string; version: number; type: string; content: string; created_at: number }
interface DiscovererRecord { id: string; source_arn: string; description: string | null; cross_account: number; state: string; tags: string; created_at: number }

const toRegistry = (r: RegistryRecord): RegistryRow => ({
  name: r.name, description: r.description ?? undefined, tags: JSON.parse(r.tags), policy: r.policy ?? undefined, revisionId: r.revision_id ?? undefined, createdAt: r.created_at,
});
const toSchema = (r: SchemaRecord): SchemaRow => ({
  registry: r.registry, name: r.name, description: r.description ?? undefined, tags: JSON.parse(r.tags), lastVersion: r.last_version, lastModified: r.last_modified,
});
const toVersion = (r: VersionRecord): SchemaVersionRow => ({
  registry: r.registry, schemaName: r.schema_name, version: r.version, type: r.type as SchemaVersionRow['type'], content: r.content, createdAt: r.created_at,
});
const toDiscoverer = (r: DiscovererRecord): DiscovererRow => ({
  id: r.id, sourceArn: r.source_arn, description: r.description ?? undefined, crossAccount: r.cross_account === 1,
  state: r.state as DiscovererRow['state'], tags: JSON.parse(r.tags), createdAt: r.created_at,
});

/** The schema registry's storage: every SQL statement it runs lives here. */
export class SchemasState {
  private readonly s;
  private readonly deleteSchemaTx: (scope: Scope, registry: string, name: string) => void;
  private readonly deleteRegistryTx: (scope: Scope, name: string) => void;

  constructor(private readonly store: Store) {
    store.ensureSchema('schemas', [SCHEMA_V1, SCHEMA_V2]);
    const db = store.db;
    this.s = {
      registry: db.prepare<[string, string, string], RegistryRecord>('SELECT * FROM schemas_registries WHERE account = ? AND region = ? AND name = ?'),
      registries: db.prepare<[string, string], RegistryRecord>('SELECT * FROM schemas_registries WHERE account = ? AND region = ? ORDER BY name'),
      insertRegistry: db.prepare('INSERT INTO schemas_registries (account, region, name, description, tags, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      setRegistryDescription: db.prepare('UPDATE schemas_registries SET description = ? WHERE account = ? AND region = ? AND name = ?'),
      setRegistryTags: db.prepare('UPDATE schemas_registries SET tags = ? WHERE account = ? AND region = ? AND name = ?'),
      setRegistryPolicy: db.prepare('UPDATE schemas_registries SET policy = ?, revision_id = ? WHERE account = ? AND region = ? AND name = ?'),
      deleteRegistry: db.prepare('DELETE FROM schemas_registries WHERE account = ? AND region = ? AND name = ?'),
      deleteRegistrySchemas: db.prepare('DELETE FROM schemas_schemas WHERE account = ? AND region = ? AND registry = ?'),
      deleteRegistryVersions: db.prepare('DELETE FROM schemas_versions WHERE account = ? AND region = ? AND registry = ?'),
      deleteRegistryBindings: db.prepare('DELETE FROM schemas_code_bindings WHERE account = ? AND region = ? AND registry = ?'),
      schema: db.prepare<[string, string, string, string], SchemaRecord>('SELECT * FROM schemas_schemas WHERE account = ? AND region = ? AND registry = ? AND name = ?'),
      schemas: db.prepare<[string, string, string], SchemaRecord>('SELECT * FROM schemas_schemas WHERE account = ? AND region = ? AND registry = ? ORDER BY name'),
      insertSchema: db.prepare('INSERT INTO schemas_schemas (account, region, registry, name, description, tags, last_version, last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      updateSchema: db.prepare('UPDATE schemas_schemas SET description = ?, last_version = ?, last_modified = ? WHERE account = ? AND region = ? AND registry = ? AND name = ?'),
      setSchemaTags: db.prepare('UPDATE schemas_schemas SET tags = ? WHERE account = ? AND region = ? AND registry = ? AND name = ?'),
      deleteSchema: db.prepare('DELETE FROM schemas_schemas WHERE account = ? AND region = ? AND registry = ? AND name = ?'),
      deleteSchemaVersions: db.prepare('DELETE FROM schemas_versions WHERE account = ? AND region = ? AND registry = ? AND schema_name = ?'),
      deleteSchemaBindings: db.prepare('DELETE FROM schemas_code_bindings WHERE account = ? AND region = ? AND registry = ? AND schema_name = ?'),
      version: db.prepare<[string, string, string, string, number], VersionRecord>(
        'SELECT * FROM schemas_versions WHERE account = ? AND region = ? AND registry = ? AND schema_name = ? AND version = ?',
      ),
      latestVersion: db.prepare<[string, string, string, string], VersionRecord>(
        'SELECT * FROM schemas_versions WHERE account = ? AND region = ? AND registry = ? AND schema_name = ? ORDER BY version DESC LIMIT 1',
      ),
      versions: db.prepare<[string, string, string, string], VersionRecord>(
        'SELECT * FROM schemas_versions WHERE account = ? AND region = ? AND registry = ? AND schema_name = ? ORDER BY version',
      ),
      insertVersion: db.prepare('INSERT INTO schemas_versions (account, region, registry, schema_name, version, type, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      deleteVersion: db.prepare('DELETE FROM schemas_versions WHERE account = ? AND region = ? AND registry = ? AND schema_name = ? AND version = ?'),
      deleteVersionBindings: db.prepare('DELETE FROM schemas_code_bindings WHERE account = ? AND region = ? AND registry = ? AND schema_name = ? AND version = ?'),
      discoverer: db.prepare<[string, string, string], DiscovererRecord>('SELECT * FROM schemas_discoverers WHERE account = ? AND region = ? AND id = ?'),
      discoverers: db.prepare<[string, string], DiscovererRecord>('SELECT * FROM schemas_discoverers WHERE account = ? AND region = ? ORDER BY id'),
      discoverersOfSource: db.prepare<[string, string, string], DiscovererRecord>(
        'SELECT * FROM schemas_discoverers WHERE account = ? AND region = ? AND source_arn = ? ORDER BY id',
      ),
      discoveredShape: db.prepare<[string, string, string], { shape: string }>(
        'SELECT shape FROM schemas_discovered_shapes WHERE account = ? AND region = ? AND schema_name = ?',
      ),
      putDiscoveredShape: db.prepare(
        `INSERT INTO schemas_discovered_shapes (account, region, schema_name, shape) VALUES (?, ?, ?, ?)
         ON CONFLICT (account, region, schema_name) DO UPDATE SET shape = excluded.shape`,
      ),
      insertDiscoverer: db.prepare(
        'INSERT INTO schemas_discoverers (account, region, id, source_arn, description, cross_account, state, tags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      updateDiscoverer: db.prepare('UPDATE schemas_discoverers SET description = ?, cross_account = ?, state = ?, tags = ? WHERE account = ? AND region = ? AND id = ?'),
      deleteDiscoverer: db.prepare('DELETE FROM schemas_discoverers WHERE account = ? AND region = ? AND id = ?'),
      binding: db.prepare<[string, string, string, string, number, string], { version: number; language: string; created_at: number }>(
        'SELECT version, language, created_at FROM schemas_code_bindings WHERE account = ? AND region = ? AND registry = ? AND schema_name = ? AND version = ? AND language = ?',
      ),
      putBinding: db.prepare(
        `INSERT INTO schemas_code_bindings (account, region, registry, schema_name, version, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      ),
    };
    this.deleteSchemaTx = db.transaction((scope: Scope, registry: string, name: string) => {
      const key = [scope.account, scope.region, registry, name] as const;
      this.s.deleteSchema.run(...key);
      this.s.deleteSchemaVersions.run(...key);
      this.s.deleteSchemaBindings.run(...key);
    });
    this.deleteRegistryTx = db.transaction((scope: Scope, name: string) => {
      const key = [scope.account, scope.region, name] as const;
      this.s.deleteRegistry.run(...key);
      this.s.deleteRegistrySchemas.run(...key);
      this.s.deleteRegistryVersions.run(...key);
      this.s.deleteRegistryBindings.run(...key);
    });
  }

  registry(scope: Scope, name: string): RegistryRow | undefined {
    const r = this.s.registry.get(scope.account, scope.region, name);
    return r && toRegistry(r);
  }

  registries(scope: Scope): RegistryRow[] {
    return this.s.registries.all(scope.account, scope.region).map(toRegistry);
  }

  insertRegistry(scope: Scope, row: Omit<RegistryRow, 'policy' | 'revisionId'>): void {
    this.s.insertRegistry.run(scope.account, scope.region, row.name, row.description ?? null, JSON.stringify(row.tags), row.createdAt);
  }

  setRegistryDescription(scope: Scope, name: string, description: string | undefined): void {
    this.s.setRegistryDescription.run(description ?? null, scope.account, scope.region, name);
  }

  setRegistryTags(scope: Scope, name: string, tags: Record<string, string>): void {
    this.s.setRegistryTags.run(JSON.stringify(tags), scope.account, scope.region, name);
  }

  setRegistryPolicy(scope: Scope, name: string, policy: string | undefined, revisionId: string | undefined): void {
    this.s.setRegistryPolicy.run(policy ?? null, revisionId ?? null, scope.account, scope.region, name);
  }

  /** Deletes a registry with its schemas, their versions and code bindings. */
  deleteRegistry(scope: Scope, name: string): void {
    this.deleteRegistryTx(scope, name);
  }

  schema(scope: Scope, registry: string, name: string): SchemaRow | undefined {
    const r = this.s.schema.get(scope.account, scope.region, registry, name);
    return r && toSchema(r);
  }

  schemas(scope: Scope, registry: string): SchemaRow[] {
    return this.s.schemas.all(scope.account, scope.region, registry).map(toSchema);
  }

  /** A new schema with its first version, in one transaction. */
  insertSchema(scope: Scope, schema: SchemaRow, first: SchemaVersionRow): void {
    this.store.transaction(() => {
      this.s.insertSchema.run(scope.account, scope.region, schema.registry, schema.name, schema.description ?? null, JSON.stringify(schema.tags), schema.lastVersion, schema.lastModified);
      this.insertVersion(scope, first);
    });
  }

  /** The schema's description and version counter, and its new version if there is one. */
  updateSchema(scope: Scope, schema: SchemaRow, added: SchemaVersionRow | undefined): void {
    this.store.transaction(() => {
      this.s.updateSchema.run(schema.description ?? null, schema.lastVersion, schema.lastModified, scope.account, scope.region, schema.registry, schema.name);
      if (added) this.insertVersion(scope, added);
    });
  }

  setSchemaTags(scope: Scope, registry: string, name: string, tags: Record<string, string>): void {
    this.s.setSchemaTags.run(JSON.stringify(tags), scope.account, scope.region, registry, name);
  }

  deleteSchema(scope: Scope, registry: string, name: string): void {
    this.deleteSchemaTx(scope, registry, name);
  }

  version(scope: Scope, registry: string, schemaName: string, version: number): SchemaVersionRow | undefined {
    const r = this.s.version.get(scope.account, scope.region, registry, schemaName, version);
    return r && toVersion(r);
  }

  latestVersion(scope: Scope, registry: string, schemaName: string): SchemaVersionRow | undefined {
    const r = this.s.latestVersion.get(scope.account, scope.region, registry, schemaName);
    return r && toVersion(r);
  }

  versions(scope: Scope, registry: string, schemaName: string): SchemaVersionRow[] {
    return this.s.versions.all(scope.account, scope.region, registry, schemaName).map(toVersion);
  }

  private insertVersion(scope: Scope, v: SchemaVersionRow): void {
    this.s.insertVersion.run(scope.account, scope.region, v.registry, v.schemaName, v.version, v.type, v.content, v.createdAt);
  }

  deleteVersion(scope: Scope, registry: string, schemaName: string, version: number): void {
    this.store.transaction(() => {
      this.s.deleteVersion.run(scope.account, scope.region, registry, schemaName, version);
      this.s.deleteVersionBindings.run(scope.account, scope.region, registry, schemaName, version);
    });
  }

  discoverer(scope: Scope, id: string): DiscovererRow | undefined {
    const r = this.s.discoverer.get(scope.account, scope.region, id);
    return r && toDiscoverer(r);
  }

  discoverers(scope: Scope): DiscovererRow[] {
    return this.s.discoverers.all(scope.account, scope.region).map(toDiscoverer);
  }

  /** The discoverers of one event bus. */
  discoverersOf(scope: Scope, sourceArn: string): DiscovererRow[] {
    return this.s.discoverersOfSource.all(scope.account, scope.region, sourceArn).map(toDiscoverer);
  }

  /** The merged shape a discoverer keeps for a discovered schema (JSON), if any. */
  discoveredShape(scope: Scope, schemaName: string): unknown {
    const r = this.s.discoveredShape.get(scope.account, scope.region, schemaName);
    return r && JSON.parse(r.shape);
  }

  putDiscoveredShape(scope: Scope, schemaName: string, shape: unknown): void {
    this.s.putDiscoveredShape.run(scope.account, scope.region, schemaName, JSON.stringify(shape));
  }

  insertDiscoverer(scope: Scope, d: DiscovererRow): void {
    this.s.insertDiscoverer.run(scope.account, scope.region, d.id, d.sourceArn, d.description ?? null, d.crossAccount ? 1 : 0, d.state, JSON.stringify(d.tags), d.createdAt);
  }

  updateDiscoverer(scope: Scope, d: DiscovererRow): void {
    this.s.updateDiscoverer.run(d.description ?? null, d.crossAccount ? 1 : 0, d.state, JSON.stringify(d.tags), scope.account, scope.region, d.id);
  }

  deleteDiscoverer(scope: Scope, id: string): void {
    this.s.deleteDiscoverer.run(scope.account, scope.region, id);
  }

  codeBinding(scope: Scope, registry: string, schemaName: string, version: number, language: string): CodeBindingRow | undefined {
    const r = this.s.binding.get(scope.account, scope.region, registry, schemaName, version, language);
    return r && { version: r.version, language: r.language, createdAt: r.created_at };
  }

  /** Records a generated binding (a second generation of the same one keeps the first's date). */
  putCodeBinding(scope: Scope, registry: string, schemaName: string, version: number, language: string, createdAt: number): void {
    this.s.putBinding.run(scope.account, scope.region, registry, schemaName, version, language, createdAt);
  }
}
