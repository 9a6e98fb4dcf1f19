import type { Logger } from '../../core/logger.js';
import type { Environment } from './runtime/environment.js';
import type { EnvironmentPool, EnvironmentSpec } from './runtime/pool.js';

export type ProvisionedStatus = 'IN_PROGRESS' | 'READY' | 'FAILED';

/** How many provisioned environments may initialise at once: each is a process start the machine's cores share. */
const MAX_STARTING = 4;

interface Allocation {
  /** account/region/name:qualifier: the config it serves. */
  key: string;
  /** How the version's environments start; undefined when they cannot (then FAILED). */
  spec?: EnvironmentSpec;
  memoryMb: number;
  requested: number;
  status: ProvisionedStatus;
  reason?: string;
}

/**
 * Provisioned concurrency, allocated as AWS does it: the config answers at once (IN_PROGRESS)
 * and the environments start in the background, one process start per turn of the event loop
 * and a few initialising at a time, until all are ready (READY) or one fails to initialise
 * (FAILED, FUNCTION_ERROR_INIT_FAILURE). Lowering or removing a config retires the surplus in
 * the background too.
 */
export class ProvisionedConcurrency {
  private readonly allocations = new Map<string, Allocation>();
  private working = false;

  constructor(
    private readonly pool: EnvironmentPool,
    private readonly log: Logger,
    /** How much memory (by the functions' MemorySize) provisioned environments may keep warm: the lambdaProvisionedMemoryMb setting. */
    private readonly budgetMb: number,
  ) {}

  /**
   * Sets a config's target (replacing an earlier one) and starts working towards it; the machine's
   * room is checked at once, the environments start once `ready` says the code's SDK is there
   * (its answer, if any, is why it cannot be: the config fails with it).
   */
  allocate(key: string, spec: () => EnvironmentSpec, memoryMb: number, requested: number, ready?: Promise<string | undefined>): void {
    const allocation: Allocation = { key, memoryMb, requested, status: 'IN_PROGRESS' };
    this.allocations.set(key, allocation);
    const shortfall = this.hostShortfall();
    if (shortfall) this.fail(allocation, shortfall);
    const start = (problem: string | undefined) => {
      // Replaced, released or failed meanwhile: nothing to start.
      if (this.allocations.get(key) !== allocation || allocation.status !== 'IN_PROGRESS') return;
      try {
        if (problem) throw new Error(problem);
        allocation.spec = spec();
      } catch (error) {
        this.fail(allocation, (error as Error).message);
      }
      // Environments of another version (an alias moved) serve it no more.
      const stale = this.pool.provisionedFor(key).filter((env) => env.poolKey !== allocation.spec?.poolKey);
      if (stale.length) this.pool.retire(stale);
      void this.work();
    };
    if (ready) void ready.then(start);
    else start(undefined);
  }

  /** Removes a config and retires its environments in the background. */
  release(key: string): void {
    this.allocations.delete(key);
    const started = this.pool.provisionedFor(key);
    if (started.length) this.pool.retire(started);
  }

  /** Removes every config whose key starts with the prefix (a function deleted). */
  releaseAll(prefix: string): void {
    for (const key of [...this.allocations.keys()]) if (key.startsWith(prefix)) this.release(key);
  }

  /** What GetProvisionedConcurrencyConfig reports. */
  describe(key: string, requested: number): { status: ProvisionedStatus; reason?: string; available: number } {
    const allocation = this.allocations.get(key);
    const available = Math.min(requested, this.pool.provisionedFor(key).filter((env) => env.state === 'idle' || env.state === 'busy').length);
    // A config the store kept across a restart, whose environments this process never started.
    if (!allocation) return { status: 'IN_PROGRESS', available };
    return { status: allocation.status, reason: allocation.reason, available };
  }

  private fail(allocation: Allocation, reason: string): void {
    allocation.status = 'FAILED';
    allocation.reason = reason;
    const started = this.pool.provisionedFor(allocation.key);
    if (started.length) this.pool.retire(started);
  }

  /** Where the provisioned environments asked for would not fit the machine: the reason, as a StatusReason. */
  private hostShortfall(): string | undefined {
    let claimedMb = 0;
    for (const allocation of this.allocations.values()) if (allocation.status !== 'FAILED') claimedMb += allocation.memoryMb * allocation.requested;
    if (claimedMb <= this.budgetMb) return undefined;
    return `Nimbus runs each execution environment as a process on this machine: provisioned concurrency would claim ${claimedMb} MB, more than the ${this.budgetMb} MB it may keep warm (--lambda-provisioned-memory-mb; by default half this machine's memory).`;
  }

  /** One worker at a time walks the configs still IN_PROGRESS. */
  private async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      for (;;) {
        const next = [...this.allocations.values()].find((allocation) => allocation.status === 'IN_PROGRESS');
        if (!next) return;
        await this.step(next);
      }
    } catch (error) {
      this.log.warn({ err: String(error) }, 'lambda provisioned concurrency stopped');
    } finally {
      this.working = false;
    }
  }

  /** One step towards a config's target: retire a surplus, start one environment, or wait for those starting. */
  private async step(allocation: Allocation): Promise<void> {
    const current = () => this.allocations.get(allocation.key) === allocation && allocation.status === 'IN_PROGRESS';
    const started = this.pool.provisionedFor(allocation.key);
    if (started.length > allocation.requested) {
      // Idle ones go first; busy ones finish their invocation before they end.
      const surplus = [...started].sort((a, b) => Number(a.state === 'idle') - Number(b.state === 'idle')).slice(allocation.requested);
      this.pool.retire(surplus);
      return;
    }
    const starting = started.filter((env) => env.state === 'starting');
    if (started.length < allocation.requested && starting.length < MAX_STARTING) {
      let env: Environment;
      try {
        env = await this.pool.startProvisioned(allocation.spec!, allocation.key);
      } catch (error) {
        if (current()) this.fail(allocation, (error as Error).message);
        return;
      }
      env.ready().then((ok) => {
        if (!ok && current()) this.fail(allocation, 'FUNCTION_ERROR_INIT_FAILURE');
      });
      // The next process start waits for a turn of its own.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return;
    }
    if (starting.length) {
      await Promise.race(starting.map((env) => env.ready()));
      return;
    }
    if (current()) allocation.status = 'READY';
  }
}
