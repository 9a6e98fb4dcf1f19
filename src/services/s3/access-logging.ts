/**
 * Server access logging: Put/GetBucketLogging (the target must exist, belong to the same account
 * and sit in the same region, as S3 checks), one record per request made against a logged bucket
 * in S3's documented access-log line format, and their delivery as objects in the target bucket:
 * every DELIVERY_PERIOD_MS of clock time, all lines waiting for a bucket become one log object
 * named by TargetObjectKeyFormat (simple `[prefix]YYYY-mm-DD-HH-MM-SS-UniqueString`, or
 * partitioned `[prefix]account/region/bucket/YYYY/mm/DD/YYYY-mm-DD-HH-MM-SS-UniqueString`).
 *
 * Operations never see HTTP, so a record is written around the operation handler: the method
 * and REST operation name come from the operation, the Request-URI is rebuilt path-style from
 * the bucket and key (the query string is not known there), and the client's IP is that of the
 * loopback listener.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Timer } from '../../core/clock.js';
import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import type { OperationHandler } from '../../core/runtime.js';
import type * as S3 from '../../generated/s3.js';
import { hostId, RESPONSE_STATUS } from '../../protocol/index.js';
import { malformedXml } from './errors.js';
import { invalidTargetBucketForLogging } from './errors-features.js';
import { commitObject } from './objects.js';
import { canonicalId, type S3Service } from './service.js';
import type { BucketRow } from './state.js';

type Operations = Partial<S3.S3Operations>;

/** How often waiting log lines are delivered (AWS delivers within hours; minutes keep tests short). */
export const DELIVERY_PERIOD_MS = 5 * 60_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** S3's REST operation names where they are not the method and the sub-resource in capitals. */
const REST_NAMES: Record<string, string> = {
  GetObject: 'REST.GET.OBJECT',
  PutObject: 'REST.PUT.OBJECT',
  HeadObject: 'REST.HEAD.OBJECT',
  DeleteObject: 'REST.DELETE.OBJECT',
  CopyObject: 'REST.COPY.OBJECT',
  DeleteObjects: 'REST.POST.MULTI_OBJECT_DELETE',
  ListObjects: 'REST.GET.BUCKET',
  ListObjectsV2: 'REST.GET.BUCKET',
  ListObjectVersions: 'REST.GET.BUCKETVERSIONS',
  HeadBucket: 'REST.HEAD.BUCKET',
  CreateBucket: 'REST.PUT.BUCKET',
  DeleteBucket: 'REST.DELETE.BUCKET',
  CreateMultipartUpload: 'REST.POST.UPLOADS',
  UploadPart: 'REST.PUT.PART',
  UploadPartCopy: 'REST.COPY.PART',
  CompleteMultipartUpload: 'REST.POST.UPLOAD',
  AbortMultipartUpload: 'REST.DELETE.UPLOAD',
  ListParts: 'REST.GET.UPLOAD',
  ListMultipartUploads: 'REST.GET.UPLOADS',
  RestoreObject: 'REST.POST.RESTORE',
  PutBucketLogging: 'REST.PUT.LOGGING_STATUS',
  GetBucketLogging: 'REST.GET.LOGGING_STATUS',
};

const METHODS: Array<[string, string]> = [['Get', 'GET'], ['List', 'GET'], ['Head', 'HEAD'], ['Put', 'PUT'], ['Delete', 'DELETE'], ['Create', 'PUT'], ['Restore', 'POST'], ['Select', 'POST']];

/** `REST.GET.VERSIONING` for GetBucketVersioning, `REST.PUT.OBJECT_TAGGING` for PutObjectTagging. */
export function restOperation(operation: string): { method: string; name: string } {
  const [verb, method] = METHODS.find(([prefix]) => operation.startsWith(prefix)) ?? ['', 'GET'];
  const known = REST_NAMES[operation];
  if (known) return { method: known.split('.')[1] === 'COPY' ? 'PUT' : known.split('.')[1]!, name: known };
  const resource = operation
    .slice(verb.length)
    .replace(/^Bucket/, '')
    .replace(/Configuration(s)?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase();
  return { method, name: `REST.${method}.${resource}` };
}

function logTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `[${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000]`;
}

function field(value: string | number | undefined): string {
  return value === undefined || value === '' ? '-' : String(value);
}

function quoted(value: string | undefined): string {
  return value ? `"${value.replace(/"/g, '\\"')}"` : '"-"';
}

interface Outcome {
  status: number;
  errorCode?: string;
  bytesSent?: number;
  objectSize?: number;
  versionId?: string;
}

/** One access-log line, in S3's documented field order. */
function logLine(bucket: BucketRow, context: RequestContext, input: Record<string, unknown>, outcome: Outcome, startedAt: number, elapsedMs: number): string {
  const { method, name } = restOperation(context.operation);
  const key = typeof input.Key === 'string' ? input.Key : undefined;
  const uri = `/${bucket.name}${key !== undefined ? `/${encodeURIComponent(key).replace(/%2F/g, '/')}` : ''}`;
  const signature = context.headers.authorization?.startsWith('AWS4-') || context.headers['x-amz-credential'] ? 'SigV4' : undefined;
  return [
    canonicalId(bucket.account),
    bucket.name,
    logTime(startedAt),
    '127.0.0.1',
    context.accessKeyId ? canonicalId(context.accountId) : '-',
    context.requestId,
    name,
    field(key !== undefined ? encodeURIComponent(key).replace(/%2F/g, '/') : undefined),
    quoted(`${method} ${uri} HTTP/1.1`),
    String(outcome.status),
    field(outcome.errorCode),
    field(outcome.bytesSent),
    field(outcome.objectSize),
    String(Math.max(0, Math.round(elapsedMs))),
    field(outcome.status < 300 ? Math.max(0, Math.round(elapsedMs)) : undefined),
    quoted(context.headers.referer),
    quoted(context.headers['user-agent']),
    field(outcome.versionId),
    hostId(context.requestId),
    field(signature),
    '-',
    signature ? (context.headers.authorization ? 'AuthHeader' : 'QueryString') : '-',
    context.host || '-',
    '-',
    '-',
    '-',
  ].join(' ');
}

function successOutcome(context: RequestContext, output: Record<string | symbol, unknown> | undefined): Outcome {
  const status = (output?.[RESPONSE_STATUS] as number | undefined) ?? (context.operation.startsWith('Delete') && context.operation !== 'DeleteObjects' ? 204 : 200);
  const length = output?.ContentLength as number | undefined;
  const reads = context.operation === 'GetObject' || context.operation === 'HeadObject';
  return {
    status,
    bytesSent: context.operation === 'GetObject' ? length : undefined,
    objectSize: reads ? length : undefined,
    versionId: typeof output?.VersionId === 'string' ? output.VersionId : undefined,
  };
}

/**
 * Wraps every operation so that requests against a logged bucket leave a record; handlers that
 * answer at once still do. Buckets without logging cost one set lookup a request.
 */
export function withAccessLogging(service: S3Service, delivery: AccessLogDelivery, operations: Operations): Operations {
  const wrapped: Record<string, OperationHandler> = {};
  for (const [name, handler] of Object.entries(operations) as Array<[string, OperationHandler]>) {
    wrapped[name] = (input: Record<string, unknown>, context: RequestContext) => {
      const bucketName = typeof input?.Bucket === 'string' ? input.Bucket : undefined;
      if (bucketName === undefined || !delivery.logged.has(bucketName)) return handler(input, context);
      const bucket = service.state.bucket(bucketName);
      if (!bucket || !service.state.config(bucket, 'logging')) return handler(input, context);
      const startedAt = service.clock.now();
      const started = performance.now();
      const record = (outcome: Outcome) => {
        try {
          service.state.features.addLogLine(bucket.id, startedAt, logLine(bucket, context, input, outcome, startedAt, performance.now() - started));
        } catch (error) {
          service.runtime.log.warn({ err: String(error) }, 's3 access log record failed');
        }
      };
      const failed = (error: unknown) => {
        record(error instanceof AwsError ? { status: error.status, errorCode: error.code } : { status: 500, errorCode: 'InternalError' });
        throw error;
      };
      let answer: unknown;
      try {
        answer = handler(input, context);
      } catch (error) {
        failed(error);
      }
      if (answer instanceof Promise) {
        return answer.then((output) => {
          record(successOutcome(context, output as Record<string, unknown>));
          return output;
        }, failed);
      }
      record(successOutcome(context, answer as Record<string, unknown>));
      return answer;
    };
  }
  return wrapped as Operations;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The key of one delivered log object. */
export function logObjectKey(config: S3.LoggingEnabled, source: BucketRow, deliveredAt: number, firstEventAt: number): string {
  const stamp = (ms: number) => {
    const d = new Date(ms);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${pad(d.getUTCHours())}-${pad(d.getUTCMinutes())}-${pad(d.getUTCSeconds())}`;
  };
  const unique = randomBytes(8).toString('hex').toUpperCase();
  const prefix = config.TargetPrefix ?? '';
  const partitioned = config.TargetObjectKeyFormat?.PartitionedPrefix;
  if (!partitioned) return `${prefix}${stamp(deliveredAt)}-${unique}`;
  const dated = new Date(partitioned.PartitionDateSource === 'EventTime' ? firstEventAt : deliveredAt);
  return `${prefix}${source.account}/${source.region}/${source.name}/${dated.getUTCFullYear()}/${pad(dated.getUTCMonth() + 1)}/${pad(dated.getUTCDate())}/${stamp(deliveredAt)}-${unique}`;
}

export class AccessLogDelivery {
  private timer: Timer | undefined;
  /** Names of the buckets with logging on (a name may outlive its bucket: the lookup then finds none). */
  readonly logged = new Set<string>();

  constructor(private readonly service: S3Service) {
    for (const { bucketId } of service.state.configs('logging')) {
      const bucket = service.state.bucketById(bucketId);
      if (bucket) this.logged.add(bucket.name);
    }
  }

  start(): void {
    this.timer = this.service.clock.every(DELIVERY_PERIOD_MS, () => {
      try {
        this.deliver();
      } catch (error) {
        this.service.runtime.log.warn({ err: String(error) }, 's3 access log delivery failed');
      }
    });
  }

  close(): void {
    this.timer?.cancel();
  }

  /** Every bucket's waiting lines, as one object each in its target bucket. */
  deliver(): void {
    const { state, clock } = this.service;
    for (const bucketId of state.features.loggedBuckets()) {
      const lines = state.features.logLines(bucketId);
      if (!lines.length) continue;
      const source = state.bucketById(bucketId);
      const config = source && state.config<S3.LoggingEnabled>(source, 'logging');
      const target = config && state.bucket(config.TargetBucket);
      const lastId = lines[lines.length - 1]!.id;
      if (!source || !config || !target) {
        // Logging was turned off or its target removed: S3 drops what it cannot deliver.
        state.features.dropLogLinesUpTo(bucketId, lastId);
        continue;
      }
      const now = clock.now();
      const body = Buffer.from(lines.map((l) => `${l.line}\n`).join(''), 'utf8');
      const key = logObjectKey(config, source, now, lines[0]!.loggedAt);
      const segment = this.service.blobs.writeBuffer(body);
      const row = commitObject(this.service, target, {
        key,
        deleteMarker: false,
        size: body.length,
        etag: `"${createHash('md5').update(body).digest('hex')}"`,
        lastModified: now,
        storageClass: 'STANDARD',
        segments: [segment],
        meta: { contentType: 'text/plain', metadata: {}, owner: target.account, sse: { algorithm: 'AES256' } },
        tags: {},
      });
      state.features.dropLogLinesUpTo(bucketId, lastId);
      this.service.emit({ name: 'ObjectCreated:Put', bucket: target, key, size: row.size, etag: row.etag, versionId: target.versioning ? row.versionId : undefined });
    }
  }
}

function validateLogging(service: S3Service, source: BucketRow, status: S3.BucketLoggingStatus | undefined): S3.LoggingEnabled | undefined {
  const enabled = status?.LoggingEnabled;
  if (!enabled) return undefined;
  if (!enabled.TargetBucket || enabled.TargetPrefix === undefined) throw malformedXml();
  const format = enabled.TargetObjectKeyFormat;
  if (format && format.SimplePrefix && format.PartitionedPrefix) throw malformedXml();
  const dateSource = format?.PartitionedPrefix?.PartitionDateSource;
  if (dateSource !== undefined && dateSource !== 'EventTime' && dateSource !== 'DeliveryTime') throw malformedXml();
  const target = service.state.bucket(enabled.TargetBucket);
  if (!target) throw invalidTargetBucketForLogging('The target bucket for logging does not exist', enabled.TargetBucket);
  if (target.account !== source.account) throw invalidTargetBucketForLogging('The owner for the bucket to be logged and the target bucket must be the same.', enabled.TargetBucket);
  if (target.region !== source.region) {
    throw new AwsError('CrossLocationLoggingProhibitted', 'Cross S3 location logging not allowed.', 403, { fields: { TargetBucketLocation: target.region, SourceBucketLocation: source.region } });
  }
  return enabled;
}

export function accessLoggingOperations(service: S3Service, delivery: AccessLogDelivery): Operations {
  const { state } = service;
  return {
    PutBucketLogging(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutBucketLogging');
      const enabled = validateLogging(service, bucket, input.BucketLoggingStatus);
      if (enabled) {
        state.putConfig(bucket, 'logging', enabled);
        delivery.logged.add(bucket.name);
      } else {
        state.deleteConfig(bucket, 'logging');
        delivery.logged.delete(bucket.name);
      }
    },

    GetBucketLogging(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetBucketLogging');
      const enabled = state.config<S3.LoggingEnabled>(bucket, 'logging');
      return enabled ? { LoggingEnabled: enabled } : {};
    },
  };
}
