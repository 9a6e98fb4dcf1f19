import type { Clock, Timer } from '../../core/clock.js';
import type * as Logs from '../../generated/logs.js';
import { validationException } from '../../protocol/index.js';
import type { LogsService } from './service.js';
import type { GroupRow, LogsState } from './state.js';

/** The retention periods PutRetentionPolicy accepts, in days. */
export const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
export const DAY_MS = 86_400_000;

/** Events older than their group's retention go: on every read of the group, and on a clock timer for the oldest one. */
export class RetentionTimers {
  private readonly timers = new Map<number, Timer>();

  constructor(
    private readonly state: LogsState,
    private readonly clock: Clock,
  ) {
    for (const group of state.groupsWithRetention()) this.arm(group);
  }

  /** Drops events older than the group's retention, and arms the timer for the next ones to expire. */
  expire(group: GroupRow): void {
    if (group.retentionDays === null) return;
    this.state.expireEvents(group.id, this.clock.now() - group.retentionDays * DAY_MS);
    this.arm(group);
  }

  /** After new events arrive: a group with retention and no timer gets one. */
  armIfNeeded(group: GroupRow): void {
    if (group.retentionDays !== null && !this.timers.has(group.id)) this.arm(group);
  }

  cancel(groupId: number): void {
    this.timers.get(groupId)?.cancel();
    this.timers.delete(groupId);
  }

  close(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private arm(group: GroupRow): void {
    this.cancel(group.id);
    if (group.retentionDays === null) return;
    const oldest = this.state.oldestEvent(group.id);
    if (oldest === undefined) return;
    const due = oldest + group.retentionDays * DAY_MS;
    const timer = this.clock.at(due + 1, () => {
      this.timers.delete(group.id);
      const current = this.state.groupById(group.id);
      if (current) this.expire(current);
    });
    this.timers.set(group.id, timer);
  }
}

export function retentionOperations(service: LogsService): Partial<Logs.LogsOperations> {
  return {
    PutRetentionPolicy(input, context) {
      if (!RETENTION_DAYS.includes(input.retentionInDays)) {
        throw validationException(
          [
            {
              path: 'retentionInDays',
              memberName: 'retentionInDays',
              kind: 'enum',
              value: String(input.retentionInDays),
              constraint: `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
            },
          ],
          'InvalidParameterException',
        );
      }
      const group = service.requireGroup(context, input.logGroupName);
      service.state.setRetention(group.id, input.retentionInDays);
      service.retention.expire({ ...group, retentionDays: input.retentionInDays });
    },

    DeleteRetentionPolicy(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      service.state.setRetention(group.id, null);
      service.retention.cancel(group.id);
    },
  };
}
