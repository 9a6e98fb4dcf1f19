import type { Provider, Runtime } from '../../core/runtime.js';

/** PLACEHOLDER: registered so routing knows the service; its engineer replaces this file. */
export function createProvider(_runtime: Runtime): Provider {
  return { operations: {} };
}
