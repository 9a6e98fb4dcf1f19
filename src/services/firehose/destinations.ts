/**
 * Destination configurations: AWS's checks and defaults on the way in (Create, UpdateDestination), and
 * the descriptions DescribeDeliveryStream gives back (secrets such as access keys and passwords left out).
 */
import type * as Firehose from '../../generated/firehose.js';
import { invalidArgument } from './errors.js';
import type { Destination, DestinationKind, HttpEndpointDestination, S3Destination } from './model.js';
import { checkPrefixes } from './prefixes.js';
import { checkProcessing } from './processing-config.js';

const CONFIG_KINDS: Array<[keyof Firehose.CreateDeliveryStreamInput, DestinationKind]> = [
  ['ExtendedS3DestinationConfiguration', 'ExtendedS3'],
  ['HttpEndpointDestinationConfiguration', 'HttpEndpoint'],
  ['RedshiftDestinationConfiguration', 'Redshift'],
  ['ElasticsearchDestinationConfiguration', 'Elasticsearch'],
  ['AmazonopensearchserviceDestinationConfiguration', 'Amazonopensearchservice'],
  ['AmazonOpenSearchServerlessDestinationConfiguration', 'AmazonOpenSearchServerless'],
  ['SplunkDestinationConfiguration', 'Splunk'],
  ['SnowflakeDestinationConfiguration', 'Snowflake'],
  ['IcebergDestinationConfiguration', 'Iceberg'],
];

/** With dynamic partitioning, the buffer is at least 64 MiB (default 128), as AWS requires. */
const DYNAMIC_PARTITIONING_MIN_MB = 64;

/** The one destination a CreateDeliveryStream request configures, checked and with AWS's defaults. */
export function destinationFromCreate(input: Firehose.CreateDeliveryStreamInput): Destination {
  const given = CONFIG_KINDS.filter(([member]) => input[member] !== undefined);
  const plain = input.S3DestinationConfiguration !== undefined;
  const count = given.length + (plain ? 1 : 0);
  // AWS words none and several alike.
  if (count !== 1) throw invalidArgument('Exactly one destination configuration is supported for a Firehose');
  if (plain) return { kind: 'ExtendedS3', plainS3: true, config: s3FromConfiguration(input.S3DestinationConfiguration!) };
  const [member, kind] = given[0]!;
  return { kind, config: configurationOf(kind, input[member] as Record<string, any>, String(member)) };
}

function configurationOf(kind: DestinationKind, config: Record<string, any>, member: string): Record<string, any> {
  switch (kind) {
    case 'ExtendedS3':
      return extendedS3FromConfiguration(config as Firehose.ExtendedS3DestinationConfiguration);
    case 'HttpEndpoint':
      return httpFromConfiguration(config as Firehose.HttpEndpointDestinationConfiguration);
    default: {
      // Stored as given (delivery to these is not run): the S3 configuration every one of them has is checked.
      if (config.ProcessingConfiguration) checkProcessing(config.ProcessingConfiguration, false);
      const s3 = config.S3Configuration as Firehose.S3DestinationConfiguration | undefined;
      return { ...config, ...(s3 ? { S3Configuration: s3FromConfiguration(s3) } : {}) };
    }
  }
}

function bufferingHints(hints: Firehose.BufferingHints | undefined, defaults: { SizeInMBs: number; IntervalInSeconds: number }): Required<Firehose.BufferingHints> {
  return { SizeInMBs: hints?.SizeInMBs ?? defaults.SizeInMBs, IntervalInSeconds: hints?.IntervalInSeconds ?? defaults.IntervalInSeconds };
}

function loggingOptions(options: Firehose.CloudWatchLoggingOptions | undefined): Firehose.CloudWatchLoggingOptions {
  if (options?.Enabled && (!options.LogGroupName || !options.LogStreamName)) {
    throw invalidArgument('LogGroupName and LogStreamName must be specified when CloudWatch logging is enabled.');
  }
  return options ? { ...options, Enabled: options.Enabled ?? false } : { Enabled: false };
}

function encryption(config: Firehose.EncryptionConfiguration | undefined): Firehose.EncryptionConfiguration {
  if (config?.KMSEncryptionConfig && config.NoEncryptionConfig) {
    throw invalidArgument('Only one of NoEncryptionConfig and KMSEncryptionConfig can be specified in EncryptionConfiguration.');
  }
  return config?.KMSEncryptionConfig ? { KMSEncryptionConfig: config.KMSEncryptionConfig } : { NoEncryptionConfig: 'NoEncryption' };
}

function s3FromConfiguration(config: Firehose.S3DestinationConfiguration): S3Destination {
  const s3: S3Destination = {
    RoleARN: config.RoleARN,
    BucketARN: config.BucketARN,
    BufferingHints: bufferingHints(config.BufferingHints, { SizeInMBs: 5, IntervalInSeconds: 300 }),
    CompressionFormat: config.CompressionFormat ?? 'UNCOMPRESSED',
    EncryptionConfiguration: encryption(config.EncryptionConfiguration),
    CloudWatchLoggingOptions: loggingOptions(config.CloudWatchLoggingOptions),
  };
  if (config.Prefix !== undefined) s3.Prefix = config.Prefix;
  if (config.ErrorOutputPrefix !== undefined) s3.ErrorOutputPrefix = config.ErrorOutputPrefix;
  checkPrefixes(s3.Prefix, s3.ErrorOutputPrefix, false);
  return s3;
}

function extendedS3FromConfiguration(config: Firehose.ExtendedS3DestinationConfiguration): S3Destination {
  const partitioning = config.DynamicPartitioningConfiguration?.Enabled === true;
  const s3: S3Destination = {
    RoleARN: config.RoleARN,
    BucketARN: config.BucketARN,
    BufferingHints: bufferingHints(config.BufferingHints, partitioning ? { SizeInMBs: 128, IntervalInSeconds: 300 } : { SizeInMBs: 5, IntervalInSeconds: 300 }),
    CompressionFormat: config.CompressionFormat ?? 'UNCOMPRESSED',
    EncryptionConfiguration: encryption(config.EncryptionConfiguration),
    CloudWatchLoggingOptions: loggingOptions(config.CloudWatchLoggingOptions),
    S3BackupMode: config.S3BackupMode ?? 'Disabled',
  };
  if (config.Prefix !== undefined) s3.Prefix = config.Prefix;
  if (config.ErrorOutputPrefix !== undefined) s3.ErrorOutputPrefix = config.ErrorOutputPrefix;
  if (config.ProcessingConfiguration) s3.ProcessingConfiguration = config.ProcessingConfiguration;
  if (config.DynamicPartitioningConfiguration) {
    s3.DynamicPartitioningConfiguration = {
      ...config.DynamicPartitioningConfiguration,
      RetryOptions: { DurationInSeconds: config.DynamicPartitioningConfiguration.RetryOptions?.DurationInSeconds ?? 300 },
    };
  }
  if (config.DataFormatConversionConfiguration) s3.DataFormatConversionConfiguration = config.DataFormatConversionConfiguration;
  if (config.CustomTimeZone) s3.CustomTimeZone = config.CustomTimeZone;
  if (config.FileExtension) s3.FileExtension = config.FileExtension;
  if (config.S3BackupConfiguration) s3.S3BackupDescription = s3FromConfiguration(config.S3BackupConfiguration);
  checkExtendedS3(s3);
  return s3;
}

/** The rules that tie an extended S3 destination's members together (checked again after an update). */
function checkExtendedS3(s3: S3Destination): void {
  const partitioning = s3.DynamicPartitioningConfiguration?.Enabled === true;
  if (s3.S3BackupMode === 'Enabled' && !s3.S3BackupDescription) {
    throw invalidArgument('S3BackupConfiguration must be specified when S3BackupMode is Enabled.');
  }
  if (partitioning && s3.BufferingHints.SizeInMBs! < DYNAMIC_PARTITIONING_MIN_MB) {
    throw invalidArgument(`BufferingHints.SizeInMBs must be at least ${DYNAMIC_PARTITIONING_MIN_MB} when Dynamic Partitioning is enabled.`);
  }
  if (partitioning && s3.BufferingHints.IntervalInSeconds === 0) {
    throw invalidArgument('BufferingHints.IntervalInSeconds cannot be 0 when Dynamic Partitioning is enabled: zero buffering is not available for dynamic partitioning.');
  }
  if (s3.CustomTimeZone && !validTimeZone(s3.CustomTimeZone)) throw invalidArgument(`CustomTimeZone ${s3.CustomTimeZone} is not a supported time zone.`);
  if (s3.FileExtension && s3.DataFormatConversionConfiguration?.Enabled) {
    throw invalidArgument('FileExtension cannot be specified when data format conversion is enabled.');
  }
  if (s3.DataFormatConversionConfiguration?.Enabled && s3.CompressionFormat !== 'UNCOMPRESSED') {
    throw invalidArgument('CompressionFormat must be UNCOMPRESSED when data format conversion is enabled.');
  }
  checkPrefixes(s3.Prefix, s3.ErrorOutputPrefix, partitioning);
  if (s3.ProcessingConfiguration) checkProcessing(s3.ProcessingConfiguration, partitioning);
  if (partitioning) {
    const partitionFromQuery = s3.Prefix?.includes('!{partitionKeyFromQuery:');
    const extraction = s3.ProcessingConfiguration?.Enabled !== false && s3.ProcessingConfiguration?.Processors?.some((p) => p.Type === 'MetadataExtraction');
    if (partitionFromQuery && !extraction) {
      throw invalidArgument('partitionKeyFromQuery expressions in Prefix need a MetadataExtraction processor in ProcessingConfiguration.');
    }
    const partitionFromLambda = s3.Prefix?.includes('!{partitionKeyFromLambda:');
    const lambda = s3.ProcessingConfiguration?.Enabled !== false && s3.ProcessingConfiguration?.Processors?.some((p) => p.Type === 'Lambda');
    if (partitionFromLambda && !lambda) {
      throw invalidArgument('partitionKeyFromLambda expressions in Prefix need a Lambda processor in ProcessingConfiguration.');
    }
  }
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function httpFromConfiguration(config: Firehose.HttpEndpointDestinationConfiguration): HttpEndpointDestination {
  const http: HttpEndpointDestination = {
    EndpointConfiguration: config.EndpointConfiguration,
    BufferingHints: bufferingHints(config.BufferingHints, { SizeInMBs: 5, IntervalInSeconds: 300 }),
    CloudWatchLoggingOptions: loggingOptions(config.CloudWatchLoggingOptions),
    RequestConfiguration: { ContentEncoding: config.RequestConfiguration?.ContentEncoding ?? 'NONE', ...(config.RequestConfiguration?.CommonAttributes ? { CommonAttributes: config.RequestConfiguration.CommonAttributes } : {}) },
    RetryOptions: { DurationInSeconds: config.RetryOptions?.DurationInSeconds ?? 300 },
    S3BackupMode: config.S3BackupMode ?? 'FailedDataOnly',
    S3Configuration: s3FromConfiguration(config.S3Configuration),
  };
  if (config.RoleARN) http.RoleARN = config.RoleARN;
  if (config.ProcessingConfiguration) {
    checkProcessing(config.ProcessingConfiguration, false);
    http.ProcessingConfiguration = config.ProcessingConfiguration;
  }
  if (config.SecretsManagerConfiguration) http.SecretsManagerConfiguration = config.SecretsManagerConfiguration;
  return http;
}

const UPDATE_KINDS: Array<[keyof Firehose.UpdateDestinationInput, DestinationKind | 'S3']> = [
  ['S3DestinationUpdate', 'S3'],
  ['ExtendedS3DestinationUpdate', 'ExtendedS3'],
  ['HttpEndpointDestinationUpdate', 'HttpEndpoint'],
  ['RedshiftDestinationUpdate', 'Redshift'],
  ['ElasticsearchDestinationUpdate', 'Elasticsearch'],
  ['AmazonopensearchserviceDestinationUpdate', 'Amazonopensearchservice'],
  ['AmazonOpenSearchServerlessDestinationUpdate', 'AmazonOpenSearchServerless'],
  ['SplunkDestinationUpdate', 'Splunk'],
  ['SnowflakeDestinationUpdate', 'Snowflake'],
  ['IcebergDestinationUpdate', 'Iceberg'],
];

const defined = <T extends object>(value: T): Partial<T> => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** UpdateDestination: the members given replace the current ones; a different kind replaces the destination. */
export function applyUpdate(current: Destination, input: Firehose.UpdateDestinationInput): Destination {
  const given = UPDATE_KINDS.filter(([member]) => input[member] !== undefined);
  if (given.length === 0) throw invalidArgument('Exactly one destination update must be supplied.');
  if (given.length > 1) throw invalidArgument('Only one destination update can be supplied.');
  const [member, kind] = given[0]!;
  const update = input[member] as Record<string, any>;
  if (kind === 'S3' || kind === 'ExtendedS3') {
    if (current.kind !== 'ExtendedS3') {
      if (!update.BucketARN || !update.RoleARN) throw invalidArgument('BucketARN and RoleARN must be specified when changing the destination type to Amazon S3.');
      return kind === 'S3'
        ? { kind: 'ExtendedS3', plainS3: true, config: s3FromConfiguration(update as Firehose.S3DestinationConfiguration) }
        : { kind: 'ExtendedS3', config: extendedS3FromConfiguration(update as Firehose.ExtendedS3DestinationConfiguration) };
    }
    const s3 = current.config as S3Destination;
    const wasPartitioning = s3.DynamicPartitioningConfiguration?.Enabled === true;
    const { S3BackupUpdate, BufferingHints, ...rest } = update as Firehose.ExtendedS3DestinationUpdate;
    const next: S3Destination = { ...s3, ...defined(rest) } as S3Destination;
    if (BufferingHints) next.BufferingHints = { ...s3.BufferingHints, ...defined(BufferingHints) };
    if (rest.EncryptionConfiguration) next.EncryptionConfiguration = encryption(rest.EncryptionConfiguration);
    if (rest.CloudWatchLoggingOptions) next.CloudWatchLoggingOptions = loggingOptions({ ...s3.CloudWatchLoggingOptions, ...defined(rest.CloudWatchLoggingOptions) });
    if (S3BackupUpdate) next.S3BackupDescription = mergeS3(s3.S3BackupDescription, S3BackupUpdate);
    if (!wasPartitioning && next.DynamicPartitioningConfiguration?.Enabled) {
      throw invalidArgument('Dynamic partitioning can only be enabled when the Firehose stream is created.');
    }
    if (wasPartitioning && next.DynamicPartitioningConfiguration?.Enabled === false) {
      throw invalidArgument('Dynamic partitioning cannot be disabled once the Firehose stream has been created with it.');
    }
    checkExtendedS3(next);
    return { kind: 'ExtendedS3', plainS3: current.plainS3 && kind === 'S3', config: next };
  }
  if (kind !== current.kind) {
    const created = destinationFromCreate({ DeliveryStreamName: 'update', [`${kind}DestinationConfiguration`]: { ...update, S3Configuration: update.S3Configuration ?? update.S3Update } } as Firehose.CreateDeliveryStreamInput);
    return created;
  }
  if (kind === 'HttpEndpoint') {
    const http = current.config as HttpEndpointDestination;
    const u = update as Firehose.HttpEndpointDestinationUpdate;
    const next: HttpEndpointDestination = { ...http, ...defined({ RoleARN: u.RoleARN, S3BackupMode: u.S3BackupMode, ProcessingConfiguration: u.ProcessingConfiguration, SecretsManagerConfiguration: u.SecretsManagerConfiguration }) };
    if (u.EndpointConfiguration) next.EndpointConfiguration = { ...http.EndpointConfiguration, ...defined(u.EndpointConfiguration) };
    if (u.BufferingHints) next.BufferingHints = { ...http.BufferingHints, ...defined(u.BufferingHints) };
    if (u.RetryOptions) next.RetryOptions = { ...http.RetryOptions, ...defined(u.RetryOptions) };
    if (u.RequestConfiguration) next.RequestConfiguration = { ...http.RequestConfiguration, ...defined(u.RequestConfiguration) };
    if (u.CloudWatchLoggingOptions) next.CloudWatchLoggingOptions = loggingOptions({ ...http.CloudWatchLoggingOptions, ...defined(u.CloudWatchLoggingOptions) });
    if (u.S3Update) next.S3Configuration = mergeS3(http.S3Configuration, u.S3Update)!;
    if (u.ProcessingConfiguration) checkProcessing(u.ProcessingConfiguration, false);
    return { kind, config: next };
  }
  const { S3Update, ...rest } = update;
  const config = { ...current.config, ...defined(rest) };
  if (S3Update) config.S3Configuration = mergeS3(current.config.S3Configuration, S3Update);
  return { kind: current.kind, config };
}

function mergeS3(current: S3Destination | undefined, update: Firehose.S3DestinationUpdate): S3Destination | undefined {
  if (!current) {
    if (!update.BucketARN || !update.RoleARN) throw invalidArgument('BucketARN and RoleARN must be specified for a new S3 configuration.');
    return s3FromConfiguration(update as Firehose.S3DestinationConfiguration);
  }
  const next: S3Destination = { ...current, ...defined(update) } as S3Destination;
  if (update.BufferingHints) next.BufferingHints = { ...current.BufferingHints, ...defined(update.BufferingHints) };
  if (update.EncryptionConfiguration) next.EncryptionConfiguration = encryption(update.EncryptionConfiguration);
  checkPrefixes(next.Prefix, next.ErrorOutputPrefix, false);
  return next;
}

/** An S3 description as the plain (non-extended) S3 destination shows it. */
function plainS3Description(s3: S3Destination): Firehose.S3DestinationDescription {
  const out: Firehose.S3DestinationDescription = {
    RoleARN: s3.RoleARN,
    BucketARN: s3.BucketARN,
    BufferingHints: s3.BufferingHints,
    CompressionFormat: s3.CompressionFormat,
    EncryptionConfiguration: s3.EncryptionConfiguration,
    CloudWatchLoggingOptions: s3.CloudWatchLoggingOptions,
  };
  if (s3.Prefix !== undefined) out.Prefix = s3.Prefix;
  if (s3.ErrorOutputPrefix !== undefined) out.ErrorOutputPrefix = s3.ErrorOutputPrefix;
  return out;
}

const SECRET_MEMBERS = ['Password', 'HECToken', 'PrivateKey', 'KeyPassphrase'];

/** DestinationDescription for DescribeDeliveryStream. */
export function describeDestination(destinationId: string, destination: Destination): Firehose.DestinationDescription {
  const out: Firehose.DestinationDescription = { DestinationId: destinationId };
  const config = destination.config;
  switch (destination.kind) {
    case 'ExtendedS3': {
      const s3 = config as S3Destination;
      const extended: Firehose.ExtendedS3DestinationDescription = { ...s3, S3BackupMode: s3.S3BackupMode ?? 'Disabled' };
      if (s3.S3BackupDescription) extended.S3BackupDescription = plainS3Description(s3.S3BackupDescription as S3Destination);
      out.ExtendedS3DestinationDescription = extended;
      out.S3DestinationDescription = plainS3Description(s3);
      break;
    }
    case 'HttpEndpoint': {
      const http = config as HttpEndpointDestination;
      const { EndpointConfiguration, S3Configuration, ...rest } = http;
      out.HttpEndpointDestinationDescription = {
        ...rest,
        EndpointConfiguration: { Url: EndpointConfiguration.Url, ...(EndpointConfiguration.Name ? { Name: EndpointConfiguration.Name } : {}) },
        S3DestinationDescription: plainS3Description(S3Configuration),
      };
      break;
    }
    default: {
      const { S3Configuration, S3BackupConfiguration, ...rest } = config;
      const described: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([k]) => !SECRET_MEMBERS.includes(k)));
      if (S3Configuration) described.S3DestinationDescription = plainS3Description(S3Configuration as S3Destination);
      if (S3BackupConfiguration) described.S3BackupDescription = S3BackupConfiguration;
      (out as unknown as Record<string, unknown>)[`${destination.kind}DestinationDescription`] = described;
    }
  }
  return out;
}
