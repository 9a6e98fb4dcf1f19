import { crc32 } from '../../core/crc32.js';
import type { Provider, Runtime } from '../../core/runtime.js';
import type * as Ddb from '../../generated/dynamodb.js';
import { describeViolation, validationMessage, type Violation } from '../../protocol/index.js';
import type { DynamoDbApi } from './api.js';
import { backupOperations, withSystemBackups } from './backups/index.js';
import { batchOperations } from './batch.js';
import { controlPlaneOperations } from './control-plane.js';
import { Engine } from './engine.js';
import { globalTableOperations } from './global-tables/index.js';
import { importExportOperations } from './import-export/index.js';
import { validation } from './errors.js';
import { itemOperations } from './item-operations.js';
import { partiqlOperations } from './partiql/operations.js';
import { readOperations } from './reads.js';
import { ResourceSettingsState } from './resource-settings-state.js';
import { DynamoState } from './state.js';
import { tableAttachmentOperations } from './table-attachments.js';
import { transactionOperations } from './transactions.js';
import { applyThrottling } from './throttling/operations.js';
import { timeToLive } from './ttl/index.js';
import { connectStreams } from './streams/connection.js';

/** DynamoDB. Its switches (status delay, item-collection limit) are settings (core/settings.ts). */
export function createProvider(runtime: Runtime): Provider {
  const state = new DynamoState(runtime.store);
  const engine = new Engine(state, runtime.clock, runtime.options.dynamodbItemCollectionLimitBytes);
  const statusDelayMs = runtime.options.dynamodbStatusDelayMs;
  const ttl = timeToLive(engine, runtime);
  const releaseStreams = connectStreams(runtime, engine);

  const operations: Partial<Ddb.DynamodbOperations> = {
    ...controlPlaneOperations(engine, { statusDelayMs }),
    ...itemOperations(engine),
    ...readOperations(engine),
    ...batchOperations(engine),
    ...transactionOperations(engine),
    ...globalTableOperations(engine, runtime),
    ...tableAttachmentOperations(engine, runtime),
    ...partiqlOperations(engine),
    ...ttl.operations,
    ...backupOperations(engine, runtime.store, { statusDelayMs }),
    ...importExportOperations(engine, runtime),
  };
  withSystemBackups(operations, engine);
  // Capacity throttling (off unless switched on): every data-plane operation admitted and charged in one place.
  applyThrottling(operations, engine, runtime);

  const resourceSettings = new ResourceSettingsState(runtime.store);
  const api: DynamoDbApi = {
    resourcePolicy(resourceArn) {
      const match = /^arn:aws[a-z-]*:dynamodb:([^:]+):(\d{12}):table\/([^/]+)/.exec(resourceArn);
      const table = match ? engine.state.findTable(match[2]!, match[1]!, match[3]!) : undefined;
      return table ? resourceSettings.policy(table.tableId, 'table')?.policy : undefined;
    },
    onItemChange(listener) {
      engine.listeners.push(listener);
      return () => {
        const at = engine.listeners.indexOf(listener);
        if (at >= 0) engine.listeners.splice(at, 1);
      };
    },
  };

  return {
    operations: operations as Provider['operations'],
    api,
    close: () => {
      ttl.close();
      releaseStreams();
    },
    http: {
      // Every DynamoDB answer carries the CRC32 of its body; botocore checks it and retries on a mismatch.
      responseHeaders(response) {
        return Buffer.isBuffer(response.body) ? { 'x-amz-crc32': String(crc32(response.body)) } : undefined;
      },
    },
    validationError(violations: Violation[]) {
      // An unknown table class gets a sentence of its own rather than the enum constraint.
      if (violations.some((v) => v.path === 'tableClass' && v.kind === 'enum')) {
        return validation('Invalid table-class parameter provided. Please try again with a valid table-class value: [STANDARD, STANDARD_INFREQUENT_ACCESS].');
      }
      // DynamoDB quotes every value, numbers included (Value '0' at 'limit'), and reports a map's
      // value at the map: "Map value must satisfy constraint: [...]".
      return validation(
        validationMessage(violations, {
          quoteScalars: true,
          describe(v) {
            const mapValue = /^(requestItems)\.[^.]+\.member$/.exec(v.path);
            if (!mapValue || v.kind !== 'length') return undefined;
            const constraint = 'Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]';
            return describeViolation({ value: v.value, path: mapValue[1], constraint }, { quoteScalars: true });
          },
        }),
      );
    },
  };
}

