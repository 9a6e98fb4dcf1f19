import type { RequestContext } from '../../core/context.js';
import type { HttpAnswer, HttpHooks } from '../../core/runtime.js';
import type { WireRequest } from '../../protocol/index.js';
import { requestTooLarge } from './errors.js';
import type { LambdaService } from './service.js';
import type { FunctionUrls } from './urls.js';

/** The largest CreateFunction or UpdateFunctionCode request AWS accepts (a 50 MB zip, base64 in JSON). */
const DIRECT_REQUEST_LIMIT = 69_905_067;

/** What Lambda answers as raw HTTP: oversized uploads refused before their body, code downloads, function URLs and their CORS. */
export function lambdaHttpHooks(service: LambdaService, urls: FunctionUrls): HttpHooks {
  return {
    serveHttp(request: WireRequest, context: RequestContext): Promise<HttpAnswer | undefined> | HttpAnswer | undefined {
      // Deployment packages past AWS's request limit are refused before the body is read, as AWS does.
      const declared = Number(request.headers['content-length']);
      const upload = request.method === 'POST' && /^\/2015-03-31\/functions\/?$/.test(request.path) ? 'CreateFunction' : request.method === 'PUT' && /^\/2015-03-31\/functions\/[^/]+\/code$/.test(request.path) ? 'UpdateFunctionCode' : undefined;
      if (upload && declared > DIRECT_REQUEST_LIMIT) {
        // The codec serializes it; the gateway drains the unread body.
        throw requestTooLarge(DIRECT_REQUEST_LIMIT, upload);
      }
      const codeMatch = /^\/2015-03-31\/(functions|layers)\/[^/]+\/code-location\/([0-9a-f]{64})$/.exec(request.path);
      if (codeMatch && request.method === 'GET') return serveCode(codeMatch[2], request);
      if (request.host.toLowerCase().split('.')[1] === 'lambda-url') return urls.serve(request, context);
      return undefined;
    },
    cors: {
      preflight: (request, context) => (request.host.toLowerCase().split('.')[1] === 'lambda-url' ? urls.preflight(request, context) : undefined),
      headers: (request) => (request.host.toLowerCase().split('.')[1] === 'lambda-url' ? urls.corsHeaders(request) : undefined),
    },
  };

  function serveCode(hex: string, request: WireRequest): HttpAnswer {
    const expires = request.query.get('expires') ?? '';
    const signature = request.query.get('signature') ?? '';
    if (!service.verifyCodeUrl(hex, expires, signature)) {
      return { operation: 'GetCodeLocation', response: { status: 403, headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>' } };
    }
    try {
      const zip = service.code.read({ hex });
      return { operation: 'GetCodeLocation', response: { status: 200, headers: { 'Content-Type': 'application/zip', 'Content-Length': String(zip.length) }, body: zip } };
    } catch {
      return { operation: 'GetCodeLocation', response: { status: 404, headers: { 'Content-Type': 'application/xml' }, body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>' } };
    }
  }
}
