/**
 * Writing a batch to S3 as Firehose does: one object per partition (or one for the batch), named
 * `<evaluated prefix><stream>-<version>-<yyyy-MM-dd-HH-mm-ss>-<uuid><ext>`, compressed as configured;
 * failed records as JSON lines under the error output prefix; a put that fails is retried every
 * 5 seconds for up to 24 hours of clock time, each failure reported to the destination's log stream.
 */
import type { S3Api } from '../s3/api.js';
import { compress, type CompressionFormat } from './compression.js';
import type { DeliveryStream, S3Destination } from './model.js';
import { evaluateErrorPrefix, evaluatePrefix, objectSuffix, parsePrefix } from './prefixes.js';
import type { FailedRecord, ProcessedRecord, SourceRecord } from './processing.js';
import type { FirehoseService } from './service.js';

const RETRY_EVERY_MS = 5_000;
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;
/** Partitions one stream may have open at once (AWS's default quota). */
const MAX_ACTIVE_PARTITIONS = 500;

export function bucketOf(bucketArn: string): string {
  return bucketArn.slice(bucketArn.lastIndexOf(':') + 1);
}

/** Where S3 delivery's metrics and logs say the records went. */
type S3Purpose = 'DeliveryToS3' | 'BackupToS3';

/** Writes the records to the destination's bucket (an object per partition); false when S3 never took them. */
export async function writeRecords(service: FirehoseService, stream: DeliveryStream, s3: S3Destination, records: ProcessedRecord[], purpose: S3Purpose = 'DeliveryToS3'): Promise<boolean> {
  if (records.length === 0) return true;
  const groups = new Map<string, ProcessedRecord[]>();
  for (const record of records) {
    const key = record.partitionKeys ? JSON.stringify(Object.entries(record.partitionKeys).sort()) : '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(record);
  }
  if (s3.DynamicPartitioningConfiguration?.Enabled) {
    // Past 500 active partitions, the rest of the records go to the error output as activePartitionExceeded.
    const over = [...groups.keys()].slice(MAX_ACTIVE_PARTITIONS);
    if (over.length) {
      const now = service.clock.now();
      const failed = over.flatMap((key) => groups.get(key)!).map((r) => ({ raw: r.data, arrivedAt: r.arrivedAt, errorCode: 'DynamicPartitioning.ActivePartitionsLimitExceeded', errorMessage: `The Firehose stream has more than ${MAX_ACTIVE_PARTITIONS} active partitions.`, attemptsMade: 1, attemptEndingTimestamp: now }));
      for (const key of over) groups.delete(key);
      await writeFailedRecords(service, stream, s3, failed, 'activePartitionExceeded');
    }
    service.metrics.record(stream, 'PartitionCount', groups.size);
  }
  const prefix = parsePrefix(s3.Prefix, 'Prefix');
  let allWritten = true;
  for (const group of groups.values()) {
    const oldest = Math.min(...group.map((r) => r.arrivedAt));
    const key = evaluatePrefix(prefix, { timestamp: oldest, timeZone: s3.CustomTimeZone, partitionKeys: group[0]!.partitionKeys });
    const body = Buffer.concat(group.map((r) => r.data));
    const written = await writeObject(service, stream, s3, key, body, oldest, purpose);
    if (written) {
      service.metrics.record(stream, `${purpose}.Records`, group.length);
      service.metrics.record(stream, `${purpose}.Bytes`, body.length);
      if (purpose === 'DeliveryToS3') service.metrics.record(stream, 'DeliveryToS3.DataFreshness', Math.max(0, (service.clock.now() - oldest) / 1000));
    }
    allWritten &&= written;
  }
  return allWritten;
}

/** Failed records as AWS writes them to the error output: one JSON document a line. */
export async function writeFailedRecords(service: FirehoseService, stream: DeliveryStream, s3: S3Destination, failed: Array<FailedRecord & { extra?: Record<string, unknown> }>, errorOutputType: string): Promise<boolean> {
  if (failed.length === 0) return true;
  const oldest = Math.min(...failed.map((r) => r.arrivedAt));
  const key = evaluateErrorPrefix(parsePrefix(s3.ErrorOutputPrefix, 'ErrorOutputPrefix'), { timestamp: oldest, timeZone: s3.CustomTimeZone, errorOutputType });
  const lines = failed.map((record) =>
    JSON.stringify({
      attemptsMade: record.attemptsMade,
      arrivalTimestamp: record.arrivedAt,
      errorCode: record.errorCode,
      errorMessage: record.errorMessage,
      attemptEndingTimestamp: record.attemptEndingTimestamp,
      rawData: record.raw.toString('base64'),
      ...(record.lambdaArn ? { lambdaArn: record.lambdaArn } : {}),
      ...record.extra,
    }),
  );
  return writeObject(service, stream, s3, key, Buffer.from(lines.join('\n') + '\n'), oldest, 'DeliveryToS3');
}

/** The source records, as they came in, to the backup bucket (S3BackupMode Enabled / AllData). */
export async function backUpSourceRecords(service: FirehoseService, stream: DeliveryStream, backup: S3Destination, records: SourceRecord[]): Promise<boolean> {
  return writeRecords(service, stream, backup, records, 'BackupToS3');
}

async function writeObject(service: FirehoseService, stream: DeliveryStream, s3: S3Destination, prefix: string, body: Buffer, oldest: number, purpose: S3Purpose): Promise<boolean> {
  const extension = s3.FileExtension ?? '';
  // A ZIP's one entry is named as the object is, without its extension.
  const name = objectSuffix(stream.name, stream.versionId, oldest, s3.CustomTimeZone, '');
  const compressed = compress((s3.CompressionFormat ?? 'UNCOMPRESSED') as CompressionFormat, body, name);
  const key = prefix + name + (extension || compressed.extension);
  const bucket = bucketOf(s3.BucketARN);
  const started = service.clock.now();
  for (;;) {
    try {
      const api = await service.runtime.optionalApi<S3Api>('s3');
      if (!api) throw Object.assign(new Error('Nimbus serves no S3.'), { code: 'S3.ServiceUnavailable' });
      await api.putObject({ account: stream.account, region: stream.region, bucket, key, body: compressed.body, contentType: 'application/octet-stream' });
      service.metrics.record(stream, `${purpose}.Success`, 1);
      return true;
    } catch (error) {
      service.metrics.record(stream, `${purpose}.Success`, 0);
      const code = (error as { code?: string }).code;
      service.logDeliveryError(stream, s3.CloudWatchLoggingOptions, {
        destination: s3.BucketARN,
        errorCode: code ? (code.startsWith('S3.') ? code : `S3.${code}`) : 'S3.InternalError',
        message: (error as Error).message,
      });
      if (service.clock.now() - started >= GIVE_UP_AFTER_MS || service.closed) return false;
      await service.clock.sleep(RETRY_EVERY_MS);
      if (service.closed || !service.state.stream(stream.arn)) return false;
    }
  }
}
