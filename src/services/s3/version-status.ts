/**
 * What a version's Object Lock, restore and replication state add to a GET or HEAD answer
 * (x-amz-object-lock-*, x-amz-restore, x-amz-replication-status).
 */
import { lockHeaders } from './object-lock.js';
import { replicationStatusHeader } from './replication.js';
import { restoreHeader } from './restore.js';
import type { S3Service } from './service.js';
import type { ObjectRow } from './state.js';

export function versionStatusHeaders(service: S3Service, row: ObjectRow): Record<string, unknown> {
  return {
    ...lockHeaders(service, row),
    Restore: restoreHeader(service, row),
    ReplicationStatus: replicationStatusHeader(service, row),
  };
}
