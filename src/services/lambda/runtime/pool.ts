import type { Clock } from '../../../core/clock.js';
import type { Logger } from '../../../core/logger.js';
import { WorkSlices } from '../../../core/work-slices.js';
import { Environment, type LaunchPlan } from './environment.js';

/** How long an idle environment stays warm before it is reaped (clock time). */
export const IDLE_REAP_MS = 5 * 60_000;

export interface EnvironmentSpec {
  /** Environments are reused only for the same function, version and generation. */
  poolKey: string;
  /** account/region/name: concurrency is counted per function and per account-region. */
  functionKey: string;
  accountRegion: string;
  logStreamVersion: string;
  /** Where the environment's logs go: /aws/lambda/<name> of this account and region. */
  logTarget: { account: string; region: string; group: string };
  plan: LaunchPlan;
}

export interface PoolHooks {
  log(env: Environment, spec: EnvironmentSpec, message: string): void;
  logStreamName(version: string): string;
}

/**
 * The execution environments: created on demand (cold start), reused while warm,
 * reaped after idling, kept warm when provisioned. Counts concurrency.
 */
export class EnvironmentPool {
  private readonly idle = new Map<string, Environment[]>();
  private readonly all = new Set<Environment>();
  private readonly inFlightByFunction = new Map<string, number>();
  private readonly inFlightByAccount = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly hooks: PoolHooks,
  ) {}

  inFlight(functionKey: string): number {
    return this.inFlightByFunction.get(functionKey) ?? 0;
  }

  inFlightAccount(accountRegion: string): number {
    return this.inFlightByAccount.get(accountRegion) ?? 0;
  }

  /** Counts an invocation against concurrency until release(). */
  reserve(spec: Pick<EnvironmentSpec, 'functionKey' | 'accountRegion'>): void {
    this.inFlightByFunction.set(spec.functionKey, this.inFlight(spec.functionKey) + 1);
    this.inFlightByAccount.set(spec.accountRegion, this.inFlightAccount(spec.accountRegion) + 1);
  }

  unreserve(spec: Pick<EnvironmentSpec, 'functionKey' | 'accountRegion'>): void {
    this.inFlightByFunction.set(spec.functionKey, Math.max(0, this.inFlight(spec.functionKey) - 1));
    this.inFlightByAccount.set(spec.accountRegion, Math.max(0, this.inFlightAccount(spec.accountRegion) - 1));
  }

  /** A warm environment for this spec (provisioned first), or a new one (a cold start). */
  async acquire(spec: EnvironmentSpec): Promise<{ env: Environment; cold: boolean }> {
    if (this.closed) throw new Error('Lambda is shutting down');
    const list = this.idle.get(spec.poolKey);
    if (list?.length) {
      list.sort((a, b) => Number(b.provisioned) - Number(a.provisioned));
      while (list.length) {
        const env = list.shift()!;
        if (!env.usable) continue;
        env.idleTimer?.cancel();
        env.idleTimer = undefined;
        env.state = 'busy';
        return { env, cold: false };
      }
    }
    const env = await this.create(spec);
    env.state = 'busy';
    return { env, cold: true };
  }

  /** Back to the pool (warm) after an invocation; reaped after IDLE_REAP_MS unless provisioned. */
  release(env: Environment): void {
    if (!env.usable || this.closed) {
      env.kill();
      return;
    }
    env.markIdle();
    const list = this.idle.get(env.poolKey) ?? [];
    list.push(env);
    this.idle.set(env.poolKey, list);
    if (!env.provisioned) {
      env.idleTimer = this.clock.setTimeout(() => {
        if (env.state === 'idle') env.kill();
      }, IDLE_REAP_MS);
    }
  }

  /**
   * Starts one environment kept warm for this spec, counted for `owner` (a provisioned
   * concurrency config). Resolves once its process is spawned; `env.ready()` tells when it
   * has initialised. Idle once ready, never reaped.
   */
  async startProvisioned(spec: EnvironmentSpec, owner: string): Promise<Environment> {
    const env = await this.create(spec);
    env.provisioned = true;
    env.provisionedFor = owner;
    env.ready().then((ok) => {
      if (ok && env.state === 'idle') this.release(env);
    });
    return env;
  }

  /** Live environments started for a provisioned concurrency config. */
  provisionedFor(owner: string): Environment[] {
    return [...this.all].filter((env) => env.provisionedFor === owner && env.provisioned && env.usable);
  }

  /**
   * Stops environments whose pool key starts with the prefix (a function updated or deleted), or
   * those given. Busy ones finish first. None is handed out again from now on; the processes end
   * in slices, so a hundred of them never hold the event loop at once.
   */
  retire(prefix: string | Environment[]): void {
    const victims = typeof prefix === 'string' ? [...this.all].filter((env) => env.poolKey.startsWith(prefix)) : prefix;
    const ending: Environment[] = [];
    for (const env of victims) {
      env.provisioned = false;
      env.provisionedFor = undefined;
      if (env.state === 'busy') continue;
      this.forgetIdle(env);
      env.retiring = true;
      ending.push(env);
    }
    if (ending.length) void this.endInSlices(ending);
  }

  private async endInSlices(ending: Environment[]): Promise<void> {
    const slices = new WorkSlices();
    for (const env of ending) {
      env.kill();
      if (slices.due()) await slices.pause();
    }
  }

  private forgetIdle(env: Environment): void {
    const list = this.idle.get(env.poolKey);
    if (!list) return;
    const at = list.indexOf(env);
    if (at >= 0) list.splice(at, 1);
    if (!list.length) this.idle.delete(env.poolKey);
  }

  environments(): Environment[] {
    return [...this.all];
  }

  close(): void {
    this.closed = true;
    for (const env of this.all) env.kill();
  }

  private async create(spec: EnvironmentSpec): Promise<Environment> {
    if (this.closed) throw new Error('Lambda is shutting down');
    const env = new Environment(spec.poolKey, this.hooks.logStreamName(spec.logStreamVersion), spec.plan, {
      log: (e, message) => this.hooks.log(e, spec, message),
      died: (e) => {
        this.all.delete(e);
        this.forgetIdle(e);
      },
    });
    this.all.add(env);
    try {
      await env.start();
    } catch (error) {
      this.all.delete(env);
      this.log.warn({ err: String(error) }, 'lambda environment failed to start');
      throw error;
    }
    return env;
  }
}
