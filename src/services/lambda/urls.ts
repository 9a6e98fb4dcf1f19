import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { RequestContext } from '../../core/context.js';
import { isAwsError } from '../../core/errors.js';
import type { HttpAnswer } from '../../core/runtime.js';
import type * as L from '../../generated/lambda.js';
import type { WireRequest, WireResponse } from '../../protocol/index.js';
import { accountRootArn, functionArn } from './arns.js';
import { invalidParameter, resourceConflict, resourceNotFound } from './errors.js';
import { policyAllows } from './permissions.js';
import type { LambdaService } from './service.js';
import type { FunctionDoc, UrlConfigRecord } from './state.js';
import { preflightHeaders, responseHeaders, withCorsHeaders } from './url-cors.js';

type Operations = Partial<L.LambdaOperations>;

const MAX_URL_BODY = 6_291_456;
const TEXT_TYPES = /^text\/|json|xml|javascript|yaml|x-www-form-urlencoded/i;

interface UrlTarget {
  doc: FunctionDoc;
  qualifier: string;
  config: UrlConfigRecord;
}

/**
 * Function URLs: the config operations, and the URLs themselves served at
 * http://<url-id>.lambda-url.<region>.localhost:<port>/ with AWS's payload format 2.0.
 */
export class FunctionUrls {
  constructor(private readonly service: LambdaService) {}

  urlOf(config: UrlConfigRecord, region: string): string {
    return `http://${config.urlId}.lambda-url.${region}.localhost:${this.service.runtime.options.port}/`;
  }

  operations(): Operations {
    const service = this.service;
    const describe = (doc: FunctionDoc, qualifier: string, config: UrlConfigRecord) => ({
      FunctionUrl: this.urlOf(config, doc.region),
      FunctionArn: functionArn(doc, qualifier || undefined),
      AuthType: config.authType,
      Cors: config.cors,
      CreationTime: new Date(config.created).toISOString(),
      LastModifiedTime: new Date(config.lastModified).toISOString(),
      InvokeMode: config.invokeMode,
    });
    const locate = (context: RequestContext, name: string, qualifier?: string) => {
      const ref = service.ref(context, name, qualifier);
      const doc = service.requireFunction(ref);
      const key = ref.qualifier === '$LATEST' ? '' : (ref.qualifier ?? '');
      if (key && /^[0-9]+$/.test(key)) throw invalidParameter('Function URLs can only be applied to an alias or $LATEST.');
      if (key && !doc.aliases[key]) throw resourceNotFound(`Function not found: ${functionArn(doc, key)}`);
      return { doc, key };
    };
    const checkCors = (cors: L.Cors | undefined) => {
      if (cors?.MaxAge !== undefined && (cors.MaxAge < 0 || cors.MaxAge > 86400)) throw invalidParameter('MaxAge must be between 0 and 86400.');
      return cors ? structuredClone(cors) : undefined;
    };
    return {
      CreateFunctionUrlConfig(input, context) {
        const { doc, key } = locate(context, input.FunctionName, input.Qualifier);
        if (doc.urls[key]) {
          throw resourceConflict(`Failed to create function url config for [functionArn = ${functionArn(doc, key || undefined)}]. Error message:  FunctionUrlConfig exists for this Lambda function`);
        }
        const now = service.runtime.clock.now();
        const config: UrlConfigRecord = {
          urlId: randomId(),
          authType: input.AuthType,
          cors: checkCors(input.Cors),
          invokeMode: input.InvokeMode ?? 'BUFFERED',
          created: now,
          lastModified: now,
        };
        doc.urls[key] = config;
        service.save(doc);
        const { LastModifiedTime, ...out } = describe(doc, key, config);
        void LastModifiedTime;
        return out;
      },
      GetFunctionUrlConfig(input, context) {
        const { doc, key } = locate(context, input.FunctionName, input.Qualifier);
        const config = doc.urls[key];
        if (!config) throw resourceNotFound('The resource you requested does not exist.');
        return describe(doc, key, config);
      },
      UpdateFunctionUrlConfig(input, context) {
        const { doc, key } = locate(context, input.FunctionName, input.Qualifier);
        const config = doc.urls[key];
        if (!config) throw resourceNotFound('The resource you requested does not exist.');
        if (input.AuthType !== undefined) config.authType = input.AuthType;
        if (input.Cors !== undefined) config.cors = checkCors(input.Cors);
        if (input.InvokeMode !== undefined) config.invokeMode = input.InvokeMode;
        config.lastModified = service.runtime.clock.now();
        service.save(doc);
        return describe(doc, key, config);
      },
      DeleteFunctionUrlConfig(input, context) {
        const { doc, key } = locate(context, input.FunctionName, input.Qualifier);
        if (!doc.urls[key]) throw resourceNotFound('The resource you requested does not exist.');
        delete doc.urls[key];
        service.save(doc);
      },
      ListFunctionUrlConfigs(input, context) {
        const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
        return { FunctionUrlConfigs: Object.entries(doc.urls).map(([key, config]) => describe(doc, key, config)) };
      },
    };
  }

  /** The function URL a Host names, if any. */
  private find(host: string): UrlTarget | undefined {
    const [urlId, , region] = host.toLowerCase().split('.');
    for (const doc of this.service.state.allFunctions()) {
      if (region && doc.region !== region) continue;
      for (const [qualifier, config] of Object.entries(doc.urls)) if (config.urlId === urlId) return { doc, qualifier, config };
    }
    return undefined;
  }

  /** Answers a request to a function URL. */
  async serve(request: WireRequest, context: RequestContext): Promise<HttpAnswer> {
    const target = this.find(request.host);
    const answer = (response: WireResponse): HttpAnswer => ({ operation: 'InvokeFunctionUrl', response: { ...response, corsApplied: true } });
    if (!target) {
      request.bodyStream?.resume();
      return answer(jsonResponse(404, { Message: null }));
    }
    const cors = target.config.cors ? responseHeaders(target.config.cors, request.headers.origin) : {};
    const finish = (response: WireResponse) => answer({ ...response, headers: withCorsHeaders(response.headers, cors) });
    if (!this.authorized(target, request, context)) {
      request.bodyStream?.resume();
      return finish(jsonResponse(403, { Message: 'Forbidden' }));
    }
    const body = request.bodyStream ? await readAll(request.bodyStream, MAX_URL_BODY) : request.body;
    if (body === undefined) return finish(jsonResponse(413, { Message: 'Request must be smaller than 6291456 bytes for the InvokeFunction operation' }));
    const event = this.event(target, request, context, body);
    let outcome;
    try {
      const invocation = this.service.target({ account: target.doc.account, region: target.doc.region, name: target.doc.name, qualifier: target.qualifier || undefined });
      outcome = await this.service.invoker.invoke(invocation, { payload: Buffer.from(JSON.stringify(event)), requestId: context.requestId, mode: 'sync' });
    } catch (error) {
      if (isAwsError(error) && error.code === 'TooManyRequestsException') return finish(jsonResponse(429, { Message: 'Rate Exceeded.' }));
      if (isAwsError(error)) return finish(jsonResponse(error.status, { Message: error.message }));
      throw error;
    }
    const headers: Record<string, string> = { 'x-amzn-RequestId': context.requestId };
    if (!outcome.result.ok) return finish({ status: 502, headers: { ...headers, 'Content-Type': 'application/json' }, body: 'Internal Server Error' });
    return finish(toHttpResponse(outcome.result.payload, headers));
  }

  /** A browser preflight: answered from the URL's CORS configuration, or by the function when it has none. */
  async preflight(request: WireRequest, context: RequestContext): Promise<WireResponse | undefined> {
    const target = this.find(request.host);
    if (!target) return jsonResponse(404, { Message: null });
    const cors = target.config.cors;
    if (!cors) return { ...(await this.serve(request, context)).response, corsApplied: true };
    return { status: 200, headers: preflightHeaders(cors, request.headers.origin), corsApplied: true };
  }

  /**
   * The CORS headers of the response to an actual request (the provider's cors hook): the URL's
   * configuration decides; a URL without one adds nothing and leaves the function's own headers be.
   */
  corsHeaders(request: WireRequest): Record<string, string> | undefined {
    const cors = this.find(request.host)?.config.cors;
    return cors ? responseHeaders(cors, request.headers.origin) : undefined;
  }

  /** AuthType NONE needs a resource policy that lets anyone call lambda:InvokeFunctionUrl; AWS_IAM a signed request. */
  private authorized(target: UrlTarget, request: WireRequest, context: RequestContext): boolean {
    if (target.config.authType === 'AWS_IAM') {
      const signed = (request.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256') || request.query.has('X-Amz-Signature');
      if (!signed) return false;
      if (context.accountId === target.doc.account) return true;
      return policyAllows(target.doc, target.qualifier, 'lambda:InvokeFunctionUrl', (s) => JSON.stringify(s.Principal).includes(context.accountId) || s.Principal === '*');
    }
    return policyAllows(
      target.doc,
      target.qualifier,
      'lambda:InvokeFunctionUrl',
      (s) => (s.Principal === '*' || (s.Principal as { AWS?: string }).AWS === '*') && (s.Condition?.StringEquals?.['lambda:FunctionUrlAuthType'] ?? 'NONE') === 'NONE',
    );
  }

  /** The request as payload format 2.0. */
  private event(target: UrlTarget, request: WireRequest, context: RequestContext, body: Buffer): Record<string, unknown> {
    const headers: Record<string, string> = {};
    let cookies: string[] | undefined;
    for (const [name, value] of Object.entries(request.headers)) {
      if (name.startsWith(':')) continue;
      if (name === 'cookie') cookies = value.split(/;\s*/).filter(Boolean);
      else headers[name] = value;
    }
    const rawQuery = request.query.toString();
    const query: Record<string, string> = {};
    for (const key of new Set(request.query.keys())) query[key] = request.query.getAll(key).join(',');
    const now = this.service.runtime.clock.now();
    const contentType = request.headers['content-type'] ?? '';
    const text = !body.length || TEXT_TYPES.test(contentType);
    const requestContext: Record<string, unknown> = {
      accountId: target.config.authType === 'AWS_IAM' ? context.accountId : 'anonymous',
      apiId: target.config.urlId,
      domainName: request.host,
      domainPrefix: target.config.urlId,
      http: {
        method: request.method,
        path: decodeURIComponent(request.path),
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: request.headers['user-agent'] ?? '',
      },
      requestId: context.requestId,
      routeKey: '$default',
      stage: '$default',
      time: clfTime(now),
      timeEpoch: now,
    };
    if (target.config.authType === 'AWS_IAM') {
      requestContext.authorizer = {
        iam: {
          accessKey: context.accessKeyId ?? null,
          accountId: context.accountId,
          callerId: context.accessKeyId ?? null,
          cognitoIdentity: null,
          principalOrgId: null,
          userArn: accountRootArn(context.accountId, context.region),
          userId: context.accountId,
        },
      };
    }
    const event: Record<string, unknown> = {
      version: '2.0',
      routeKey: '$default',
      rawPath: request.path,
      rawQueryString: rawQuery,
      headers,
      requestContext,
      isBase64Encoded: !text,
    };
    if (cookies) event.cookies = cookies;
    if (Object.keys(query).length) event.queryStringParameters = query;
    if (body.length) event.body = text ? body.toString('utf8') : body.toString('base64');
    return event;
  }
}

/** The function's answer as HTTP: a {statusCode, headers, body} object, or any other JSON as a 200 application/json body. */
function toHttpResponse(payload: Buffer, base: Record<string, string>): WireResponse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload.toString('utf8'));
  } catch {
    return { status: 200, headers: { ...base, 'Content-Type': 'application/json' }, body: payload };
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'statusCode' in parsed) {
    const shaped = parsed as { statusCode?: unknown; headers?: Record<string, unknown>; body?: unknown; isBase64Encoded?: boolean; cookies?: string[] };
    const headers: Record<string, string> = { ...base };
    for (const [name, value] of Object.entries(shaped.headers ?? {})) headers[name] = String(value);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
    const status = Number(shaped.statusCode) || 200;
    let body: Buffer | string = '';
    if (typeof shaped.body === 'string') body = shaped.isBase64Encoded ? Buffer.from(shaped.body, 'base64') : shaped.body;
    else if (shaped.body !== undefined && shaped.body !== null) body = JSON.stringify(shaped.body);
    const response: WireResponse = { status, headers, body };
    if (shaped.cookies?.length) (response.headers as Record<string, unknown>)['Set-Cookie'] = shaped.cookies as unknown as string;
    return response;
  }
  return { status: 200, headers: { ...base, 'Content-Type': 'application/json' }, body: payload };
}

function jsonResponse(status: number, body: unknown): WireResponse {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

async function readAll(stream: Readable, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) over = true;
    else chunks.push(chunk as Buffer);
  }
  return over ? undefined : Buffer.concat(chunks);
}

/** 12/Mar/2020:19:03:58 +0000 */
function clfTime(epochMs: number): string {
  const d = new Date(epochMs);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function randomId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(32);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}
