import type { ChangeListener } from './engine.js';

/** What other services (DynamoDB Streams, Lambda event sources, TTL) may call. */
export interface DynamoDbApi {
  /** Called inside the store transaction of every item change; returns an unsubscribe function. */
  onItemChange(listener: ChangeListener): () => void;
}
export type { ChangeListener, ItemChange } from './engine.js';
