import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Pipes from '../../generated/pipes.js';
import { modelValidationError } from './errors.js';
import { pipeOperations } from './pipes.js';
import { PipesService } from './service.js';
import { tagOperations } from './tags.js';

/**
 * EventBridge Pipes: pipes from an SQS queue or a Kinesis stream (DynamoDB Streams when they are
 * served), through filters and a Lambda enrichment, to any EventBridge target, on the clock.
 */
export function createProvider(runtime: Runtime): Provider {
  const service = new PipesService(runtime);
  const operations: Partial<Pipes.PipesOperations> = {
    ...pipeOperations(service),
    ...tagOperations(service),
  };
  return {
    operations: operations as Provider['operations'],
    validationError: (violations) => modelValidationError(violations),
    close: () => service.close(),
  };
}
