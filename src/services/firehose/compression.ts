import { gzipSync, zipSync } from 'fflate';
import { hadoopSnappy, snappyFramed } from './snappy.js';

export type CompressionFormat = 'UNCOMPRESSED' | 'GZIP' | 'ZIP' | 'Snappy' | 'HADOOP_SNAPPY';

/** The object body and the file extension Firehose gives it for a compression format. */
export function compress(format: CompressionFormat, body: Buffer, entryName: string): { body: Buffer; extension: string } {
  switch (format) {
    case 'GZIP':
      return { body: Buffer.from(gzipSync(body)), extension: '.gz' };
    case 'ZIP':
      return { body: Buffer.from(zipSync({ [entryName]: body })), extension: '.zip' };
    case 'Snappy':
      return { body: snappyFramed(body), extension: '.snappy' };
    case 'HADOOP_SNAPPY':
      return { body: hadoopSnappy(body), extension: '.snappy' };
    default:
      return { body, extension: '' };
  }
}
