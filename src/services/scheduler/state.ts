import type { Store } from '../../core/store.js';
import type * as Scheduler from '../../generated/scheduler.js';

/** Scheduler's tables, as ordered migrations (Store.ensureSchema); never edit one that has shipped. */
const SCHEMA_V1 = [
  `CREATE TABLE IF NOT EXISTS scheduler_groups (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     name TEXT NOT NULL,
     arn TEXT NOT NULL,
     state TEXT NOT NULL,
     tags TEXT NOT NULL,
     client_token TEXT,
     created_at INTEGER NOT NULL,
     modified_at INTEGER NOT NULL,
     PRIMARY KEY (account, region, name)
   )`,
  `CREATE TABLE IF NOT EXISTS scheduler_schedules (
     account TEXT NOT NULL,
     region TEXT NOT NULL,
     group_name TEXT NOT NULL,
     name TEXT NOT NULL,
     arn TEXT NOT NULL,
     definition TEXT NOT NULL,
     state TEXT NOT NULL,
     client_token TEXT,
     created_at INTEGER NOT NULL,
     modified_at INTEGER NOT NULL,
     next_fire INTEGER,
     PRIMARY KEY (account, region, group_name, name)
   )`,
  // Provider start re-arms every schedule that still has an occurrence to come.
  'CREATE INDEX IF NOT EXISTS scheduler_schedules_next ON scheduler_schedules (next_fire) WHERE next_fire IS NOT NULL',
];

/** A group as stored. */
export interface GroupRow {
  account: string;
  region: string;
  name: string;
  arn: string;
  state: 'ACTIVE' | 'DELETING';
  tags: Scheduler.TagShape[];
  clientToken: string | null;
  createdAt: number;
  modifiedAt: number;
}

/** What a schedule is, as CreateSchedule/UpdateSchedule gave it (name and group apart). */
export type ScheduleDefinition = Omit<Scheduler.CreateScheduleInput, 'Name' | 'GroupName' | 'ClientToken' | 'StartDate' | 'EndDate'> & {
  /** Epoch ms (Dates do not survive JSON). */
  StartDate?: number;
  EndDate?: number;
};

export interface ScheduleRow {
  account: string;
  region: string;
  groupName: string;
  name: string;
  arn: string;
  definition: ScheduleDefinition;
  state: 'ENABLED' | 'DISABLED';
  clientToken: string | null;
  createdAt: number;
  modifiedAt: number;
  /** The next occurrence (scheduled time, epoch ms) still to fire, or null when none will. */
  nextFire: number | null;
}

interface GroupRecord {
  account: string; region: string; name: string; arn: string; state: string; tags: string; client_token: string | null; created_at: number; modified_at: number;
}
interface ScheduleRecord {
  account: string; region: string; group_name: string; name: string; arn: string; definition: string; state: string;
  client_token: string | null; created_at: number; modified_at: number; next_fire: number | null;
}

const toGroup = (r: GroupRecord): GroupRow => ({
  account: r.account, region: r.region, name: r.name, arn: r.arn, state: r.state as GroupRow['state'], tags: JSON.parse(r.tags),
  clientToken: r.client_token, createdAt: r.created_at, modifiedAt: r.modified_at,
});
const toSchedule = (r: ScheduleRecord): ScheduleRow => ({
  account: r.account, region: r.region, groupName: r.group_name, name: r.name, arn: r.arn, definition: JSON.parse(r.definition),
  state: r.state as ScheduleRow['state'], clientToken: r.client_token, createdAt: r.created_at, modifiedAt: r.modified_at, nextFire: r.next_fire,
});

/** Scheduler's storage: every SQL statement Scheduler runs lives here. */
export class SchedulerState {
  private readonly statements;

  constructor(private readonly store: Store) {
    store.ensureSchema('scheduler', [SCHEMA_V1]);
    const db = store.db;
    this.statements = {
      group: db.prepare<[string, string, string], GroupRecord>('SELECT * FROM scheduler_groups WHERE account = ? AND region = ? AND name = ?'),
      groups: db.prepare<[string, string], GroupRecord>('SELECT * FROM scheduler_groups WHERE account = ? AND region = ? ORDER BY name'),
      deletingGroups: db.prepare<[], GroupRecord>("SELECT * FROM scheduler_groups WHERE state = 'DELETING'"),
      putGroup: db.prepare(
        `INSERT INTO scheduler_groups (account, region, name, arn, state, tags, client_token, created_at, modified_at)
         VALUES (@account, @region, @name, @arn, @state, @tags, @clientToken, @createdAt, @modifiedAt)
         ON CONFLICT (account, region, name) DO UPDATE SET state = excluded.state, tags = excluded.tags, modified_at = excluded.modified_at`,
      ),
      deleteGroup: db.prepare<[string, string, string]>('DELETE FROM scheduler_groups WHERE account = ? AND region = ? AND name = ?'),
      schedule: db.prepare<[string, string, string, string], ScheduleRecord>(
        'SELECT * FROM scheduler_schedules WHERE account = ? AND region = ? AND group_name = ? AND name = ?',
      ),
      schedules: db.prepare<[string, string], ScheduleRecord>('SELECT * FROM scheduler_schedules WHERE account = ? AND region = ? ORDER BY group_name, name'),
      groupSchedules: db.prepare<[string, string, string], ScheduleRecord>(
        'SELECT * FROM scheduler_schedules WHERE account = ? AND region = ? AND group_name = ? ORDER BY name',
      ),
      armed: db.prepare<[], ScheduleRecord>('SELECT * FROM scheduler_schedules WHERE next_fire IS NOT NULL'),
      putSchedule: db.prepare(
        `INSERT INTO scheduler_schedules (account, region, group_name, name, arn, definition, state, client_token, created_at, modified_at, next_fire)
         VALUES (@account, @region, @groupName, @name, @arn, @definition, @state, @clientToken, @createdAt, @modifiedAt, @nextFire)
         ON CONFLICT (account, region, group_name, name) DO UPDATE SET definition = excluded.definition, state = excluded.state,
           modified_at = excluded.modified_at, next_fire = excluded.next_fire`,
      ),
      setNextFire: db.prepare<[number | null, string]>('UPDATE scheduler_schedules SET next_fire = ? WHERE arn = ?'),
      deleteSchedule: db.prepare<[string]>('DELETE FROM scheduler_schedules WHERE arn = ?'),
      deleteGroupSchedules: db.prepare<[string, string, string]>('DELETE FROM scheduler_schedules WHERE account = ? AND region = ? AND group_name = ?'),
      scheduleByArn: db.prepare<[string], ScheduleRecord>('SELECT * FROM scheduler_schedules WHERE arn = ?'),
    };
  }

  group(account: string, region: string, name: string): GroupRow | undefined {
    const record = this.statements.group.get(account, region, name);
    return record && toGroup(record);
  }

  groups(account: string, region: string): GroupRow[] {
    return this.statements.groups.all(account, region).map(toGroup);
  }

  /** Groups whose deletion was under way (a restart finishes them). */
  deletingGroups(): GroupRow[] {
    return this.statements.deletingGroups.all().map(toGroup);
  }

  putGroup(group: GroupRow): void {
    this.statements.putGroup.run({ ...group, tags: JSON.stringify(group.tags) });
  }

  /** The group and every schedule in it, in one transaction. */
  deleteGroup(account: string, region: string, name: string): void {
    this.store.transaction(() => {
      this.statements.deleteGroupSchedules.run(account, region, name);
      this.statements.deleteGroup.run(account, region, name);
    });
  }

  schedule(account: string, region: string, groupName: string, name: string): ScheduleRow | undefined {
    const record = this.statements.schedule.get(account, region, groupName, name);
    return record && toSchedule(record);
  }

  scheduleByArn(arn: string): ScheduleRow | undefined {
    const record = this.statements.scheduleByArn.get(arn);
    return record && toSchedule(record);
  }

  /** Every schedule of the account and region (or of one group), by group then name. */
  schedules(account: string, region: string, groupName?: string): ScheduleRow[] {
    const records = groupName === undefined ? this.statements.schedules.all(account, region) : this.statements.groupSchedules.all(account, region, groupName);
    return records.map(toSchedule);
  }

  /** Schedules with an occurrence still to fire, in every account and region. */
  armedSchedules(): ScheduleRow[] {
    return this.statements.armed.all().map(toSchedule);
  }

  putSchedule(schedule: ScheduleRow): void {
    this.statements.putSchedule.run({ ...schedule, definition: JSON.stringify(schedule.definition) });
  }

  setNextFire(arn: string, nextFire: number | null): void {
    this.statements.setNextFire.run(nextFire, arn);
  }

  deleteSchedule(arn: string): void {
    this.statements.deleteSchedule.run(arn);
  }
}
