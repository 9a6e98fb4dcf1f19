import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import { invalidArgument, resourceNotFound } from './errors.js';

/**
 * A SQL application's inputs, outputs and reference data sources, in the form DescribeApplication
 * gives them, with the ids the service assigns ("1.1", "1.2", ...) and the in-app stream names
 * an input creates (NamePrefix_001 for each parallel stream).
 */

/** AWS's limits for a SQL application: one streaming source, three destinations, one reference table. */
export const SQL_LIMITS = { inputs: 1, outputs: 3, referenceDataSources: 1 };

export function nextId(ids: Array<string | undefined>): string {
  const used = ids.map((id) => Number((id ?? '').split('.')[1] ?? 0)).filter(Number.isFinite);
  return `1.${Math.max(0, ...used) + 1}`;
}

function inAppStreamNames(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}_${String(i + 1).padStart(3, '0')}`);
}

export function describeInputProcessing(config: Kda.InputProcessingConfiguration): Kda.InputProcessingConfigurationDescription {
  return { InputLambdaProcessorDescription: { ResourceARN: config.InputLambdaProcessor.ResourceARN } };
}

export function describeInput(input: Kda.Input, id: string): Kda.InputDescription {
  const sources = [input.KinesisStreamsInput, input.KinesisFirehoseInput].filter(Boolean).length;
  if (sources !== 1) throw invalidArgument('Exactly one of KinesisStreamsInput or KinesisFirehoseInput must be specified for an input.');
  const count = input.InputParallelism?.Count ?? 1;
  return {
    InputId: id,
    NamePrefix: input.NamePrefix,
    InAppStreamNames: inAppStreamNames(input.NamePrefix, count),
    InputProcessingConfigurationDescription: input.InputProcessingConfiguration ? describeInputProcessing(input.InputProcessingConfiguration) : undefined,
    KinesisStreamsInputDescription: input.KinesisStreamsInput ? { ResourceARN: input.KinesisStreamsInput.ResourceARN } : undefined,
    KinesisFirehoseInputDescription: input.KinesisFirehoseInput ? { ResourceARN: input.KinesisFirehoseInput.ResourceARN } : undefined,
    InputSchema: input.InputSchema,
    InputParallelism: { Count: count },
    InputStartingPositionConfiguration: {},
  };
}

export function describeOutput(output: Kda.Output, id: string): Kda.OutputDescription {
  const destinations = [output.KinesisStreamsOutput, output.KinesisFirehoseOutput, output.LambdaOutput].filter(Boolean).length;
  if (destinations !== 1) throw invalidArgument('Exactly one of KinesisStreamsOutput, KinesisFirehoseOutput or LambdaOutput must be specified for an output.');
  return {
    OutputId: id,
    Name: output.Name,
    KinesisStreamsOutputDescription: output.KinesisStreamsOutput ? { ResourceARN: output.KinesisStreamsOutput.ResourceARN } : undefined,
    KinesisFirehoseOutputDescription: output.KinesisFirehoseOutput ? { ResourceARN: output.KinesisFirehoseOutput.ResourceARN } : undefined,
    LambdaOutputDescription: output.LambdaOutput ? { ResourceARN: output.LambdaOutput.ResourceARN } : undefined,
    DestinationSchema: output.DestinationSchema,
  };
}

export function describeReferenceDataSource(source: Kda.ReferenceDataSource, id: string): Kda.ReferenceDataSourceDescription {
  const s3 = source.S3ReferenceDataSource;
  if (!s3?.BucketARN || !s3.FileKey) throw invalidArgument('S3ReferenceDataSource with BucketARN and FileKey must be specified for a reference data source.');
  return { ReferenceId: id, TableName: source.TableName, ReferenceSchema: source.ReferenceSchema, S3ReferenceDataSourceDescription: { BucketARN: s3.BucketARN, FileKey: s3.FileKey } };
}

/** The SQL configuration a CreateApplication describes, with its limits checked. */
export function describeSqlConfiguration(config: Kda.SqlApplicationConfiguration): Kda.SqlApplicationConfigurationDescription {
  const inputs = config.Inputs ?? [];
  const outputs = config.Outputs ?? [];
  const references = config.ReferenceDataSources ?? [];
  checkSqlLimits(inputs.length, outputs.length, references.length);
  return {
    InputDescriptions: inputs.map((input, i) => describeInput(input, `1.${i + 1}`)),
    OutputDescriptions: outputs.map((output, i) => describeOutput(output, `1.${i + 1}`)),
    ReferenceDataSourceDescriptions: references.map((source, i) => describeReferenceDataSource(source, `1.${i + 1}`)),
  };
}

export function checkSqlLimits(inputs: number, outputs: number, references: number): void {
  if (inputs > SQL_LIMITS.inputs) throw invalidArgument(`An application can have at most ${SQL_LIMITS.inputs} input.`);
  if (outputs > SQL_LIMITS.outputs) throw invalidArgument(`An application can have at most ${SQL_LIMITS.outputs} outputs.`);
  if (references > SQL_LIMITS.referenceDataSources) throw invalidArgument(`An application can have at most ${SQL_LIMITS.referenceDataSources} reference data source.`);
}

/** UpdateApplication's SqlApplicationConfigurationUpdate, applied to a description (ids must exist). */
export function updateSqlConfiguration(
  current: Kda.SqlApplicationConfigurationDescription,
  update: Kda.SqlApplicationConfigurationUpdate,
): Kda.SqlApplicationConfigurationDescription {
  const inputs = [...(current.InputDescriptions ?? [])];
  for (const change of update.InputUpdates ?? []) {
    const index = inputs.findIndex((i) => i.InputId === change.InputId);
    if (index < 0) throw resourceNotFound(`Input ${change.InputId} does not exist.`);
    const input = { ...inputs[index]! };
    if (change.NamePrefixUpdate !== undefined) input.NamePrefix = change.NamePrefixUpdate;
    if (change.InputParallelismUpdate) input.InputParallelism = { Count: change.InputParallelismUpdate.CountUpdate };
    input.InAppStreamNames = inAppStreamNames(input.NamePrefix!, input.InputParallelism?.Count ?? 1);
    if (change.KinesisStreamsInputUpdate) {
      input.KinesisStreamsInputDescription = { ResourceARN: change.KinesisStreamsInputUpdate.ResourceARNUpdate };
      input.KinesisFirehoseInputDescription = undefined;
    }
    if (change.KinesisFirehoseInputUpdate) {
      input.KinesisFirehoseInputDescription = { ResourceARN: change.KinesisFirehoseInputUpdate.ResourceARNUpdate };
      input.KinesisStreamsInputDescription = undefined;
    }
    if (change.InputProcessingConfigurationUpdate) {
      input.InputProcessingConfigurationDescription = { InputLambdaProcessorDescription: { ResourceARN: change.InputProcessingConfigurationUpdate.InputLambdaProcessorUpdate.ResourceARNUpdate } };
    }
    if (change.InputSchemaUpdate) {
      const schema = input.InputSchema!;
      input.InputSchema = {
        RecordColumns: change.InputSchemaUpdate.RecordColumnUpdates ?? schema.RecordColumns,
        RecordEncoding: change.InputSchemaUpdate.RecordEncodingUpdate ?? schema.RecordEncoding,
        RecordFormat: change.InputSchemaUpdate.RecordFormatUpdate ?? schema.RecordFormat,
      };
    }
    inputs[index] = input;
  }
  const outputs = [...(current.OutputDescriptions ?? [])];
  for (const change of update.OutputUpdates ?? []) {
    const index = outputs.findIndex((o) => o.OutputId === change.OutputId);
    if (index < 0) throw resourceNotFound(`Output ${change.OutputId} does not exist.`);
    const output = { ...outputs[index]! };
    if (change.NameUpdate !== undefined) output.Name = change.NameUpdate;
    if (change.DestinationSchemaUpdate) output.DestinationSchema = change.DestinationSchemaUpdate;
    const destination = change.KinesisStreamsOutputUpdate ?? change.KinesisFirehoseOutputUpdate ?? change.LambdaOutputUpdate;
    if (destination) {
      output.KinesisStreamsOutputDescription = change.KinesisStreamsOutputUpdate ? { ResourceARN: destination.ResourceARNUpdate } : undefined;
      output.KinesisFirehoseOutputDescription = change.KinesisFirehoseOutputUpdate ? { ResourceARN: destination.ResourceARNUpdate } : undefined;
      output.LambdaOutputDescription = change.LambdaOutputUpdate ? { ResourceARN: destination.ResourceARNUpdate } : undefined;
    }
    outputs[index] = output;
  }
  const references = [...(current.ReferenceDataSourceDescriptions ?? [])];
  for (const change of update.ReferenceDataSourceUpdates ?? []) {
    const index = references.findIndex((r) => r.ReferenceId === change.ReferenceId);
    if (index < 0) throw resourceNotFound(`Reference data source ${change.ReferenceId} does not exist.`);
    const reference = { ...references[index]! };
    if (change.TableNameUpdate !== undefined) reference.TableName = change.TableNameUpdate;
    if (change.ReferenceSchemaUpdate) reference.ReferenceSchema = change.ReferenceSchemaUpdate;
    if (change.S3ReferenceDataSourceUpdate) {
      reference.S3ReferenceDataSourceDescription = {
        BucketARN: change.S3ReferenceDataSourceUpdate.BucketARNUpdate ?? reference.S3ReferenceDataSourceDescription.BucketARN,
        FileKey: change.S3ReferenceDataSourceUpdate.FileKeyUpdate ?? reference.S3ReferenceDataSourceDescription.FileKey,
      };
    }
    references[index] = reference;
  }
  return { InputDescriptions: inputs, OutputDescriptions: outputs, ReferenceDataSourceDescriptions: references };
}
