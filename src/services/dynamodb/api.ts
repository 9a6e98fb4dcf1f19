import type { ChangeListener } from './engine.js';

/** What other services (DynamoDB Streams, Lambda event sources, TTL) may call. */
export interface DynamoDbApi {
  /** Called inside the store transaction of every item change; returns an unsubscribe function. */
  onItemChange(listener: ChangeListener): () => void;
  /** The resource policy of the table an ARN names (an index's is its table's), for --enforce-iam's resource side. */
  resourcePolicy?(resourceArn: string): string | undefined;
}
export type { ChangeListener, ItemChange } from './engine.js';
