/**
 * Lifecycle configuration: validation with S3's messages, the x-amz-expiration header, and
 * the daily sweep that expires objects, noncurrent versions, expired delete markers and
 * stale multipart uploads. As on AWS, an expiry falls at the midnight (UTC) after
 * creation + Days, and rules are applied once a day at midnight: on the clock, so tests
 * advance time instead of waiting.
 */
import type { Timer } from '../../core/clock.js';
import type * as S3 from '../../generated/s3.js';
import { invalidArgument, invalidRequest, malformedXml } from './errors.js';
import { deleteMarker } from './objects.js';
import { isVersionProtected } from './object-lock.js';
import { newConfigurationId, type S3Service } from './service.js';
import type { BucketRow, ObjectRow, Segment } from './state.js';

const DAY = 86_400_000;

export type LifecycleRule = S3.LifecycleRule;

function positiveInteger(value: number | undefined): boolean {
  return value !== undefined && Number.isInteger(value) && value > 0;
}

export function validateLifecycle(config: S3.BucketLifecycleConfiguration | undefined): LifecycleRule[] {
  const rules = config?.Rules;
  if (!rules || rules.length === 0) throw malformedXml();
  if (rules.length > 1000) throw invalidRequest('Lifecycle configuration can contain at most 1000 rules');
  const ids = new Set<string>();
  return rules.map((rule) => {
    const id = rule.ID ?? newConfigurationId();
    if (id.length > 255) throw invalidArgument('ID length should not exceed allowed limit of 255', 'ID', id);
    if (ids.has(id)) throw invalidArgument('Rule ID must be unique. Found same ID for more than one rule', 'ID', id);
    ids.add(id);
    if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled') throw malformedXml();
    const hasAction =
      rule.Expiration || rule.NoncurrentVersionExpiration || rule.AbortIncompleteMultipartUpload || rule.Transitions?.length || rule.NoncurrentVersionTransitions?.length;
    if (!hasAction) throw invalidRequest('At least one action needs to be specified in a rule');
    const expiration = rule.Expiration;
    if (expiration) {
      const given = [expiration.Days !== undefined, expiration.Date !== undefined, expiration.ExpiredObjectDeleteMarker !== undefined].filter(Boolean).length;
      if (given !== 1) throw malformedXml();
      if (expiration.Days !== undefined && !positiveInteger(expiration.Days)) {
        throw invalidArgument("'Days' for Expiration action must be a positive integer", 'Days', String(expiration.Days));
      }
      if (expiration.Date !== undefined && new Date(expiration.Date).getTime() % DAY !== 0) {
        throw invalidArgument("'Date' must be at midnight GMT", 'Date', new Date(expiration.Date).toISOString());
      }
    }
    const noncurrent = rule.NoncurrentVersionExpiration;
    if (noncurrent && !positiveInteger(noncurrent.NoncurrentDays)) {
      throw invalidArgument("'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer", 'NoncurrentDays', String(noncurrent.NoncurrentDays));
    }
    const abort = rule.AbortIncompleteMultipartUpload;
    if (abort && !positiveInteger(abort.DaysAfterInitiation)) {
      throw invalidArgument(
        "'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer",
        'DaysAfterInitiation',
        String(abort.DaysAfterInitiation),
      );
    }
    return { ...rule, ID: id };
  });
}

/** The midnight (UTC) at or after a time. */
function midnightOnOrAfter(ms: number): number {
  return Math.ceil(ms / DAY) * DAY;
}

function rulePrefix(rule: LifecycleRule): string {
  return rule.Filter?.Prefix ?? rule.Filter?.And?.Prefix ?? rule.Prefix ?? '';
}

function ruleMatches(rule: LifecycleRule, key: string, row?: ObjectRow): boolean {
  if (rule.Status !== 'Enabled') return false;
  if (!key.startsWith(rulePrefix(rule))) return false;
  const filter = rule.Filter;
  if (!filter) return true;
  const tags = [...(filter.Tag ? [filter.Tag] : []), ...(filter.And?.Tags ?? [])];
  if (tags.length && (!row || !tags.every((t) => row.tags[t.Key] === t.Value))) return false;
  const greater = filter.ObjectSizeGreaterThan ?? filter.And?.ObjectSizeGreaterThan;
  const less = filter.ObjectSizeLessThan ?? filter.And?.ObjectSizeLessThan;
  if (greater !== undefined && (!row || !(row.size > greater))) return false;
  if (less !== undefined && (!row || !(row.size < less))) return false;
  return true;
}

function currentExpiry(rule: LifecycleRule, row: ObjectRow): number | undefined {
  const expiration = rule.Expiration;
  if (!expiration) return undefined;
  if (expiration.Days !== undefined) return midnightOnOrAfter(row.lastModified + expiration.Days * DAY);
  if (expiration.Date !== undefined) return new Date(expiration.Date).getTime();
  return undefined;
}

/** `expiry-date="…", rule-id="…"` for an object a rule will expire. */
export function expirationHeader(service: S3Service, bucket: BucketRow, row: ObjectRow): string | undefined {
  const rules = service.state.config<LifecycleRule[]>(bucket, 'lifecycle');
  if (!rules || !row.isLatest || row.deleteMarker) return undefined;
  for (const rule of rules) {
    if (!ruleMatches(rule, row.key, row)) continue;
    const expiry = currentExpiry(rule, row);
    if (expiry !== undefined) return `expiry-date="${new Date(expiry).toUTCString()}", rule-id="${rule.ID}"`;
  }
  return undefined;
}

/** Runs every midnight (UTC) of clock time while the S3 service is up. */
export class LifecycleSweeper {
  private timer: Timer | undefined;

  constructor(private readonly service: S3Service) {}

  start(): void {
    const clock = this.service.clock;
    const next = Math.floor(clock.now() / DAY) * DAY + DAY;
    this.timer = clock.at(next, () => {
      try {
        this.sweep(clock.now());
      } catch (error) {
        this.service.runtime.log.warn({ err: String(error) }, 's3 lifecycle sweep failed');
      }
      this.start();
    });
  }

  close(): void {
    this.timer?.cancel();
  }

  sweep(now: number): void {
    const { state } = this.service;
    for (const { bucketId, value: rules } of state.configs<LifecycleRule[]>('lifecycle')) {
      const bucket = state.bucketById(bucketId);
      if (!bucket) continue;
      this.sweepObjects(bucket, rules, now);
      this.sweepUploads(bucket, rules, now);
    }
  }

  private sweepObjects(bucket: BucketRow, rules: LifecycleRule[], now: number): void {
    const { service } = this;
    const { state } = service;
    const byKey = new Map<string, ObjectRow[]>();
    for (const row of state.allVersions(bucket)) {
      const list = byKey.get(row.key);
      if (list) list.push(row);
      else byKey.set(row.key, [row]);
    }
    for (const [key, versions] of byKey) {
      const released: Segment[] = [];
      const events: Array<{ name: string; row: ObjectRow; versionId?: string }> = [];
      state.transaction(() => {
        const current = versions[0]!.isLatest ? versions[0] : undefined;
        for (const rule of rules) {
          if (rule.Status !== 'Enabled' || !key.startsWith(rulePrefix(rule))) continue;
          // Current version expiry.
          if (current && !current.deleteMarker && ruleMatches(rule, key, current)) {
            const expiry = currentExpiry(rule, current);
            if (expiry !== undefined && now >= expiry) {
              if (!bucket.versioning) {
                state.deleteVersion(current);
                released.push(...current.segments);
                events.push({ name: 'LifecycleExpiration:Delete', row: current });
              } else {
                let markerId = service.newVersionId();
                if (bucket.versioning === 'Suspended') {
                  markerId = 'null';
                  const nullVersion = state.version(bucket, key, 'null');
                  if (nullVersion) {
                    state.deleteVersion(nullVersion);
                    released.push(...nullVersion.segments);
                  }
                }
                state.insertLatest(bucket, deleteMarker(key, markerId, now, bucket.account));
                events.push({ name: 'LifecycleExpiration:DeleteMarkerCreated', row: current, versionId: markerId });
              }
            }
          }
          // Noncurrent versions.
          const noncurrent = rule.NoncurrentVersionExpiration;
          if (noncurrent?.NoncurrentDays !== undefined && bucket.versioning) {
            const remaining = state.versionsOfKey(bucket, key);
            let kept = 0;
            for (let i = 1; i < remaining.length; i++) {
              const row = remaining[i]!;
              if (row.isLatest) continue;
              const since = remaining[i - 1]!.lastModified;
              const expiry = midnightOnOrAfter(since + noncurrent.NoncurrentDays * DAY);
              if (noncurrent.NewerNoncurrentVersions !== undefined && kept < noncurrent.NewerNoncurrentVersions) {
                kept++;
                continue;
              }
              // Object Lock: lifecycle never removes a version a retention or legal hold protects.
              if (now >= expiry && !isVersionProtected(service, row)) {
                state.deleteVersion(row);
                released.push(...row.segments);
                events.push({ name: 'LifecycleExpiration:Delete', row, versionId: row.versionId });
              }
            }
          }
          // A delete marker with no versions behind it.
          if (rule.Expiration?.ExpiredObjectDeleteMarker) {
            const remaining = state.versionsOfKey(bucket, key);
            if (remaining.length === 1 && remaining[0]!.deleteMarker) {
              state.deleteVersion(remaining[0]!);
              events.push({ name: 'LifecycleExpiration:Delete', row: remaining[0]!, versionId: remaining[0]!.versionId });
            }
          }
        }
      });
      service.release(released);
      for (const event of events) {
        service.emit({
          name: event.name,
          bucket,
          key,
          versionId: bucket.versioning ? (event.versionId ?? event.row.versionId) : undefined,
        });
      }
    }
  }

  private sweepUploads(bucket: BucketRow, rules: LifecycleRule[], now: number): void {
    const { state } = this.service;
    for (const upload of state.uploads(bucket)) {
      const rule = rules.find((r) => r.Status === 'Enabled' && r.AbortIncompleteMultipartUpload && upload.key.startsWith(rulePrefix(r)));
      const days = rule?.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
      if (days === undefined || now < midnightOnOrAfter(upload.initiated + days * DAY)) continue;
      const parts = state.parts(upload.uploadId);
      state.deleteUpload(upload.uploadId);
      this.service.release(parts.map((p) => ({ id: p.blob, size: p.size })));
    }
  }
}
