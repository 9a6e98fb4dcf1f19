/**
 * S3's side of its contract with other services (api.ts): reading and writing whole objects
 * for Lambda code, Logs exports and the like, under the same checks a request meets.
 */
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import type * as S3 from '../../generated/s3.js';
import type { S3Api } from './api.js';
import { SMALL_BLOB } from './blobs.js';
import { readingKey } from './customer-keys.js';
import { accessDenied, entityTooLarge, noSuchBucket } from './errors.js';
import type { S3Service } from './service.js';

export function objectApi(service: S3Service, putObject: NonNullable<S3.S3Operations['PutObject']>): S3Api {
  const { state, runtime } = service;
  return {
    async readObject(request) {
      const bucket = state.bucket(request.bucket);
      if (!bucket) throw noSuchBucket(request.bucket);
      if (bucket.account !== request.account && !service.policyAllows(bucket, { type: 'AWS', account: request.account }, 's3:GetObject', request.key)) {
        throw accessDenied();
      }
      const row = service.object(bucket, request.key, request.versionId, 'GET');
      // Other services give no customer key: an SSE-C object is refused as S3 refuses a read without one.
      readingKey(row.meta.sse?.customerKey, undefined);
      if (request.maxBytes !== undefined && row.size > request.maxBytes) {
        throw entityTooLarge();
      }
      if (row.size <= SMALL_BLOB) return service.blobs.readSmall(row.segments);
      const chunks: Buffer[] = [];
      for await (const chunk of await service.blobs.read(row.segments, 0, row.size - 1)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async putObject(request) {
      const bucket = state.bucket(request.bucket);
      if (!bucket) throw noSuchBucket(request.bucket);
      if (request.servicePrincipal) {
        if (!service.policyAllows(bucket, { type: 'Service', service: request.servicePrincipal }, 's3:PutObject', request.key, request.policyContext)) throw accessDenied();
      }
      // The write goes through PutObject itself, as the bucket's owner once the service is let in.
      const context: RequestContext = {
        requestId: randomUUID(),
        accountId: request.servicePrincipal ? bucket.account : request.account,
        region: request.region,
        service: 's3',
        operation: 'PutObject',
        protocol: 'rest-xml',
        host: 's3.localhost',
        endpoint: runtime.endpoint,
        headers: {},
        runtime,
      };
      const output = await putObject(
        { Bucket: request.bucket, Key: request.key, Body: request.body, ContentType: request.contentType, ContentEncoding: request.contentEncoding },
        context,
      );
      return { etag: output.ETag!, versionId: output.VersionId };
    },
    bucketExists(request) {
      return state.bucket(request.bucket) !== undefined;
    },
    bucketFacts(name) {
      const bucket = state.bucket(name);
      return bucket ? { account: bucket.account, policy: state.config<string>(bucket, 'policy') } : undefined;
    },
    listObjects(request) {
      const bucket = state.bucket(request.bucket);
      if (!bucket) throw noSuchBucket(request.bucket);
      if (bucket.account !== request.account && !service.policyAllows(bucket, { type: 'AWS', account: request.account }, 's3:ListBucket')) throw accessDenied();
      const prefix = request.prefix ?? '';
      const found: Array<{ key: string; size: number }> = [];
      let cursor = Buffer.from(prefix, 'utf8');
      for (;;) {
        const rows = state.listLatest(bucket, cursor, 1000);
        for (const row of rows) {
          if (!row.key.startsWith(prefix)) return found;
          cursor = Buffer.concat([Buffer.from(row.key, 'utf8'), Buffer.from([0])]);
          if (row.deleteMarker) continue;
          found.push({ key: row.key, size: row.size });
          if (found.length >= request.maxKeys) return found;
        }
        if (rows.length < 1000) return found;
      }
    },
    servicePolicyAllows(request) {
      const bucket = state.bucket(request.bucket);
      return !!bucket && service.policyAllows(bucket, { type: 'Service', service: request.servicePrincipal }, request.action, request.key, request.policyContext);
    },
  };
}
