/**
 * Bucket CORS: validating a CORSConfiguration, and applying its rules to browser preflights
 * and to the responses of actual requests (the provider's `cors` hook, which replaces the
 * gateway's allow-all default for requests addressed to a bucket).
 */
import { AwsError } from '../../core/errors.js';
import type * as S3 from '../../generated/s3.js';
import { wildcardMatch } from '../../core/policy.js';
import { hostId, XmlWriter, type WireRequest, type WireResponse } from '../../protocol/index.js';
import { invalidRequest, malformedXml } from './errors.js';
import type { S3Service } from './service.js';

const METHODS = new Set(['GET', 'PUT', 'HEAD', 'POST', 'DELETE']);

export function validateCors(config: S3.CORSConfiguration | undefined): S3.CORSRule[] {
  const rules = config?.CORSRules;
  if (!rules || rules.length === 0) throw malformedXml();
  if (rules.length > 100) throw invalidRequest('The CORS configuration must not exceed 100 rules.');
  for (const rule of rules) {
    if (!rule.AllowedMethods?.length || !rule.AllowedOrigins?.length) throw malformedXml();
    for (const method of rule.AllowedMethods) {
      if (!METHODS.has(method)) throw invalidRequest(`Found unsupported HTTP method in CORS config. Unsupported method is ${method}`);
    }
    for (const origin of rule.AllowedOrigins) {
      if ((origin.match(/\*/g) ?? []).length > 1) throw invalidRequest(`AllowedOrigin "${origin}" can not have more than one wildcard.`);
    }
    for (const header of rule.AllowedHeaders ?? []) {
      if ((header.match(/\*/g) ?? []).length > 1) throw invalidRequest(`AllowedHeader "${header}" can not have more than one wildcard.`);
    }
  }
  return rules;
}

function requestedHeaders(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

function matchRule(rules: S3.CORSRule[], origin: string, method: string, headers: string[]): S3.CORSRule | undefined {
  return rules.find(
    (rule) =>
      rule.AllowedOrigins.some((o) => wildcardMatch(o, origin)) &&
      rule.AllowedMethods.includes(method) &&
      headers.every((h) => (rule.AllowedHeaders ?? []).some((allowed) => wildcardMatch(allowed.toLowerCase(), h))),
  );
}

function ruleHeaders(rule: S3.CORSRule, origin: string): Record<string, string> {
  const anyOrigin = rule.AllowedOrigins.includes('*');
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': anyOrigin ? '*' : origin,
    'Access-Control-Allow-Methods': rule.AllowedMethods.join(', '),
    Vary: 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method',
  };
  if (!anyOrigin) headers['Access-Control-Allow-Credentials'] = 'true';
  if (rule.ExposeHeaders?.length) headers['Access-Control-Expose-Headers'] = rule.ExposeHeaders.join(', ');
  if (rule.MaxAgeSeconds !== undefined) headers['Access-Control-Max-Age'] = String(rule.MaxAgeSeconds);
  return headers;
}

/** The bucket a path-style request names, if any. */
function bucketOf(path: string): string | undefined {
  const segment = path.split('/')[1];
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function corsError(code: string, message: string, status: number, fields: Record<string, string>, requestId: string): WireResponse {
  const w = new XmlWriter();
  w.open('Error').leaf('Code', code).leaf('Message', message);
  for (const [name, value] of Object.entries(fields)) w.leaf(name, value);
  w.leaf('RequestId', requestId).leaf('HostId', hostId(requestId)).close('Error');
  return { status, headers: { 'Content-Type': 'application/xml' }, body: w.toString() };
}

export function corsHooks(service: S3Service) {
  return {
    preflight(request: WireRequest, context: { requestId: string }): WireResponse | undefined {
      const name = bucketOf(request.path);
      const bucket = name ? service.state.bucket(name) : undefined;
      // Requests that are not for a bucket of ours keep the gateway's default.
      if (!bucket) return undefined;
      const origin = request.headers.origin;
      const method = request.headers['access-control-request-method'] ?? '';
      if (!origin) return corsError('BadRequest', 'Insufficient information. Origin request header needed.', 400, {}, context.requestId);
      if (!METHODS.has(method)) return corsError('BadRequest', `Invalid Access-Control-Request-Method: ${method}`, 400, {}, context.requestId);
      const resourceType = request.path.split('/').length > 2 && request.path.split('/')[2] !== '' ? 'OBJECT' : 'BUCKET';
      const rules = service.state.config<S3.CORSRule[]>(bucket, 'cors');
      if (!rules) {
        return corsError('CORSResponse', 'CORS is not enabled for this bucket.', 403, { Method: method, ResourceType: resourceType }, context.requestId);
      }
      const headers = requestedHeaders(request.headers['access-control-request-headers']);
      const rule = matchRule(rules, origin, method, headers);
      if (!rule) {
        return corsError(
          'CORSResponse',
          "This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
          403,
          { Method: method, ResourceType: resourceType },
          context.requestId,
        );
      }
      const answer = ruleHeaders(rule, origin);
      if (headers.length) answer['Access-Control-Allow-Headers'] = headers.join(', ');
      return { status: 200, headers: answer };
    },

    headers(request: WireRequest): Record<string, string> | undefined {
      const name = bucketOf(request.path);
      const bucket = name ? service.state.bucket(name) : undefined;
      if (!bucket) return undefined;
      const rules = service.state.config<S3.CORSRule[]>(bucket, 'cors');
      const origin = request.headers.origin;
      if (!rules || !origin) return {};
      const rule = matchRule(rules, origin, request.method.toUpperCase(), []);
      return rule ? ruleHeaders(rule, origin) : {};
    },
  };
}

export function corsNotFound(bucket: string): AwsError {
  return new AwsError('NoSuchCORSConfiguration', 'The CORS configuration does not exist', 404, { fields: { BucketName: bucket } });
}
