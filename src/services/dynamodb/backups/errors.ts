import { AwsError } from '../../../core/errors.js';

/** Backups' and point-in-time recovery's errors (all 400), worded as DynamoDB words them. */
export function tableNotFoundForBackup(name: string): AwsError {
  return new AwsError('TableNotFoundException', `Table not found: ${name}`, 400);
}

export function tableAlreadyExists(name: string): AwsError {
  return new AwsError('TableAlreadyExistsException', `Table already exists: ${name}`, 400);
}

export function tableInUse(name: string): AwsError {
  return new AwsError('TableInUseException', `Table is being created or deleted: ${name}`, 400);
}

export function backupNotFound(arn: string): AwsError {
  return new AwsError('BackupNotFoundException', `Backup not found: ${arn}`, 400);
}

export function backupInUse(arn: string): AwsError {
  return new AwsError('BackupInUseException', `Backup is being created: ${arn}`, 400);
}

/** The exception's documented sentence (the API reference's wording). */
export function invalidRestoreTime(): AwsError {
  return new AwsError('InvalidRestoreTimeException', 'An invalid restore time was specified. RestoreDateTime must be between EarliestRestorableDateTime and LatestRestorableDateTime.', 400);
}

/** UpdateContinuousBackups on a table still being created. */
export function continuousBackupsUnavailable(name: string): AwsError {
  return new AwsError('ContinuousBackupsUnavailableException', `Backups are being enabled for the table: ${name}. Please retry later`, 400);
}

export function pitrUnavailable(name: string): AwsError {
  return new AwsError('PointInTimeRecoveryUnavailableException', `Point in time recovery is not enabled for table '${name}'`, 400);
}
