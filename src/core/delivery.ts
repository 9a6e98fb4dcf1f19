import type { Clock, Timer } from './clock.js';
import type { Logger } from './logger.js';

/**
 * How one service hands work to another when AWS would retry on failure
 * (S3 → SQS notifications, async Lambda invokes, alarm actions, EventBridge
 * targets). Attempts and backoff run on the clock, so a 2-minute retry is
 * tested by advancing time.
 */
export interface RetryPolicy {
  /** Total attempts including the first. */
  maxAttempts: number;
  /** Delay before attempt n+1 after attempt n (1-based) failed. */
  backoffMs: (attempt: number) => number;
  /** Give up once the job is older than this. */
  maxAgeMs?: number;
}

export interface DeliveryJob {
  /** What is delivered where, for logs: `s3→sqs:arn:...`. */
  description: string;
  attempt: (attempt: number) => Promise<void>;
  policy?: RetryPolicy;
  /** Called once when every attempt failed or the job aged out. */
  onGiveUp?: (error: unknown, attempts: number) => void | Promise<void>;
  /** Called once after a successful attempt. */
  onSuccess?: (attempts: number) => void | Promise<void>;
  /** Start after this delay (ms of clock time). */
  delayMs?: number;
}

/** AWS's asynchronous Lambda rule: two retries, one minute then two minutes later. */
export const LAMBDA_ASYNC_RETRY: RetryPolicy = {
  maxAttempts: 3,
  backoffMs: (attempt) => attempt * 60_000,
  maxAgeMs: 6 * 3_600_000,
};

/** Service-to-service pushes that do not retry (AWS drops them on failure). */
export const NO_RETRY: RetryPolicy = { maxAttempts: 1, backoffMs: () => 0 };

export class Delivery {
  private readonly pending = new Set<Timer>();
  private inFlight = 0;

  constructor(
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  send(job: DeliveryJob): void {
    const policy = job.policy ?? NO_RETRY;
    const createdAt = this.clock.now();
    const aged = (): boolean => policy.maxAgeMs !== undefined && this.clock.now() - createdAt > policy.maxAgeMs;
    const giveUp = async (error: unknown, attempts: number): Promise<void> => {
      this.log.warn({ job: job.description, attempts, err: String(error) }, 'delivery gave up');
      await job.onGiveUp?.(error, attempts);
    };
    const run = (attempt: number, lastError?: unknown): void => {
      // An event older than its maximum age is dropped rather than tried again.
      if (attempt > 1 && aged()) {
        void giveUp(lastError, attempt - 1).catch((error: unknown) => this.log.error({ job: job.description, err: String(error) }, 'delivery callback failed'));
        return;
      }
      this.inFlight++;
      job
        .attempt(attempt)
        .then(
          async () => {
            // Background work gets its line in the log like a request does.
            this.log.info({ job: job.description, attempt }, 'delivered');
            await job.onSuccess?.(attempt);
          },
          async (error: unknown) => {
            if (attempt < policy.maxAttempts) {
              this.log.info({ job: job.description, attempt, err: String(error), retryInMs: policy.backoffMs(attempt) }, 'delivery failed, will retry');
              this.schedule(() => run(attempt + 1, error), policy.backoffMs(attempt));
            } else {
              await giveUp(error, attempt);
            }
          },
        )
        .catch((error: unknown) => this.log.error({ job: job.description, err: String(error) }, 'delivery callback failed'))
        .finally(() => {
          this.inFlight--;
        });
    };
    this.schedule(() => run(1), job.delayMs ?? 0);
  }

  /** Jobs waiting for their next attempt or running now. */
  backlog(): number {
    return this.pending.size + this.inFlight;
  }

  clear(): void {
    for (const timer of this.pending) timer.cancel();
    this.pending.clear();
  }

  private schedule(fn: () => void, delayMs: number): void {
    if (delayMs <= 0) {
      queueMicrotask(fn);
      return;
    }
    const timer = this.clock.setTimeout(() => {
      this.pending.delete(timer);
      fn();
    }, delayMs);
    this.pending.add(timer);
  }
}
