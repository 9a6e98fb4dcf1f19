import type { Store } from '../../../core/store.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Engine } from '../engine.js';
import { onDemandBackupOperations, takeBackup, type BackupOptions } from './on-demand.js';
import { changeLogListener, pointInTimeOperations } from './point-in-time.js';
import { BackupState } from './state.js';
import { tableNameOf } from '../tables.js';

/** How long AWS keeps the system backup of a deleted table that had PITR on. */
export const SYSTEM_BACKUP_RETENTION_MS = 35 * 24 * 60 * 60 * 1000;

const stateOf = new WeakMap<Engine, BackupState>();

/**
 * DynamoDB backups: on-demand backups and their restores, and point-in-time recovery (the change
 * log it keeps is registered here as an item-change listener).
 */
export function backupOperations(engine: Engine, store: Store, options: BackupOptions): Partial<Ddb.DynamodbOperations> {
  const backups = new BackupState(store);
  stateOf.set(engine, backups);
  // Listening makes every write read the item it replaces, so the log listens only once a table has PITR on.
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    engine.listeners.push(changeLogListener(backups));
  };
  if (backups.anyPitr()) listen();
  return {
    ...onDemandBackupOperations(engine, backups, options),
    ...pointInTimeOperations(engine, backups, options, listen),
  };
}

/**
 * Deleting a table with PITR on leaves a SYSTEM backup of it (kept 35 days, as AWS keeps it), and
 * ends its change log. Wraps DeleteTable: the backup and the delete are one transaction, so a
 * refused delete leaves no backup.
 */
export function withSystemBackups(operations: Partial<Ddb.DynamodbOperations>, engine: Engine): void {
  const backups = stateOf.get(engine);
  const deleteTable = operations.DeleteTable;
  if (!backups || !deleteTable) return;
  operations.DeleteTable = (input, context) =>
    engine.state.transaction(() => {
      const table = engine.state.findTable(context.accountId, context.region, tableNameOf(input.TableName));
      const pitr = table && backups.pitr(table.tableId);
      if (table && pitr && table.status === 'ACTIVE') {
        takeBackup(engine, backups, table, `${table.name}$DeletedTableBackup`, 'SYSTEM', 0, SYSTEM_BACKUP_RETENTION_MS);
      }
      const answer = deleteTable(input, context);
      if (table && pitr) backups.dropPitr(table.tableId);
      return answer;
    }) as ReturnType<NonNullable<Ddb.DynamodbOperations['DeleteTable']>>;
}
