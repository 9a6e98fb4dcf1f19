import { randomUUID } from 'node:crypto';
import { isoSeconds } from '../../core/clock.js';
import { evaluatePolicy } from '../../core/policy.js';
import type * as Events from '../../generated/events.js';
import type { SchemasApi } from '../schemas/api.js';
import type { ServiceEvent, TargetFailure } from './api.js';
import { validation } from './errors.js';
import { archiveOfRule, type EventsService } from './service.js';
import type { BusRow } from './state.js';

/**
 * AWS's limit on a PutEvents request, counted as "Calculating PutEvents event entry size" says:
 * 1 MB since January 2026 (it was 256 KB), as for SQS messages and async Lambda payloads.
 */
export const MAX_REQUEST_BYTES = 1_048_576;

/** The event EventBridge builds from an entry, as rules, targets and archives see it. */
export type EventEnvelope = Record<string, unknown> & { id: string; time: string; 'detail-type': string; source: string };


export function envelope(parts: { source: string; detailType: string; detail: unknown; account: string; region: string; resources: string[]; time: number }): EventEnvelope {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': parts.detailType,
    source: parts.source,
    account: parts.account,
    time: isoSeconds(parts.time),
    region: parts.region,
    resources: parts.resources,
    detail: parts.detail,
  };
}

/** An entry's size as AWS counts it: 14 bytes for a Time, and the UTF-8 bytes of Source, DetailType, Detail and each resource. */
export function entrySize(entry: { Time?: Date; Source?: string; DetailType?: string; Detail?: string; Resources?: string[] }): number {
  let size = entry.Time ? 14 : 0;
  for (const text of [entry.Source, entry.DetailType, entry.Detail, ...(entry.Resources ?? [])]) if (text) size += Buffer.byteLength(text, 'utf8');
  return size;
}

/** Why an entry is refused before it reaches a bus, as PutEvents reports it; undefined when it is good. */
export function entryError(entry: { Source?: string; DetailType?: string; Detail?: string }): { ErrorCode: string; ErrorMessage: string } | undefined {
  for (const field of ['Source', 'DetailType', 'Detail'] as const) {
    if (!entry[field]) return { ErrorCode: 'InvalidArgument', ErrorMessage: `Parameter ${field} is not valid. Reason: ${field} is a required argument.` };
  }
  return detailObject(entry.Detail!) === undefined ? { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' } : undefined;
}

function detailObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the bus's policy lets another account put events on it. */
export function busPolicyAllows(bus: BusRow, sender: string, event: { source?: string; detailType?: string }): boolean {
  if (sender === bus.account) return true;
  if (!bus.policy) return false;
  try {
    const decision = evaluatePolicy(bus.policy, {
      principal: { type: 'AWS', account: sender, arn: `arn:aws:iam::${sender}:root` },
      action: 'events:PutEvents',
      resource: bus.arn,
      context: { 'aws:SourceAccount': sender, 'aws:PrincipalAccount': sender, 'events:source': event.source, 'events:detail-type': event.detailType },
    });
    return decision === 'Allow';
  } catch {
    return false;
  }
}

function notAuthorized(sender: string, bus: BusRow): string {
  return `User: arn:aws:iam::${sender}:root is not authorized to perform: events:PutEvents on resource: ${bus.arn} because no resource-based policy allows the events:PutEvents action`;
}

/**
 * Puts events on buses: every enabled pattern rule of the bus that matches is handed to the
 * target side; an archive's managed rule (Events-Archive-<name>, which never matches a replayed
 * event) keeps the event in its archive instead.
 */
export class EventRouter {
  constructor(private readonly service: EventsService) {}

  /** Routes one event on one bus; answers how many rules matched. */
  route(bus: BusRow, event: EventEnvelope, options: { replayName?: string; onlyRules?: ReadonlySet<string> } = {}): number {
    let matched = 0;
    for (const rule of this.service.matchingRules(bus)) {
      if (!rule.enabled) continue;
      if (options.onlyRules && !options.onlyRules.has(rule.ref.ruleArn)) continue;
      if (!rule.pattern.matches(event)) continue;
      matched++;
      // A default bus's rules are named alone; a custom bus's with the bus, as AWS/Events dimensions them.
      const dimensions = bus.name === 'default' ? [] : [{ name: 'EventBusName', value: bus.name }];
      this.service.metrics.count(rule.ref.account, rule.ref.region, 'MatchedEvents', 1, [...dimensions, { name: 'RuleName', value: rule.ref.ruleName }]);
      const archiveName = archiveOfRule(rule.ref);
      if (archiveName !== undefined) {
        this.archive(rule.ref.account, rule.ref.region, archiveName, event);
        continue;
      }
      try {
        this.service.engine.dispatch(rule.ref, event, options.replayName ? { replayName: options.replayName } : {});
      } catch (error) {
        // One rule's targets failing to start must not cost the event its other rules (nor PutEvents its answer).
        this.service.runtime.log.error({ err: error instanceof Error ? error.stack : String(error), rule: rule.ref.ruleArn }, 'events: dispatch to a rule\'s targets failed');
      }
    }
    if (matched) this.service.metrics.count(bus.account, bus.region, 'MatchedEvents', matched);
    if (!options.replayName) this.offerToDiscoverers(bus, event);
    return matched;
  }

  /**
   * Schema discoverers learn from the events that reach their bus. Only a running Schemas is asked
   * (stored discoverers start it with Nimbus): PutEvents never loads it, nor pays for it otherwise.
   */
  private offerToDiscoverers(bus: BusRow, event: EventEnvelope): void {
    const schemas = this.service.runtime.startedProvider('schemas')?.api as SchemasApi | undefined;
    if (!schemas) return;
    try {
      schemas.eventsOnBus({ busArn: bus.arn, events: [{ event: JSON.stringify(event) }] });
    } catch (error) {
      this.service.runtime.log.warn({ err: String(error), bus: bus.arn }, 'events: schema discovery failed for an event');
    }
  }

  /** Keeps the event in the archive, with its time (what replays select by) and size. */
  private archive(account: string, region: string, name: string, event: EventEnvelope): void {
    const archive = this.service.state.archive(account, region, name);
    if (!archive || archive.document.State !== 'ENABLED') return;
    const text = JSON.stringify(event);
    this.service.state.archiveEvent(archive.arn, Date.parse(event.time), this.service.clock.now(), Buffer.byteLength(text), text);
  }

  /** PutEvents: each entry checked, put on its bus (this account's, or another's that allows it). */
  putEvents(input: Events.PutEventsRequest, account: string, region: string): Events.PutEventsResponse {
    const size = input.Entries.reduce((total, entry) => total + entrySize(entry), 0);
    if (size > MAX_REQUEST_BYTES) throw validation('Total size of the entries in the request is over the limit.');
    const now = this.service.clock.now();
    const results: Events.PutEventsResultEntry[] = [];
    let failed = 0;
    for (const entry of input.Entries) {
      const result = this.putEntry(entry, account, region, now);
      if (result.ErrorCode) failed++;
      results.push(result);
    }
    const metrics = this.service.metrics;
    metrics.count(account, region, 'PutEventsApproximateCallCount', 1);
    metrics.count(account, region, failed === input.Entries.length ? 'PutEventsApproximateFailedCount' : 'PutEventsApproximateSuccessCount', 1);
    metrics.count(account, region, 'PutEventsEntriesCount', input.Entries.length);
    if (failed) metrics.count(account, region, 'PutEventsFailedEntries', failed);
    metrics.count(account, region, 'PutEventsRequestSize', size, [], 'Bytes');
    return { FailedEntryCount: failed, Entries: results };
  }

  private putEntry(entry: Events.PutEventsRequestEntry, account: string, region: string, now: number): Events.PutEventsResultEntry {
    const refused = entryError(entry);
    if (refused) return refused;
    if (entry.Source!.startsWith('aws.')) return { ErrorCode: 'NotAuthorizedForSourceException', ErrorMessage: 'Not authorized for the source.' };
    let address: { account: string; region: string; name: string };
    try {
      address = this.service.busAddress(account, region, entry.EventBusName);
    } catch {
      return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter EventBusName is not valid. Reason: Provided Arn is not in correct format.' };
    }
    const bus = this.service.busNamed(address.account, address.region, address.name);
    if (!bus) {
      // AWS answers an event for a bus that does not exist with an EventId and drops it; Nimbus says so in its log.
      this.service.runtime.log.warn({ eventBus: address.name, account: address.account, region: address.region }, 'events: PutEvents to an event bus that does not exist; the event is dropped, as on AWS');
      return { EventId: randomUUID() };
    }
    if (!busPolicyAllows(bus, account, { source: entry.Source, detailType: entry.DetailType })) {
      return { ErrorCode: 'AccessDeniedException', ErrorMessage: notAuthorized(account, bus) };
    }
    const event = envelope({
      source: entry.Source!,
      detailType: entry.DetailType!,
      detail: detailObject(entry.Detail!),
      account,
      region: bus.region,
      resources: entry.Resources ?? [],
      time: entry.Time ? entry.Time.getTime() : now,
    });
    this.route(bus, event);
    return { EventId: event.id };
  }

  /** EventsApi.putEventsFromService: an AWS service's events on the default bus of their account and region. */
  putFromService(entries: ServiceEvent[]): void {
    for (const entry of entries) {
      const bus = this.service.busNamed(entry.account, entry.region, 'default')!;
      const detail = detailObject(entry.detail) ?? {};
      this.route(bus, envelope({ source: entry.source, detailType: entry.detailType, detail, account: entry.account, region: entry.region, resources: entry.resources, time: entry.time.getTime() }));
    }
  }

  /** EventsDirectory.putOnBus: a rule's event forwarded to a bus target (this or another account or region). */
  putOnBus(busArn: string, event: Record<string, unknown>, sender: { account: string; region: string; ruleArn: string }): void {
    let bus: BusRow | undefined;
    try {
      bus = this.service.findBus(sender.account, sender.region, busArn);
    } catch {
      bus = undefined;
    }
    if (!bus) throw { errorCode: 'RESOURCE_NOT_FOUND', errorMessage: `Event bus ${busArn} does not exist.`, retryable: false } satisfies TargetFailure;
    if (!busPolicyAllows(bus, sender.account, { source: String(event.source), detailType: String(event['detail-type']) })) {
      throw { errorCode: 'NO_PERMISSIONS', errorMessage: notAuthorized(sender.account, bus), retryable: false } satisfies TargetFailure;
    }
    this.route(bus, event as EventEnvelope);
  }
}
