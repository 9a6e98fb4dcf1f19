/**
 * The one clock. Everything that reads time or waits for it goes through here,
 * so tests can move time forward: a 14-day retention is tested in milliseconds.
 *
 * Time is real time plus an offset. Advancing the clock fires every timer that
 * falls due, in due order, each seeing `now()` equal to its own due time.
 */
export interface Timer {
  cancel(): void;
  readonly due: number;
}

interface Entry {
  due: number;
  seq: number;
  fn: (due: number) => void;
  cancelled: boolean;
  /** Set for a recurring timer (every): it is pushed again, one period on, each time it fires. */
  periodMs?: number;
}

/** An advance spanning more periods of a recurring timer than this fires it at the first and last only. */
const FAST_FORWARD_PERIODS = 60;

export class Clock {
  private offsetMs = 0;
  private readonly heap: Entry[] = [];
  private seq = 0;
  private realTimer: NodeJS.Timeout | undefined;
  private realTimerDue = Infinity;
  private advancing = false;

  /** Epoch milliseconds. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  date(): Date {
    return new Date(this.now());
  }

  /** Epoch seconds with fraction, as several AWS APIs report time. */
  epochSeconds(): number {
    return this.now() / 1000;
  }

  offset(): number {
    return this.offsetMs;
  }

  /** Calls fn when the clock reaches now() + delayMs, in virtual time. */
  setTimeout(fn: () => void, delayMs: number): Timer {
    return this.at(this.now() + Math.max(0, delayMs), fn);
  }

  /** Calls fn when the clock reaches the epoch millisecond `due`. */
  at(due: number, fn: () => void): Timer {
    const entry: Entry = { due, seq: this.seq++, fn, cancelled: false };
    this.push(entry);
    this.arm();
    return {
      due,
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  /**
   * Calls fn(due) every periodMs of clock time, first at firstDue. An advance that spans more than
   * 60 periods fires it at the first and the last of them only: advancing a year must not run half a
   * million minute ticks of every alarm, and what a tick looks at is the time it is given.
   */
  every(periodMs: number, fn: (due: number) => void, firstDue = this.now() + periodMs): Timer {
    if (!(periodMs >= 1) || !Number.isFinite(periodMs)) throw new RangeError('A recurring timer needs a period of at least 1 ms');
    const entry: Entry = { due: firstDue, seq: this.seq++, fn, cancelled: false, periodMs };
    this.push(entry);
    this.arm();
    return {
      get due() {
        return entry.due;
      },
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  /** Resolves after delayMs of clock time (virtual or real, whichever comes first). */
  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.setTimeout(resolve, delayMs));
  }

  /** Moves time forward, firing due timers in order. */
  async advance(duration: number | string): Promise<void> {
    // A number of milliseconds, or a duration such as '90s', '5m', '2h', '14d'.
    const ms = parseDuration(duration);
    if (ms === undefined) throw new RangeError(`Not a duration: ${JSON.stringify(duration)} (give milliseconds, or e.g. '90s', '5m', '2h', '14d')`);
    if (!(ms >= 0)) throw new RangeError('The clock only moves forward');
    await this.moveTo(this.now() + ms);
  }

  /** Sets the clock to an absolute epoch millisecond, firing the timers on the way; it never moves back. */
  async set(epochMs: number): Promise<void> {
    if (!(epochMs >= this.now())) throw new RangeError('The clock only moves forward');
    await this.moveTo(epochMs);
  }

  /** Timers waiting (for health output and tests). */
  pending(): number {
    return this.heap.filter((e) => !e.cancelled).length;
  }

  /** Drops every timer: used by reset and close. */
  clear(): void {
    this.heap.length = 0;
    if (this.realTimer) clearTimeout(this.realTimer);
    this.realTimer = undefined;
    this.realTimerDue = Infinity;
  }

  private async moveTo(target: number): Promise<void> {
    // A second advance while one runs waits its turn, so order holds.
    while (this.advancing) await new Promise((r) => setImmediate(r));
    this.advancing = true;
    try {
      for (;;) {
        const next = this.peek();
        if (!next || next.due > target) break;
        this.pop();
        if (next.cancelled) continue;
        if (next.due > this.now()) this.offsetMs = next.due - Date.now();
        this.fire(next, target);
        // Let the work the timer started (promises, I/O callbacks) settle
        // before the next timer, as it would have in real time.
        await new Promise((r) => setImmediate(r));
      }
      if (target > this.now()) this.offsetMs = target - Date.now();
    } finally {
      this.advancing = false;
      this.arm();
      this.onMoved?.(this.offsetMs);
    }
  }

  /** Told the offset once a move ends: the runtime keeps it in the store, so a restart keeps the time. */
  onMoved: ((offsetMs: number) => void) | undefined;

  /** Takes up a kept offset at start (never moving back: a restart does not undo time). */
  resume(offsetMs: number): void {
    if (Number.isFinite(offsetMs) && offsetMs > this.offsetMs) this.offsetMs = offsetMs;
  }

  /** Keeps one real timer armed for the earliest due entry. */
  private arm(): void {
    const next = this.peek();
    const due = next ? next.due : Infinity;
    if (due === this.realTimerDue) return;
    if (this.realTimer) clearTimeout(this.realTimer);
    this.realTimer = undefined;
    this.realTimerDue = due;
    if (due === Infinity) return;
    const wait = Math.min(Math.max(0, due - this.now()), 2 ** 31 - 1);
    this.realTimer = setTimeout(() => this.fireDue(), wait);
    this.realTimer.unref();
  }

  private fireDue(): void {
    this.realTimer = undefined;
    this.realTimerDue = Infinity;
    if (this.advancing) return;
    const now = this.now();
    for (;;) {
      const next = this.peek();
      if (!next || next.due > now) break;
      this.pop();
      if (!next.cancelled) this.fire(next, now);
    }
    this.arm();
  }

  /**
   * What a timer that throws is reported to. A failing timer must neither stop the others nor
   * end the process; the runtime logs it.
   */
  onTimerError: (error: unknown) => void = (error) => {
    process.emitWarning(`a clock timer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };

  private run(entry: Entry): void {
    try {
      entry.fn(entry.due);
    } catch (error) {
      this.onTimerError(error);
    }
  }

  /** Runs a due entry; a recurring one comes back one period on, or at its last due time up to `until`. */
  private fire(entry: Entry, until: number): void {
    const due = entry.due;
    this.run(entry);
    if (entry.periodMs === undefined || entry.cancelled) return;
    const period = entry.periodMs;
    const periodsLeft = Math.floor((until - due) / period);
    entry.due = due + (periodsLeft > FAST_FORWARD_PERIODS ? periodsLeft : 1) * period;
    entry.seq = this.seq++;
    this.push(entry);
  }

  private peek(): Entry | undefined {
    while (this.heap.length && this.heap[0].cancelled) this.pop();
    return this.heap[0];
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private pop(): Entry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < heap.length && before(heap[l], heap[smallest])) smallest = l;
        if (r < heap.length && before(heap[r], heap[smallest])) smallest = r;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
        i = smallest;
      }
    }
    return top;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}


/** Parses `90`, `"90s"`, `"5m"`, `"2h"`, `"14d"`, `"250ms"` into milliseconds (for /_nimbus/clock). */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2] ?? 'ms';
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit]!;
  return amount * factor;
}

/** ISO 8601 to the second (`2026-12-02T13:50:00Z`), as EventBridge and Scheduler write times. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
