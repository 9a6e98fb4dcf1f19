import type { Runtime } from '../../../core/runtime.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Engine } from '../engine.js';
import { exportOperations } from './exports.js';
import { importOperations } from './imports.js';
import { ImportExportService } from './service.js';

/** DynamoDB's exports to S3 and imports from S3. */
export function importExportOperations(engine: Engine, runtime: Runtime): Partial<Ddb.DynamodbOperations> {
  const service = new ImportExportService(engine, runtime);
  return { ...exportOperations(service), ...importOperations(service) };
}
