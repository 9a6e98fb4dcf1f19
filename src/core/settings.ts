import { totalmem } from 'node:os';

/**
 * Every switch Nimbus has, in one place: each is a `startCloud` option, an environment variable
 * and (but for the secret) a `nimbus start` flag. An option given in code wins over the
 * environment, which wins over the default. The CLI builds its flags and --help from this table.
 */
export interface Settings {
  port: number;
  host: string;
  /** Keep state here across restarts; in memory when absent. */
  dataDir: string | undefined;
  /** Region for requests that do not name one. */
  region: string;
  /** Account for access keys that are not a 12-digit account id. */
  account: string;
  logLevel: string;
  /** pretty (aligned, coloured lines), json (a JSON object a line), or auto: pretty on a terminal. */
  logFormat: 'auto' | 'pretty' | 'json';
  /** Serve only these services (model ids: sqs, s3, dynamodb, lambda, logs, cloudwatch...); all when empty. */
  services: string[];
  /** A folder of scripts (and LocalStack's init layout) run once the server is ready. */
  initDir: string | undefined;
  /** A state snapshot (`nimbus state save`) to start from. */
  load: string | undefined;
  /** Exit (nimbus start) when an init script fails. */
  strictInit: boolean;
  /** Reject requests whose SigV4 signature does not match `secretAccessKey`. */
  verifySignatures: boolean;
  /** The secret of every access key when signatures are verified. */
  secretAccessKey: string;
  /** Authorize every request with IAM's policies (keys IAM and STS issued); root and default keys keep full access. */
  enforceIam: boolean;
  /** Largest request body held in memory, in bytes (streamed uploads are not limited by it). */
  maxBodyBytes: number;
  /** How long a client may take to send a request's headers. */
  headersTimeoutMs: number;
  /** Lambda's concurrent executions limit per account and region. */
  lambdaConcurrencyLimit: number;
  /** How much memory (by MemorySize) provisioned concurrency may keep warm as processes on this machine. */
  lambdaProvisionedMemoryMb: number;
  /** auto: a nodejs<N>.x function runs on Node.js N (fetched from the npm registry when the local one differs); local: on this Node.js. */
  lambdaNode: 'auto' | 'local';
  /** Origins whose web pages may call the AWS APIs ('*' for any). */
  corsOrigins: string[];
  /** Host names answered besides IPs, localhost, *.localhost, this machine and host.docker.internal ('*' for any). */
  allowedHosts: string[];
  /** How long DynamoDB tables and indexes stay CREATING/UPDATING/DELETING. */
  dynamodbStatusDelayMs: number;
  /** The item-collection size limit of tables with local secondary indexes. */
  dynamodbItemCollectionLimitBytes: number;
  /** DynamoDB capacity throttling (token buckets per partition, burst, adaptive capacity) for every table: off by default; a table tagged nimbus:throttling=on is throttled either way. */
  dynamodbThrottling: boolean;
  /** Kinesis per-shard throughput limits (1 MiB/s or 1,000 records/s in, 2 MiB/s and 5 GetRecords/s out): off by default. */
  kinesisThroughputLimits: boolean;
  /** How long Kinesis streams and consumers stay CREATING/UPDATING/DELETING. */
  kinesisStatusDelayMs: number;
}

export interface SettingSpec {
  /** The commander flag, e.g. '--port <port>'; absent for a setting that must not show in `ps`. */
  flag?: string;
  /** Environment variables, the first set one wins. */
  env: string[];
  description: string;
  default: unknown;
  /** From the text of a flag or variable; throws a SettingError with a sentence for a bad value. */
  parse(text: string): unknown;
}

export class SettingError extends Error {}

function integer(min: number, max = Number.MAX_SAFE_INTEGER, what = `a whole number from ${min} to ${max}`) {
  return (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new SettingError(`${what}; got '${text}'`);
    return n;
  };
}

const text = (value: string): string => value;
const list = (value: string): string[] => value.split(',').map((item) => item.trim()).filter(Boolean);
function flag(value: string): boolean {
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off|)$/i.test(value)) return false;
  throw new SettingError(`true or false; got '${value}'`);
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const SETTINGS: Record<keyof Settings, SettingSpec> = {
  port: { flag: '-p, --port <port>', env: ['NIMBUS_PORT'], description: 'port to listen on (0: a free one)', default: 4566, parse: integer(0, 65535, 'a port is a number from 0 to 65535') },
  host: { flag: '--host <host>', env: ['NIMBUS_HOST'], description: 'interface to bind', default: '127.0.0.1', parse: text },
  dataDir: { flag: '--data-dir <dir>', env: ['NIMBUS_DATA_DIR'], description: 'keep state in this folder across restarts (default: in memory)', default: undefined, parse: text },
  region: { flag: '--region <region>', env: ['NIMBUS_REGION', 'AWS_DEFAULT_REGION'], description: 'region for requests that do not name one', default: 'us-east-1', parse: text },
  account: {
    flag: '--account <id>',
    env: ['NIMBUS_ACCOUNT_ID'],
    description: 'account for access keys that are not a 12-digit account id (moto users expect 123456789012)',
    default: '000000000000',
    parse: (value) => {
      if (!/^\d{12}$/.test(value)) throw new SettingError(`an account id is 12 digits; got '${value}'`);
      return value;
    },
  },
  logLevel: {
    flag: '--log-level <level>',
    env: ['NIMBUS_LOG_LEVEL'],
    description: `one of ${LOG_LEVELS.join(', ')}`,
    default: 'info',
    parse: (value) => {
      if (!LOG_LEVELS.includes(value)) throw new SettingError(`one of ${LOG_LEVELS.join(', ')}; got '${value}'`);
      return value;
    },
  },
  logFormat: {
    flag: '--log-format <format>',
    env: ['NIMBUS_LOG_FORMAT'],
    description: 'pretty (a line a person reads), json (an object a line), or auto: pretty when stdout is a terminal',
    default: 'auto',
    parse: (value) => {
      if (!['auto', 'pretty', 'json'].includes(value)) throw new SettingError(`one of auto, pretty, json; got '${value}'`);
      return value;
    },
  },
  services: {
    flag: '--services <ids>',
    env: ['NIMBUS_SERVICES'],
    description: 'comma-separated services to serve (e.g. sqs,s3,dynamodb); the others answer as not available',
    default: [],
    parse: list,
  },
  initDir: {
    flag: '--init <dir>',
    env: ['NIMBUS_INIT_DIR'],
    description: 'run the scripts in this folder (*.sh, *.mjs, *.js, *.py, in name order; or its boot.d/start.d/ready.d) once the server is ready',
    default: undefined,
    parse: text,
  },
  load: { flag: '--load <file>', env: ['NIMBUS_LOAD'], description: 'start from the state saved in this file by `nimbus state save`', default: undefined, parse: text },
  strictInit: { flag: '--strict-init', env: ['NIMBUS_STRICT_INIT'], description: 'exit with an error when an init script fails', default: false, parse: flag },
  verifySignatures: { flag: '--verify-signatures', env: ['NIMBUS_VERIFY_SIGNATURES'], description: 'reject requests whose SigV4 signature is wrong', default: false, parse: flag },
  enforceIam: {
    flag: '--enforce-iam',
    env: ['NIMBUS_ENFORCE_IAM'],
    description: 'authorize every request as AWS would, with the IAM policies of the keys IAM and STS issued (root and default keys keep full access)',
    default: false,
    parse: flag,
  },
  secretAccessKey: { env: ['NIMBUS_SECRET_ACCESS_KEY'], description: 'the secret of every access key when signatures are verified', default: 'test', parse: text },
  maxBodyBytes: { flag: '--max-body-bytes <n>', env: ['NIMBUS_MAX_BODY_BYTES'], description: 'largest request body held in memory', default: 64 * 1024 * 1024, parse: integer(1024) },
  headersTimeoutMs: { flag: '--headers-timeout-ms <ms>', env: ['NIMBUS_HEADERS_TIMEOUT_MS'], description: "how long a client may take to send a request's headers", default: 60_000, parse: integer(100) },
  lambdaConcurrencyLimit: { flag: '--lambda-concurrency <n>', env: ['NIMBUS_LAMBDA_CONCURRENCY'], description: 'Lambda concurrent executions limit per account and region', default: 1000, parse: integer(1) },
  lambdaProvisionedMemoryMb: {
    flag: '--lambda-provisioned-memory-mb <mb>',
    env: ['NIMBUS_LAMBDA_PROVISIONED_MEMORY_MB'],
    description: 'memory (by MemorySize) that provisioned concurrency may keep warm as processes on this machine',
    default: Math.floor(totalmem() / 1_048_576 / 2),
    parse: integer(0),
  },
  lambdaNode: {
    flag: '--lambda-node <source>',
    env: ['NIMBUS_LAMBDA_NODE'],
    description: "auto: nodejs<N>.x functions run on Node.js N, fetched from the npm registry when this one differs; local: on this Node.js",
    default: 'auto',
    parse: (value) => {
      if (!['auto', 'local'].includes(value)) throw new SettingError(`one of auto, local; got '${value}'`);
      return value;
    },
  },
  corsOrigins: { flag: '--cors-origins <origins>', env: ['NIMBUS_CORS_ORIGINS'], description: "comma-separated origins whose web pages may call the AWS APIs ('*' for any)", default: [], parse: list },
  allowedHosts: {
    flag: '--allowed-hosts <names>',
    env: ['NIMBUS_ALLOWED_HOSTS'],
    description: "comma-separated host names answered besides IPs, localhost, *.localhost and this machine's name ('*' for any)",
    default: [],
    parse: list,
  },
  dynamodbStatusDelayMs: { flag: '--dynamodb-status-delay-ms <ms>', env: ['NIMBUS_DYNAMODB_STATUS_DELAY_MS'], description: 'how long DynamoDB tables and indexes stay CREATING/UPDATING', default: 0, parse: integer(0) },
  dynamodbItemCollectionLimitBytes: {
    flag: '--dynamodb-item-collection-limit-bytes <n>',
    env: ['NIMBUS_DYNAMODB_ITEM_COLLECTION_LIMIT_BYTES'],
    description: 'the item-collection limit of tables with local secondary indexes (AWS: 10 GB)',
    default: 10 * 1024 * 1024 * 1024,
    parse: integer(1),
  },
  dynamodbThrottling: {
    flag: '--dynamodb-throttling',
    env: ['NIMBUS_DYNAMODB_THROTTLING'],
    description: 'throttle DynamoDB tables as AWS does (provisioned capacity per partition with burst and adaptive capacity, on-demand maximums); one table: tag it nimbus:throttling=on',
    default: false,
    parse: flag,
  },
  kinesisThroughputLimits: {
    flag: '--kinesis-throughput-limits',
    env: ['NIMBUS_KINESIS_THROUGHPUT_LIMITS'],
    description: 'throttle Kinesis shards as AWS does (1 MiB/s or 1,000 records/s in, 2 MiB/s and 5 GetRecords/s out)',
    default: false,
    parse: flag,
  },
  kinesisStatusDelayMs: { flag: '--kinesis-status-delay-ms <ms>', env: ['NIMBUS_KINESIS_STATUS_DELAY_MS'], description: 'how long Kinesis streams and consumers stay CREATING/UPDATING/DELETING', default: 0, parse: integer(0) },
};

/**
 * The settings in force: each given option, else its environment variable, else `defaults`
 * (an entry point's own, such as the embedded default of a silent log), else the table's.
 */
export function resolveSettings(given: Partial<Settings> = {}, givenEnv: NodeJS.ProcessEnv = process.env, defaults: Partial<Settings> = {}): Settings {
  const env = withLocalStackEquivalents(givenEnv);
  const settings: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(SETTINGS) as Array<[keyof Settings, SettingSpec]>) {
    if (given[name] !== undefined) {
      settings[name] = given[name];
      continue;
    }
    const variable = spec.env.find((key) => env[key] !== undefined && env[key] !== '');
    if (variable !== undefined) {
      try {
        settings[name] = spec.parse(env[variable]!);
      } catch (error) {
        throw new SettingError(`${variable}: ${(error as Error).message}`);
      }
      continue;
    }
    settings[name] = defaults[name] !== undefined ? defaults[name] : spec.default;
  }
  return settings as unknown as Settings;
}

/** The account of a request: a 12-digit access key id is that account, any other key the default one. */
export function accountForAccessKey(accessKeyId: string | undefined, defaultAccount: string): string {
  return accessKeyId !== undefined && /^\d{12}$/.test(accessKeyId) ? accessKeyId : defaultAccount;
}

/**
 * The LocalStack variables users set most, read where they mean a Nimbus setting (a NIMBUS_
 * variable, when set, wins): GATEWAY_LISTEN ([host]:port, the first of a list) → host and port;
 * PERSISTENCE=1 → a data dir (.nimbus-data in the working folder); LOCALSTACK_HOST
 * (name[:port], the name LocalStack puts in URLs) → a host name answered, with its subdomains.
 * SERVICES → the services served.
 */
export function withLocalStackEquivalents(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const derived: NodeJS.ProcessEnv = {};
  const listen = env.GATEWAY_LISTEN?.split(',')[0]?.trim();
  if (listen) {
    const at = listen.lastIndexOf(':');
    const host = at < 0 ? '' : listen.slice(0, at).replace(/^\[(.*)\]$/, '$1');
    const port = at < 0 ? listen : listen.slice(at + 1);
    if (host) derived.NIMBUS_HOST = host;
    if (port) derived.NIMBUS_PORT = port;
  }
  if (env.SERVICES) derived.NIMBUS_SERVICES = env.SERVICES;
  if (env.PERSISTENCE && /^(1|true)$/i.test(env.PERSISTENCE)) derived.NIMBUS_DATA_DIR = '.nimbus-data';
  const localstackHost = env.LOCALSTACK_HOST?.trim();
  if (localstackHost) {
    const name = localstackHost.replace(/:\d+$/, '');
    derived.NIMBUS_ALLOWED_HOSTS = [env.NIMBUS_ALLOWED_HOSTS, name, `*.${name}`].filter(Boolean).join(',');
  }
  if (!Object.keys(derived).length) return env;
  const merged = { ...env };
  for (const [key, value] of Object.entries(derived)) if (key === 'NIMBUS_ALLOWED_HOSTS' || merged[key] === undefined || merged[key] === '') merged[key] = value;
  return merged;
}
