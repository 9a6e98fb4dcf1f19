import type * as Iam from '../../generated/iam.js';
import type { Runtime } from '../../core/runtime.js';
import type { IamApi } from './api.js';

/** SimulatePrincipalPolicy, SimulateCustomPolicy, GetContextKeysFor*Policy: being built (issue #19). */
export function simulatorOperations(runtime: Runtime, iam: IamApi): Partial<Iam.IamOperations> {
  void runtime;
  void iam;
  return {};
}
