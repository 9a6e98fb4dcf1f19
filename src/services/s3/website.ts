/**
 * Static website hosting: requests to `<bucket>.s3-website.localhost`,
 * `<bucket>.s3-website-<region>.localhost` or `<bucket>.s3-website.<region>.localhost`
 * are answered from the bucket's website configuration as the website endpoint does:
 * index documents for folders, a redirect to add the trailing slash, the error document
 * with its status, routing rules and redirects, HTML errors, and anonymous access that the
 * bucket's policy must allow (with Block Public Access off), as on AWS.
 */
import { escapeXml, hostId, type WireRequest, type WireResponse } from '../../protocol/index.js';
import type * as S3 from '../../generated/s3.js';
import type { HttpAnswer } from '../../core/runtime.js';
import type { S3Service } from './service.js';
import { readingKey } from './customer-keys.js';
import type { BucketRow, ObjectRow } from './state.js';

export function isWebsiteHost(host: string): boolean {
  return /\.s3-website([.-][a-z0-9-]+)*\.localhost$/i.test(host);
}

function htmlError(status: number, title: string, items: Array<[string, string]>, requestId: string, headers: Record<string, string> = {}): WireResponse {
  const lines = [...items, ['RequestId', requestId], ['HostId', hostId(requestId)]]
    .map(([name, value]) => `<li>${escapeXml(name!)}: ${escapeXml(value!)}</li>`)
    .join('\n');
  const body = `<html>\n<head><title>${status} ${title}</title></head>\n<body>\n<h1>${status} ${title}</h1>\n<ul>\n${lines}\n</ul>\n<hr/>\n</body>\n</html>\n`;
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers }, body };
}

function redirect(status: number, location: string): WireResponse {
  return { status, headers: { Location: location, 'Content-Length': '0' }, body: '' };
}

export async function serveWebsite(service: S3Service, request: WireRequest, requestId: string): Promise<HttpAnswer> {
  const answer = (response: WireResponse): HttpAnswer => ({ operation: 'WebsiteGet', response });
  request.bodyStream?.resume();
  const segments = request.path.split('/');
  const bucketName = decodeURIComponent(segments[1] ?? '');
  let key: string;
  try {
    key = decodeURIComponent(segments.slice(2).join('/'));
  } catch {
    key = segments.slice(2).join('/');
  }
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    return answer(htmlError(405, 'Method Not Allowed', [['Code', 'MethodNotAllowed'], ['Message', 'The specified method is not allowed against this resource.'], ['Method', method], ['ResourceType', 'OBJECT']], requestId));
  }
  const bucket = service.state.bucket(bucketName);
  if (!bucket) {
    return answer(htmlError(404, 'Not Found', [['Code', 'NoSuchBucket'], ['Message', 'The specified bucket does not exist'], ['BucketName', bucketName]], requestId));
  }
  const config = service.state.config<S3.WebsiteConfiguration>(bucket, 'website');
  if (!config) {
    return answer(
      htmlError(404, 'Not Found', [['Code', 'NoSuchWebsiteConfiguration'], ['Message', 'The specified bucket does not have a website configuration'], ['BucketName', bucketName]], requestId),
    );
  }
  if (config.RedirectAllRequestsTo) {
    const target = config.RedirectAllRequestsTo;
    return answer(redirect(301, `${target.Protocol ?? 'http'}://${target.HostName}/${encodeURI(key)}`));
  }
  const ruleRedirect = routingRedirect(config, key, undefined, request);
  if (ruleRedirect) return answer(ruleRedirect);
  const suffix = config.IndexDocument?.Suffix ?? 'index.html';
  const lookup = key === '' || key.endsWith('/') ? `${key}${suffix}` : key;
  if (!readable(service, bucket, lookup)) {
    return answer(htmlError(403, 'Forbidden', [['Code', 'AccessDenied'], ['Message', 'Access Denied']], requestId));
  }
  const row = current(service, bucket, lookup);
  if (row) return answer(await serveObject(service, row, 200, method));
  if (!key.endsWith('/') && key !== '' && current(service, bucket, `${key}/${suffix}`)) {
    return answer(redirect(302, `/${encodeURI(key)}/`));
  }
  const errorRedirect = routingRedirect(config, key, '404', request);
  if (errorRedirect) return answer(errorRedirect);
  const errorKey = config.ErrorDocument?.Key;
  if (errorKey) {
    const errorRow = current(service, bucket, errorKey);
    if (errorRow && readable(service, bucket, errorKey)) return answer(await serveObject(service, errorRow, 404, method));
  }
  return answer(htmlError(404, 'Not Found', [['Code', 'NoSuchKey'], ['Message', 'The specified key does not exist.'], ['Key', lookup]], requestId));
}

function current(service: S3Service, bucket: BucketRow, key: string): ObjectRow | undefined {
  const row = service.state.latest(bucket, key);
  return row && !row.deleteMarker ? row : undefined;
}

/** Website endpoints serve anonymous requests: the bucket policy must make the object public. */
function readable(service: S3Service, bucket: BucketRow, key: string): boolean {
  const block = service.state.config<S3.PublicAccessBlockConfiguration>(bucket, 'publicAccessBlock');
  if (block?.RestrictPublicBuckets || block?.BlockPublicPolicy) return false;
  return service.policyAllows(bucket, { type: 'Anonymous' }, 's3:GetObject', key);
}

async function serveObject(service: S3Service, row: ObjectRow, status: number, method: string): Promise<WireResponse> {
  if (row.meta.websiteRedirectLocation) return redirect(301, row.meta.websiteRedirectLocation);
  // An SSE-C object cannot be read without its key, which no website request carries.
  readingKey(row.meta.sse?.customerKey, undefined);
  const headers: Record<string, string> = {
    'Content-Type': row.meta.contentType ?? 'binary/octet-stream',
    'Content-Length': String(row.size),
    ETag: row.etag,
    'Last-Modified': new Date(row.lastModified).toUTCString(),
  };
  if (row.meta.contentEncoding) headers['Content-Encoding'] = row.meta.contentEncoding;
  if (row.meta.cacheControl) headers['Cache-Control'] = row.meta.cacheControl;
  for (const [name, value] of Object.entries(row.meta.metadata)) headers[`x-amz-meta-${name}`] = value;
  if (method === 'HEAD') return { status, headers };
  return { status, headers, body: await service.blobs.read(row.segments, 0, row.size - 1) };
}

function routingRedirect(config: S3.WebsiteConfiguration, key: string, errorCode: string | undefined, request: WireRequest): WireResponse | undefined {
  for (const rule of config.RoutingRules ?? []) {
    const condition = rule.Condition;
    if (condition?.KeyPrefixEquals !== undefined && !key.startsWith(condition.KeyPrefixEquals)) continue;
    if (condition?.HttpErrorCodeReturnedEquals !== undefined ? condition.HttpErrorCodeReturnedEquals !== errorCode : errorCode !== undefined) continue;
    const target = rule.Redirect;
    let newKey = key;
    if (target.ReplaceKeyWith !== undefined) newKey = target.ReplaceKeyWith;
    else if (target.ReplaceKeyPrefixWith !== undefined) newKey = target.ReplaceKeyPrefixWith + key.slice((condition?.KeyPrefixEquals ?? '').length);
    const host = target.HostName ?? request.headers.host ?? request.host;
    const protocol = target.Protocol ?? 'http';
    return redirect(Number(target.HttpRedirectCode ?? 301), `${protocol}://${host}/${encodeURI(newKey)}`);
  }
  return undefined;
}
