import type * as Ddb from '../../../generated/dynamodb.js';
import type { Runtime } from '../../../core/runtime.js';
import type { Engine } from '../engine.js';
import { descriptionExtensions } from '../tables.js';
import { autoScalingOperations } from './auto-scaling.js';
import { legacyGlobalTableOperations } from './legacy.js';
import { ReplicaManager } from './replicas.js';
import { Replicator } from './replication.js';
import { GlobalTableState } from './state.js';

/**
 * Global tables: replicas of a table in other regions of the same account, served by this Nimbus.
 * UpdateTable's ReplicaUpdates (version 2019.11.21) and the legacy 2017.11.29 operations manage the
 * replication groups; every write is replicated to the other replicas on the clock.
 */
export function globalTableOperations(engine: Engine, runtime: Runtime): Partial<Ddb.DynamodbOperations> {
  const state = new GlobalTableState(runtime.store);
  const replicator = new Replicator(engine, state);
  const replicas = new ReplicaManager(engine, state, replicator, { statusDelayMs: runtime.options.dynamodbStatusDelayMs });
  engine.replicaUpdates = (input, table, context) => replicas.update(input, table, context);
  const extensions = descriptionExtensions.get(engine.state) ?? [];
  extensions.push((table, description) => replicas.describe(table, description));
  descriptionExtensions.set(engine.state, extensions);
  return {
    ...autoScalingOperations(engine, state, replicas),
    ...legacyGlobalTableOperations(engine, state, replicas, replicator),
  };
}
