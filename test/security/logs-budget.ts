import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Cloud } from '../../src/index.js';

/** No single Logs request may hold the event loop longer than this. */
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
    // The histogram records a stall on the loop's next turn.
    await new Promise((resolve) => setImmediate(resolve));
    const stallMs = histogram.count > 0 ? Math.max(0, histogram.max / 1e6 - 10) : 0;
    return { result, stallMs, wallMs };
  } finally {
    histogram.disable();
  }
}

/** How long /_nimbus/health takes to answer. */
export async function healthLatency(cloud: Cloud): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${cloud.endpoint}/_nimbus/health`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`health answered ${response.status}`);
  return performance.now() - started;
}
