import type * as L from '../../../generated/lambda.js';
import type { LambdaService } from '../service.js';

/** Create/Get/Update/Delete/ListEventSourceMappings: being built (issue #18). */
export function eventSourceMappingOperations(service: LambdaService): Partial<L.LambdaOperations> {
  void service;
  return {};
}
