import assert from 'node:assert/strict';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Cloud } from '../../src/index.js';

// How the security tests measure a hostile request's cost: the longest event-loop stall
// it causes, and how promptly the server still answers a normal request.

/** No single request may hold the event loop longer than this. */
export const REQUEST_BUDGET_MS = 1000;
/** A normal request answers within this during and after a hostile one. */
export const HEALTHY_ANSWER_MS = 100;

/**
 * Runs a request against the in-process server and reports the longest
 * stretch the event loop could not turn while it ran (the server shares this
 * loop), from a delay histogram sampling every 10 ms.
 */
export async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number; wallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const started = performance.now();
  try {
    const result = await work();
    const wallMs = performance.now() - started;
    // Watch 60 ms past the answer too: work a request leaves behind (deferred, on timers) counts
    // against it, and the histogram's timer records a stall only when it next fires.
    await new Promise((resolve) => setTimeout(resolve, 60));
    const stallMs = histogram.count > 0 ? Math.max(0, histogram.max / 1e6 - 10) : 0;
    return { result, stallMs, wallMs };
  } finally {
    histogram.disable();
  }
}

/**
 * How long /_nimbus/health takes to answer: the best of three probes in a
 * row, so that a garbage collection or another process on a shared 2-core
 * machine does not count as the server's. (A server still busy with the last
 * request's work would hold all three; `longestStall` catches that work too.)
 */
export async function healthLatency(cloud: Cloud): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let probe = 0; probe < 3; probe++) {
    const started = performance.now();
    const response = await fetch(`${cloud.endpoint}/_nimbus/health`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`health answered ${response.status}`);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Fails unless /_nimbus/health answers within `ms` (the best of three probes, as `healthLatency`). */
export async function expectHealthyWithin(cloud: Cloud, ms = HEALTHY_ANSWER_MS): Promise<void> {
  const best = await healthLatency(cloud);
  assert.ok(best < ms, `/_nimbus/health answered in ${best.toFixed(0)} ms at best`);
}
