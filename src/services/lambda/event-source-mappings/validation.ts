import { compileFilterCriteria, MAX_FILTERS } from '../../../core/event-sources/filter-criteria.js';
import { PatternError } from '../../../core/event-pattern/index.js';
import { parseArn } from '../../../core/ids.js';
import type * as L from '../../../generated/lambda.js';
import { invalidParameter } from '../errors.js';
import type { MappingSettings } from './state.js';

/**
 * What a mapping reads. Only SQS, Kinesis and DynamoDB Streams are polled; Kafka (MSK and
 * self-managed), Amazon MQ and DocumentDB mappings are accepted with AWS's validation and stored.
 */
export type SourceKind = 'sqs' | 'kinesis' | 'dynamodb' | 'msk' | 'kafka' | 'mq' | 'documentdb';

/** What the operations learnt of the source before validating (a queue's FIFO-ness). */
export interface SourceFacts {
  kind: SourceKind;
  fifo: boolean;
}

/** AWS's default batch sizes: 10 for SQS, 100 for every other source. */
const DEFAULT_BATCH: Record<SourceKind, number> = { sqs: 10, kinesis: 100, dynamodb: 100, msk: 100, kafka: 100, mq: 100, documentdb: 100 };
/** Above this an SQS mapping needs a batching window (AWS's rule); a FIFO queue never takes more. */
const SQS_UNWINDOWED_BATCH = 10;
/** FilterCriteria: AWS's default quota (10 with an increase Nimbus does not model). */
const FILTER_LIMIT = MAX_FILTERS;

export const isStream = (kind: SourceKind): boolean => kind === 'kinesis' || kind === 'dynamodb';
const isKafka = (kind: SourceKind): boolean => kind === 'msk' || kind === 'kafka';

/** The kind of source an EventSourceArn (or a self-managed Kafka cluster) names; AWS's error for anything else. */
export function sourceKindOf(eventSourceArn: string | undefined, selfManaged: L.SelfManagedEventSource | undefined): SourceKind {
  if (eventSourceArn === undefined) {
    if (selfManaged?.Endpoints) return 'kafka';
    throw invalidParameter('Unrecognized event source.');
  }
  const parsed = parseArn(eventSourceArn);
  switch (parsed?.service) {
    case 'sqs':
      return 'sqs';
    case 'kinesis':
      if (parsed.resource.startsWith('stream/')) return 'kinesis';
      break;
    case 'dynamodb':
      if (/^table\/[^/]+\/stream\/.+/.test(parsed.resource)) return 'dynamodb';
      break;
    case 'kafka':
      return 'msk';
    case 'mq':
      return 'mq';
    case 'rds':
      if (parsed.resource.startsWith('cluster:')) return 'documentdb';
      break;
    default:
      break;
  }
  throw invalidParameter('Unrecognized event source, must be kinesis, dynamodb stream or sqs.');
}

/** The members only stream (and Kafka) sources take, and the members only SQS takes. */
const STREAM_ONLY = ['ParallelizationFactor', 'MaximumRetryAttempts', 'MaximumRecordAgeInSeconds', 'BisectBatchOnFunctionError', 'TumblingWindowInSeconds'] as const;

type SettingsInput = Partial<L.CreateEventSourceMappingRequest>;

function unsupported(member: string): Error {
  return invalidParameter(`Unsupported ${member} parameter for the given event source.`);
}

/**
 * The settings a mapping keeps, from a Create request or from an Update laid over the stored
 * settings (`base`): AWS's defaults per source, then AWS's rules, each with AWS's error.
 */
export function resolveSettings(source: SourceFacts, input: SettingsInput, base?: MappingSettings): MappingSettings {
  const { kind } = source;
  const given = (member: keyof SettingsInput): boolean => input[member] !== undefined;
  const settings: MappingSettings = base ? structuredClone(base) : { BatchSize: DEFAULT_BATCH[kind] };
  if (!base && input.EventSourceArn !== undefined) settings.EventSourceArn = input.EventSourceArn;

  if (kind === 'sqs') {
    for (const member of STREAM_ONLY) if (given(member)) throw unsupported(member);
    if (given('DestinationConfig')) throw unsupported('DestinationConfig');
    if (given('StartingPosition') || given('StartingPositionTimestamp')) throw invalidParameter('StartingPosition is not valid for SQS event sources.');
  } else if (given('ScalingConfig')) {
    throw unsupported('ScalingConfig');
  }
  if (!isStream(kind) && !isKafka(kind)) {
    if (given('DestinationConfig')) throw unsupported('DestinationConfig');
  }
  if (!isStream(kind)) {
    for (const member of STREAM_ONLY) if (member !== 'MaximumRetryAttempts' && given(member)) throw unsupported(member);
    if (kind !== 'sqs' && given('MaximumRetryAttempts')) throw unsupported('MaximumRetryAttempts');
  }

  if (given('BatchSize')) settings.BatchSize = input.BatchSize!;
  if (given('MaximumBatchingWindowInSeconds')) settings.MaximumBatchingWindowInSeconds = input.MaximumBatchingWindowInSeconds!;
  else if (!base && (kind === 'sqs' || isStream(kind))) settings.MaximumBatchingWindowInSeconds = 0;
  if (given('FunctionResponseTypes')) settings.FunctionResponseTypes = [...input.FunctionResponseTypes!];
  else if (!base && (kind === 'sqs' || isStream(kind))) settings.FunctionResponseTypes = [];
  if (given('FilterCriteria')) setFilterCriteria(settings, input.FilterCriteria!);
  for (const member of ['KMSKeyArn', 'MetricsConfig', 'LoggingConfig', 'ProvisionedPollerConfig', 'SourceAccessConfigurations'] as const) {
    if (given(member)) settings[member] = structuredClone(input[member]);
  }

  if (kind === 'sqs') sqsRules(source, input, settings);
  if (isStream(kind)) streamRules(input, settings, base === undefined);
  if (isKafka(kind)) kafkaRules(kind, input, settings, base === undefined);
  if (kind === 'mq' && !base) {
    if (!input.Queues?.length) throw invalidParameter('Queues is required for an Amazon MQ event source.');
    if (!input.SourceAccessConfigurations?.length) throw invalidParameter('SourceAccessConfigurations is required for an Amazon MQ event source.');
    settings.Queues = [...input.Queues];
  }
  if (kind === 'documentdb') {
    if (given('DocumentDBEventSourceConfig')) settings.DocumentDBEventSourceConfig = structuredClone(input.DocumentDBEventSourceConfig);
    if (!(settings.DocumentDBEventSourceConfig as L.DocumentDBEventSourceConfig | undefined)?.DatabaseName) {
      throw invalidParameter('DocumentDBEventSourceConfig.DatabaseName is required for an Amazon DocumentDB event source.');
    }
  }
  return settings;
}

function sqsRules(source: SourceFacts, input: SettingsInput, settings: MappingSettings): void {
  const window = (settings.MaximumBatchingWindowInSeconds as number | undefined) ?? 0;
  if (source.fifo) {
    if (settings.BatchSize > SQS_UNWINDOWED_BATCH) throw invalidParameter('Maximum batch size must be between 1 and 10 inclusive for FIFO queues.');
    if (window > 0) throw invalidParameter('Batching window is not supported for FIFO queues');
  } else if (settings.BatchSize > SQS_UNWINDOWED_BATCH && window < 1) {
    throw invalidParameter('Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10');
  }
  if (input.ScalingConfig !== undefined) {
    // An empty ScalingConfig takes the limit off, as on AWS.
    if (input.ScalingConfig.MaximumConcurrency === undefined) delete settings.ScalingConfig;
    else settings.ScalingConfig = { MaximumConcurrency: input.ScalingConfig.MaximumConcurrency };
  }
}

function streamRules(input: SettingsInput, settings: MappingSettings, creating: boolean): void {
  if (creating) {
    if (input.StartingPosition === undefined) throw invalidParameter('1 validation error detected: Value null at \'startingPosition\' failed to satisfy constraint: Member must not be null');
    settings.StartingPosition = input.StartingPosition;
    if (input.StartingPosition === 'AT_TIMESTAMP') {
      if (input.StartingPositionTimestamp === undefined) throw invalidParameter('Need to specify a timestamp when StartingPosition is AT_TIMESTAMP.');
      settings.StartingPositionTimestamp = epochSeconds(input.StartingPositionTimestamp);
    } else if (input.StartingPositionTimestamp !== undefined) {
      throw invalidParameter('StartingPositionTimestamp is only valid when StartingPosition is AT_TIMESTAMP.');
    }
    settings.ParallelizationFactor = 1;
    settings.MaximumRetryAttempts = -1;
    settings.MaximumRecordAgeInSeconds = -1;
    settings.BisectBatchOnFunctionError = false;
    settings.TumblingWindowInSeconds = 0;
    settings.DestinationConfig = { OnFailure: {} };
  }
  for (const member of STREAM_ONLY) if (input[member] !== undefined) settings[member] = input[member];
  const age = settings.MaximumRecordAgeInSeconds as number;
  if (age !== -1 && age < 60) throw invalidParameter('Maximum record age in seconds must be -1 or between 60 and 604800.');
  if (input.DestinationConfig !== undefined) settings.DestinationConfig = destinationConfig(input.DestinationConfig, ['sqs', 'sns', 's3']);
}

function kafkaRules(kind: SourceKind, input: SettingsInput, settings: MappingSettings, creating: boolean): void {
  if (creating) {
    if (!input.Topics?.length) throw invalidParameter('Topics is required for a Kafka event source.');
    if (input.StartingPosition === undefined) throw invalidParameter('1 validation error detected: Value null at \'startingPosition\' failed to satisfy constraint: Member must not be null');
    if (input.StartingPosition === 'AT_TIMESTAMP' && input.StartingPositionTimestamp === undefined) throw invalidParameter('Need to specify a timestamp when StartingPosition is AT_TIMESTAMP.');
    settings.Topics = [...input.Topics];
    settings.StartingPosition = input.StartingPosition;
    if (input.StartingPositionTimestamp !== undefined) settings.StartingPositionTimestamp = epochSeconds(input.StartingPositionTimestamp);
    if (kind === 'kafka') {
      if (!input.SelfManagedEventSource?.Endpoints?.KAFKA_BOOTSTRAP_SERVERS?.length) throw invalidParameter('SelfManagedEventSource.Endpoints must name KAFKA_BOOTSTRAP_SERVERS.');
      settings.SelfManagedEventSource = structuredClone(input.SelfManagedEventSource);
    }
  }
  if (input.AmazonManagedKafkaEventSourceConfig !== undefined) settings.AmazonManagedKafkaEventSourceConfig = structuredClone(input.AmazonManagedKafkaEventSourceConfig);
  if (input.SelfManagedKafkaEventSourceConfig !== undefined) settings.SelfManagedKafkaEventSourceConfig = structuredClone(input.SelfManagedKafkaEventSourceConfig);
  if (input.DestinationConfig !== undefined) settings.DestinationConfig = destinationConfig(input.DestinationConfig, ['sqs', 'sns', 's3', 'kafka']);
}

/** An on-failure destination: a queue, topic or bucket ARN (Kafka also a topic); streams take no OnSuccess. */
function destinationConfig(config: L.DestinationConfig, services: string[]): L.DestinationConfig {
  if (config.OnSuccess?.Destination) throw invalidParameter('Unsupported OnSuccess destination for the given event source.');
  const destination = config.OnFailure?.Destination;
  if (destination === undefined) return { OnFailure: {} };
  const service = parseArn(destination)?.service;
  if (!service || !services.includes(service)) throw invalidParameter(`Unsupported destination ARN type: ${destination}`);
  return { OnFailure: { Destination: destination } };
}

/** FilterCriteria: at most five filters, each an event pattern; an empty criteria removes them. */
function setFilterCriteria(settings: MappingSettings, criteria: L.FilterCriteria): void {
  const filters = criteria.Filters ?? [];
  if (!filters.length) {
    delete settings.FilterCriteria;
    return;
  }
  if (filters.length > FILTER_LIMIT) throw invalidParameter(`The number of filters exceeds the limit of ${FILTER_LIMIT}.`);
  const patterns = filters.map((filter) => filter.Pattern ?? '');
  try {
    compileFilterCriteria(patterns);
  } catch (error) {
    if (error instanceof PatternError) throw invalidParameter('Invalid filter pattern definition.');
    throw error;
  }
  settings.FilterCriteria = { Filters: patterns.map((Pattern) => ({ Pattern })) };
}

function epochSeconds(value: Date | number | string): number {
  if (value instanceof Date) return value.getTime() / 1000;
  if (typeof value === 'number') return value;
  return new Date(value).getTime() / 1000;
}

/** The filter patterns a runner compiles. */
export function filterPatterns(settings: MappingSettings): string[] {
  const criteria = settings.FilterCriteria as L.FilterCriteria | undefined;
  return (criteria?.Filters ?? []).map((filter) => filter.Pattern ?? '');
}
