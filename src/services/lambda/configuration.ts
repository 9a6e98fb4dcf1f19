import { createHash } from 'node:crypto';
import type * as L from '../../generated/lambda.js';
import { functionArn, runtimeVersionArn } from './arns.js';
import { describeDurableConfig } from './durable/durable-config.js';
import { invalidParameter, validationError } from './errors.js';
import { SUPPORTED_RUNTIMES } from './runtime/runtimes.js';
import type { FunctionDoc, VersionConfig, VersionRecord } from './state.js';

export const DEFAULT_TIMEOUT = 3;
export const DEFAULT_MEMORY = 128;
export const MAX_MEMORY = 10_240;
export const MAX_TIMEOUT = 900;
const MAX_ENVIRONMENT_BYTES = 4096;
export const MAX_LAYERS = 5;

/** Environment variables Lambda sets itself and does not let a function override. */
const RESERVED_VARIABLES = [
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
];

const DEPRECATED_RUNTIMES = new Set([
  'nodejs', 'nodejs4.3', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x', 'nodejs16.x', 'nodejs4.3-edge',
  'java8', 'python2.7', 'python3.6', 'python3.7', 'python3.8', 'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1',
  'dotnet6', 'go1.x', 'ruby2.5', 'ruby2.7', 'provided',
]);

export function checkRuntime(runtime: string | undefined, packageType: string): void {
  if (packageType === 'Image') return;
  if (!runtime) throw invalidParameter('Runtime and Handler are mandatory parameters for functions created with deployment packages.');
  if (DEPRECATED_RUNTIMES.has(runtime)) {
    throw invalidParameter(
      `The runtime parameter of ${runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.`,
    );
  }
  if (!SUPPORTED_RUNTIMES.includes(runtime)) {
    throw invalidParameter(`Value ${runtime} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [${SUPPORTED_RUNTIMES.join(', ')}] or be a valid ARN`);
  }
}

export function checkMemory(memory: number | undefined): void {
  if (memory !== undefined && memory > MAX_MEMORY) validationFail(memory, 'memorySize', `Member must have value less than or equal to ${MAX_MEMORY}`);
}

export function checkTimeout(timeout: number | undefined): void {
  if (timeout !== undefined && timeout > MAX_TIMEOUT) validationFail(timeout, 'timeout', `Member must have value less than or equal to ${MAX_TIMEOUT}`);
}

function validationFail(value: unknown, member: string, constraint: string): never {
  throw validationError(value, member, constraint);
}

export function checkEnvironment(variables: Record<string, string> | undefined): void {
  if (!variables) return;
  const reserved = Object.keys(variables).filter((key) => RESERVED_VARIABLES.includes(key));
  if (reserved.length) {
    throw invalidParameter(
      `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(', ')}`,
    );
  }
  const measured = JSON.stringify(variables);
  if (Buffer.byteLength(measured) > MAX_ENVIRONMENT_BYTES) {
    throw invalidParameter(
      `Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${measured}`,
    );
  }
}

/** AWS's LastModified: 2024-01-02T03:04:05.678+0000. */
export function lastModifiedText(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '+0000');
}

/** What PublishVersion compares to decide whether anything changed since the last version. */
export function configHash(config: VersionConfig): string {
  const { lastModified, revisionId, code, ...rest } = config;
  void lastModified;
  void revisionId;
  return createHash('sha256').update(JSON.stringify({ rest, code: code.sha256 })).digest('hex');
}

/** A version as FunctionConfiguration reports it. */
export function describeVersion(doc: FunctionDoc, record: VersionRecord, options: { qualifiedArn?: boolean } = {}): L.FunctionConfiguration {
  const config = record.config;
  const qualified = record.version !== '$LATEST' || options.qualifiedArn;
  const out: L.FunctionConfiguration = {
    FunctionName: doc.name,
    FunctionArn: functionArn(doc, qualified ? record.version : undefined),
    Runtime: config.runtime as L.FunctionConfiguration['Runtime'],
    Role: config.role,
    Handler: config.handler,
    CodeSize: config.code.size,
    Description: config.description,
    Timeout: config.timeout,
    MemorySize: config.memorySize,
    LastModified: lastModifiedText(config.lastModified),
    CodeSha256: config.code.sha256,
    Version: record.version,
    TracingConfig: { Mode: config.tracingMode as 'Active' | 'PassThrough' },
    RevisionId: config.revisionId,
    State: 'Active',
    LastUpdateStatus: 'Successful',
    PackageType: config.packageType,
    Architectures: config.architectures as Array<'x86_64' | 'arm64'>,
    EphemeralStorage: { Size: config.ephemeralStorage },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${doc.name}`, ...(config.loggingConfig ?? {}) } as L.LoggingConfig,
  };
  if (config.runtime) out.RuntimeVersionConfig = { RuntimeVersionArn: runtimeVersionArn(doc.region, createHash('sha256').update(config.runtime).digest('hex')) };
  if (config.environment) out.Environment = { Variables: { ...config.environment } };
  if (config.layers.length) out.Layers = config.layers.map((layer) => ({ Arn: layer.arn, CodeSize: layer.codeSize }));
  if (config.deadLetterTargetArn) out.DeadLetterConfig = { TargetArn: config.deadLetterTargetArn };
  if (config.kmsKeyArn) out.KMSKeyArn = config.kmsKeyArn;
  if (config.vpcConfig) out.VpcConfig = { ...config.vpcConfig, VpcId: '' } as L.VpcConfigResponse;
  if (config.fileSystemConfigs) out.FileSystemConfigs = config.fileSystemConfigs as unknown as L.FileSystemConfig[];
  if (config.durableConfig) out.DurableConfig = describeDurableConfig(config.durableConfig);
  if (config.capacityProviderConfig) out.CapacityProviderConfig = structuredClone(config.capacityProviderConfig) as L.CapacityProviderConfig;
  return out;
}
