import type { Runtime } from '../../core/runtime.js';
import type * as Ddb from '../../generated/dynamodb.js';
import { contributorInsightsOperations } from './contributor-insights.js';
import type { Engine } from './engine.js';
import { KinesisDestinations } from './kinesis-destinations.js';
import { resourcePolicyOperations } from './resource-policies.js';
import { ResourceSettingsState } from './resource-settings-state.js';

/** What a table carries besides its items and definition: resource policies, contributor insights, Kinesis streaming destinations. */
export function tableAttachmentOperations(engine: Engine, runtime: Runtime): Partial<Ddb.DynamodbOperations> {
  const state = new ResourceSettingsState(runtime.store);
  const statusDelayMs = runtime.options.dynamodbStatusDelayMs;
  return {
    ...resourcePolicyOperations(engine, state),
    ...contributorInsightsOperations(engine, state, { statusDelayMs }),
    ...new KinesisDestinations(engine, state, runtime, statusDelayMs).operations(),
  };
}
