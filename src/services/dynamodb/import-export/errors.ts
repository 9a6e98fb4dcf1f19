import { AwsError } from '../../../core/errors.js';

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
