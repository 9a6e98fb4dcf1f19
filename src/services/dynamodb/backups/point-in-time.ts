import type { RequestContext } from '../../../core/context.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import { serializeItem } from '../attribute-values.js';
import type { ChangeListener, Engine } from '../engine.js';
import { validation } from '../errors.js';
import type { TableDef } from '../state.js';
import { tableArn, tableNameOf } from '../tables.js';
import { continuousBackupsUnavailable, invalidRestoreTime, pitrUnavailable, tableAlreadyExists, tableInUse, tableNotFoundForBackup } from './errors.js';
import type { BackupOptions } from './on-demand.js';
import { restoredDefinition, restoreTable } from './restore.js';
import type { BackupState, PitrSettings } from './state.js';

type Operations = Partial<Ddb.DynamodbOperations>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** AWS documents LatestRestorableDateTime as typically five minutes before now. */
export const LATEST_RESTORABLE_LAG_MS = 5 * 60 * 1000;
export const DEFAULT_RECOVERY_PERIOD_DAYS = 35;
/** The log is pruned of entries older than the window every this many logged changes of a table. */
const PRUNE_EVERY = 1000;

/** The window a table with PITR on can be restored to. */
export function restorableWindow(pitr: PitrSettings, now: number): { earliest: number; latest: number } {
  const earliest = Math.max(pitr.enabledAt, now - pitr.periodDays * DAY_MS);
  // Just after PITR is (re-)enabled, the only restorable time is the latest one, which is then the start.
  return { earliest, latest: Math.max(earliest, now - LATEST_RESTORABLE_LAG_MS) };
}

function continuousBackups(pitr: PitrSettings | undefined, now: number): Ddb.ContinuousBackupsDescription {
  if (!pitr) return { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' } };
  const window = restorableWindow(pitr, now);
  return {
    ContinuousBackupsStatus: 'ENABLED',
    PointInTimeRecoveryDescription: {
      PointInTimeRecoveryStatus: 'ENABLED',
      RecoveryPeriodInDays: pitr.periodDays,
      EarliestRestorableDateTime: new Date(window.earliest),
      LatestRestorableDateTime: new Date(window.latest),
    },
  };
}

/**
 * The change log PITR restores from: every item change of a table with PITR on, with its time and
 * old and new images, written inside the change's own store transaction (engine.listeners).
 */
export function changeLogListener(backups: BackupState): ChangeListener {
  const sincePrune = new Map<string, number>();
  const listener: ChangeListener = (change) => {
    const uid = change.table.tableId;
    const pitr = backups.pitr(uid);
    if (!pitr) return;
    backups.logChange(uid, {
      at: change.at,
      keys: serializeItem(change.keys),
      oldItem: change.oldImage ? serializeItem(change.oldImage) : null,
      newItem: change.newImage ? serializeItem(change.newImage) : null,
    });
    const count = (sincePrune.get(uid) ?? 0) + 1;
    sincePrune.set(uid, count % PRUNE_EVERY);
    if (count === PRUNE_EVERY) backups.pruneChanges(uid, change.at - pitr.periodDays * DAY_MS);
  };
  // Only tables with PITR on need their writes' old images.
  listener.wants = (table) => backups.pitr(table.tableId) !== undefined;
  return listener;
}

/** `listen` starts the change log (once some table has PITR on). */
export function pointInTimeOperations(engine: Engine, backups: BackupState, options: BackupOptions, listen: () => void): Operations {
  const { state, clock } = engine;

  function findTable(context: RequestContext, given: string): TableDef {
    const name = tableNameOf(given);
    const table = state.findTable(context.accountId, context.region, name);
    if (!table) throw tableNotFoundForBackup(name);
    return table;
  }

  return {
    UpdateContinuousBackups(input, context) {
      const table = findTable(context, input.TableName);
      if (table.status === 'CREATING') throw continuousBackupsUnavailable(table.name);
      const spec = input.PointInTimeRecoverySpecification;
      const now = clock.now();
      if (spec.PointInTimeRecoveryEnabled) {
        listen();
        const current = backups.pitr(table.tableId);
        // Enabling again keeps the window; only the recovery period changes.
        backups.savePitr({
          tableUid: table.tableId,
          enabledAt: current?.enabledAt ?? now,
          periodDays: spec.RecoveryPeriodInDays ?? current?.periodDays ?? DEFAULT_RECOVERY_PERIOD_DAYS,
        });
      } else {
        if (spec.RecoveryPeriodInDays !== undefined) {
          throw validation('RecoveryPeriodInDays can only be specified when PointInTimeRecoveryEnabled is true');
        }
        backups.dropPitr(table.tableId);
      }
      return { ContinuousBackupsDescription: continuousBackups(backups.pitr(table.tableId), now) };
    },

    DescribeContinuousBackups(input, context) {
      const table = findTable(context, input.TableName);
      return { ContinuousBackupsDescription: continuousBackups(backups.pitr(table.tableId), clock.now()) };
    },

    RestoreTableToPointInTime(input, context) {
      if ((input.SourceTableName === undefined) === (input.SourceTableArn === undefined)) {
        throw validation('Either SourceTableArn or SourceTableName must be provided, but not both');
      }
      if (input.UseLatestRestorableTime && input.RestoreDateTime !== undefined) {
        throw validation('Only one of RestoreDateTime or UseLatestRestorableTime can be specified');
      }
      const source = findTable(context, (input.SourceTableName ?? input.SourceTableArn)!);
      const target = tableNameOf(input.TargetTableName, 'targetTableName');
      if (state.findTable(context.accountId, context.region, target)) throw tableAlreadyExists(target);
      if (source.status === 'CREATING' || source.status === 'DELETING') throw tableInUse(source.name);
      const pitr = backups.pitr(source.tableId);
      if (!pitr) throw pitrUnavailable(source.name);
      const now = clock.now();
      const window = restorableWindow(pitr, now);
      let at: number;
      if (input.UseLatestRestorableTime) at = window.latest;
      else {
        if (input.RestoreDateTime === undefined) throw invalidRestoreTime();
        at = input.RestoreDateTime.getTime();
        if (!(at >= window.earliest && at <= window.latest)) throw invalidRestoreTime();
      }
      // The settings come from the source table as it is now, as AWS's do; the items from the log.
      const definition = restoredDefinition(source, target, input, now, { sourceTableArn: tableArn(source), at });
      return { TableDescription: restoreTable(engine, backups, definition, { kind: 'pointInTime', table: source, at }, options.statusDelayMs) };
    },
  };
}
