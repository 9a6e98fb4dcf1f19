import type { Runtime } from '../../../core/runtime.js';
import type { ChangeListener, Engine } from '../engine.js';
import { DynamoStreams } from './dynamo-streams.js';

/**
 * One DynamoStreams per runtime, shared by the two providers that use it: DynamoDB (which writes
 * records as items change) and DynamoDB Streams (which reads them), each loaded on its own first
 * request. Released by both, it closes.
 */
const shared = new WeakMap<Runtime, { streams: DynamoStreams; users: number }>();

export function useStreams(runtime: Runtime): { streams: DynamoStreams; release: () => void } {
  let entry = shared.get(runtime);
  if (!entry) {
    entry = { streams: new DynamoStreams(runtime.store, runtime.clock, runtime.options.dynamodbStatusDelayMs), users: 0 };
    shared.set(runtime, entry);
  }
  entry.users++;
  const held = entry;
  let released = false;
  return {
    streams: held.streams,
    release() {
      if (released) return;
      released = true;
      if (--held.users > 0) return;
      held.streams.close();
      if (shared.get(runtime) === held) shared.delete(runtime);
    },
  };
}

/** Wires DynamoDB's engine to the streams: item changes become records, saved table definitions enable or disable streams. */
export function connectStreams(runtime: Runtime, engine: Engine): () => void {
  const { streams, release } = useStreams(runtime);
  const listener: ChangeListener = Object.assign((change: Parameters<ChangeListener>[0]) => streams.onChange(change), {
    wants: (table: Parameters<DynamoStreams['wants']>[0]) => streams.wants(table),
  });
  engine.listeners.push(listener);
  engine.state.tableObservers.push({ saved: (table) => streams.tableSaved(table), deleted: (table) => streams.tableDeleted(table) });
  return release;
}
