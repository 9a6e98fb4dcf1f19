import type { Provider, Runtime } from '../../core/runtime.js';

/** IAM: being built (issue #19); answers UnknownOperation for now. */
export function createProvider(_runtime: Runtime): Provider {
  return { operations: {} };
}
