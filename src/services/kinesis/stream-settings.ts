import { parseArn } from '../../core/ids.js';
import type * as Kinesis from '../../generated/kinesis.js';
import { invalidArgument, resourceNotFound } from './errors.js';
import type { KinesisService } from './service.js';
import type { ConsumerRow, StreamRow } from './state.js';
import { MAX_TAGS, requireActive } from './streams.js';

type ShardLevelMetric = NonNullable<Kinesis.EnhancedMetrics['ShardLevelMetrics']>[number];
const ALL_SHARD_METRICS: ShardLevelMetric[] = [
  'IncomingBytes',
  'IncomingRecords',
  'OutgoingBytes',
  'OutgoingRecords',
  'WriteProvisionedThroughputExceeded',
  'ReadProvisionedThroughputExceeded',
  'IteratorAgeMilliseconds',
];
const DAY_MS = 86_400_000;

/** What a tag key may hold, as Kinesis says when it does not. */
function checkTagCharacters(keys: string[], values: string[] = []): void {
  const valid = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
  if (![...keys, ...values].every((text) => valid.test(text))) {
    throw invalidArgument('Some tags contain invalid characters. Valid characters: Unicode letters, digits, white space, _ . / = + - % @.');
  }
}

/** Tags, encryption, enhanced monitoring, resource policies and account settings. */
export function streamSettingOperations(service: KinesisService): Partial<Kinesis.KinesisOperations> {
  const addTags = (stream: StreamRow, tags: Record<string, string>) => {
    checkTagCharacters(Object.keys(tags), Object.values(tags));
    const merged = { ...stream.tags, ...tags };
    if (Object.keys(merged).length > MAX_TAGS) {
      throw invalidArgument(`Failed to add tags to stream ${stream.name} under account ${stream.account} because a given stream cannot have more than ${MAX_TAGS} tags associated with it.`);
    }
    stream.tags = merged;
    service.state.updateStream(stream);
  };
  const removeTags = (stream: StreamRow, keys: string[]) => {
    checkTagCharacters(keys);
    const tags = { ...stream.tags };
    for (const key of keys) delete tags[key];
    stream.tags = tags;
    service.state.updateStream(stream);
  };
  const tagList = (tags: Record<string, string>) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

  /** A stream or consumer named by its ARN (TagResource, resource policies). */
  const resource = (resourceArn: string): { stream: StreamRow; consumer?: ConsumerRow } => {
    const consumerMatch = /^(.*:stream\/[^/]+)\/consumer\/.+$/.exec(resourceArn);
    const stream = service.streamByArn(consumerMatch ? consumerMatch[1]! : resourceArn);
    const parsed = parseArn(resourceArn);
    if (!stream) throw resourceNotFound(`Resource ${resourceArn} under account ${parsed?.account ?? ''} not found.`);
    if (!consumerMatch) return { stream };
    const consumer = service.state.consumerByArn(resourceArn);
    if (!consumer) throw resourceNotFound(`Resource ${resourceArn} under account ${stream.account} not found.`);
    return { stream, consumer };
  };

  const monitoring = (stream: StreamRow, metrics: ShardLevelMetric[], enable: boolean): Kinesis.EnhancedMonitoringOutput => {
    requireActive(stream);
    const before = stream.shardMetrics as ShardLevelMetric[];
    const named = metrics.includes('ALL') ? ALL_SHARD_METRICS : metrics;
    const after = enable ? ALL_SHARD_METRICS.filter((m) => before.includes(m) || named.includes(m)) : before.filter((m) => !named.includes(m));
    stream.shardMetrics = after;
    service.state.updateStream(stream);
    return { StreamName: stream.name, StreamARN: stream.arn, CurrentShardLevelMetrics: before, DesiredShardLevelMetrics: after };
  };

  return {
    AddTagsToStream(input, context) {
      addTags(service.requireStream(input, context), input.Tags);
    },
    RemoveTagsFromStream(input, context) {
      removeTags(service.requireStream(input, context), input.TagKeys);
    },
    ListTagsForStream(input, context) {
      const stream = service.requireStream(input, context);
      let entries = Object.entries(stream.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (input.ExclusiveStartTagKey !== undefined) entries = entries.filter(([key]) => key > input.ExclusiveStartTagKey!);
      const limit = input.Limit ?? 50;
      return { Tags: entries.slice(0, limit).map(([Key, Value]) => ({ Key, Value })), HasMoreTags: entries.length > limit };
    },
    TagResource(input) {
      const { stream, consumer } = resource(input.ResourceARN);
      if (!consumer) return addTags(stream, input.Tags);
      checkTagCharacters(Object.keys(input.Tags), Object.values(input.Tags));
      const tags = { ...consumer.tags, ...input.Tags };
      if (Object.keys(tags).length > MAX_TAGS) throw invalidArgument(`A consumer cannot have more than ${MAX_TAGS} tags associated with it.`);
      service.state.updateConsumer({ ...consumer, tags });
    },
    UntagResource(input) {
      const { stream, consumer } = resource(input.ResourceARN);
      if (!consumer) return removeTags(stream, input.TagKeys);
      const tags = { ...consumer.tags };
      for (const key of input.TagKeys) delete tags[key];
      service.state.updateConsumer({ ...consumer, tags });
    },
    ListTagsForResource(input) {
      const { stream, consumer } = resource(input.ResourceARN);
      return { Tags: tagList(consumer ? consumer.tags : stream.tags) };
    },

    StartStreamEncryption(input, context) {
      const stream = service.requireStream(input, context);
      if (input.EncryptionType !== 'KMS') throw invalidArgument(`Encryption type ${input.EncryptionType} is not supported by StartStreamEncryption: use KMS.`);
      requireActive(stream);
      stream.encryptionType = 'KMS';
      stream.keyId = input.KeyId;
      service.transition(stream, 'UPDATING');
    },
    StopStreamEncryption(input, context) {
      const stream = service.requireStream(input, context);
      if (input.EncryptionType !== 'KMS') throw invalidArgument(`Encryption type ${input.EncryptionType} is not supported by StopStreamEncryption: use KMS.`);
      requireActive(stream);
      stream.encryptionType = 'NONE';
      stream.keyId = undefined;
      service.transition(stream, 'UPDATING');
    },

    EnableEnhancedMonitoring(input, context) {
      return monitoring(service.requireStream(input, context), input.ShardLevelMetrics, true);
    },
    DisableEnhancedMonitoring(input, context) {
      return monitoring(service.requireStream(input, context), input.ShardLevelMetrics, false);
    },

    PutResourcePolicy(input) {
      const { stream } = resource(input.ResourceARN);
      try {
        const parsed = JSON.parse(input.Policy) as unknown;
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      } catch {
        throw invalidArgument('Policy is not a valid JSON document.');
      }
      service.state.putPolicy(input.ResourceARN, stream.account, stream.region, input.Policy);
    },
    GetResourcePolicy(input) {
      resource(input.ResourceARN);
      return { Policy: service.state.policy(input.ResourceARN) ?? '{}' };
    },
    DeleteResourcePolicy(input) {
      resource(input.ResourceARN);
      if (!service.state.deletePolicy(input.ResourceARN)) throw resourceNotFound(`No resource policy found for resource ${input.ResourceARN}.`);
    },

    DescribeAccountSettings(_input, context) {
      return { MinimumThroughputBillingCommitment: commitment(service.state.accountSettings(context.accountId, context.region), service.clock.now()) };
    },
    UpdateAccountSettings(input, context) {
      const now = service.clock.now();
      const current = service.state.accountSettings(context.accountId, context.region);
      let next: Record<string, unknown>;
      if (input.MinimumThroughputBillingCommitment.Status === 'ENABLED') {
        next = current?.startedAt && !current.endedAt ? current : { startedAt: now, earliestEndAt: now + DAY_MS };
      } else {
        next = current?.startedAt && !current.endedAt ? { ...current, endedAt: Math.max(now, current.earliestEndAt as number) } : { endedAt: now };
      }
      service.state.putAccountSettings(context.accountId, context.region, next);
      return { MinimumThroughputBillingCommitment: commitment(next, now) };
    },
  };
}

/** The minimum-throughput commitment as AWS reports it: on, off, or on until its earliest allowed end. */
function commitment(settings: Record<string, unknown> | undefined, now: number): Kinesis.MinimumThroughputBillingCommitmentOutput {
  const startedAt = settings?.startedAt as number | undefined;
  const endedAt = settings?.endedAt as number | undefined;
  const earliestEndAt = settings?.earliestEndAt as number | undefined;
  if (startedAt === undefined) return { Status: 'DISABLED', EndedAt: endedAt === undefined ? undefined : new Date(endedAt) };
  const date = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms));
  if (endedAt === undefined) return { Status: 'ENABLED', StartedAt: date(startedAt), EarliestAllowedEndAt: date(earliestEndAt) };
  if (endedAt > now) return { Status: 'ENABLED_UNTIL_EARLIEST_ALLOWED_END', StartedAt: date(startedAt), EarliestAllowedEndAt: date(earliestEndAt), EndedAt: date(endedAt) };
  return { Status: 'DISABLED', StartedAt: date(startedAt), EndedAt: date(endedAt) };
}
