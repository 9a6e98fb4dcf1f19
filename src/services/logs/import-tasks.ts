import { parseArn } from '../../core/ids.js';
import type * as Logs from '../../generated/logs.js';
import { invalidParameter, notFound } from './errors.js';
import type { LogsService } from './service.js';

/**
 * Import tasks. AWS imports from one kind of source only, a CloudTrail Lake event data store, into a
 * managed log group. Nimbus serves no CloudTrail, so no event data store exists to import from: a
 * well-formed source is not found, a malformed one is refused, and there are never tasks to list,
 * describe or cancel.
 */
export function importTaskOperations(_service: LogsService): Partial<Logs.LogsOperations> {
  return {
    CreateImportTask(input, context) {
      const source = parseArn(input.importSourceArn);
      if (!source || source.service !== 'cloudtrail' || !/^eventdatastore\/[\w-]+$/.test(source.resource)) {
        throw invalidParameter(`Invalid import source ARN: ${input.importSourceArn}. Only CloudTrail Lake event data stores can be imported from.`);
      }
      if (input.importFilter?.startEventTime !== undefined && input.importFilter.endEventTime !== undefined && input.importFilter.startEventTime > input.importFilter.endEventTime) {
        throw invalidParameter('The import filter startEventTime must not be after its endEventTime.');
      }
      throw notFound(`The event data store ${input.importSourceArn} does not exist for account ID '${context.accountId}'.`);
    },

    DescribeImportTasks() {
      return { imports: [] };
    },

    DescribeImportTaskBatches(input) {
      throw notFound(`The import task ${input.importId} does not exist.`);
    },

    CancelImportTask(input) {
      throw notFound(`The import task ${input.importId} does not exist.`);
    },
  };
}
