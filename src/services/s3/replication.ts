/**
 * Replication between Nimbus buckets: Put/Get/DeleteBucketReplication (versioning Enabled on the
 * source and on every destination, as S3 requires), and the copying itself. A new version that a
 * rule matches (prefix, tag or And filter; among rules to one destination the highest Priority
 * wins) is marked PENDING on the source and copied REPLICATION_DELAY_MS later on the clock, keeping
 * its version id, metadata and tags; the source then reads COMPLETED (or FAILED when the
 * destination is gone, unversioned, or another account's bucket whose policy does not let the
 * source's owner s3:ReplicateObject) and the copy REPLICA. Replicas are not replicated again.
 * Delete markers follow where DeleteMarkerReplication is Enabled (and always under the older,
 * filter-less schema); deleting a specific version is never replicated, as on AWS.
 */
import { parseArn } from '../../core/ids.js';
import type * as S3 from '../../generated/s3.js';
import { SMALL_BLOB } from './blobs.js';
import { createHasher } from './checksums.js';
import { invalidArgument, invalidRequest, malformedXml } from './errors.js';
import { replicationConfigurationNotFound } from './errors-features.js';
import { deleteMarker } from './objects.js';
import { newConfigurationId, type S3Event, type S3Service } from './service.js';
import type { ReplicationStatus } from './state-features.js';
import type { BucketRow, ObjectRow } from './state.js';

type Operations = Partial<S3.S3Operations>;

/** How long after a write its replica lands (AWS replicates most objects within seconds to minutes). */
export const REPLICATION_DELAY_MS = 5_000;
const MAX_RULES = 1000;

/** The destination bucket an ARN (or, as older clients send, a plain name) names. */
function destinationName(value: string): string {
  const parsed = parseArn(value);
  if (parsed) return parsed.resource;
  return value;
}

function ruleTags(rule: S3.ReplicationRule): S3.TagShape[] {
  const filter = rule.Filter;
  if (!filter) return [];
  return [...(filter.Tag ? [filter.Tag] : []), ...(filter.And?.Tags ?? [])];
}

function rulePrefix(rule: S3.ReplicationRule): string {
  return rule.Filter?.Prefix ?? rule.Filter?.And?.Prefix ?? rule.Prefix ?? '';
}

function ruleMatches(rule: S3.ReplicationRule, row: ObjectRow): boolean {
  if (rule.Status !== 'Enabled' || !row.key.startsWith(rulePrefix(rule))) return false;
  return ruleTags(rule).every((tag) => row.tags[tag.Key] === tag.Value);
}

export function validateReplication(service: S3Service, bucket: BucketRow, config: S3.ReplicationConfiguration | undefined): S3.ReplicationConfiguration {
  if (bucket.versioning !== 'Enabled') throw invalidRequest("Versioning must be 'Enabled' on the bucket to apply a replication configuration");
  const rules = config?.Rules;
  if (!config?.Role || !rules?.length) throw malformedXml();
  if (rules.length > MAX_RULES) throw invalidRequest(`Number of rules in the replication configuration cannot exceed ${MAX_RULES}`);
  const ids = new Set<string>();
  const checked = rules.map((rule) => {
    const id = rule.ID ?? newConfigurationId();
    if (id.length > 255) throw invalidArgument('ID length should not exceed allowed limit of 255', 'ID', id);
    if (ids.has(id)) throw invalidArgument('Rule Id must be unique', 'ID', id);
    ids.add(id);
    if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled') throw malformedXml();
    if (!rule.Destination?.Bucket) throw malformedXml();
    if (rule.Filter !== undefined) {
      if (!rule.DeleteMarkerReplication) throw invalidRequest('DeleteMarkerReplication must be specified for this version of Cross Region Replication configuration schema.');
      if (rule.DeleteMarkerReplication.Status === 'Enabled' && ruleTags(rule).length) throw invalidRequest('Delete marker replication is not supported if any Tag filter is specified.');
    }
    const destination = service.state.bucket(destinationName(rule.Destination.Bucket));
    if (!destination) throw invalidRequest('Destination bucket must exist.');
    if (destination.versioning !== 'Enabled') throw invalidRequest('Destination bucket must have versioning enabled.');
    return { ...rule, ID: id };
  });
  return { ...config, Rules: checked };
}

/** For each destination, the highest-priority enabled rule that matches a version. */
function rulesFor(config: S3.ReplicationConfiguration, row: ObjectRow): S3.ReplicationRule[] {
  const byDestination = new Map<string, S3.ReplicationRule>();
  for (const rule of config.Rules) {
    if (!ruleMatches(rule, row)) continue;
    const name = destinationName(rule.Destination.Bucket);
    const chosen = byDestination.get(name);
    if (!chosen || (rule.Priority ?? 0) > (chosen.Priority ?? 0)) byDestination.set(name, rule);
  }
  return [...byDestination.values()];
}

export class Replicator {
  private closed = false;

  constructor(private readonly service: S3Service) {}

  /**
   * Picks up versions a restart left PENDING: their timers did not survive it, and their delay has
   * passed, so they are copied at once (S3 starts on its first request after the restart).
   */
  resume(): void {
    for (const pending of this.service.state.features.pendingReplications()) {
      const bucket = this.service.state.bucketById(pending.bucketId);
      if (!bucket) continue;
      this.replicate(bucket, pending.key, pending.versionId).catch((error) => {
        this.service.runtime.log.warn({ err: String(error), bucket: bucket.name, key: pending.key }, 's3 replication failed');
      });
    }
  }

  close(): void {
    this.closed = true;
  }

  onEvent(event: S3Event): void {
    if (event.versionId === undefined) return;
    const config = this.service.state.config<S3.ReplicationConfiguration>(event.bucket, 'replication');
    if (!config) return;
    const row = this.service.state.version(event.bucket, event.key, event.versionId);
    if (!row) return;
    if (event.name.startsWith('ObjectCreated:')) {
      if (this.service.state.features.replicationStatus(row.id) === 'REPLICA') return;
      if (rulesFor(config, row).length === 0) return;
      this.service.state.features.setReplicationStatus(row.id, 'PENDING');
      this.schedule(event.bucket, row.key, row.versionId);
    } else if (event.name === 'ObjectRemoved:DeleteMarkerCreated') {
      this.replicateDeleteMarker(event.bucket, config, row);
    }
  }

  private schedule(bucket: BucketRow, key: string, versionId: string): void {
    this.service.clock.setTimeout(() => {
      if (this.closed) return;
      this.replicate(bucket, key, versionId).catch((error) => {
        this.service.runtime.log.warn({ err: String(error), bucket: bucket.name, key }, 's3 replication failed');
      });
    }, REPLICATION_DELAY_MS);
  }

  private async replicate(source: BucketRow, key: string, versionId: string): Promise<void> {
    const { state } = this.service;
    const row = state.version(source, key, versionId);
    const config = state.config<S3.ReplicationConfiguration>(source, 'replication');
    if (!row || row.deleteMarker) return;
    let status: ReplicationStatus = 'COMPLETED';
    for (const rule of config ? rulesFor(config, row) : []) {
      const ok = await this.copyTo(source, row, rule).catch(() => false);
      if (!ok) status = 'FAILED';
    }
    // The version may have gone while its copy was written.
    const still = state.version(source, key, versionId);
    if (still) state.features.setReplicationStatus(still.id, status);
  }

  private writableDestination(source: BucketRow, rule: S3.ReplicationRule, key: string): BucketRow | undefined {
    const destination = this.service.state.bucket(destinationName(rule.Destination.Bucket));
    if (!destination || destination.versioning !== 'Enabled') return undefined;
    if (destination.account !== source.account && !this.service.policyAllows(destination, { type: 'AWS', account: source.account }, 's3:ReplicateObject', key)) return undefined;
    return destination;
  }

  private async copyTo(source: BucketRow, row: ObjectRow, rule: S3.ReplicationRule): Promise<boolean> {
    const { state, blobs } = this.service;
    const destination = this.writableDestination(source, rule, row.key);
    if (!destination) return false;
    if (state.version(destination, row.key, row.versionId)) return true;
    // Small bodies are copied at once, so the replica is there when the clock's timer returns.
    const segment = row.size <= SMALL_BLOB ? blobs.writeBuffer(blobs.readSmall(row.segments)) : await blobs.copyRange(row.segments, 0, row.size - 1, [createHasher('MD5')]);
    const owner = rule.Destination.AccessControlTranslation?.Owner === 'Destination' ? destination.account : row.meta.owner;
    try {
      state.transaction(() => {
        if (state.version(destination, row.key, row.versionId)) throw new AlreadyReplicated();
        const copy = state.insertLatest(destination, {
          key: row.key,
          versionId: row.versionId,
          deleteMarker: false,
          size: row.size,
          etag: row.etag,
          lastModified: row.lastModified,
          storageClass: rule.Destination.StorageClass ?? row.storageClass,
          segments: [segment],
          meta: { ...row.meta, parts: row.meta.parts, owner },
          tags: { ...row.tags },
        });
        state.features.setReplicationStatus(copy.id, 'REPLICA');
      });
    } catch (error) {
      this.service.release([segment]);
      if (error instanceof AlreadyReplicated) return true;
      throw error;
    }
    return true;
  }

  private replicateDeleteMarker(source: BucketRow, config: S3.ReplicationConfiguration, marker: ObjectRow): void {
    const { state } = this.service;
    for (const rule of config.Rules) {
      if (rule.Status !== 'Enabled' || !marker.key.startsWith(rulePrefix(rule))) continue;
      const enabled = rule.Filter === undefined || rule.DeleteMarkerReplication?.Status === 'Enabled';
      if (!enabled) continue;
      const destination = this.writableDestination(source, rule, marker.key);
      if (!destination) continue;
      this.service.clock.setTimeout(() => {
        if (this.closed || state.version(destination, marker.key, marker.versionId)) return;
        state.transaction(() => state.insertLatest(destination, deleteMarker(marker.key, marker.versionId, marker.lastModified, marker.meta.owner)));
      }, REPLICATION_DELAY_MS);
    }
  }
}

class AlreadyReplicated extends Error {}

export function replicationOperations(service: S3Service): Operations {
  const { state } = service;
  return {
    PutBucketReplication(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutReplicationConfiguration');
      state.putConfig(bucket, 'replication', validateReplication(service, bucket, input.ReplicationConfiguration));
    },

    GetBucketReplication(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetReplicationConfiguration');
      const config = state.config<S3.ReplicationConfiguration>(bucket, 'replication');
      if (!config) throw replicationConfigurationNotFound(bucket.name);
      return { ReplicationConfiguration: config };
    },

    DeleteBucketReplication(input, context) {
      state.deleteConfig(service.bucket(input.Bucket, context, 's3:PutReplicationConfiguration'), 'replication');
    },
  };
}

/** The x-amz-replication-status of a version, if it has one. */
export function replicationStatusHeader(service: S3Service, row: ObjectRow): ReplicationStatus | undefined {
  return service.state.features.replicationStatus(row.id);
}
