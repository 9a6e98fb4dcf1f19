import type { Clock } from '../../core/clock.js';

/**
 * Receivers waiting on a queue (WaitTimeSeconds). A send wakes them at once;
 * a timer on the clock wakes them when a hidden message becomes visible or
 * their wait ends.
 */
export class LongPollWaiters {
  private readonly waiting = new Map<number, Set<() => void>>();

  constructor(private readonly clock: Clock) {}

  /** Resolves at `wakeAt` (clock time) or when the queue is notified, whichever is first. */
  wait(queueId: number, wakeAt: number): Promise<void> {
    return new Promise((resolve) => {
      let set = this.waiting.get(queueId);
      if (!set) {
        set = new Set();
        this.waiting.set(queueId, set);
      }
      const waiters = set;
      const wake = (): void => {
        timer.cancel();
        waiters.delete(wake);
        if (!waiters.size) this.waiting.delete(queueId);
        resolve();
      };
      const timer = this.clock.at(wakeAt, wake);
      waiters.add(wake);
    });
  }

  notify(queueId: number): void {
    const set = this.waiting.get(queueId);
    if (set) for (const wake of [...set]) wake();
  }

  wakeAll(): void {
    for (const queueId of [...this.waiting.keys()]) this.notify(queueId);
  }
}
