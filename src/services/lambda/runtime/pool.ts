import type { Clock } from '../../../core/clock.js';
import type { Logger } from '../../../core/logger.js';
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

  /** Pre-starts `count` environments kept warm for this spec; resolves when they are initialised. */
  async provision(spec: EnvironmentSpec, count: number): Promise<boolean> {
    const started: Environment[] = [];
    for (let i = 0; i < count; i++) {
      const env = await this.create(spec);
      env.provisioned = true;
      started.push(env);
    }
    const results = await Promise.all(started.map((env) => env.ready()));
    for (const env of started) if (env.state === 'idle') this.release(env);
    return results.every(Boolean);
  }

  /** Provisioned environments of a pool key (to count or to remove). */
  provisionedOf(poolKey: string): Environment[] {
    return [...this.all].filter((env) => env.poolKey === poolKey && env.provisioned && env.state !== 'dead');
  }

  /** Stops environments whose pool key starts with the prefix (a function updated or deleted). Busy ones finish first. */
  retire(prefix: string, keep?: (env: Environment) => boolean): void {
    for (const env of this.all) {
      if (!env.poolKey.startsWith(prefix) || keep?.(env)) continue;
      if (env.state === 'busy') env.provisioned = false;
      else env.kill();
    }
  }

  environments(): Environment[] {
    return [...this.all];
  }

  close(): void {
    this.closed = true;
    for (const env of this.all) env.kill();
  }

  private async create(spec: EnvironmentSpec): Promise<Environment> {
    const env = new Environment(spec.poolKey, this.hooks.logStreamName(spec.logStreamVersion), spec.plan, {
      log: (e, message) => this.hooks.log(e, spec, message),
      died: (e) => {
        this.all.delete(e);
        const list = this.idle.get(e.poolKey);
        if (list) {
          const at = list.indexOf(e);
          if (at >= 0) list.splice(at, 1);
          if (!list.length) this.idle.delete(e.poolKey);
        }
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
