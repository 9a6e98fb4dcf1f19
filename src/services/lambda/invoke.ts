import { randomBytes, randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import type { Runtime } from '../../core/runtime.js';
import { functionArn, type FunctionRef } from './arns.js';
import type { CodeStore } from './code.js';
import { functionNotFound, invalidRuntime, recursiveInvocation, resourceNotFound, tooManyRequests } from './errors.js';
import type { InvocationResult } from './runtime/environment.js';
import type { EnvironmentPool, EnvironmentSpec } from './runtime/pool.js';
import type { SandboxMounts } from './runtime/sandbox.js';
import { SdkUnavailableError, type FunctionSdk } from './runtime/function-sdk.js';
import type { NodeDistributions } from './runtime/node-distributions.js';
import { cannotRun, findBootstrap, findPython, nodeMajor, pythonVersion, runtimeFamily } from './runtime/runtimes.js';
import type { FunctionDoc, LambdaState, VersionRecord } from './state.js';
import { executionRoleCredentials } from './execution-role.js';
import { checkRecursion } from './recursion.js';

/** What one invocation runs: the function, the version chosen (through an alias's weights) and the ARN the caller used. */
export interface Target {
  doc: FunctionDoc;
  record: VersionRecord;
  /** The qualifier the caller gave ('' for none). */
  qualifier: string;
  /** The version that runs: ExecutedVersion. */
  executedVersion: string;
  invokedArn: string;
}

export interface InvokeOptions {
  payload: Buffer;
  clientContext?: string;
  requestId?: string;
  tailLogs?: boolean;
  onChunk?: (chunk: Buffer) => void;
  /** Synchronous callers get TooManyRequestsException; async ones see `throttled`. */
  mode: 'sync' | 'async';
  /** The X-Ray header the request chain came with (X-Amzn-Trace-Id, an SQS message's AWSTraceHeader): its Lineage counts for recursive loop detection. */
  traceHeader?: string;
}

export interface InvokeOutcome {
  requestId: string;
  result: InvocationResult;
  executedVersion: string;
  /** Base64 of the last 4 KB of the invocation's log (LogType Tail). */
  logTail?: string;
  /** The trace header the function ran with (its Lineage counting this invocation): what its own calls carry on. */
  traceHeader?: string;
}

/** Where Nimbus's bootstraps and the SDK modules it lends functions live. */
export interface RuntimeFiles {
  nodeBootstrap: string;
  pythonBootstrap: string;
  runtimeDir: string;
  /** The ES module resolve hook node environments register to find the runtime's SDK. */
  sdkHook: string;
  /** The SDK each runtime ships: installed on first need, found through NODE_PATH and the hook. */
  sdk: FunctionSdk;
  /** The Node.js each nodejs<N>.x runtime runs on (fetched on first need). */
  nodes: NodeDistributions;
}

export interface InvocationReport {
  target: Target;
  requestId: string;
  result: InvocationResult;
  concurrent: number;
}

/**
 * Runs invocations: resolves the qualifier, counts concurrency, takes a warm
 * environment or starts one, hands it the event, and writes START/END/REPORT.
 */
export class Invoker {
  /** Reserved concurrency by account-region, then by function key. */
  readonly reservations = new Map<string, Map<string, number>>();
  private readonly specs = new Map<string, EnvironmentSpec>();

  constructor(
    private readonly runtime: Runtime,
    private readonly state: LambdaState,
    private readonly code: CodeStore,
    private readonly pool: EnvironmentPool,
    private readonly files: RuntimeFiles,
    private readonly hooks: {
      platformLog(spec: EnvironmentSpec['logTarget'], stream: string, lines: string[]): void;
      invoked(report: InvocationReport): void;
      throttled(target: Target): void;
      recursionStopped(target: Target): void;
    },
  ) {}

  get accountLimit(): number {
    return this.runtime.options.lambdaConcurrencyLimit ?? 1000;
  }

  /** The function and version a FunctionName/Qualifier pair names; aliases pick a version by weight. */
  target(ref: FunctionRef): Target {
    const doc = this.state.getFunction(ref.account, ref.region, ref.name);
    if (!doc) throw functionNotFound(functionArn(ref, ref.qualifier));
    const qualifier = ref.qualifier ?? '';
    if (qualifier === '' || qualifier === '$LATEST') {
      return { doc, record: doc.latest, qualifier, executedVersion: '$LATEST', invokedArn: functionArn(doc, qualifier || undefined) };
    }
    if (/^[0-9]+$/.test(qualifier)) {
      const record = doc.versions[qualifier];
      if (!record) throw functionNotFound(functionArn(doc, qualifier));
      return { doc, record, qualifier, executedVersion: qualifier, invokedArn: functionArn(doc, qualifier) };
    }
    const alias = doc.aliases[qualifier];
    if (!alias) throw functionNotFound(functionArn(doc, qualifier));
    let version = alias.functionVersion;
    if (alias.weights) {
      let roll = Math.random();
      for (const [extra, weight] of Object.entries(alias.weights)) {
        if (roll < weight) {
          version = extra;
          break;
        }
        roll -= weight;
      }
    }
    const record = version === '$LATEST' ? doc.latest : doc.versions[version];
    if (!record) throw resourceNotFound(`Function not found: ${functionArn(doc, version)}`);
    return { doc, record, qualifier, executedVersion: version, invokedArn: functionArn(doc, qualifier) };
  }

  /** Throws (sync) or reports (async: undefined) a throttle when concurrency is exhausted. */
  private admit(doc: FunctionDoc): 'ok' | ReturnType<typeof tooManyRequests> {
    const functionKey = keyOf(doc);
    const accountRegion = `${doc.account}/${doc.region}`;
    const reserved = doc.reservedConcurrency;
    if (reserved !== undefined) {
      if (this.pool.inFlight(functionKey) >= reserved) return tooManyRequests('ReservedFunctionConcurrentInvocationLimitExceeded');
      return 'ok';
    }
    const reservations = this.reservations.get(accountRegion);
    let reservedTotal = 0;
    let reservedInFlight = 0;
    if (reservations) {
      for (const [key, value] of reservations) {
        reservedTotal += value;
        reservedInFlight += Math.min(value, this.pool.inFlight(key));
      }
    }
    const unreservedInFlight = this.pool.inFlightAccount(accountRegion) - reservedInFlight;
    if (unreservedInFlight >= this.accountLimit - reservedTotal) return tooManyRequests('ConcurrentInvocationLimitExceeded');
    return 'ok';
  }

  /** Runs one invocation to its end. Throws TooManyRequestsException when throttled. */
  async invoke(target: Target, options: InvokeOptions): Promise<InvokeOutcome> {
    const { doc, record } = target;
    const config = record.config;
    if (config.packageType === 'Image') throw invalidRuntime('Nimbus cannot run container image functions: no container engine is reachable.');
    const runtimeName = config.runtime ?? '';
    const family = runtimeFamily(runtimeName);
    if (!family) throw invalidRuntime(cannotRun(runtimeName));
    // A chain that already ran this function 16 times stops here (recursion.ts), before it takes any concurrency.
    const recursion = checkRecursion({ functionArn: functionArn(doc), recursiveLoop: doc.recursiveLoop, incoming: options.traceHeader, sampled: config.tracingMode === 'Active', nowMs: this.runtime.clock.now() });
    if (recursion.stop) {
      this.hooks.recursionStopped(target);
      throw recursiveInvocation();
    }
    const admitted = this.admit(doc);
    if (admitted !== 'ok') {
      this.hooks.throttled(target);
      throw admitted;
    }
    const requestId = options.requestId ?? randomUUID();
    // What the code needs from the runtime's SDK is known (and installed) before its launch plan is made.
    try {
      await this.prepareSdk(target, family);
    } catch (error) {
      if (!(error instanceof SdkUnavailableError)) throw error;
      return this.sdkUnavailable(target, requestId, error, options);
    }
    // --enforce-iam: the execution role's credentials, renewed before they expire, go into the environment.
    await executionRoleCredentials(this.runtime).prepare(doc, config.role);
    const spec = this.spec(target, family, 'on-demand');
    this.pool.reserve(spec);
    let concurrent = this.pool.inFlight(spec.functionKey);
    let result: InvocationResult;
    let stream = '';
    try {
      const { env, cold } = await this.pool.acquire(spec);
      stream = env.logStream;
      const start = `START RequestId: ${requestId} Version: ${target.executedVersion}`;
      this.hooks.platformLog(spec.logTarget, stream, cold ? [this.initLine(runtimeName, family), start] : [start]);
      concurrent = this.pool.inFlight(spec.functionKey);
      try {
        result = await env.invoke({
          requestId,
          payload: options.payload.length ? options.payload : Buffer.from('{}'),
          invokedArn: target.invokedArn,
          clientContext: options.clientContext,
          traceId: recursion.traceHeader,
          onChunk: options.onChunk,
        });
      } finally {
        this.pool.release(env);
      }
    } finally {
      this.pool.unreserve(spec);
    }
    const lines = this.reportLines(target, requestId, result);
    this.hooks.platformLog(spec.logTarget, stream, lines.platform);
    this.hooks.invoked({ target, requestId, result, concurrent });
    const outcome: InvokeOutcome = { requestId, result, executedVersion: target.executedVersion, traceHeader: recursion.traceHeader };
    if (options.tailLogs) outcome.logTail = tail(lines.all.join('\n') + '\n');
    return outcome;
  }

  /** The SDK the function's code needs from its runtime, there before its environment starts (the first time, an install). */
  private async prepareSdk(target: Target, family: 'nodejs' | 'python' | 'provided'): Promise<void> {
    const config = target.record.config;
    const taskRoot = this.code.taskRoot(config.code);
    const optRoot = this.code.optRoot(config.layers.map((layer) => layer.code));
    // The Node.js the runtime names is settled (fetched, the first time) before its environment is planned.
    if (family === 'nodejs') await this.files.nodes.ensure(config.runtime!);
    return this.files.sdk.prepare(config.runtime!, family, taskRoot, optRoot, family === 'python' ? findPython(config.runtime!) : undefined);
  }

  /** The first line of a new environment's log: which runtime it started and what runs it. */
  private initLine(runtimeName: string, family: 'nodejs' | 'python' | 'provided'): string {
    if (family === 'nodejs') {
      const node = this.files.nodes.chosenFor(runtimeName);
      return `INIT_START Runtime Version: ${runtimeName} on Node.js ${node?.version ?? process.version} (${node?.origin ?? 'the local Node.js'})`;
    }
    if (family === 'python') {
      const python = findPython(runtimeName);
      return `INIT_START Runtime Version: ${runtimeName} on ${python ? `${pythonVersion(python)} (${python})` : 'no Python'}`;
    }
    return `INIT_START Runtime Version: ${runtimeName}`;
  }

  /** Why the SDK a version's code needs cannot be there (undefined once it is): provisioned environments wait for this. */
  async sdkProblem(target: Target): Promise<string | undefined> {
    const family = runtimeFamily(target.record.config.runtime ?? '');
    if (!family || target.record.config.packageType === 'Image') return undefined;
    try {
      await this.prepareSdk(target, family);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  /** The invocation fails as a missing module fails on AWS (Runtime.ImportModuleError), saying what Nimbus could not install. */
  private sdkUnavailable(target: Target, requestId: string, error: SdkUnavailableError, options: InvokeOptions): InvokeOutcome {
    this.runtime.log.warn({ function: target.doc.name, err: error.message }, 'lambda: the runtime SDK a function needs is unavailable');
    const payload = Buffer.from(JSON.stringify({ errorType: error.errorType, errorMessage: error.message, trace: [] }));
    const result: InvocationResult = { ok: false, payload, errorType: error.errorType, status: 'error', durationMs: 0, maxMemoryMb: 0, logs: [], streamed: false };
    this.hooks.invoked({ target, requestId, result, concurrent: 0 });
    const outcome: InvokeOutcome = { requestId, result, executedVersion: target.executedVersion };
    if (options.tailLogs) outcome.logTail = tail(`${error.errorType}: ${error.message}\n`);
    return outcome;
  }

  /** How provisioned environments of this version start (AWS_LAMBDA_INITIALIZATION_TYPE provisioned-concurrency); throws when it cannot run here. */
  provisionedSpec(target: Target): EnvironmentSpec {
    const runtimeName = target.record.config.runtime ?? '';
    const family = runtimeFamily(runtimeName);
    if (target.record.config.packageType === 'Image') throw invalidRuntime('Nimbus cannot run container image functions: no container engine is reachable.');
    if (!family) throw invalidRuntime(cannotRun(runtimeName));
    return this.spec(target, family, 'provisioned-concurrency');
  }

  /** Pool key of a version: environments are reused only while the version is unchanged. */
  poolKeyOf(doc: FunctionDoc, record: VersionRecord): string {
    return `${keyOf(doc)}#${record.version}#${record.generation}${executionRoleCredentials(this.runtime).generation(doc)}`;
  }

  private spec(target: Target, family: 'nodejs' | 'python' | 'provided', initType: string): EnvironmentSpec {
    const cacheKey = `${this.poolKeyOf(target.doc, target.record)}#${initType}`;
    let spec = this.specs.get(cacheKey);
    if (!spec) {
      spec = this.buildSpec(target, family, initType);
      this.specs.set(cacheKey, spec);
    }
    return spec;
  }

  /** Forgets launch plans of a function's old generations. */
  forget(prefix: string): void {
    for (const key of this.specs.keys()) if (key.startsWith(prefix)) this.specs.delete(key);
  }

  private buildSpec(target: Target, family: 'nodejs' | 'python' | 'provided', initType: string): EnvironmentSpec {
    const { doc, record } = target;
    const config = record.config;
    const taskRoot = this.code.taskRoot(config.code);
    const layerCodes = config.layers.map((layer) => layer.code);
    const optRoot = this.code.optRoot(layerCodes);
    const runtimeName = config.runtime!;
    const logGroup = `/aws/lambda/${doc.name}`;
    const host = process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
    const env: Record<string, string> = {
      PATH: optRoot ? `${join(optRoot, 'bin')}:${host}` : host,
      LANG: 'en_US.UTF-8',
      TZ: ':UTC',
    };
    if (optRoot) env.LD_LIBRARY_PATH = join(optRoot, 'lib');
    if (family === 'nodejs') {
      const major = nodeMajor(runtimeName);
      env.NODE_PATH = [
        optRoot && join(optRoot, 'nodejs', `node${major}`, 'node_modules'),
        optRoot && join(optRoot, 'nodejs', 'node_modules'),
        join(this.files.sdk.nodeDir(runtimeName), 'node_modules'),
        taskRoot,
      ]
        .filter(Boolean)
        .join(':');
      env.AWS_NODEJS_CONNECTION_REUSE_ENABLED = '1';
    }
    if (family === 'python') {
      env.PYTHONUNBUFFERED = '1';
      env.PYTHONDONTWRITEBYTECODE = '1';
      if (optRoot) env.PYTHONPATH = [join(optRoot, 'python', 'lib', runtimeName, 'site-packages'), join(optRoot, 'python')].join(':');
    }
    Object.assign(env, config.environment ?? {});
    Object.assign(env, {
      _HANDLER: config.handler ?? '',
      AWS_EXECUTION_ENV: `AWS_Lambda_${runtimeName}`,
      AWS_LAMBDA_FUNCTION_NAME: doc.name,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memorySize),
      AWS_LAMBDA_FUNCTION_VERSION: record.version,
      AWS_LAMBDA_INITIALIZATION_TYPE: initType,
      AWS_LAMBDA_LOG_GROUP_NAME: logGroup,
      AWS_REGION: doc.region,
      AWS_DEFAULT_REGION: doc.region,
      AWS_ACCESS_KEY_ID: doc.account,
      // Nimbus's own secret only where signatures are checked (the function's calls must pass); else a stand-in.
      AWS_SECRET_ACCESS_KEY: this.runtime.options.verifySignatures ? this.runtime.options.secretAccessKey : FUNCTION_SECRET_STAND_IN,
      AWS_SESSION_TOKEN: `nimbus-lambda-${doc.name}`,
      LAMBDA_TASK_ROOT: taskRoot,
      LAMBDA_RUNTIME_DIR: this.files.runtimeDir,
      AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
      AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
    });
    Object.assign(env, executionRoleCredentials(this.runtime).environment(doc));
    if (!config.environment?.AWS_ENDPOINT_URL) env.AWS_ENDPOINT_URL = this.runtime.endpoint;

    let command: string;
    let args: string[];
    if (family === 'nodejs') {
      command = this.files.nodes.chosenFor(runtimeName)?.command ?? process.execPath;
      args = [`--max-old-space-size=${Math.max(16, Math.floor(config.memorySize * 0.9))}`, this.files.nodeBootstrap];
      // The resolve hook costs a start a fifth of a second: only code that imports the runtime's SDK gets it (or code not read yet).
      const needs = this.files.sdk.knownNeeds('nodejs', taskRoot, optRoot);
      if (!needs || needs.node.length) args.push(this.files.sdk.nodeDir(runtimeName), this.files.sdkHook);
    } else if (family === 'python') {
      const python = findPython(runtimeName);
      if (!python) throw invalidRuntime(`The ${runtimeName} runtime needs a local Python 3 interpreter (${runtimeName} or python3 on the PATH), and Nimbus found none. Install Python 3 to run Python functions.`);
      command = python;
      args = [this.files.pythonBootstrap];
    } else {
      const bootstrap = findBootstrap(taskRoot, optRoot);
      if (!bootstrap) throw invalidRuntime(`Couldn't find valid bootstrap(s): [${join(taskRoot, 'bootstrap')}${optRoot ? ` ${join(optRoot, 'bootstrap')}` : ''}]`);
      command = bootstrap;
      args = [];
    }
    return {
      poolKey: this.poolKeyOf(doc, record),
      functionKey: keyOf(doc),
      accountRegion: `${doc.account}/${doc.region}`,
      logStreamVersion: record.version,
      logTarget: { account: doc.account, region: doc.region, group: logGroup },
      plan: { command, args, cwd: taskRoot, env, tmpDir: () => this.runtime.scratch.dir('lambda-tmp'), mounts: this.sandboxMounts(taskRoot, optRoot, runtimeName, config.ephemeralStorage), memoryMb: config.memorySize, timeoutSec: config.timeout, endMarker: family !== 'provided' },
    };
  }

  /**
   * What a sandboxed function must not see: Nimbus's data (the store, every function's code and
   * zips, S3's objects). It keeps its own code, its layers and the runtime files, read-only.
   */
  private sandboxMounts(taskRoot: string, optRoot: string | undefined, runtimeName: string, ephemeralMb: number): SandboxMounts {
    const lambdaRoot = dirname(this.files.runtimeDir);
    const dataRoot = resolve(this.runtime.options.dataDir ?? dirname(lambdaRoot));
    // A Node.js fetched for the runtime stays in sight (its cache may be under /tmp, which becomes the environment's).
    const node = runtimeName.startsWith('nodejs') ? this.files.nodes.chosenFor(runtimeName)?.command : undefined;
    const fetchedNode = node && node !== process.execPath ? dirname(node) : undefined;
    const keep = [taskRoot, optRoot, this.files.runtimeDir, this.files.sdk.root, fetchedNode].filter((path): path is string => Boolean(path));
    return { hide: [dataRoot], base: lambdaRoot, keep, opt: optRoot, tmpSizeMb: ephemeralMb };
  }

  private reportLines(target: Target, requestId: string, result: InvocationResult): { platform: string[]; all: string[] } {
    const config = target.record.config;
    const start = `START RequestId: ${requestId} Version: ${target.executedVersion}`;
    const end = `END RequestId: ${requestId}`;
    let report =
      `REPORT RequestId: ${requestId}\tDuration: ${result.durationMs.toFixed(2)} ms\tBilled Duration: ${Math.max(1, Math.ceil(result.durationMs))} ms\t` +
      `Memory Size: ${config.memorySize} MB\tMax Memory Used: ${result.maxMemoryMb} MB\t`;
    if (result.initDurationMs !== undefined) report += `Init Duration: ${result.initDurationMs.toFixed(2)} ms\t`;
    if (result.status === 'timeout') report += 'Status: timeout';
    else if (result.platformLine && result.errorType) report += `Status: error\tError Type: ${result.errorType}`;
    const platform = [...(result.platformLine ? [result.platformLine] : []), end, report];
    return { platform, all: [start, ...result.logs, ...platform] };
  }
}

/** What functions hold as their secret key while Nimbus checks no signatures: shaped like one, worth nothing. */
const FUNCTION_SECRET_STAND_IN = randomBytes(30).toString('base64');

export function keyOf(doc: { account: string; region: string; name: string }): string {
  return `${doc.account}/${doc.region}/${doc.name}`;
}

function tail(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return (bytes.length > 4096 ? bytes.subarray(bytes.length - 4096) : bytes).toString('base64');
}
