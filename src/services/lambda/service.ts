import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { lstatSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestContext } from '../../core/context.js';
import { sameSecret } from '../../core/secrets.js';
import type { Logger } from '../../core/logger.js';
import type { Runtime } from '../../core/runtime.js';
import { functionArn, parseFunctionName, type FunctionRef } from './arns.js';
import { CodeStore, optKey } from './code.js';
import { functionNotFound, invalidParameter, preconditionFailed } from './errors.js';
import { Invoker, keyOf, type InvocationReport, type RuntimeFiles, type Target } from './invoke.js';
import { LambdaLogs } from './logs.js';
import { LambdaMetrics } from './metrics.js';
import { defaultSdkCacheRoot, FunctionSdk, SDK_RESOLVE_HOOK } from './runtime/function-sdk.js';
import { NodeDistributions, type NodeSource } from './runtime/node-distributions.js';
import { NODE_BOOTSTRAP } from './runtime/node-bootstrap.js';
import { EnvironmentPool } from './runtime/pool.js';
import { PYTHON_BOOTSTRAP } from './runtime/python-bootstrap.js';
import { ProvisionedConcurrency } from './provisioned-concurrency.js';
import { LambdaState, type FunctionDoc, type VersionRecord } from './state.js';

/** What every Lambda operation module shares: storage, code, environments, the invoker, logs and metrics. */
export class LambdaService {
  readonly state: LambdaState;
  readonly code: CodeStore;
  readonly pool: EnvironmentPool;
  readonly invoker: Invoker;
  readonly logs: LambdaLogs;
  readonly metrics: LambdaMetrics;
  readonly files: RuntimeFiles;
  readonly provisioned: ProvisionedConcurrency;
  /** Signs code download URLs (GetFunction's Code.Location). */
  private readonly urlSecret = randomBytes(32);
  /** Callbacks other modules register for finished invocations (async destinations). */
  readonly reports: Array<(report: InvocationReport) => void> = [];

  constructor(readonly runtime: Runtime) {
    this.state = new LambdaState(runtime.store);
    const root = runtime.store.blobDir('lambda');
    this.code = new CodeStore(root);
    // What a crash or an old version left behind goes before anything is written.
    this.code.reclaim({ code: this.state.referencedCode(), opt: referencedOptFolders(this.state.allFunctions()) });
    this.files = prepareRuntimeFiles(root, this.code.tasksDir, runtime.log, runtime.options.lambdaNode ?? 'auto');
    this.logs = new LambdaLogs(runtime);
    this.metrics = new LambdaMetrics(runtime);
    this.pool = new EnvironmentPool(runtime.clock, runtime.log, {
      log: (_env, spec, message) => this.logs.write(spec.logTarget, _env.logStream, [message]),
      logStreamName: (version) => {
        const day = new Date(runtime.clock.now()).toISOString().slice(0, 10).replaceAll('-', '/');
        return `${day}/[${version}]${randomBytes(16).toString('hex')}`;
      },
    });
    this.invoker = new Invoker(runtime, this.state, this.code, this.pool, this.files, {
      platformLog: (target, stream, lines) => this.logs.write(target, stream, lines),
      invoked: (report) => {
        this.metrics.invocation(report);
        for (const listener of this.reports) listener(report);
      },
      throttled: (target) => this.metrics.throttle(target),
      recursionStopped: (target) => this.metrics.recursionStopped(target),
    });
    this.provisioned = new ProvisionedConcurrency(this.pool, runtime.log, runtime.options.lambdaProvisionedMemoryMb);
    this.resumeProvisioned();
    for (const doc of this.state.allFunctions()) if (doc.reservedConcurrency !== undefined) this.setReservation(doc, doc.reservedConcurrency);
  }

  /** Provisioned concurrency the store kept across a restart starts again, in the background, as on AWS it never stopped. */
  private resumeProvisioned(): void {
    for (const doc of this.state.allFunctions()) {
      for (const [qualifier, record] of Object.entries(doc.provisioned)) {
        let target: Target;
        try {
          target = this.invoker.target({ account: doc.account, region: doc.region, name: doc.name, qualifier });
        } catch {
          continue;
        }
        this.provision(doc, qualifier, target, record.requested);
      }
    }
  }

  /** Starts a provisioned concurrency config's environments once the SDK its code needs is there (a first install runs before). */
  provision(doc: FunctionDoc, qualifier: string, target: Target, requested: number): void {
    const ready = this.invoker.sdkProblem(target);
    this.provisioned.allocate(provisionedKey(doc, qualifier), () => this.invoker.provisionedSpec(target), target.record.config.memorySize, requested, ready);
  }

  ref(context: RequestContext, name: string, qualifier?: string, options?: { allowQualifier?: boolean }): FunctionRef {
    return parseFunctionName(name, context, qualifier, options);
  }

  /** The function a FunctionName names, or ResourceNotFoundException as AWS words it. */
  requireFunction(ref: FunctionRef): FunctionDoc {
    const doc = this.state.getFunction(ref.account, ref.region, ref.name);
    if (!doc) throw functionNotFound(functionArn(ref));
    return doc;
  }

  /** A version record by qualifier ($LATEST, a number or an alias): for configuration reads. */
  requireVersion(doc: FunctionDoc, qualifier: string | undefined): VersionRecord {
    if (!qualifier || qualifier === '$LATEST') return doc.latest;
    if (/^[0-9]+$/.test(qualifier)) {
      const record = doc.versions[qualifier];
      if (!record) throw functionNotFound(functionArn(doc, qualifier));
      return record;
    }
    const alias = doc.aliases[qualifier];
    if (!alias) throw functionNotFound(functionArn(doc, qualifier));
    return alias.functionVersion === '$LATEST' ? doc.latest : doc.versions[alias.functionVersion];
  }

  target(ref: FunctionRef): Target {
    return this.invoker.target(ref);
  }

  checkRevision(expected: string | undefined, actual: string): void {
    if (expected !== undefined && expected !== actual) throw preconditionFailed();
  }

  save(doc: FunctionDoc): void {
    this.state.saveFunction(doc);
  }

  /** Stops the warm environments of a function's versions that changed (or all of them), provisioned ones too. */
  retire(doc: { account: string; region: string; name: string }, version?: string): void {
    const prefix = version === undefined ? `${keyOf(doc)}#` : `${keyOf(doc)}#${version}#`;
    if (version === undefined) this.provisioned.releaseAll(`${keyOf(doc)}:`);
    else this.provisioned.release(provisionedKey(doc, version));
    this.pool.retire(prefix);
    this.invoker.forget(prefix);
  }

  setReservation(doc: FunctionDoc, value: number | undefined): void {
    const accountRegion = `${doc.account}/${doc.region}`;
    const map = this.invoker.reservations.get(accountRegion) ?? new Map<string, number>();
    if (value === undefined) map.delete(keyOf(doc));
    else map.set(keyOf(doc), value);
    this.invoker.reservations.set(accountRegion, map);
  }

  reservedTotal(account: string, region: string, except?: string): number {
    let total = 0;
    for (const [key, value] of this.invoker.reservations.get(`${account}/${region}`) ?? []) if (key !== except) total += value;
    return total;
  }

  newRevision(): string {
    return randomUUID();
  }

  /** A time-limited URL on Nimbus itself that downloads a stored zip (GetFunction's Code.Location). */
  codeUrl(context: RequestContext, hex: string, kind: 'functions' | 'layers', name: string): string {
    const expires = Math.floor(this.runtime.clock.now() / 1000) + 600;
    const signature = this.sign(`${hex}/${expires}`);
    return `http://${context.host}/2015-03-31/${kind}/${encodeURIComponent(name)}/code-location/${hex}?expires=${expires}&signature=${signature}`;
  }

  verifyCodeUrl(hex: string, expires: string, signature: string): boolean {
    const epoch = Number(expires);
    if (!Number.isFinite(epoch) || epoch * 1000 < this.runtime.clock.now()) return false;
    return sameSecret(signature, this.sign(`${hex}/${expires}`));
  }

  private sign(text: string): string {
    return createHmac('sha256', this.urlSecret).update(text).digest('hex');
  }

  close(): void {
    this.pool.close();
    this.logs.close();
    this.metrics.close();
  }
}

/**
 * Writes the bootstraps (and the Node.js SDK resolve hook) where environments can run them,
 * and sets up the SDK functions' runtimes ship (runtime/function-sdk.ts). Nimbus's own
 * node_modules is not lent to functions: a link an earlier Nimbus left for that goes.
 */
function prepareRuntimeFiles(root: string, tasksDir: string, log: Logger, nodeSource: NodeSource): RuntimeFiles {
  const runtimeDir = join(root, 'runtime');
  mkdirSync(runtimeDir, { recursive: true });
  const nodeBootstrap = join(runtimeDir, 'index.mjs');
  const pythonBootstrap = join(runtimeDir, 'bootstrap.py');
  const sdkHook = join(runtimeDir, 'sdk-resolve.mjs');
  writeFileSync(nodeBootstrap, NODE_BOOTSTRAP);
  writeFileSync(pythonBootstrap, PYTHON_BOOTSTRAP);
  writeFileSync(sdkHook, SDK_RESOLVE_HOOK);
  const staleLink = join(tasksDir, 'node_modules', '@aws-sdk');
  try {
    if (lstatSync(staleLink).isSymbolicLink()) unlinkSync(staleLink);
  } catch {
    // none
  }
  return { nodeBootstrap, pythonBootstrap, runtimeDir, sdkHook, sdk: new FunctionSdk(defaultSdkCacheRoot(), log), nodes: new NodeDistributions(log, nodeSource) };
}

/** The /opt folders functions' versions use (their layers' code, in order). */
function referencedOptFolders(docs: FunctionDoc[]): Set<string> {
  const used = new Set<string>();
  for (const doc of docs) {
    for (const record of [doc.latest, ...Object.values(doc.versions)]) {
      const layers = record.config.layers;
      if (layers.length) used.add(optKey(layers.map((layer) => layer.code)));
    }
  }
  return used;
}

/** A provisioned concurrency config's key: the function and the qualifier (version or alias) it was put on. */
export function provisionedKey(doc: { account: string; region: string; name: string }, qualifier: string): string {
  return `${keyOf(doc)}:${qualifier}`;
}

