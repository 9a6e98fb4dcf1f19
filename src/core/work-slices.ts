/**
 * Cooperative slicing for long work on the one event loop every service
 * shares: a loop asks `due()` between items and, when its current slice has
 * run SLICE_MS of wall time, awaits `pause()` so other requests get a turn.
 * This decides only when work yields, never what it computes, so it reads the
 * wall clock (performance.now) and not the virtual clock.
 */
import { performance } from 'node:perf_hooks';

const SLICE_MS = 20;

export class WorkSlices {
  private sliceStart = performance.now();

  /** Whether this slice has run its time (SLICE_MS unless told). */
  due(sliceMs = SLICE_MS): boolean {
    return performance.now() - this.sliceStart >= sliceMs;
  }

  /** Lets pending I/O and timers run, then starts a new slice. */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
  }
}
