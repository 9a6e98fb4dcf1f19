import { performance } from 'node:perf_hooks';

/**
 * How much of the event loop one request took. The server runs in this
 * process, so while a request is in flight (and nothing else is: the fuzz
 * sends one request at a time, built and signed beforehand) the loop's
 * active time is the server's work on it, plus the client's small share of
 * writing and reading the bytes, plus whatever the request set going in the
 * background meanwhile. (monitorEventLoopDelay's histogram would name the
 * longest single stall, but on Node 20 it shows a 1.2 s stall as ~10 ms.)
 */
export interface LoopCost {
  activeMs: number;
  wallMs: number;
}

export class EventLoopMeter {
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; cost: LoopCost }> {
    const started = performance.now();
    const before = performance.eventLoopUtilization();
    const result = await work();
    const used = performance.eventLoopUtilization(before);
    return { result, cost: { activeMs: used.active, wallMs: performance.now() - started } };
  }
}
