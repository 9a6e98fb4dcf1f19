import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import { applicationOperations } from './applications.js';
import { configurationChangeOperations } from './configuration-changes.js';
import { historyOperations } from './history.js';
import { inputSchemaDiscoveryOperations } from './input-schema-discovery.js';
import { KdaService } from './service.js';
import { snapshotOperations } from './snapshots.js';
import { tagOperations } from './tags.js';

/**
 * Kinesis Data Analytics v2: SQL, Flink and Zeppelin applications as AWS describes them, versioned on
 * every change, started and stopped as states on the clock, with snapshots, operations and tags.
 * The application's code is stored, never run.
 */
export function createProvider(runtime: Runtime): Provider {
  const service = new KdaService(runtime);
  const operations: Partial<Kda.Kinesisanalyticsv2Operations> = {
    ...applicationOperations(service),
    ...configurationChangeOperations(service),
    ...snapshotOperations(service),
    ...historyOperations(service),
    ...tagOperations(service),
    ...inputSchemaDiscoveryOperations(service),
  };
  return { operations: operations as Provider['operations'] };
}
