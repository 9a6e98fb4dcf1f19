/** ProcessingConfiguration's processors and parameters, checked as AWS checks them when a stream is created or updated. */
import type * as Firehose from '../../generated/firehose.js';
import { invalidArgument } from './errors.js';
import { parseExtractionQuery } from './partitioning.js';

type ProcessorType = Firehose.Processor['Type'];
type ParameterName = Firehose.ProcessorParameter['ParameterName'];

const PARAMETERS: Record<ProcessorType, ParameterName[]> = {
  Lambda: ['LambdaArn', 'NumberOfRetries', 'RoleArn', 'BufferSizeInMBs', 'BufferIntervalInSeconds'],
  MetadataExtraction: ['MetadataExtractionQuery', 'JsonParsingEngine'],
  RecordDeAggregation: ['SubRecordType', 'Delimiter'],
  AppendDelimiterToRecord: ['Delimiter'],
  Decompression: ['CompressionFormat'],
  CloudWatchLogProcessing: ['DataMessageExtraction'],
};

const REQUIRED: Partial<Record<ProcessorType, ParameterName[]>> = {
  Lambda: ['LambdaArn'],
  MetadataExtraction: ['MetadataExtractionQuery', 'JsonParsingEngine'],
  RecordDeAggregation: ['SubRecordType'],
  Decompression: ['CompressionFormat'],
  CloudWatchLogProcessing: ['DataMessageExtraction'],
};

/** The value of a processor's parameter, or undefined. */
export function parameter(processor: Firehose.Processor, name: ParameterName): string | undefined {
  return processor.Parameters?.find((p) => p.ParameterName === name)?.ParameterValue;
}

function numberIn(processor: Firehose.Processor, name: ParameterName, min: number, max: number): void {
  const raw = parameter(processor, name);
  if (raw === undefined) return;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw invalidArgument(`${name} for processor ${processor.Type} must be a number between ${min} and ${max}; got ${raw}.`);
  }
}

export function checkProcessing(config: Firehose.ProcessingConfiguration, dynamicPartitioning: boolean): void {
  const seen = new Set<ProcessorType>();
  for (const processor of config.Processors ?? []) {
    if (seen.has(processor.Type)) throw invalidArgument(`Processor type ${processor.Type} can be specified only once.`);
    seen.add(processor.Type);
    const allowed = PARAMETERS[processor.Type];
    const names = new Set<ParameterName>();
    for (const p of processor.Parameters ?? []) {
      if (!allowed.includes(p.ParameterName)) throw invalidArgument(`Parameter ${p.ParameterName} is not supported for processor type ${processor.Type}.`);
      if (names.has(p.ParameterName)) throw invalidArgument(`Parameter ${p.ParameterName} is specified more than once for processor type ${processor.Type}.`);
      names.add(p.ParameterName);
    }
    for (const name of REQUIRED[processor.Type] ?? []) {
      if (!names.has(name)) throw invalidArgument(`Parameter ${name} is required for processor type ${processor.Type}.`);
    }
    switch (processor.Type) {
      case 'Lambda': {
        const arn = parameter(processor, 'LambdaArn')!;
        if (!/^arn:[^:]+:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:(\$LATEST|[A-Za-z0-9_-]+))?$/.test(arn)) {
          throw invalidArgument(`LambdaArn ${arn} is not a valid Lambda function ARN.`);
        }
        numberIn(processor, 'NumberOfRetries', 0, 300);
        numberIn(processor, 'BufferSizeInMBs', 0.2, 3);
        numberIn(processor, 'BufferIntervalInSeconds', 60, 900);
        break;
      }
      case 'MetadataExtraction':
        // AWS's message names its own Java class.
        if (!dynamicPartitioning) throw invalidArgument('class com.amazonaws.services.firehose.internal.model.MetadataExtractionProcessor can only be present when Dynamic Partitioning is enabled.');
        if (parameter(processor, 'JsonParsingEngine') !== 'JQ-1.6') throw invalidArgument('JsonParsingEngine must be JQ-1.6.');
        parseExtractionQuery(parameter(processor, 'MetadataExtractionQuery')!);
        break;
      case 'RecordDeAggregation': {
        if (!dynamicPartitioning) throw invalidArgument('RecordDeAggregation processor is only supported when dynamic partitioning is enabled.');
        const type = parameter(processor, 'SubRecordType');
        if (type !== 'JSON' && type !== 'DELIMITED') throw invalidArgument('SubRecordType must be JSON or DELIMITED.');
        if (type === 'DELIMITED' && !parameter(processor, 'Delimiter')) throw invalidArgument('Delimiter is required when SubRecordType is DELIMITED.');
        break;
      }
      case 'Decompression':
        if (parameter(processor, 'CompressionFormat') !== 'GZIP') throw invalidArgument('CompressionFormat for the Decompression processor must be GZIP.');
        break;
      case 'CloudWatchLogProcessing': {
        const value = parameter(processor, 'DataMessageExtraction');
        if (value !== 'true' && value !== 'false') throw invalidArgument('DataMessageExtraction must be true or false.');
        break;
      }
    }
  }
}

/** A Delimiter parameter's bytes: its text with \n, \r and \t escapes read (a newline when none is given). */
export function delimiterBytes(value: string | undefined): Buffer {
  if (value === undefined) return Buffer.from('\n');
  return Buffer.from(value.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\r/g, '\r'));
}
