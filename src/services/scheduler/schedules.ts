import type { RequestContext } from '../../core/context.js';
import { pageAfterKey } from '../../core/pagination.js';
import { isTimeZone, ScheduleError } from '../../core/schedule.js';
import type * as Scheduler from '../../generated/scheduler.js';
import { conflict, groupNotFound, invalidExpression, invalidNextToken, invalidTimeZone, scheduleExists, scheduleNotFound, validation } from './errors.js';
import { parseExpression } from './expressions.js';
import { DEFAULT_EVENT_AGE_SECONDS, DEFAULT_RETRY_ATTEMPTS } from './invocation.js';
import { DEFAULT_GROUP, type SchedulerService } from './service.js';
import type { GroupRow, ScheduleDefinition, ScheduleRow } from './state.js';
import { checkTarget } from './targets.js';

/** How far in the past a StartDate may lie, as AWS allows. */
const START_DATE_GRACE_MS = 5 * 60_000;

type ScheduleInput = Scheduler.CreateScheduleInput | Scheduler.UpdateScheduleInput;

/** Schedules: what runs when, and what it invokes. */
export function scheduleOperations(service: SchedulerService): Partial<Scheduler.SchedulerOperations> {
  const activeGroup = (context: RequestContext, name: string | undefined): GroupRow => {
    const groupName = name ?? DEFAULT_GROUP;
    const group = service.group(context.accountId, context.region, groupName);
    if (!group) throw groupNotFound(groupName);
    if (group.state !== 'ACTIVE') throw conflict(`Schedule group ${groupName} is being deleted.`);
    return group;
  };

  /** Checks a definition as CreateSchedule and UpdateSchedule do, and answers what is stored. */
  const definitionOf = (input: ScheduleInput): ScheduleDefinition => {
    const now = service.runtime.clock.now();
    const zone = input.ScheduleExpressionTimezone ?? 'UTC';
    if (!isTimeZone(zone)) throw invalidTimeZone(zone);
    try {
      parseExpression(input.ScheduleExpression, zone);
    } catch (error) {
      if (error instanceof ScheduleError) throw invalidExpression(input.ScheduleExpression);
      throw error;
    }
    const window = input.FlexibleTimeWindow;
    if (window.Mode === 'FLEXIBLE' && window.MaximumWindowInMinutes === undefined) {
      throw validation('MaximumWindowInMinutes must be provided when FlexibleTimeWindow Mode is FLEXIBLE.');
    }
    if (window.Mode === 'OFF' && window.MaximumWindowInMinutes !== undefined) {
      throw validation('MaximumWindowInMinutes must not be provided when FlexibleTimeWindow Mode is OFF.');
    }
    const startDate = input.StartDate?.getTime();
    const endDate = input.EndDate?.getTime();
    if (startDate !== undefined && startDate < now - START_DATE_GRACE_MS) throw validation('The StartDate you specify cannot be earlier than 5 minutes prior to the current time.');
    if (endDate !== undefined && endDate <= now) throw validation('The EndDate you specify cannot be earlier than the current time.');
    if (startDate !== undefined && endDate !== undefined && endDate <= startDate) throw validation('The EndDate you specify must be later than the StartDate.');
    checkTarget(service.runtime, input.Target);
    const { Name: _name, GroupName: _group, ClientToken: _token, StartDate: _start, EndDate: _end, ...rest } = input;
    return { ...rest, StartDate: startDate, EndDate: endDate };
  };

  /** Stores the schedule with its next occurrence worked out from now, and arms it. */
  const save = (schedule: Omit<ScheduleRow, 'nextFire'>): ScheduleRow => {
    const row: ScheduleRow = { ...schedule, nextFire: null };
    row.nextFire = service.nextFire(row, service.runtime.clock.now());
    service.state.putSchedule(row);
    service.arm(row);
    return row;
  };

  const requireSchedule = (context: RequestContext, groupName: string | undefined, name: string): ScheduleRow => {
    const group = groupName ?? DEFAULT_GROUP;
    if (!service.group(context.accountId, context.region, group)) throw groupNotFound(group);
    const schedule = service.state.schedule(context.accountId, context.region, group, name);
    if (!schedule) throw scheduleNotFound(name);
    return schedule;
  };

  return {
    CreateSchedule(input, context) {
      const group = activeGroup(context, input.GroupName);
      const existing = service.state.schedule(context.accountId, context.region, group.name, input.Name);
      if (existing) {
        if (input.ClientToken !== undefined && existing.clientToken === input.ClientToken) return { ScheduleArn: existing.arn };
        throw scheduleExists(input.Name);
      }
      const definition = definitionOf(input);
      const now = service.runtime.clock.now();
      const schedule = save({
        account: context.accountId,
        region: context.region,
        groupName: group.name,
        name: input.Name,
        arn: service.scheduleArn(context.accountId, context.region, group.name, input.Name),
        definition,
        state: input.State ?? 'ENABLED',
        clientToken: input.ClientToken ?? null,
        createdAt: now,
        modifiedAt: now,
      });
      return { ScheduleArn: schedule.arn };
    },

    UpdateSchedule(input, context) {
      const current = requireSchedule(context, input.GroupName, input.Name);
      activeGroup(context, input.GroupName);
      // UpdateSchedule replaces the whole definition: what it leaves out goes back to its default.
      const definition = definitionOf(input);
      const schedule = save({ ...current, definition, state: input.State ?? 'ENABLED', modifiedAt: service.runtime.clock.now() });
      return { ScheduleArn: schedule.arn };
    },

    GetSchedule(input, context) {
      return describe(requireSchedule(context, input.GroupName, input.Name));
    },

    DeleteSchedule(input, context) {
      const schedule = requireSchedule(context, input.GroupName, input.Name);
      service.disarm(schedule.arn);
      service.state.deleteSchedule(schedule.arn);
      return {};
    },

    ListSchedules(input, context) {
      if (input.GroupName !== undefined && !service.group(context.accountId, context.region, input.GroupName)) throw groupNotFound(input.GroupName);
      const schedules = service.state
        .schedules(context.accountId, context.region, input.GroupName)
        .filter((s) => (input.NamePrefix === undefined || s.name.startsWith(input.NamePrefix)) && (input.State === undefined || s.state === input.State));
      const page = pageAfterKey(schedules, (s) => `${s.groupName}/${s.name}`, input.MaxResults ?? 100, input.NextToken, invalidNextToken);
      return {
        Schedules: page.items.map((s) => ({
          Arn: s.arn,
          CreationDate: new Date(s.createdAt),
          GroupName: s.groupName,
          LastModificationDate: new Date(s.modifiedAt),
          Name: s.name,
          State: s.state,
          Target: { Arn: s.definition.Target.Arn },
        })),
        NextToken: page.nextToken,
      };
    },
  };
}

/** GetSchedule's answer, with AWS's defaults filled in where the schedule gave none. */
function describe(schedule: ScheduleRow): Scheduler.GetScheduleOutput {
  const { StartDate, EndDate, ...definition } = schedule.definition;
  return {
    ...definition,
    ActionAfterCompletion: definition.ActionAfterCompletion ?? 'NONE',
    ScheduleExpressionTimezone: definition.ScheduleExpressionTimezone ?? 'UTC',
    Arn: schedule.arn,
    CreationDate: new Date(schedule.createdAt),
    LastModificationDate: new Date(schedule.modifiedAt),
    GroupName: schedule.groupName,
    Name: schedule.name,
    State: schedule.state,
    StartDate: StartDate === undefined ? undefined : new Date(StartDate),
    EndDate: EndDate === undefined ? undefined : new Date(EndDate),
    Target: {
      ...definition.Target,
      RetryPolicy: {
        MaximumEventAgeInSeconds: definition.Target.RetryPolicy?.MaximumEventAgeInSeconds ?? DEFAULT_EVENT_AGE_SECONDS,
        MaximumRetryAttempts: definition.Target.RetryPolicy?.MaximumRetryAttempts ?? DEFAULT_RETRY_ATTEMPTS,
      },
    },
  };
}
