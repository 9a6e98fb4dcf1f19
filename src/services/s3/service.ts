/**
 * What S3's operation modules share: the state, the blob store, the clock, bucket lookup
 * with access checks, ids, and the way an object's stored facts become response headers.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { arn } from '../../core/ids.js';
import { evaluatePolicy, type PolicyPrincipal, type PolicyRequest } from '../../core/policy.js';
import type { Runtime } from '../../core/runtime.js';
import { BlobStore } from './blobs.js';
import { accessDenied, invalidVersionId, noSuchBucket, noSuchKey, noSuchVersion, methodNotAllowed } from './errors.js';
import { S3State, type BucketRow, type ObjectRow, type Segment } from './state.js';

export const MAX_KEY_BYTES = 1024;
export const MAX_OBJECT_SIZE = 5 * 1024 ** 3;
export const MIN_PART_SIZE = 5 * 1024 * 1024;
export const MAX_METADATA_BYTES = 2048;

/** The facts an S3 event carries (see notifications.ts). */
export interface S3Event {
  name: string;
  bucket: BucketRow;
  key: string;
  size?: number;
  etag?: string;
  versionId?: string;
  context?: RequestContext;
}

export class S3Service {
  readonly state: S3State;
  readonly blobs: BlobStore;
  private sequence = 0;
  /** Set by notifications.ts: called after every change that S3 reports as an event. */
  onEvent: (event: S3Event) => void = () => undefined;

  constructor(readonly runtime: Runtime) {
    this.state = new S3State(runtime.store);
    this.blobs = new BlobStore(() => runtime.store.blobDir('s3'), runtime.store.durable);
    // A crash can leave bodies no row names (written, never committed; or deleted, never unlinked).
    const removed = this.blobs.reclaim(this.state.referencedBlobs());
    if (removed.length) runtime.log.info({ removed: removed.length }, 's3: removed blob files no object or part names');
  }

  get clock() {
    return this.runtime.clock;
  }

  /**
   * The bucket a request names, or NoSuchBucket. Another account's bucket answers
   * AccessDenied unless its bucket policy allows the action.
   */
  bucket(name: string, context: RequestContext, action: string, key?: string): BucketRow {
    const bucket = this.state.bucket(name);
    if (!bucket) throw noSuchBucket(name);
    const expectedOwner = context.headers['x-amz-expected-bucket-owner'];
    if (expectedOwner !== undefined && expectedOwner !== bucket.account) throw accessDenied();
    if (bucket.account !== context.accountId && !this.policyAllows(bucket, { type: 'AWS', account: context.accountId, arn: context.caller?.arn, principalArn: context.caller?.principalArn }, action, key)) {
      throw accessDenied();
    }
    return bucket;
  }

  /** A bucket's configuration of one kind, or the error S3 answers when it has none. */
  requiredConfig<T>(bucket: BucketRow, kind: string, error: () => AwsError): T {
    const value = this.state.config<T>(bucket, kind);
    if (value === undefined) throw error();
    return value;
  }

  /** Whether the bucket's policy allows a principal an action on the bucket or one key (with the request's condition keys, if any). */
  policyAllows(bucket: BucketRow, principal: PolicyPrincipal, action: string, key?: string, context?: PolicyRequest['context']): boolean {
    const policy = this.state.config<string>(bucket, 'policy');
    if (!policy) return false;
    const resource = bucketArn(bucket, key);
    try {
      return evaluatePolicy(policy, { principal, action, resource, context }) === 'Allow';
    } catch {
      return false;
    }
  }

  /** The current version of a key, or a version by id; NoSuchKey / NoSuchVersion / 405 for delete markers. */
  object(bucket: BucketRow, key: string, versionId: string | undefined, method: string): ObjectRow {
    if (versionId !== undefined) {
      if (!isValidVersionId(versionId)) throw invalidVersionId(versionId);
      const row = this.state.version(bucket, key, versionId);
      if (!row) throw noSuchVersion(key, versionId);
      if (row.deleteMarker) {
        throw methodNotAllowed(method, 'DeleteMarker', {
          'x-amz-delete-marker': 'true',
          'x-amz-version-id': row.versionId,
          'Last-Modified': new Date(row.lastModified).toUTCString(),
          Allow: 'DELETE',
        });
      }
      return row;
    }
    const row = this.state.latest(bucket, key);
    if (!row) throw noSuchKey(key);
    if (row.deleteMarker) throw noSuchKey(key, { 'x-amz-delete-marker': 'true', 'x-amz-version-id': row.versionId });
    return row;
  }

  newVersionId(): string {
    return randomBytes(24).toString('base64url');
  }

  newUploadId(): string {
    return randomBytes(48).toString('base64url');
  }

  /** A strictly increasing hex string per change, for event ordering (S3's `sequencer`). */
  sequencer(): string {
    this.sequence = (this.sequence + 1) % 0x1000;
    const value = BigInt(this.clock.now()) * 0x1000n + BigInt(this.sequence);
    return value.toString(16).toUpperCase().padStart(18, '0');
  }

  /** Deletes blob files once the rows that named them are gone. */
  release(segments: Iterable<Segment>): void {
    const ids: string[] = [];
    for (const segment of segments) ids.push(segment.id);
    this.blobs.remove(ids);
  }

  /** A body given as a stream, bytes, text or nothing, as a stream. */
  bodyStream(body: unknown): Readable {
    if (body instanceof Readable) return body;
    if (body === undefined || body === null) return Readable.from([], { objectMode: false });
    if (typeof body === 'string') return Readable.from([Buffer.from(body, 'utf8')], { objectMode: false });
    return Readable.from([Buffer.from(body as Uint8Array)], { objectMode: false });
  }

  emit(event: S3Event): void {
    try {
      this.onEvent(event);
    } catch (error) {
      this.runtime.log.warn({ err: String(error) }, 's3 event notification failed');
    }
  }
}

/** S3's canonical user id for an account (64 hex digits). */
export function canonicalId(account: string): string {
  return createHash('sha256').update(`nimbus-canonical-user:${account}`).digest('hex');
}

export function owner(account: string): { ID: string } {
  return { ID: canonicalId(account) };
}

/** The Id S3 gives a lifecycle rule or notification configuration sent without one: up to 32 letters and digits. */
export function newConfigurationId(): string {
  return randomBytes(24).toString('base64').replace(/[+/=]/g, '').slice(0, 32);
}

export function quoteEtag(hex: string): string {
  return `"${hex}"`;
}

export function isValidVersionId(versionId: string): boolean {
  return versionId === 'null' || /^[A-Za-z0-9_.-]{32}$/.test(versionId);
}

export function checkKey(key: string): void {
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES) {
    throw new AwsError('KeyTooLongError', 'Your key is too long', 400, { fields: { Size: Buffer.byteLength(key, 'utf8'), MaxSizeAllowed: MAX_KEY_BYTES } });
  }
}

/** A bucket's ARN, or an object's: S3's name neither region nor account; the bucket's region picks the partition. */
export function bucketArn(bucket: { name: string; region: string }, key?: string): string {
  return arn({ service: 's3', region: '', account: '', partitionRegion: bucket.region, resource: key === undefined ? bucket.name : `${bucket.name}/${key}` });
}
