import type * as Logs from '../../generated/logs.js';
import { invalidOperation, notFound } from './errors.js';
import { groupArn, type LogsService } from './service.js';
import { checkTransformerConfig, runTransformer } from './transformer-processors.js';

/**
 * Log transformers of a log group (Put/Get/DeleteTransformer) and TestTransformer, which runs
 * a configuration over sample messages. Stored transformers are not applied at ingestion yet.
 */

export const TRANSFORMER_KIND = 'transformer';

interface StoredTransformer {
  config: Logs.Processor[];
  createdAt: number;
  lastModified: number;
}

export function transformerOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  return {
    PutTransformer(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      if (group.groupClass !== 'STANDARD') throw invalidOperation('Transformers can be created only for log groups in the Standard log class.');
      checkTransformerConfig(input.transformerConfig);
      const now = service.clock.now();
      const current = state.configuration<StoredTransformer>(group.account, group.region, TRANSFORMER_KIND, groupArn(group))?.body;
      state.putConfiguration(group.account, group.region, TRANSFORMER_KIND, groupArn(group), { config: input.transformerConfig, createdAt: current?.createdAt ?? now, lastModified: now }, now);
    },

    GetTransformer(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      const transformer = state.configuration<StoredTransformer>(group.account, group.region, TRANSFORMER_KIND, groupArn(group))?.body;
      if (!transformer) throw notFound('The specified log group does not have a transformer.');
      return { logGroupIdentifier: input.logGroupIdentifier, transformerConfig: transformer.config, creationTime: transformer.createdAt, lastModifiedTime: transformer.lastModified };
    },

    DeleteTransformer(input, context) {
      const group = service.requireGroup(context, undefined, input.logGroupIdentifier);
      if (!state.deleteConfiguration(group.account, group.region, TRANSFORMER_KIND, groupArn(group))) throw notFound('The specified log group does not have a transformer.');
    },

    async TestTransformer(input) {
      checkTransformerConfig(input.transformerConfig);
      return { transformedLogs: await runTransformer(input.transformerConfig, input.logEventMessages) };
    },
  };
}
