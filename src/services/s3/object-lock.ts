/**
 * Object Lock: the bucket's configuration (default retention), each version's retention and
 * legal hold (set at write time through x-amz-object-lock-* headers or later through
 * Put/GetObjectRetention and Put/GetObjectLegalHold), and the rule that a locked version cannot
 * be deleted: a legal hold always protects it, COMPLIANCE retention until its date, GOVERNANCE
 * retention unless the request sends x-amz-bypass-governance-retention. A delete without a
 * version id only adds a delete marker, which Object Lock never refuses. Dates are read on the
 * clock, so a test advances time past a retain-until date instead of waiting.
 */
import type { RequestContext } from '../../core/context.js';
import type * as S3 from '../../generated/s3.js';
import { invalidArgument, malformedXml } from './errors.js';
import {
  bucketMissingObjectLock,
  bucketMissingObjectLockOnWrite,
  bypassWithoutObjectLock,
  lockWriteNeedsChecksum,
  noSuchObjectLockConfiguration,
  objectLockConfigurationNotFound,
  objectLockNeedsVersioning,
  objectLocked,
  retainDateInPast,
} from './errors-features.js';
import type { S3Event, S3Service } from './service.js';
import type { ObjectLock } from './state-features.js';
import type { BucketRow, ObjectRow } from './state.js';
import { enumValues } from '../../protocol/index.js';

type Operations = Partial<S3.S3Operations>;

const DAY = 86_400_000;
/** S3 counts a year of retention as 365 days. */
const YEAR = 365 * DAY;
const MAX_DAYS = 36_500;
const MAX_YEARS = 100;
const MODES = new Set(enumValues('s3', 'ObjectLockRetentionMode'));
const HOLD_STATUSES = new Set(enumValues('s3', 'ObjectLockLegalHoldStatus'));

export function lockConfiguration(service: S3Service, bucket: BucketRow): S3.ObjectLockConfiguration | undefined {
  return service.state.config<S3.ObjectLockConfiguration>(bucket, 'objectLock');
}

/** The lock settings an object write asks for, already checked: what to record once the version exists. */
export interface RequestedLock {
  mode?: 'GOVERNANCE' | 'COMPLIANCE';
  retainUntil?: number;
  legalHold?: 'ON' | 'OFF';
}

interface LockHeaders {
  ObjectLockMode?: string;
  ObjectLockRetainUntilDate?: Date | string;
  ObjectLockLegalHoldStatus?: string;
}

/**
 * Checks a write's x-amz-object-lock-* headers as S3 does, in S3's order: the values first, then
 * the bucket's Object Lock, then the integrity header S3 requires of a locked write (Content-MD5
 * or an x-amz-checksum-*, sent as a header or a trailer). Answers undefined when nothing is asked.
 */
export function requestedLock(service: S3Service, bucket: BucketRow, input: LockHeaders, headers: Record<string, string>, requireChecksum: boolean): RequestedLock | undefined {
  const mode = input.ObjectLockMode;
  const date = input.ObjectLockRetainUntilDate;
  const hold = input.ObjectLockLegalHoldStatus;
  const lock: RequestedLock = {};
  if (mode !== undefined || date !== undefined) {
    if (mode === undefined) throw invalidArgument('x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied', 'x-amz-object-lock-mode', undefined);
    if (date === undefined) throw invalidArgument('x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied', 'x-amz-object-lock-retain-until-date', undefined);
    const until = new Date(date).getTime();
    if (Number.isNaN(until)) throw invalidArgument('The retain until date must be provided in ISO 8601 format', 'x-amz-object-lock-retain-until-date', String(date));
    if (until <= service.clock.now()) throw retainDateInPast('x-amz-object-lock-retain-until-date', headers['x-amz-object-lock-retain-until-date']);
    if (!MODES.has(mode)) throw invalidArgument('Unknown wormMode directive.', 'x-amz-object-lock-mode', mode);
    lock.mode = mode as RequestedLock['mode'];
    lock.retainUntil = until;
  }
  if (hold !== undefined) {
    if (!HOLD_STATUSES.has(hold)) throw invalidArgument("Legal Hold must be either of 'ON' or 'OFF'", 'x-amz-object-lock-legal-hold', hold);
    lock.legalHold = hold as RequestedLock['legalHold'];
  }
  const asked = lock.mode !== undefined || lock.legalHold !== undefined;
  const config = lockConfiguration(service, bucket);
  if (asked && !config) throw bucketMissingObjectLockOnWrite();
  if (requireChecksum && (asked || config?.Rule?.DefaultRetention) && !carriesIntegrityHeader(headers)) throw lockWriteNeedsChecksum();
  return asked ? lock : undefined;
}

function carriesIntegrityHeader(headers: Record<string, string>): boolean {
  if (headers['content-md5'] !== undefined) return true;
  if ((headers['x-amz-trailer'] ?? '').toLowerCase().startsWith('x-amz-checksum-')) return true;
  return Object.keys(headers).some((name) => name.startsWith('x-amz-checksum-') && name !== 'x-amz-checksum-type' && name !== 'x-amz-checksum-algorithm');
}

/** Records the lock a write asked for on the version it made. */
export function recordRequestedLock(service: S3Service, row: ObjectRow, lock: RequestedLock | undefined): void {
  if (lock) service.state.features.putLock(row.id, lock);
}

/** Keeps the lock a CreateMultipartUpload asked for until the upload completes. */
export function recordUploadLock(service: S3Service, uploadId: string, lock: RequestedLock | undefined): void {
  if (lock) service.state.features.putUploadLock(uploadId, lock);
}

/** Gives a completed upload's version the lock its CreateMultipartUpload asked for. */
export function applyUploadLock(service: S3Service, uploadId: string, row: ObjectRow): void {
  recordRequestedLock(service, row, service.state.features.uploadLock(uploadId));
}

/**
 * Gives a new version in a bucket with default retention its retain-until date (creation time
 * plus the period), unless the write set a retention of its own. Runs on every ObjectCreated event,
 * so puts, copies, multipart and POST uploads all take the default.
 */
export function applyDefaultRetention(service: S3Service, event: S3Event): void {
  if (!event.name.startsWith('ObjectCreated:') || event.versionId === undefined) return;
  const retention = lockConfiguration(service, event.bucket)?.Rule?.DefaultRetention;
  if (!retention?.Mode) return;
  const row = service.state.version(event.bucket, event.key, event.versionId);
  if (!row) return;
  const current = service.state.features.lock(row.id);
  if (current?.mode) return;
  const period = retention.Days !== undefined ? retention.Days * DAY : (retention.Years ?? 0) * YEAR;
  service.state.features.putLock(row.id, { ...current, mode: retention.Mode as ObjectLock['mode'], retainUntil: row.lastModified + period });
}

/** The Object Lock headers of a GET or HEAD: mode and date while set, the legal hold once one was ever placed. */
export function lockHeaders(service: S3Service, row: ObjectRow): Record<string, unknown> {
  const lock = service.state.features.lock(row.id);
  if (!lock) return {};
  return {
    ObjectLockMode: lock.mode,
    ObjectLockRetainUntilDate: lock.retainUntil !== undefined ? new Date(lock.retainUntil) : undefined,
    ObjectLockLegalHoldStatus: lock.legalHold,
  };
}

/** x-amz-bypass-governance-retention means something only where Object Lock is on. */
export function checkBypassHeader(service: S3Service, bucket: BucketRow, context: RequestContext): boolean {
  const header = context.headers['x-amz-bypass-governance-retention'];
  if (header === undefined) return false;
  if (!lockConfiguration(service, bucket)) throw bypassWithoutObjectLock();
  return header.trim().toLowerCase() === 'true';
}

/** Whether a legal hold or an unexpired retention protects a version (lifecycle expiration leaves such versions alone). */
export function isVersionProtected(service: S3Service, row: ObjectRow): boolean {
  const lock = service.state.features.lock(row.id);
  if (!lock) return false;
  return lock.legalHold === 'ON' || (lock.mode !== undefined && lock.retainUntil !== undefined && lock.retainUntil > service.clock.now());
}

/** Refuses the permanent delete of a version that a legal hold or an unexpired retention protects. */
export function checkVersionDeletable(service: S3Service, row: ObjectRow, bypassGovernance: boolean): void {
  if (row.deleteMarker) return;
  const lock = service.state.features.lock(row.id);
  if (!lock) return;
  if (lock.legalHold === 'ON') throw objectLocked();
  if (!lock.mode || lock.retainUntil === undefined || lock.retainUntil <= service.clock.now()) return;
  if (lock.mode === 'COMPLIANCE' || !bypassGovernance) throw objectLocked();
}

function validateDefaultRetention(config: S3.ObjectLockConfiguration): S3.ObjectLockConfiguration {
  if (config.ObjectLockEnabled !== 'Enabled') throw malformedXml();
  if (!config.Rule) return { ObjectLockEnabled: 'Enabled' };
  const retention = config.Rule.DefaultRetention;
  if (!retention || !retention.Mode || !MODES.has(retention.Mode)) throw malformedXml();
  const hasDays = retention.Days !== undefined;
  const hasYears = retention.Years !== undefined;
  if (hasDays === hasYears) throw malformedXml();
  const [name, value, max] = hasDays ? ['Days', retention.Days!, MAX_DAYS] : ['Years', retention.Years!, MAX_YEARS];
  if (!Number.isInteger(value) || value <= 0) throw invalidArgument('Default retention period must be a positive integer value.', name, String(value));
  if (value > max) throw invalidArgument('Default retention period too large.', name, String(value));
  return { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: retention.Mode, ...(hasDays ? { Days: value } : { Years: value }) } } };
}

export function objectLockOperations(service: S3Service): Operations {
  const { state, clock } = service;

  /** The bucket of a retention or legal-hold call, which must have Object Lock. */
  function lockedBucket(name: string, context: RequestContext, action: string, key: string): BucketRow {
    const bucket = service.bucket(name, context, action, key);
    if (!lockConfiguration(service, bucket)) throw bucketMissingObjectLock();
    return bucket;
  }

  return {
    PutObjectLockConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketObjectLockConfiguration');
      const config = validateDefaultRetention(input.ObjectLockConfiguration ?? {});
      // Object Lock can be turned on for an existing bucket, but only one whose versioning is Enabled.
      if (!lockConfiguration(service, bucket) && bucket.versioning !== 'Enabled') throw objectLockNeedsVersioning();
      state.putConfig(bucket, 'objectLock', config);
      return {};
    },

    GetObjectLockConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketObjectLockConfiguration');
      const config = lockConfiguration(service, bucket);
      if (!config) throw objectLockConfigurationNotFound(bucket.name);
      return { ObjectLockConfiguration: config };
    },

    PutObjectRetention(input, context) {
      const bucket = lockedBucket(input.Bucket, context, 's3:PutObjectRetention', input.Key);
      const retention = input.Retention;
      if (!retention) throw malformedXml();
      const removing = retention.Mode === undefined && retention.RetainUntilDate === undefined;
      if (!removing) {
        if (retention.Mode === undefined || retention.RetainUntilDate === undefined || !MODES.has(retention.Mode)) throw malformedXml();
        if (new Date(retention.RetainUntilDate).getTime() <= clock.now()) throw retainDateInPast('RetainUntilDate', new Date(retention.RetainUntilDate).toISOString());
      }
      const row = service.object(bucket, input.Key, input.VersionId, 'PUT');
      const bypass = Boolean(input.BypassGovernanceRetention);
      const current = state.features.lock(row.id);
      const until = removing ? undefined : new Date(retention.RetainUntilDate!).getTime();
      if (current?.mode && current.retainUntil !== undefined && current.retainUntil > clock.now()) {
        // Extending in the same mode is always allowed; anything else changes a lock in force.
        const extends_ = !removing && retention.Mode === current.mode && until! >= current.retainUntil;
        if (!extends_ && (current.mode === 'COMPLIANCE' || !bypass)) throw objectLocked();
      }
      state.features.putLock(row.id, { ...current, mode: removing ? undefined : (retention.Mode as ObjectLock['mode']), retainUntil: until });
      return {};
    },

    GetObjectRetention(input, context) {
      const bucket = lockedBucket(input.Bucket, context, 's3:GetObjectRetention', input.Key);
      const row = service.object(bucket, input.Key, input.VersionId, 'GET');
      const lock = state.features.lock(row.id);
      if (!lock?.mode || lock.retainUntil === undefined) throw noSuchObjectLockConfiguration();
      return { Retention: { Mode: lock.mode, RetainUntilDate: new Date(lock.retainUntil) } };
    },

    PutObjectLegalHold(input, context) {
      const bucket = lockedBucket(input.Bucket, context, 's3:PutObjectLegalHold', input.Key);
      const status = input.LegalHold?.Status;
      if (status === undefined || !HOLD_STATUSES.has(status)) throw malformedXml();
      const row = service.object(bucket, input.Key, input.VersionId, 'PUT');
      state.features.putLock(row.id, { ...state.features.lock(row.id), legalHold: status });
      return {};
    },

    GetObjectLegalHold(input, context) {
      const bucket = lockedBucket(input.Bucket, context, 's3:GetObjectLegalHold', input.Key);
      const row = service.object(bucket, input.Key, input.VersionId, 'GET');
      const lock = state.features.lock(row.id);
      if (!lock?.legalHold) throw noSuchObjectLockConfiguration();
      return { LegalHold: { Status: lock.legalHold } };
    },
  };
}
