import type * as Firehose from '../../generated/firehose.js';
import type { KinesisApi } from '../kinesis/api.js';
import { applyUpdate, describeDestination, destinationFromCreate } from './destinations.js';
import { concurrentModification, invalidArgument, resourceInUse, streamExists } from './errors.js';
import { FIRST_DESTINATION_ID, type DeliveryStream } from './model.js';
import type { FirehoseService } from './service.js';
import { checkNewTags } from './tags.js';

/** How long a new stream stays CREATING, and a deleted one DELETING, in clock time. */
export const CREATING_MS = 1_000;
const DELETING_MS = 1_000;

export function deliveryStreamOperations(service: FirehoseService, startSource: (stream: DeliveryStream) => void): Partial<Firehose.FirehoseOperations> {
  return {
    async CreateDeliveryStream(input, context) {
      const { accountId: account, region } = context;
      const name = input.DeliveryStreamName;
      if (service.state.streamByName(account, region, name)) throw streamExists(name, account);
      const type = input.DeliveryStreamType ?? 'DirectPut';
      const source = await sourceOf(service, input, type);
      if (input.DeliveryStreamEncryptionConfigurationInput) {
        if (type !== 'DirectPut') throw invalidArgument(`Encryption is not supported for a Firehose stream with the source type ${type}.`);
        checkEncryption(input.DeliveryStreamEncryptionConfigurationInput);
      }
      const destination = destinationFromCreate(input);
      const tags = checkNewTags([], input.Tags ?? []);
      const now = service.clock.now();
      const encryption = input.DeliveryStreamEncryptionConfigurationInput;
      const stream: DeliveryStream = {
        arn: service.streamArn(account, region, name),
        account,
        region,
        name,
        type,
        status: 'CREATING',
        versionId: 1,
        createdAt: now,
        source,
        destinationId: FIRST_DESTINATION_ID,
        destination,
        tags,
        encryption: encryption ? { Status: 'ENABLED', KeyType: encryption.KeyType, ...(encryption.KeyARN ? { KeyARN: encryption.KeyARN } : {}) } : { Status: 'DISABLED' },
      };
      service.state.insertStream(stream);
      service.clock.setTimeout(() => {
        const current = service.state.stream(stream.arn);
        if (!current || current.status !== 'CREATING' || current.createdAt !== stream.createdAt) return;
        current.status = 'ACTIVE';
        service.state.saveStream(current);
        startSource(current);
      }, CREATING_MS);
      return { DeliveryStreamARN: stream.arn };
    },

    DescribeDeliveryStream(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      const destinations = input.ExclusiveStartDestinationId === stream.destinationId ? [] : [describeDestination(stream.destinationId, stream.destination)];
      const description: Firehose.DeliveryStreamDescription = {
        DeliveryStreamName: stream.name,
        DeliveryStreamARN: stream.arn,
        DeliveryStreamStatus: stream.status,
        DeliveryStreamEncryptionConfiguration: stream.encryption,
        DeliveryStreamType: stream.type,
        VersionId: String(stream.versionId),
        CreateTimestamp: new Date(stream.createdAt),
        Destinations: destinations.slice(0, input.Limit ?? 100),
        HasMoreDestinations: false,
      };
      if (stream.updatedAt !== undefined) description.LastUpdateTimestamp = new Date(stream.updatedAt);
      const source = describeSource(stream);
      if (source) description.Source = source;
      return { DeliveryStreamDescription: description };
    },

    ListDeliveryStreams(input, context) {
      const limit = input.Limit ?? 10;
      const streams = service.state
        .streams(context.accountId, context.region, input.ExclusiveStartDeliveryStreamName)
        .filter((s) => !input.DeliveryStreamType || s.type === input.DeliveryStreamType);
      return { DeliveryStreamNames: streams.slice(0, limit).map((s) => s.name), HasMoreDeliveryStreams: streams.length > limit };
    },

    DeleteDeliveryStream(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      if (stream.status === 'CREATING') {
        throw resourceInUse(`Firehose ${stream.name} under account ${stream.account} is in the CREATING state and cannot be deleted until it is ACTIVE.`);
      }
      if (stream.status === 'DELETING') return {};
      // DELETING for a while, then gone; what is still buffered is not delivered (AWS guarantees nothing once deleting).
      stream.status = 'DELETING';
      service.state.saveStream(stream);
      service.buffers.forget(stream.arn);
      service.clock.setTimeout(() => {
        if (service.state.stream(stream.arn)?.status === 'DELETING') service.state.deleteStream(stream.arn);
      }, DELETING_MS);
      return {};
    },

    UpdateDestination(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      if (stream.status !== 'ACTIVE') throw resourceInUse(`Firehose ${stream.name} under account ${stream.account} is not in the ACTIVE state (it is ${stream.status}).`);
      if (input.CurrentDeliveryStreamVersionId !== String(stream.versionId)) {
        throw concurrentModification(`Cannot update firehose: ${stream.name} since the current version id: ${stream.versionId} and specified version id: ${input.CurrentDeliveryStreamVersionId} do not match`);
      }
      if (input.DestinationId !== stream.destinationId) throw invalidArgument(`Destination Id ${input.DestinationId} not found.`);
      stream.destination = applyUpdate(stream.destination, input);
      stream.versionId += 1;
      stream.updatedAt = service.clock.now();
      service.state.saveStream(stream);
      return {};
    },

    StartDeliveryStreamEncryption(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      if (stream.type !== 'DirectPut') throw invalidArgument(`Encryption is not supported for a Firehose stream with the source type ${stream.type}.`);
      const config = input.DeliveryStreamEncryptionConfigurationInput ?? { KeyType: 'AWS_OWNED_CMK' as const };
      checkEncryption(config);
      stream.encryption = { Status: 'ENABLED', KeyType: config.KeyType, ...(config.KeyARN ? { KeyARN: config.KeyARN } : {}) };
      service.state.saveStream(stream);
      return {};
    },

    StopDeliveryStreamEncryption(input, context) {
      const stream = service.requireStream(context.accountId, context.region, input.DeliveryStreamName);
      if (stream.type !== 'DirectPut') throw invalidArgument(`Encryption is not supported for a Firehose stream with the source type ${stream.type}.`);
      stream.encryption = { Status: 'DISABLED' };
      service.state.saveStream(stream);
      return {};
    },
  };
}

function checkEncryption(config: Firehose.DeliveryStreamEncryptionConfigurationInput): void {
  if (config.KeyType === 'CUSTOMER_MANAGED_CMK' && !config.KeyARN) throw invalidArgument('KeyARN must be specified when KeyType is CUSTOMER_MANAGED_CMK.');
  if (config.KeyType === 'AWS_OWNED_CMK' && config.KeyARN) throw invalidArgument('KeyARN must not be specified when KeyType is AWS_OWNED_CMK.');
}

async function sourceOf(service: FirehoseService, input: Firehose.CreateDeliveryStreamInput, type: DeliveryStream['type']): Promise<DeliveryStream['source']> {
  const given = [
    ['KinesisStreamSourceConfiguration', 'KinesisStreamAsSource'],
    ['MSKSourceConfiguration', 'MSKAsSource'],
    ['DatabaseSourceConfiguration', 'DatabaseAsSource'],
    ['DirectPutSourceConfiguration', 'DirectPut'],
  ] as const;
  for (const [member, forType] of given) {
    if (input[member] !== undefined && forType !== type) throw invalidArgument(`${member} is not supported for DeliveryStreamType ${type}.`);
  }
  switch (type) {
    case 'KinesisStreamAsSource': {
      const config = input.KinesisStreamSourceConfiguration;
      if (!config) throw invalidArgument('KinesisStreamSourceConfiguration is required when DeliveryStreamType is KinesisStreamAsSource.');
      const kinesis = await service.runtime.optionalApi<KinesisApi>('kinesis');
      if (kinesis?.streamExists && !kinesis.streamExists(config.KinesisStreamARN)) {
        throw invalidArgument(`Kinesis stream ${config.KinesisStreamARN} does not exist or is not ACTIVE.`);
      }
      return { kinesis: { KinesisStreamARN: config.KinesisStreamARN, RoleARN: config.RoleARN, DeliveryStartTimestamp: service.clock.now() } };
    }
    case 'MSKAsSource':
      if (!input.MSKSourceConfiguration) throw invalidArgument('MSKSourceConfiguration is required when DeliveryStreamType is MSKAsSource.');
      return { msk: { ...input.MSKSourceConfiguration } as Record<string, unknown> };
    case 'DatabaseAsSource':
      if (!input.DatabaseSourceConfiguration) throw invalidArgument('DatabaseSourceConfiguration is required when DeliveryStreamType is DatabaseAsSource.');
      return { database: { ...input.DatabaseSourceConfiguration } as Record<string, unknown> };
    default:
      return input.DirectPutSourceConfiguration ? { directPut: { ...input.DirectPutSourceConfiguration } } : undefined;
  }
}

function describeSource(stream: DeliveryStream): Firehose.SourceDescription | undefined {
  const source = stream.source;
  if (!source) return undefined;
  if (source.kinesis) {
    return { KinesisStreamSourceDescription: { KinesisStreamARN: source.kinesis.KinesisStreamARN, RoleARN: source.kinesis.RoleARN, DeliveryStartTimestamp: new Date(source.kinesis.DeliveryStartTimestamp) } };
  }
  if (source.directPut) return { DirectPutSourceDescription: source.directPut };
  if (source.msk) return { MSKSourceDescription: { ...source.msk, DeliveryStartTimestamp: new Date(stream.createdAt) } as Firehose.MSKSourceDescription };
  if (source.database) return { DatabaseSourceDescription: source.database as Firehose.DatabaseSourceDescription };
  return undefined;
}
