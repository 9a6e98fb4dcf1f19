import type { Store } from '../../core/store.js';

/** The stored code of one version: a zip kept once under its SHA-256 (content-addressed). */
export interface CodeRecord {
  /** Base64 SHA-256 of the zip, as CodeSha256 reports it. */
  sha256: string;
  /** Hex SHA-256: the zip's file name and its extracted folder's name. */
  hex: string;
  size: number;
  unzippedSize: number;
}

export interface LayerRef {
  arn: string;
  codeSize: number;
  /** The layer's content: functions keep it even after the layer version is deleted, as on AWS. */
  code: CodeRecord;
}

/** What a version is: everything FunctionConfiguration reports that is not computed. */
export interface VersionConfig {
  runtime?: string;
  handler?: string;
  role: string;
  description: string;
  timeout: number;
  memorySize: number;
  ephemeralStorage: number;
  environment?: Record<string, string>;
  layers: LayerRef[];
  architectures: string[];
  tracingMode: string;
  deadLetterTargetArn?: string;
  packageType: 'Zip' | 'Image';
  loggingConfig?: Record<string, unknown>;
  kmsKeyArn?: string;
  vpcConfig?: Record<string, unknown>;
  fileSystemConfigs?: Array<Record<string, unknown>>;
  imageConfig?: Record<string, unknown>;
  /** Durable functions: ExecutionTimeout (seconds) and RetentionPeriodInDays. */
  durableConfig?: { executionTimeout?: number; retentionPeriodInDays: number };
  /** Lambda Managed Instances: the capacity provider the version runs on (CapacityProviderConfig as given). */
  capacityProviderConfig?: { LambdaManagedInstancesCapacityProviderConfig?: { CapacityProviderArn: string; PerExecutionEnvironmentMaxConcurrency?: number; ExecutionEnvironmentMemoryGiBPerVCpu?: number } };
  lastModified: number;
  revisionId: string;
  code: CodeRecord;
}

export interface VersionRecord {
  version: string;
  config: VersionConfig;
  /** Bumped whenever the version's code or configuration changes: environments of older revisions retire. */
  generation: number;
}

export interface AliasRecord {
  name: string;
  functionVersion: string;
  description: string;
  weights?: Record<string, number>;
  revisionId: string;
}

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal: unknown;
  Action: string;
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

export interface EventInvokeConfigRecord {
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
  onSuccess?: string;
  onFailure?: string;
  lastModified: number;
}

export interface UrlConfigRecord {
  urlId: string;
  authType: 'NONE' | 'AWS_IAM';
  cors?: {
    AllowCredentials?: boolean;
    AllowHeaders?: string[];
    AllowMethods?: string[];
    AllowOrigins?: string[];
    ExposeHeaders?: string[];
    MaxAge?: number;
  };
  invokeMode: 'BUFFERED' | 'RESPONSE_STREAM';
  created: number;
  lastModified: number;
}

export interface ProvisionedRecord {
  requested: number;
  lastModified: number;
}

/** One function with everything that hangs off it. Keys of per-qualifier maps: '' for the unqualified function. */
export interface FunctionDoc {
  account: string;
  region: string;
  name: string;
  latest: VersionRecord;
  versions: Record<string, VersionRecord>;
  /** The next version number PublishVersion hands out (numbers are never reused). */
  nextVersion: number;
  aliases: Record<string, AliasRecord>;
  tags: Record<string, string>;
  reservedConcurrency?: number;
  policies: Record<string, { statements: PolicyStatement[]; revisionId: string }>;
  eventInvokeConfigs: Record<string, EventInvokeConfigRecord>;
  urls: Record<string, UrlConfigRecord>;
  provisioned: Record<string, ProvisionedRecord>;
  /** The code signing configuration the function uses (PutFunctionCodeSigningConfig). */
  codeSigningConfigArn?: string;
  /** Recursive loop detection (PutFunctionRecursionConfig): Terminate unless set to Allow. */
  recursiveLoop?: 'Allow' | 'Terminate';
  /** Runtime update mode per qualifier ($LATEST or a version): PutRuntimeManagementConfig. */
  runtimeManagement?: Record<string, { updateRuntimeOn: string; runtimeVersionArn?: string }>;
  /** Function scaling (min/max execution environments) per published version: PutFunctionScalingConfig. */
  scaling?: Record<string, { MinExecutionEnvironments?: number; MaxExecutionEnvironments?: number }>;
  /** Code SHA and configuration hash of the last published version (PublishVersion publishes only on change). */
  lastPublished?: { sha256: string; configHash: string; version: string };
}

export interface LayerVersionRecord {
  account: string;
  region: string;
  name: string;
  version: number;
  description: string;
  licenseInfo?: string;
  compatibleRuntimes?: string[];
  compatibleArchitectures?: string[];
  created: number;
  code: CodeRecord;
  policy: PolicyStatement[];
  policyRevision: string;
}

export interface CodeSigningConfigRecord {
  account: string;
  region: string;
  id: string;
  description: string;
  signingProfileVersionArns: string[];
  untrustedArtifactOnDeployment: string;
  lastModified: number;
  tags: Record<string, string>;
}

export interface CapacityProviderRecord {
  account: string;
  region: string;
  name: string;
  vpcConfig: { SubnetIds: string[]; SecurityGroupIds: string[] };
  operatorRoleArn: string;
  instanceRequirements: Record<string, unknown>;
  scalingConfig: Record<string, unknown>;
  kmsKeyArn?: string;
  tags: Record<string, string>;
  lastModified: number;
}

/** Migrations in order: v1 is the schema the first release shipped (never edit a shipped one; append). */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS lambda_functions (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     doc TEXT NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS lambda_layer_versions (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     version INTEGER NOT NULL,
     doc TEXT NOT NULL,
     PRIMARY KEY (account, region, name, version)
   )`,
  `CREATE TABLE IF NOT EXISTS lambda_layer_counters (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     last_version INTEGER NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
];

/** v2: durable executions (a JSON document each, with the columns listings filter on) and their callback ids. */
const SCHEMA_V2 = [
  `CREATE TABLE IF NOT EXISTS lambda_durable_executions (
     arn TEXT PRIMARY KEY,
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     function_name TEXT NOT NULL,
     name TEXT NOT NULL,
     status TEXT NOT NULL,
     started INTEGER NOT NULL,
     ended INTEGER,
     doc TEXT NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS lambda_durable_executions_by_function ON lambda_durable_executions (account, region, function_name, started)`,
  `CREATE TABLE IF NOT EXISTS lambda_durable_callbacks (
     callback_id TEXT PRIMARY KEY,
     execution_arn TEXT NOT NULL
   )`,
];

/** v3: code signing configurations (a JSON document each). */
const SCHEMA_V3 = [
  `CREATE TABLE IF NOT EXISTS lambda_code_signing_configs (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     id TEXT NOT NULL,
     doc TEXT NOT NULL,
     PRIMARY KEY (account, region, id)
   )`,
];

/** v4: capacity providers (Lambda Managed Instances), a JSON document each. */
const SCHEMA_V4 = [
  `CREATE TABLE IF NOT EXISTS lambda_capacity_providers (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     doc TEXT NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
];

/** v5: a durable execution's operations and history events as rows of their own (a checkpoint writes what it changed, not the whole execution). */
const SCHEMA_V5 = [
  `CREATE TABLE IF NOT EXISTS lambda_durable_operations (
     arn TEXT NOT NULL,
     id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     doc TEXT NOT NULL,
     PRIMARY KEY (arn, id)
   )`,
  `CREATE TABLE IF NOT EXISTS lambda_durable_events (
     arn TEXT NOT NULL,
     event_id INTEGER NOT NULL,
     doc TEXT NOT NULL,
     PRIMARY KEY (arn, event_id)
   )`,
];

/** Lambda's storage: every SQL statement Lambda runs lives here. Functions are read through a cache (Invoke's hot path). */
export class LambdaState {
  private readonly cache = new Map<string, FunctionDoc | null>();

  constructor(private readonly store: Store) {
    store.ensureSchema('lambda', [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5]);
  }

  private key(account: string, region: string, name: string): string {
    return `${account}\u0000${region}\u0000${name}`;
  }

  getFunction(account: string, region: string, name: string): FunctionDoc | undefined {
    const key = this.key(account, region, name);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const row = this.store.db.prepare('SELECT doc FROM lambda_functions WHERE account = ? AND region = ? AND name = ?').get(account, region, name) as
      | { doc: string }
      | undefined;
    const doc = row ? (JSON.parse(row.doc) as FunctionDoc) : undefined;
    this.cache.set(key, doc ?? null);
    return doc;
  }

  saveFunction(doc: FunctionDoc): void {
    this.store.db
      .prepare('INSERT INTO lambda_functions (account, region, name, doc) VALUES (?, ?, ?, ?) ON CONFLICT (account, region, name) DO UPDATE SET doc = excluded.doc')
      .run(doc.account, doc.region, doc.name, JSON.stringify(doc));
    this.cache.set(this.key(doc.account, doc.region, doc.name), doc);
  }

  deleteFunction(account: string, region: string, name: string): void {
    this.store.db.prepare('DELETE FROM lambda_functions WHERE account = ? AND region = ? AND name = ?').run(account, region, name);
    this.cache.set(this.key(account, region, name), null);
  }

  listFunctions(account: string, region: string): FunctionDoc[] {
    const rows = this.store.db.prepare('SELECT name FROM lambda_functions WHERE account = ? AND region = ? ORDER BY name').all(account, region) as { name: string }[];
    return rows.map((row) => this.getFunction(account, region, row.name)!).filter(Boolean);
  }

  allFunctions(): FunctionDoc[] {
    const rows = this.store.db.prepare('SELECT account, region, name FROM lambda_functions').all() as { account: string; region: string; name: string }[];
    return rows.map((row) => this.getFunction(row.account, row.region, row.name)!).filter(Boolean);
  }

  /** Every code SHA (hex) still referenced by a function version or a layer version. */
  referencedCode(): Set<string> {
    const used = new Set<string>();
    for (const doc of this.allFunctions()) {
      used.add(doc.latest.config.code.hex);
      for (const version of Object.values(doc.versions)) used.add(version.config.code.hex);
    }
    for (const layer of this.allLayerVersions()) used.add(layer.code.hex);
    return used;
  }

  nextLayerVersion(account: string, region: string, name: string): number {
    return this.store.transaction(() => {
      const row = this.store.db.prepare('SELECT last_version FROM lambda_layer_counters WHERE account = ? AND region = ? AND name = ?').get(account, region, name) as
        | { last_version: number }
        | undefined;
      const next = (row?.last_version ?? 0) + 1;
      this.store.db
        .prepare('INSERT INTO lambda_layer_counters (account, region, name, last_version) VALUES (?, ?, ?, ?) ON CONFLICT (account, region, name) DO UPDATE SET last_version = excluded.last_version')
        .run(account, region, name, next);
      return next;
    });
  }

  saveLayerVersion(layer: LayerVersionRecord): void {
    this.store.db
      .prepare('INSERT INTO lambda_layer_versions (account, region, name, version, doc) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, region, name, version) DO UPDATE SET doc = excluded.doc')
      .run(layer.account, layer.region, layer.name, layer.version, JSON.stringify(layer));
  }

  getLayerVersion(account: string, region: string, name: string, version: number): LayerVersionRecord | undefined {
    const row = this.store.db.prepare('SELECT doc FROM lambda_layer_versions WHERE account = ? AND region = ? AND name = ? AND version = ?').get(account, region, name, version) as
      | { doc: string }
      | undefined;
    return row ? (JSON.parse(row.doc) as LayerVersionRecord) : undefined;
  }

  deleteLayerVersion(account: string, region: string, name: string, version: number): void {
    this.store.db.prepare('DELETE FROM lambda_layer_versions WHERE account = ? AND region = ? AND name = ? AND version = ?').run(account, region, name, version);
  }

  listLayerVersions(account: string, region: string, name?: string): LayerVersionRecord[] {
    const rows = (
      name === undefined
        ? this.store.db.prepare('SELECT doc FROM lambda_layer_versions WHERE account = ? AND region = ? ORDER BY name, version DESC').all(account, region)
        : this.store.db.prepare('SELECT doc FROM lambda_layer_versions WHERE account = ? AND region = ? AND name = ? ORDER BY version DESC').all(account, region, name)
    ) as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as LayerVersionRecord);
  }

  saveCodeSigningConfig(record: CodeSigningConfigRecord): void {
    this.store.db
      .prepare('INSERT INTO lambda_code_signing_configs (account, region, id, doc) VALUES (?, ?, ?, ?) ON CONFLICT (account, region, id) DO UPDATE SET doc = excluded.doc')
      .run(record.account, record.region, record.id, JSON.stringify(record));
  }

  getCodeSigningConfig(account: string, region: string, id: string): CodeSigningConfigRecord | undefined {
    const row = this.store.db.prepare('SELECT doc FROM lambda_code_signing_configs WHERE account = ? AND region = ? AND id = ?').get(account, region, id) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as CodeSigningConfigRecord) : undefined;
  }

  deleteCodeSigningConfig(account: string, region: string, id: string): void {
    this.store.db.prepare('DELETE FROM lambda_code_signing_configs WHERE account = ? AND region = ? AND id = ?').run(account, region, id);
  }

  listCodeSigningConfigs(account: string, region: string): CodeSigningConfigRecord[] {
    const rows = this.store.db.prepare('SELECT doc FROM lambda_code_signing_configs WHERE account = ? AND region = ? ORDER BY id').all(account, region) as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as CodeSigningConfigRecord);
  }

  saveCapacityProvider(record: CapacityProviderRecord): void {
    this.store.db
      .prepare('INSERT INTO lambda_capacity_providers (account, region, name, doc) VALUES (?, ?, ?, ?) ON CONFLICT (account, region, name) DO UPDATE SET doc = excluded.doc')
      .run(record.account, record.region, record.name, JSON.stringify(record));
  }

  getCapacityProvider(account: string, region: string, name: string): CapacityProviderRecord | undefined {
    const row = this.store.db.prepare('SELECT doc FROM lambda_capacity_providers WHERE account = ? AND region = ? AND name = ?').get(account, region, name) as { doc: string } | undefined;
    return row ? (JSON.parse(row.doc) as CapacityProviderRecord) : undefined;
  }

  deleteCapacityProvider(account: string, region: string, name: string): void {
    this.store.db.prepare('DELETE FROM lambda_capacity_providers WHERE account = ? AND region = ? AND name = ?').run(account, region, name);
  }

  listCapacityProviders(account: string, region: string): CapacityProviderRecord[] {
    const rows = this.store.db.prepare('SELECT doc FROM lambda_capacity_providers WHERE account = ? AND region = ? ORDER BY name').all(account, region) as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as CapacityProviderRecord);
  }

  private allLayerVersions(): LayerVersionRecord[] {
    const rows = this.store.db.prepare('SELECT doc FROM lambda_layer_versions').all() as { doc: string }[];
    return rows.map((row) => JSON.parse(row.doc) as LayerVersionRecord);
  }
}
