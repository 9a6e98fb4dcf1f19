/**
 * S3 Inventory: Put/Get/Delete/ListBucketInventoryConfigurations, and the reports themselves,
 * produced on the clock at each midnight (UTC): Daily configurations every day, Weekly ones on
 * Sundays. A report is AWS's layout in the destination bucket, under
 * `[prefix/]source-bucket/config-id/`: the data as gzip CSV in `data/<uuid>.csv.gz` (every value
 * quoted, keys URL-encoded, columns Bucket, Key, then VersionId, IsLatest, IsDeleteMarker when all
 * versions are included, then the optional fields in the order given), and
 * `YYYY-MM-DDTHH-MMZ/manifest.json` with its `manifest.checksum` (the manifest's MD5) and a Hive
 * `hive/dt=YYYY-MM-DD-HH-MM/symlink.txt`. Nimbus writes CSV only: ORC and Parquet are refused
 * with NotImplemented when the configuration is put.
 */
import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Timer } from '../../core/clock.js';
import { AwsError } from '../../core/errors.js';
import type * as S3 from '../../generated/s3.js';
import { malformedXml } from './errors.js';
import { IdConfigurations } from './id-configurations.js';
import { commitObject } from './objects.js';
import { bucketArn, canonicalId, type S3Service } from './service.js';
import type { BucketRow, ObjectRow } from './state.js';

type Operations = Partial<S3.S3Operations>;

const DAY = 86_400_000;
const OPTIONAL_FIELDS = new Set([
  'Size', 'LastModifiedDate', 'StorageClass', 'ETag', 'IsMultipartUploaded', 'ReplicationStatus', 'EncryptionStatus', 'ObjectLockRetainUntilDate',
  'ObjectLockMode', 'ObjectLockLegalHoldStatus', 'IntelligentTieringAccessTier', 'BucketKeyStatus', 'ChecksumAlgorithm', 'ObjectAccessControlList',
  'ObjectOwner', 'LifecycleExpirationDate',
]);

function validateInventory(config: S3.InventoryConfiguration): S3.InventoryConfiguration {
  const destination = config.Destination?.S3BucketDestination;
  if (!destination?.Bucket || !destination.Format) throw malformedXml();
  if (destination.Format === 'ORC' || destination.Format === 'Parquet') {
    throw new AwsError('NotImplemented', `Nimbus writes inventory reports as CSV only; the ${destination.Format} format is not implemented`, 501);
  }
  if (destination.Format !== 'CSV') throw malformedXml();
  if (typeof config.IsEnabled !== 'boolean') throw malformedXml();
  if (config.IncludedObjectVersions !== 'All' && config.IncludedObjectVersions !== 'Current') throw malformedXml();
  if (config.Schedule?.Frequency !== 'Daily' && config.Schedule?.Frequency !== 'Weekly') throw malformedXml();
  for (const field of config.OptionalFields ?? []) if (!OPTIONAL_FIELDS.has(field)) throw malformedXml();
  return config;
}

function destinationBucketName(arnOrName: string): string {
  return arnOrName.startsWith('arn:') ? arnOrName.slice(arnOrName.lastIndexOf(':') + 1) : arnOrName;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function csvValue(value: string | number | boolean | undefined): string {
  return `"${value === undefined ? '' : String(value).replace(/"/g, '""')}"`;
}

export class InventoryReports {
  private timer: Timer | undefined;
  readonly configurations: IdConfigurations<S3.InventoryConfiguration>;

  constructor(private readonly service: S3Service) {
    this.configurations = new IdConfigurations(service, { kind: 'inventory', validate: validateInventory });
  }

  start(): void {
    const clock = this.service.clock;
    this.timer = clock.at(Math.floor(clock.now() / DAY) * DAY + DAY, () => {
      try {
        this.produceAll(clock.now());
      } catch (error) {
        this.service.runtime.log.warn({ err: String(error) }, 's3 inventory reports failed');
      }
      this.start();
    });
  }

  close(): void {
    this.timer?.cancel();
  }

  produceAll(now: number): void {
    const sunday = new Date(now).getUTCDay() === 0;
    for (const { bucketId, value } of this.service.state.configs<Record<string, S3.InventoryConfiguration>>('inventory')) {
      const bucket = this.service.state.bucketById(bucketId);
      if (!bucket) continue;
      for (const config of Object.values(value)) {
        if (!config.IsEnabled) continue;
        if (config.Schedule.Frequency === 'Weekly' && !sunday) continue;
        this.produce(bucket, config, now);
      }
    }
  }

  private rows(bucket: BucketRow, config: S3.InventoryConfiguration): ObjectRow[] {
    const prefix = config.Filter?.Prefix ?? '';
    const all = this.service.state.allVersions(bucket).filter((row) => row.key.startsWith(prefix));
    return config.IncludedObjectVersions === 'All' ? all : all.filter((row) => row.isLatest && !row.deleteMarker);
  }

  private fieldValue(field: string, row: ObjectRow): string | number | boolean | undefined {
    const lock = () => this.service.state.features.lock(row.id);
    switch (field) {
      case 'Size': return row.deleteMarker ? undefined : row.size;
      case 'LastModifiedDate': return new Date(row.lastModified).toISOString();
      case 'StorageClass': return row.deleteMarker ? undefined : row.storageClass;
      case 'ETag': return row.deleteMarker ? undefined : row.etag.replace(/"/g, '');
      case 'IsMultipartUploaded': return row.deleteMarker ? undefined : Boolean(row.meta.parts);
      case 'ReplicationStatus': return this.service.state.features.replicationStatus(row.id);
      case 'EncryptionStatus': return row.deleteMarker ? undefined : row.meta.sse?.algorithm.startsWith('aws:kms') ? 'SSE-KMS' : 'SSE-S3';
      case 'ObjectLockRetainUntilDate': { const until = lock()?.retainUntil; return until === undefined ? undefined : new Date(until).toISOString(); }
      case 'ObjectLockMode': return lock()?.mode;
      case 'ObjectLockLegalHoldStatus': return row.deleteMarker ? undefined : (lock()?.legalHold ?? 'OFF');
      case 'BucketKeyStatus': return row.deleteMarker ? undefined : row.meta.sse?.bucketKeyEnabled ? 'ENABLED' : 'DISABLED';
      case 'ChecksumAlgorithm': return row.meta.checksum?.algorithm;
      case 'ObjectOwner': return canonicalId(row.meta.owner);
      default: return undefined;
    }
  }

  /** One report: the data file, the manifest and its checksum, and the Hive symlink, written into the destination bucket. */
  produce(source: BucketRow, config: S3.InventoryConfiguration, now: number): void {
    const destination = config.Destination.S3BucketDestination;
    const target = this.service.state.bucket(destinationBucketName(destination.Bucket));
    if (!target) {
      this.service.runtime.log.warn({ bucket: source.name, id: config.Id }, 's3 inventory destination bucket does not exist; report skipped');
      return;
    }
    if (target.account !== source.account && !this.service.policyAllows(target, { type: 'Service', service: 's3.amazonaws.com' }, 's3:PutObject')) {
      this.service.runtime.log.warn({ bucket: source.name, id: config.Id }, 's3 inventory destination does not allow S3 to write; report skipped');
      return;
    }
    const all = config.IncludedObjectVersions === 'All';
    const optional = config.OptionalFields ?? [];
    const schema = ['Bucket', 'Key', ...(all ? ['VersionId', 'IsLatest', 'IsDeleteMarker'] : []), ...optional];
    const lines = this.rows(source, config).map((row) => {
      const values: Array<string | number | boolean | undefined> = [source.name, encodeURIComponent(row.key)];
      if (all) values.push(row.versionId === 'null' ? undefined : row.versionId, row.isLatest, row.deleteMarker);
      for (const field of optional) values.push(this.fieldValue(field, row));
      return `${values.map(csvValue).join(',')}\n`;
    });
    const base = `${destination.Prefix ? `${destination.Prefix.replace(/\/$/, '')}/` : ''}${source.name}/${config.Id}`;
    const data = gzipSync(Buffer.from(lines.join(''), 'utf8'));
    const dataKey = `${base}/data/${randomUUID()}.csv.gz`;
    const d = new Date(now);
    const stamp = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}-${pad(d.getUTCMinutes())}Z`;
    const manifest = Buffer.from(
      JSON.stringify(
        {
          sourceBucket: source.name,
          destinationBucket: bucketArn(target),
          version: '2016-11-30',
          creationTimestamp: String(now),
          fileFormat: 'CSV',
          fileSchema: schema.join(', '),
          files: [{ key: dataKey, size: data.length, MD5checksum: md5(data) }],
        },
        null,
        2,
      ),
      'utf8',
    );
    const hiveStamp = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${pad(d.getUTCHours())}-${pad(d.getUTCMinutes())}`;
    this.write(target, dataKey, data, 'application/octet-stream', now);
    this.write(target, `${base}/${stamp}/manifest.json`, manifest, 'application/json', now);
    this.write(target, `${base}/${stamp}/manifest.checksum`, Buffer.from(md5(manifest), 'utf8'), 'text/plain', now);
    this.write(target, `${base}/hive/dt=${hiveStamp}/symlink.txt`, Buffer.from(`s3://${target.name}/${dataKey}\n`, 'utf8'), 'text/plain', now);
  }

  private write(target: BucketRow, key: string, body: Buffer, contentType: string, now: number): void {
    const segment = this.service.blobs.writeBuffer(body);
    const row = commitObject(this.service, target, {
      key,
      deleteMarker: false,
      size: body.length,
      etag: `"${md5(body)}"`,
      lastModified: now,
      storageClass: 'STANDARD',
      segments: [segment],
      meta: { contentType, metadata: {}, owner: target.account, sse: { algorithm: 'AES256' } },
      tags: {},
    });
    this.service.emit({ name: 'ObjectCreated:Put', bucket: target, key, size: row.size, etag: row.etag, versionId: target.versioning ? row.versionId : undefined });
  }
}

function md5(data: Buffer): string {
  return createHash('md5').update(data).digest('hex');
}

export function inventoryOperations(service: S3Service, reports: InventoryReports): Operations {
  const { configurations } = reports;
  return {
    PutBucketInventoryConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutInventoryConfiguration');
      configurations.put(bucket, input.Id, input.InventoryConfiguration);
    },

    GetBucketInventoryConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetInventoryConfiguration');
      return { InventoryConfiguration: configurations.get(bucket, input.Id) };
    },

    DeleteBucketInventoryConfiguration(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:PutInventoryConfiguration');
      configurations.delete(bucket, input.Id);
    },

    ListBucketInventoryConfigurations(input, context) {
      const bucket = service.bucket(input.Bucket, context, 's3:GetInventoryConfiguration');
      const page = configurations.list(bucket, input.ContinuationToken);
      return {
        InventoryConfigurationList: page.items.length ? page.items : undefined,
        IsTruncated: page.isTruncated,
        ContinuationToken: input.ContinuationToken,
        NextContinuationToken: page.nextToken,
      };
    },
  };
}
