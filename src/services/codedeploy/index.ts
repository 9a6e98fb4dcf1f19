import type { Provider, Runtime } from '../../core/runtime.js';

/** CodeDeploy: being built (issue #18); answers UnknownOperation for now. */
export function createProvider(_runtime: Runtime): Provider {
  return { operations: {} };
}
