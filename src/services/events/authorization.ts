/**
 * --enforce-iam for EventBridge: PutEvents acts on each entry's bus, rule operations on
 * rule/[<bus>/]<name>, bus operations on event-bus/<name>, archives, replays, connections and API
 * destinations on theirs, tags on the resource; a bus's policy can let another account put events.
 * Denials are AccessDeniedException, 400.
 */
import type { RequestContext } from '../../core/context.js';
import { resourceArn, textOf, type ResourceAccess, type ServiceAuthorization } from '../../core/request-authorization.js';
import type { Runtime } from '../../core/runtime.js';
import type { EventsApi } from './api.js';
import { accessDenied } from './errors.js';

function busArn(name: string | undefined, context: RequestContext): string {
  if (name?.startsWith('arn:')) return name;
  return resourceArn(context, 'events', `event-bus/${name ?? 'default'}`);
}

/** The kind of resource an operation's Name means, by the operation's own name. */
const NAMED_KINDS: Array<[RegExp, string]> = [
  [/EventBus$/, 'event-bus'],
  [/Connection$/, 'connection'],
  [/ApiDestination$/, 'api-destination'],
  [/Endpoint$/, 'endpoint'],
  [/Rule$/, 'rule'],
];

function resourceOf(operation: string, input: Record<string, unknown>, context: RequestContext): string | undefined {
  const rule = textOf(input, 'Rule') ?? (/Rule$/.test(operation) ? textOf(input, 'Name') : undefined);
  if (rule) {
    const bus = textOf(input, 'EventBusName');
    const busName = bus?.startsWith('arn:') ? bus.split('/').pop() : bus;
    return resourceArn(context, 'events', busName && busName !== 'default' ? `rule/${busName}/${rule}` : `rule/${rule}`);
  }
  const name = textOf(input, 'Name');
  for (const [pattern, kind] of NAMED_KINDS) if (name && pattern.test(operation)) return kind === 'event-bus' ? busArn(name, context) : resourceArn(context, 'events', `${kind}/${name}`);
  const archive = textOf(input, 'ArchiveName');
  if (archive) return resourceArn(context, 'events', `archive/${archive}`);
  const replay = textOf(input, 'ReplayName');
  if (replay) return resourceArn(context, 'events', `replay/${replay}`);
  const bus = textOf(input, 'EventBusName');
  if (bus) return busArn(bus, context);
  return textOf(input, 'ResourceARN');
}

export function authorization(runtime: Runtime): ServiceAuthorization {
  return {
    accesses(operation, input, context): ResourceAccess[] {
      const action = `events:${operation}`;
      if (operation === 'PutEvents') {
        const buses = ((input.Entries as Array<{ EventBusName?: string }>) ?? []).map((entry) => busArn(entry.EventBusName || undefined, context));
        return [...new Set(buses.length ? buses : [busArn(undefined, context)])].map((resource) => ({ action, resource }));
      }
      return [{ action, resource: resourceOf(operation, input, context) ?? '*' }];
    },
    async resourceFacts(resource) {
      if (!resource.includes(':event-bus/')) return undefined;
      const events = (runtime.startedProvider('events')?.api as EventsApi | undefined) ?? (await runtime.optionalApi<EventsApi>('events'));
      return events?.busPolicy?.(resource);
    },
    factsChangedBy: /^(CreateEventBus|DeleteEventBus|PutPermission|RemovePermission)$/,
    accessDenied: (message) => accessDenied(message),
  };
}
