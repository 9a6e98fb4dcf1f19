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
  fn: () => void;
  cancelled: boolean;
}

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

  /** Resolves after delayMs of clock time (virtual or real, whichever comes first). */
  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.setTimeout(resolve, delayMs));
  }

  /** Moves time forward, firing due timers in order. */
  async advance(ms: number): Promise<void> {
    if (!(ms >= 0)) throw new RangeError('The clock only moves forward');
    await this.moveTo(this.now() + ms);
  }

  /** Sets the clock to an absolute epoch millisecond; forward moves fire timers. */
  async set(epochMs: number): Promise<void> {
    if (epochMs >= this.now()) {
      await this.moveTo(epochMs);
    } else {
      this.offsetMs = epochMs - Date.now();
      this.arm();
    }
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
        runTimer(next);
        // Let the work the timer started (promises, I/O callbacks) settle
        // before the next timer, as it would have in real time.
        await new Promise((r) => setImmediate(r));
      }
      if (target > this.now()) this.offsetMs = target - Date.now();
    } finally {
      this.advancing = false;
      this.arm();
    }
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
      if (!next.cancelled) runTimer(next);
    }
    this.arm();
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

function runTimer(entry: Entry): void {
  try {
    entry.fn();
  } catch (error) {
    // A failing timer must not stop the others; surface it like an uncaught error would.
    queueMicrotask(() => {
      throw error;
    });
  }
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
