import type { Runtime } from '../../../core/runtime.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Engine } from '../engine.js';
import { ttlOperations } from './operations.js';
import { TtlState } from './state.js';
import { TtlSweeper } from './sweeper.js';

/**
 * DynamoDB Time to Live: its two operations, and the sweeper that deletes expired items on the
 * clock. The sweeper re-arms here when the provider starts, from the stored settings.
 */
export function timeToLive(engine: Engine, runtime: Runtime): { operations: Partial<Ddb.DynamodbOperations>; close(): void } {
  const state = new TtlState(runtime.store);
  const sweeper = new TtlSweeper(engine, state, runtime);
  sweeper.arm();
  return { operations: ttlOperations(engine, state, sweeper), close: () => sweeper.close() };
}
