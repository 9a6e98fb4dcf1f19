import type { Store } from '../../../core/store.js';
import type * as Ddb from '../../../generated/dynamodb.js';
import type { Engine } from '../engine.js';
import { onDemandBackupOperations, type BackupOptions } from './on-demand.js';
import { changeLogListener, pointInTimeOperations } from './point-in-time.js';
import { BackupState } from './state.js';

/**
 * DynamoDB backups: on-demand backups and their restores, and point-in-time recovery (the change
 * log it keeps is registered here as an item-change listener).
 */
export function backupOperations(engine: Engine, store: Store, options: BackupOptions): Partial<Ddb.DynamodbOperations> {
  const backups = new BackupState(store);
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
