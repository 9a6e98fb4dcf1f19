import { AwsError, isAwsError } from '../../../core/errors.js';

/** Errors of DynamoDB's exports and imports, named as AWS names them. */
export function tableNotFoundForExport(name: string): AwsError {
  return new AwsError('TableNotFoundException', `Table not found: ${name}`, 400);
}

export function pitrNotEnabled(name: string): AwsError {
  return new AwsError('PointInTimeRecoveryUnavailableException', `Point in time recovery is not enabled for table '${name}'`, 400);
}

export function exportNotFound(arn: string): AwsError {
  return new AwsError('ExportNotFoundException', `Export not found: ${arn}`, 400);
}

export function importNotFound(arn: string): AwsError {
  return new AwsError('ImportNotFoundException', `Import not found: ${arn}`, 400);
}

export function exportConflict(): AwsError {
  return new AwsError('ExportConflictException', 'Export conflict: Duplicate request detected with conflicting parameters', 400);
}

export function importConflict(): AwsError {
  return new AwsError('ImportConflictException', 'Import conflict: Duplicate request detected with conflicting parameters', 400);
}

export function invalidExportTime(message: string): AwsError {
  return new AwsError('InvalidExportTimeException', message, 400);
}

/** How an S3 refusal is reported as a task's FailureCode and FailureMessage. */
export function s3Failure(error: unknown): { code: string; message: string } {
  if (isAwsError(error)) {
    if (error.code === 'NoSuchBucket') return { code: 'S3NoSuchBucket', message: 'The specified bucket does not exist' };
    if (error.code === 'AccessDenied') return { code: 'S3AccessDenied', message: 'Access Denied' };
    return { code: `S3${error.code}`, message: error.message };
  }
  return { code: 'UNKNOWN', message: String((error as Error)?.message ?? error) };
}
