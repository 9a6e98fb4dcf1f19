/**
 * Event notifications: the bucket's NotificationConfiguration (validated as S3 does: event
 * names, prefix/suffix filters, no two rules overlapping on event type and prefix/suffix,
 * destinations that exist and whose policy lets S3 send from this bucket), the s3:TestEvent
 * sent to each new destination, and AWS's event records (eventVersion 2.1) delivered through
 * the runtime's delivery mechanism.
 *
 * Destinations: SQS through SqsApi, Lambda through LambdaApi's `functionForS3`, SNS through
 * SnsApi's `topicForS3` once that service lands. Until then no topic exists
 * in Nimbus, so a configuration naming one is refused with S3's "destination does not exist"
 * reason, unless SkipDestinationValidation is set (then it is stored and its deliveries are
 * logged and dropped). EventBridge (EventBridgeConfiguration)
 * goes to EventsApi's `putEventsFromService` when that service lands.
 */
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { parseArn } from '../../core/ids.js';
import { evaluatePolicy } from '../../core/policy.js';
import type { RetryPolicy } from '../../core/delivery.js';
import type * as S3 from '../../generated/s3.js';
import type { EventsApi } from '../events/api.js';
import type { LambdaApi } from '../lambda/api.js';
import type { SnsApi } from '../sns/api.js';
import type { SqsApi } from '../sqs/api.js';
import { invalidArgument } from './errors.js';
import { bucketArn, canonicalId, newConfigurationId, type S3Event, type S3Service } from './service.js';
import type { BucketRow } from './state.js';

/** S3 retries deliveries that fail for a while before dropping them. */
const S3_DELIVERY_RETRY: RetryPolicy = { maxAttempts: 3, backoffMs: (attempt) => attempt * 1000 };

/** The principal S3 uses when it sends messages (reported as the SQS SenderId). */
const S3_SENDER_ID = 'AIDAJHIPRHEMV73VRJEBU';

const EVENT_NAMES = new Set([
  's3:ReducedRedundancyLostObject', 's3:ObjectCreated:*', 's3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy',
  's3:ObjectCreated:CompleteMultipartUpload', 's3:ObjectRemoved:*', 's3:ObjectRemoved:Delete', 's3:ObjectRemoved:DeleteMarkerCreated',
  's3:ObjectRestore:*', 's3:ObjectRestore:Post', 's3:ObjectRestore:Completed', 's3:Replication:*', 's3:Replication:OperationFailedReplication',
  's3:Replication:OperationNotTracked', 's3:Replication:OperationMissedThreshold', 's3:Replication:OperationReplicatedAfterThreshold',
  's3:ObjectRestore:Delete', 's3:LifecycleTransition', 's3:IntelligentTiering', 's3:ObjectAcl:Put', 's3:LifecycleExpiration:*',
  's3:LifecycleExpiration:Delete', 's3:LifecycleExpiration:DeleteMarkerCreated', 's3:ObjectTagging:*', 's3:ObjectTagging:Put',
  's3:ObjectTagging:Delete',
]);

type Kind = 'queue' | 'topic' | 'function';

interface Rule {
  kind: Kind;
  id: string;
  arn: string;
  events: string[];
  prefix: string;
  suffix: string;
}

function filterOf(filter: S3.NotificationConfigurationFilter | undefined): { prefix: string; suffix: string } {
  let prefix: string | undefined;
  let suffix: string | undefined;
  for (const rule of filter?.Key?.FilterRules ?? []) {
    const name = (rule.Name ?? '').toLowerCase();
    if (name === 'prefix') {
      if (prefix !== undefined) throw invalidArgument('Cannot specify more than one prefix rule in a filter.', 'FilterRule', rule.Name);
      prefix = rule.Value ?? '';
    } else if (name === 'suffix') {
      if (suffix !== undefined) throw invalidArgument('Cannot specify more than one suffix rule in a filter.', 'FilterRule', rule.Name);
      suffix = rule.Value ?? '';
    } else {
      throw invalidArgument('filter rule name must be either prefix or suffix', 'FilterRule', rule.Name);
    }
  }
  return { prefix: prefix ?? '', suffix: suffix ?? '' };
}

function rulesOf(config: S3.NotificationConfiguration): Rule[] {
  const rules: Rule[] = [];
  const add = (kind: Kind, arn: string, id: string | undefined, events: string[], filter: S3.NotificationConfigurationFilter | undefined) => {
    rules.push({ kind, arn, id: id ?? newConfigurationId(), events, ...filterOf(filter) });
  };
  for (const c of config.QueueConfigurations ?? []) add('queue', c.QueueArn, c.Id, c.Events as string[], c.Filter);
  for (const c of config.TopicConfigurations ?? []) add('topic', c.TopicArn, c.Id, c.Events as string[], c.Filter);
  for (const c of config.LambdaFunctionConfigurations ?? []) add('function', c.LambdaFunctionArn, c.Id, c.Events as string[], c.Filter);
  return rules;
}

/** `s3:ObjectCreated:*` covers `s3:ObjectCreated:Put`; the same name covers itself. */
function eventsOverlap(a: string, b: string): boolean {
  if (a === b) return true;
  const wild = (x: string) => x.endsWith(':*');
  if (wild(a) && b.startsWith(a.slice(0, -1))) return true;
  if (wild(b) && a.startsWith(b.slice(0, -1))) return true;
  return false;
}

function rulesOverlap(a: Rule, b: Rule): boolean {
  const prefixes = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  const suffixes = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
  return prefixes && suffixes && a.events.some((x) => b.events.some((y) => eventsOverlap(x, y)));
}

export function eventMatches(configured: string, event: string): boolean {
  const name = `s3:${event}`;
  return configured === name || (configured.endsWith(':*') && name.startsWith(configured.slice(0, -1)));
}

/** S3 writes keys in event records URL-encoded, spaces as `+`. */
function encodeEventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%2F/g, '/');
}

export class Notifier {
  constructor(private readonly service: S3Service) {
    service.onEvent = (event) => this.publish(event);
  }

  private get runtime() {
    return this.service.runtime;
  }

  private async sqs(): Promise<SqsApi> {
    return this.runtime.api<SqsApi>('sqs');
  }

  /** A destination service's api, or undefined when Nimbus does not serve it (or it failed to load). */
  private async destinations<T>(service: string): Promise<Partial<T> | undefined> {
    try {
      return await this.runtime.optionalApi<Partial<T>>(service);
    } catch {
      return undefined;
    }
  }

  /** Validates and stores a configuration; then sends s3:TestEvent to destinations that are new. */
  async configure(bucket: BucketRow, config: S3.NotificationConfiguration, skipValidation: boolean, context: RequestContext): Promise<void> {
    for (const c of [...(config.QueueConfigurations ?? []), ...(config.TopicConfigurations ?? []), ...(config.LambdaFunctionConfigurations ?? [])]) {
      for (const event of (c.Events ?? []) as string[]) {
        if (!EVENT_NAMES.has(event)) throw invalidArgument('The event is not supported for notifications', 'Event', event);
      }
    }
    const rules = rulesOf(config);
    for (let i = 0; i < rules.length; i++) {
      for (let j = i + 1; j < rules.length; j++) {
        if (rulesOverlap(rules[i]!, rules[j]!)) {
          throw invalidArgument('Configurations overlap. Configurations on the same bucket cannot share a common event type.', 'Event', rules[j]!.events.join(', '));
        }
      }
    }
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) throw invalidArgument('Configurations must have unique IDs.', 'Id', rule.id);
      ids.add(rule.id);
    }
    if (!skipValidation) {
      const failures: Array<[string, string]> = [];
      for (const rule of rules) {
        const reason = await this.validateDestination(bucket, rule);
        if (reason) failures.push([rule.arn, reason]);
      }
      if (failures.length) {
        const fields: Record<string, unknown> = {};
        failures.forEach(([arn, reason], i) => {
          fields[`ArgumentName${i + 1}`] = arn;
          fields[`ArgumentValue${i + 1}`] = reason;
        });
        throw new AwsError('InvalidArgument', 'Unable to validate the following destination configurations', 400, { fields });
      }
    }
    const previous = this.service.state.config<S3.NotificationConfiguration>(bucket, 'notification');
    const known = new Set(previous ? rulesOf(previous).map((r) => r.arn) : []);
    const stored: S3.NotificationConfiguration = {
      QueueConfigurations: config.QueueConfigurations?.map((c, i) => ({ ...c, Id: rules.filter((r) => r.kind === 'queue')[i]!.id })),
      TopicConfigurations: config.TopicConfigurations?.map((c, i) => ({ ...c, Id: rules.filter((r) => r.kind === 'topic')[i]!.id })),
      LambdaFunctionConfigurations: config.LambdaFunctionConfigurations?.map((c, i) => ({ ...c, Id: rules.filter((r) => r.kind === 'function')[i]!.id })),
      EventBridgeConfiguration: config.EventBridgeConfiguration,
    };
    this.service.state.putConfig(bucket, 'notification', stored);
    for (const rule of rules) {
      if (known.has(rule.arn)) continue;
      known.add(rule.arn);
      // S3 tests queues and topics; a function is not invoked with a test event.
      if (rule.kind === 'function') continue;
      const test = JSON.stringify({
        Service: 'Amazon S3',
        Event: 's3:TestEvent',
        Time: new Date(this.service.clock.now()).toISOString(),
        Bucket: bucket.name,
        RequestId: context.requestId,
        HostId: context.requestId,
      });
      this.deliver(rule, test, 'Amazon S3 Notification');
    }
  }

  private async validateDestination(bucket: BucketRow, rule: Rule): Promise<string | undefined> {
    const context = { 'aws:SourceArn': bucketArn(bucket), 'aws:SourceAccount': bucket.account };
    const allows = (policy: string | undefined, action: string): boolean => {
      if (!policy) return false;
      try {
        return evaluatePolicy(policy, { principal: { type: 'Service', service: 's3.amazonaws.com' }, action, resource: rule.arn, context }) === 'Allow';
      } catch {
        return false;
      }
    };
    const arn = parseArn(rule.arn);
    if (rule.kind === 'queue') {
      const queue = arn?.service === 'sqs' ? (await this.sqs()).queueByArn(rule.arn) : undefined;
      if (!queue) return 'The destination queue does not exist';
      if (queue.fifo) return 'The destination queue is a FIFO queue; S3 event notifications can only be sent to standard queues';
      // The queue's owner may always send to it; S3 sends as the service principal.
      if (!allows(queue.policy, 'sqs:SendMessage')) return 'Permissions on the destination queue do not allow S3 to publish notifications from this bucket';
      return undefined;
    }
    if (rule.kind === 'topic') {
      const sns = await this.destinations<SnsApi>('sns');
      const topic = arn?.service === 'sns' ? sns?.topicForS3?.(rule.arn) : undefined;
      if (!topic) return 'The destination topic does not exist';
      if (!allows(topic.policy, 'sns:Publish')) return 'Permissions on the destination topic do not allow S3 to publish notifications from this bucket';
      return undefined;
    }
    const lambda = await this.destinations<LambdaApi>('lambda');
    const fn = arn?.service === 'lambda' ? lambda?.functionForS3?.(rule.arn) : undefined;
    if (!fn) return 'The destination Lambda function does not exist';
    if (!allows(fn.policy, 'lambda:InvokeFunction')) return `Not authorized to invoke function [${rule.arn}]`;
    return undefined;
  }

  /** Sends an event to every matching rule's destination (and EventBridge when enabled). */
  publish(event: S3Event): void {
    const config = this.service.state.config<S3.NotificationConfiguration>(event.bucket, 'notification');
    if (!config) return;
    const sequencer = this.service.sequencer();
    for (const rule of rulesOf(config)) {
      if (!rule.events.some((e) => eventMatches(e, event.name))) continue;
      if (!event.key.startsWith(rule.prefix) || !event.key.endsWith(rule.suffix)) continue;
      this.deliver(rule, JSON.stringify({ Records: [this.record(event, rule.id, sequencer)] }), 'Amazon S3 Notification');
    }
    if (config.EventBridgeConfiguration) this.toEventBridge(event, sequencer);
  }

  /** AWS's event record, eventVersion 2.1. */
  record(event: S3Event, configurationId: string, sequencer: string): Record<string, unknown> {
    const object: Record<string, unknown> = { key: encodeEventKey(event.key) };
    if (event.size !== undefined) object.size = event.size;
    if (event.etag) object.eTag = event.etag.replace(/"/g, '');
    if (event.versionId !== undefined) object.versionId = event.versionId;
    object.sequencer = sequencer;
    const principal = event.context?.accessKeyId ? `AWS:${event.context.accessKeyId}` : event.context ? `AWS:${event.context.accountId}` : 's3.amazonaws.com';
    return {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: event.bucket.region,
      eventTime: new Date(this.service.clock.now()).toISOString(),
      eventName: event.name,
      userIdentity: { principalId: principal },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: {
        'x-amz-request-id': event.context?.requestId ?? randomBytes(8).toString('hex').toUpperCase(),
        'x-amz-id-2': randomBytes(48).toString('base64'),
      },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId,
        bucket: { name: event.bucket.name, ownerIdentity: { principalId: canonicalId(event.bucket.account).slice(0, 14).toUpperCase() }, arn: bucketArn(event.bucket) },
        object,
      },
    };
  }

  private deliver(rule: Rule, body: string, subject: string): void {
    const runtime = this.runtime;
    runtime.delivery.send({
      description: `s3→${rule.kind}:${rule.arn}`,
      policy: S3_DELIVERY_RETRY,
      attempt: async () => {
        if (rule.kind === 'queue') {
          (await this.sqs()).deliver(rule.arn, { body, senderId: S3_SENDER_ID });
          return;
        }
        if (rule.kind === 'topic') {
          const topic = (await this.destinations<SnsApi>('sns'))?.topicForS3?.(rule.arn);
          if (!topic) throw new Error(`no SNS topic ${rule.arn} in Nimbus`);
          await topic.publish({ subject, body });
          return;
        }
        const fn = (await this.destinations<LambdaApi>('lambda'))?.functionForS3?.(rule.arn);
        if (!fn) throw new Error(`no Lambda function ${rule.arn} in Nimbus`);
        await fn.invokeAsync(body);
      },
    });
  }

  private toEventBridge(event: S3Event, sequencer: string): void {
    const detailTypes: Record<string, string> = {
      ObjectCreated: 'Object Created',
      ObjectRemoved: 'Object Deleted',
      ObjectTagging: 'Object Tags Added',
      LifecycleExpiration: 'Object Deleted',
    };
    const family = event.name.split(':')[0]!;
    let detailType = detailTypes[family];
    if (event.name === 'ObjectTagging:Delete') detailType = 'Object Tags Deleted';
    if (!detailType) return;
    const detail = {
      version: '0',
      bucket: { name: event.bucket.name },
      object: { key: event.key, ...(event.size !== undefined ? { size: event.size } : {}), ...(event.etag ? { etag: event.etag.replace(/"/g, '') } : {}), ...(event.versionId ? { 'version-id': event.versionId } : {}), sequencer },
      'request-id': event.context?.requestId ?? '',
      requester: event.context?.accountId ?? event.bucket.account,
      reason: event.name.endsWith('Post') ? 'PostObject' : event.name.endsWith('Copy') ? 'CopyObject' : event.name.endsWith('CompleteMultipartUpload') ? 'CompleteMultipartUpload' : event.name.startsWith('Lifecycle') ? 'Lifecycle Expiration' : event.name.startsWith('ObjectRemoved') ? 'DeleteObject' : 'PutObject',
    };
    this.runtime.delivery.send({
      description: `s3→events:default`,
      policy: S3_DELIVERY_RETRY,
      attempt: async () => {
        const bus = await this.destinations<EventsApi>('events');
        if (!bus?.putEventsFromService) throw new Error('EventBridge is not in Nimbus yet');
        await bus.putEventsFromService([
          { source: 'aws.s3', detailType, detail: JSON.stringify(detail), resources: [bucketArn(event.bucket)], region: event.bucket.region, account: event.bucket.account, time: new Date(this.service.clock.now()) },
        ]);
      },
    });
  }
}
