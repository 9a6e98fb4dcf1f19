import { partitionOf } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Events from '../../generated/events.js';
import { alreadyExists, invalidNextToken, notFound, validation } from './errors.js';
import { entryError, entrySize, envelope, MAX_REQUEST_BYTES, type EventRouter } from './put-events.js';
import type { EventsService } from './service.js';
import type { PartnerSourceRow } from './state.js';

/** aws.partner/<partner name>/<event namespace>/<event name>, as a SaaS partner names its sources. */
const PARTNER_SOURCE_NAME = /^aws\.partner(\/[\.\-_A-Za-z0-9]+){2,}$/;

const sourceArn = (region: string, name: string) => `arn:${partitionOf(region)}:events:${region}::event-source/${name}`;
const sourceNotFound = (name: string) => notFound(`Event source ${name} does not exist.`);
/** The partner, as CreatedBy names it: the name up to the partner's part. */
const createdBy = (name: string) => name.split('/').slice(0, 2).join('/');

function customerView(source: PartnerSourceRow): Events.EventSource & Events.DescribeEventSourceResponse {
  return {
    Arn: sourceArn(source.region, source.name),
    Name: source.name,
    CreatedBy: createdBy(source.name),
    CreationTime: new Date(source.createdAt),
    ExpirationTime: source.expiresAt === null ? undefined : new Date(source.expiresAt),
    State: source.state,
  };
}

/**
 * Partner event sources: a partner (the calling account) makes a source for a customer account,
 * which sees it PENDING until it makes the partner event bus of the same name (or activates it);
 * PutPartnerEvents puts the partner's events on that bus.
 */
export function partnerSourceOperations(service: EventsService, router: EventRouter): Partial<Events.EventsOperations> {
  const { state } = service;

  /** The partner's own source of this name (any customer's copy), or ResourceNotFoundException. */
  function partnerCopies(region: string, partner: string, name: string): PartnerSourceRow[] {
    const copies = state.partnerSourcesNamed(region, name).filter((s) => s.partnerAccount === partner);
    if (!copies.length) throw sourceNotFound(name);
    return copies;
  }

  function customerSource(region: string, account: string, name: string): PartnerSourceRow {
    const source = state.partnerSource(region, name, account);
    if (!source) throw sourceNotFound(name);
    return source;
  }

  return {
    CreatePartnerEventSource(input, context) {
      if (!PARTNER_SOURCE_NAME.test(input.Name)) {
        throw validation('Parameter Name is not valid. Reason: Event source name must be of the form aws.partner/<partner name>/<event namespace>/<event name>.');
      }
      const existing = state.partnerSourcesNamed(context.region, input.Name);
      if (existing.some((s) => s.partnerAccount !== context.accountId)) throw alreadyExists(`Event source ${input.Name} already exists.`);
      const copy = existing.find((s) => s.customerAccount === input.Account);
      if (copy && copy.state !== 'DELETED') throw alreadyExists(`Event source ${input.Name} already exists.`);
      if (copy) state.deletePartnerSource(context.region, input.Name, input.Account);
      state.insertPartnerSource({ region: context.region, name: input.Name, partnerAccount: context.accountId, customerAccount: input.Account, state: 'PENDING', createdAt: service.clock.now(), expiresAt: null });
      return { EventSourceArn: sourceArn(context.region, input.Name) };
    },

    DeletePartnerEventSource(input, context) {
      const source = state.partnerSource(context.region, input.Name, input.Account);
      if (!source || source.partnerAccount !== context.accountId) return;
      // A customer that made the matching bus sees the source DELETED; one that did not, no source at all.
      if (state.bus(input.Account, context.region, input.Name)) state.setPartnerSourceState({ ...source, state: 'DELETED' });
      else state.deletePartnerSource(context.region, input.Name, input.Account);
    },

    DescribePartnerEventSource(input, context) {
      partnerCopies(context.region, context.accountId, input.Name);
      return { Arn: sourceArn(context.region, input.Name), Name: input.Name };
    },

    ListPartnerEventSources(input, context) {
      const names = [...new Set(state.partnerSourcesOfPartner(context.region, context.accountId).map((s) => s.name))].filter((n) => n.startsWith(input.NamePrefix));
      const page = pageAfterKey(names, (n) => n, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return { PartnerEventSources: page.items.map((name) => ({ Arn: sourceArn(context.region, name), Name: name })), NextToken: page.nextToken };
    },

    ListPartnerEventSourceAccounts(input, context) {
      const copies = partnerCopies(context.region, context.accountId, input.EventSourceName);
      const page = pageAfterKey(copies, (s) => s.customerAccount, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return {
        PartnerEventSourceAccounts: page.items.map((s) => ({
          Account: s.customerAccount,
          CreationTime: new Date(s.createdAt),
          ExpirationTime: s.expiresAt === null ? undefined : new Date(s.expiresAt),
          State: s.state,
        })),
        NextToken: page.nextToken,
      };
    },

    DescribeEventSource(input, context) {
      return customerView(customerSource(context.region, context.accountId, input.Name));
    },

    ListEventSources(input, context) {
      const sources = state.partnerSourcesOfCustomer(context.region, context.accountId).filter((s) => !input.NamePrefix || s.name.startsWith(input.NamePrefix));
      const page = pageAfterKey(sources, (s) => s.name, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return { EventSources: page.items.map(customerView), NextToken: page.nextToken };
    },

    ActivateEventSource(input, context) {
      const source = customerSource(context.region, context.accountId, input.Name);
      state.setPartnerSourceState({ ...source, state: 'ACTIVE' });
    },

    DeactivateEventSource(input, context) {
      const source = customerSource(context.region, context.accountId, input.Name);
      state.setPartnerSourceState({ ...source, state: 'PENDING' });
    },

    PutPartnerEvents(input, context) {
      const size = input.Entries.reduce((total, entry) => total + entrySize(entry), 0);
      if (size > MAX_REQUEST_BYTES) throw validation('Total size of the entries in the request is over the limit.');
      const now = service.clock.now();
      const results: Events.PutPartnerEventsResultEntry[] = [];
      let failed = 0;
      for (const entry of input.Entries) {
        const refused = entryError(entry);
        const copies = refused ? [] : state.partnerSourcesNamed(context.region, entry.Source!).filter((s) => s.partnerAccount === context.accountId);
        if (refused || !copies.length) {
          failed++;
          results.push(refused ?? { ErrorCode: 'NotAuthorizedForSourceException', ErrorMessage: 'Not authorized for the source.' });
          continue;
        }
        const parts = { source: entry.Source!, detailType: entry.DetailType!, detail: JSON.parse(entry.Detail!) as unknown, region: context.region, resources: entry.Resources ?? [], time: entry.Time ? entry.Time.getTime() : now };
        const first = envelope({ ...parts, account: context.accountId });
        // Each customer whose partner event bus is there receives the event, as its own account's.
        for (const copy of copies) {
          if (copy.state === 'DELETED') continue;
          const bus = state.bus(copy.customerAccount, copy.region, copy.name);
          if (bus) router.route(bus, { ...first, account: copy.customerAccount });
        }
        results.push({ EventId: first.id });
        service.metrics.count(context.accountId, context.region, 'Events', 1, [{ name: 'EventSourceName', value: entry.Source! }]);
      }
      return { FailedEntryCount: failed, Entries: results };
    },
  };
}
