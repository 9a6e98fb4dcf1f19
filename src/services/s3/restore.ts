/**
 * RestoreObject: a GLACIER or DEEP_ARCHIVE object cannot be read until a temporary copy is
 * restored. A request answers 202 when it starts a restore, 409 RestoreAlreadyInProgress while one
 * runs, and 200 when the copy is already there (its Days then count again from now). The copy is
 * ready after the tier's retrieval time and expires Days later at the next midnight (UTC), both
 * on the clock; HEAD and GET say where it stands in x-amz-restore. GLACIER_IR is read directly.
 *
 * Retrieval times, taken from the upper end of AWS's documented ranges: GLACIER (Flexible
 * Retrieval) Expedited 5 minutes, Standard 5 hours, Bulk 12 hours; DEEP_ARCHIVE Standard 12
 * hours, Bulk 48 hours (AWS offers no Expedited tier there: it is timed as Standard).
 */
import type * as S3 from '../../generated/s3.js';
import { RESPONSE_STATUS, enumValues } from '../../protocol/index.js';
import { malformedXml } from './errors.js';
import { invalidObjectState, objectAlreadyInActiveTier, restoreAlreadyInProgress } from './errors-features.js';
import type { S3Service } from './service.js';
import type { RestoreRow } from './state-features.js';
import type { ObjectRow } from './state.js';

type Operations = Partial<S3.S3Operations>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
export const ARCHIVED_CLASSES = new Set(['GLACIER', 'DEEP_ARCHIVE']);
const TIERS = new Set(enumValues('s3', 'Tier'));

const RETRIEVAL_MS: Record<string, Record<string, number>> = {
  GLACIER: { Expedited: 5 * MINUTE, Standard: 5 * HOUR, Bulk: 12 * HOUR },
  DEEP_ARCHIVE: { Expedited: 12 * HOUR, Standard: 12 * HOUR, Bulk: 48 * HOUR },
};

function midnightOnOrAfter(ms: number): number {
  return Math.ceil(ms / DAY) * DAY;
}

type RestoreState = { kind: 'none' } | { kind: 'ongoing'; row: RestoreRow } | { kind: 'restored'; row: RestoreRow };

function restoreState(service: S3Service, object: ObjectRow): RestoreState {
  const row = service.state.features.restore(object.id);
  const now = service.clock.now();
  if (!row || row.expiresAt <= now) return { kind: 'none' };
  return row.completesAt > now ? { kind: 'ongoing', row } : { kind: 'restored', row };
}

/** GetObject on an archived object: refused unless a restored copy is there. */
export function checkArchivedReadable(service: S3Service, object: ObjectRow): void {
  if (!ARCHIVED_CLASSES.has(object.storageClass)) return;
  if (restoreState(service, object).kind !== 'restored') throw invalidObjectState(object.storageClass);
}

/** The x-amz-restore header of a HEAD or GET, while a restore runs or its copy lasts. */
export function restoreHeader(service: S3Service, object: ObjectRow): string | undefined {
  if (!ARCHIVED_CLASSES.has(object.storageClass)) return undefined;
  const state = restoreState(service, object);
  if (state.kind === 'ongoing') return 'ongoing-request="true"';
  if (state.kind === 'restored') return `ongoing-request="false", expiry-date="${new Date(state.row.expiresAt).toUTCString()}"`;
  return undefined;
}

export function restoreOperations(service: S3Service): Operations {
  const { state, clock } = service;

  return {
    RestoreObject(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:RestoreObject', input.Key);
      const request = input.RestoreRequest;
      if (!request) throw malformedXml();
      const object = service.object(bucket, input.Key, input.VersionId, 'POST');
      if (!ARCHIVED_CLASSES.has(object.storageClass)) throw objectAlreadyInActiveTier();
      const days = request.Days;
      if (days === undefined) throw malformedXml();
      if (!Number.isInteger(days) || days < 1) throw malformedXml();
      const tier = request.GlacierJobParameters?.Tier ?? request.Tier ?? 'Standard';
      if (!TIERS.has(tier)) throw malformedXml();
      const now = clock.now();
      const current = restoreState(service, object);
      if (current.kind === 'ongoing') throw restoreAlreadyInProgress();
      if (current.kind === 'restored') {
        // A restored copy's life is counted again from this request.
        state.features.putRestore({ ...current.row, days, expiresAt: midnightOnOrAfter(now + days * DAY) });
        return { [RESPONSE_STATUS]: 200 } as S3.RestoreObjectOutput;
      }
      const completesAt = now + RETRIEVAL_MS[object.storageClass]![tier]!;
      state.features.putRestore({ objectId: object.id, tier, days, requestedAt: now, completesAt, expiresAt: midnightOnOrAfter(completesAt + days * DAY) });
      const versionId = bucket.versioning ? object.versionId : undefined;
      service.emit({ name: 'ObjectRestore:Post', bucket, key: object.key, size: object.size, etag: object.etag, versionId, context });
      clock.at(completesAt, () => {
        const row = state.version(bucket, object.key, object.versionId);
        if (row && state.features.restore(row.id)?.completesAt === completesAt) {
          service.emit({ name: 'ObjectRestore:Completed', bucket, key: row.key, size: row.size, etag: row.etag, versionId });
        }
      });
      return { [RESPONSE_STATUS]: 202 } as S3.RestoreObjectOutput;
    },
  };
}
