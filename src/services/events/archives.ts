import type { Timer } from '../../core/clock.js';
import { parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Events from '../../generated/events.js';
import { alreadyExists, archiveNotFound, busNotFound, invalidNextToken, validation } from './errors.js';
import { ARCHIVE_RULE_MANAGER, archiveRuleName, compileEventPattern, type EventsService } from './service.js';
import type { ArchiveRow, BusRow } from './state.js';
import { arn } from '../../core/ids.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

function describeArchive(archive: ArchiveRow, service: EventsService): Events.DescribeArchiveResponse {
  const stats = service.state.archiveStats(archive.arn);
  return {
    ArchiveArn: archive.arn,
    ArchiveName: archive.name,
    EventSourceArn: archive.sourceArn,
    Description: archive.document.Description,
    EventPattern: archive.eventPattern ?? undefined,
    KmsKeyIdentifier: archive.document.KmsKeyIdentifier,
    State: archive.document.State as Events.DescribeArchiveResponse['State'],
    RetentionDays: archive.retentionDays,
    SizeBytes: stats.size,
    EventCount: stats.count,
    CreationTime: new Date(archive.createdAt),
  };
}

/**
 * The managed rule that feeds an archive, as AWS makes it: Events-Archive-<name> on the archive's
 * bus, with the archive's pattern and `"replay-name": [{"exists": false}]`, so replays are not archived.
 */
function putArchiveRule(service: EventsService, archive: ArchiveRow, bus: BusRow): void {
  const pattern = { ...(archive.eventPattern ? (JSON.parse(archive.eventPattern) as Record<string, unknown>) : {}), 'replay-name': [{ exists: false }] };
  const name = archiveRuleName(archive.name);
  const existing = service.state.rule(bus.account, bus.region, bus.name, name);
  const now = service.clock.now();
  service.state.putRule({
    account: bus.account,
    region: bus.region,
    bus: bus.name,
    name,
    arn: service.ruleArn(bus.account, bus.region, bus.name, name),
    eventPattern: JSON.stringify(pattern),
    schedule: null,
    state: 'ENABLED',
    document: { ManagedBy: ARCHIVE_RULE_MANAGER, CreatedBy: bus.account },
    tags: existing?.tags ?? {},
    createdAt: existing?.createdAt ?? now,
    scheduleAnchor: now,
  });
  service.rulesChanged(bus.account, bus.region, bus.name);
}

function deleteArchiveRule(service: EventsService, archive: ArchiveRow): void {
  const bus = service.state.busByArn(archive.sourceArn);
  if (!bus) return;
  const rule = service.state.rule(bus.account, bus.region, bus.name, archiveRuleName(archive.name));
  if (rule) service.state.deleteRule(rule.arn);
  service.rulesChanged(bus.account, bus.region, bus.name);
}

/**
 * Archive retention on the clock: once an hour of clock time, events older than their archive's
 * RetentionDays go (0 keeps them for ever).
 */
export class ArchiveRetention {
  private timer: Timer | undefined;

  constructor(private readonly service: EventsService) {}

  start(): void {
    this.timer ??= this.service.clock.every(HOUR_MS, (due) => this.expire(due));
  }

  expire(now: number): void {
    for (const archive of this.service.state.allArchives()) {
      if (archive.retentionDays > 0) this.service.state.expireArchivedEvents(archive.arn, now - archive.retentionDays * DAY_MS);
    }
  }

  close(): void {
    this.timer?.cancel();
    this.timer = undefined;
  }
}

/** CreateArchive, DescribeArchive, ListArchives, UpdateArchive, DeleteArchive. */
export function archiveOperations(service: EventsService, retention: ArchiveRetention): Partial<Events.EventsOperations> {
  const { state } = service;

  function requireArchive(account: string, region: string, name: string): ArchiveRow {
    const archive = state.archive(account, region, name);
    if (!archive) throw archiveNotFound(name);
    return archive;
  }

  return {
    CreateArchive(input, context) {
      const { accountId: account, region } = context;
      const source = parseArn(input.EventSourceArn);
      if (!source || source.service !== 'events' || !source.resource.startsWith('event-bus/')) {
        throw validation('Parameter EventSourceArn is not valid. Reason: Provided Arn is not in correct format.');
      }
      const busName = source.resource.slice('event-bus/'.length);
      const bus = source.account === account && source.region === region ? service.busNamed(account, region, busName) : undefined;
      if (!bus) throw busNotFound(busName);
      if (input.EventPattern) compileEventPattern(input.EventPattern);
      if (state.archive(account, region, input.ArchiveName)) throw alreadyExists(`Archive ${input.ArchiveName} already exists.`);
      const archive: ArchiveRow = {
        account,
        region,
        name: input.ArchiveName,
        arn: arn({ service: 'events', region, account, resource: `archive/${input.ArchiveName}` }),
        sourceArn: bus.arn,
        eventPattern: input.EventPattern ?? null,
        retentionDays: input.RetentionDays ?? 0,
        document: { Description: input.Description, KmsKeyIdentifier: input.KmsKeyIdentifier, State: 'ENABLED' },
        createdAt: service.clock.now(),
      };
      state.insertArchive(archive);
      putArchiveRule(service, archive, bus);
      retention.start();
      return { ArchiveArn: archive.arn, State: 'ENABLED', CreationTime: new Date(archive.createdAt) };
    },

    DescribeArchive(input, context) {
      return describeArchive(requireArchive(context.accountId, context.region, input.ArchiveName), service);
    },

    ListArchives(input, context) {
      const filters = [input.NamePrefix, input.EventSourceArn, input.State].filter((f) => f !== undefined);
      if (filters.length > 1) throw validation('At most one filter is allowed for ListArchives. Use either : State, EventSourceArn, or NamePrefix.');
      const archives = state
        .archives(context.accountId, context.region)
        .filter((a) => (!input.NamePrefix || a.name.startsWith(input.NamePrefix)) && (!input.EventSourceArn || a.sourceArn === input.EventSourceArn) && (!input.State || a.document.State === input.State));
      const page = pageAfterKey(archives, (a) => a.name, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return {
        Archives: page.items.map((a) => {
          const { ArchiveName, EventSourceArn, State, RetentionDays, SizeBytes, EventCount, CreationTime } = describeArchive(a, service);
          return { ArchiveName, EventSourceArn, State, RetentionDays, SizeBytes, EventCount, CreationTime };
        }),
        NextToken: page.nextToken,
      };
    },

    UpdateArchive(input, context) {
      const archive = requireArchive(context.accountId, context.region, input.ArchiveName);
      if (input.EventPattern) compileEventPattern(input.EventPattern);
      const updated: ArchiveRow = {
        ...archive,
        eventPattern: input.EventPattern !== undefined ? input.EventPattern || null : archive.eventPattern,
        retentionDays: input.RetentionDays ?? archive.retentionDays,
        document: {
          ...archive.document,
          Description: input.Description ?? archive.document.Description,
          KmsKeyIdentifier: input.KmsKeyIdentifier ?? archive.document.KmsKeyIdentifier,
        },
      };
      state.updateArchive(updated);
      const bus = state.busByArn(archive.sourceArn);
      if (bus) putArchiveRule(service, updated, bus);
      return { ArchiveArn: archive.arn, State: 'ENABLED', CreationTime: new Date(archive.createdAt) };
    },

    DeleteArchive(input, context) {
      const archive = requireArchive(context.accountId, context.region, input.ArchiveName);
      deleteArchiveRule(service, archive);
      state.deleteArchive(archive.arn);
      return {};
    },
  };
}
