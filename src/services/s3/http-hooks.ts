/**
 * What S3 answers at the HTTP level, outside its model's operations: website endpoints,
 * browser POST uploads, and CORS by the bucket's own rules.
 */
import type { HttpAnswer, HttpHooks } from '../../core/runtime.js';
import { hostId, type WireResponse } from '../../protocol/index.js';
import { corsHooks } from './cors.js';
import { invalidUri } from './errors.js';
import { isPostUpload, servePostUpload } from './post-object.js';
import type { S3Service } from './service.js';
import { isWebsiteHost, serveWebsite } from './website.js';

export function httpHooks(service: S3Service): HttpHooks {
  const cors = corsHooks(service);
  return {
    async serveHttp(request, context) {
      // Checked before any operation reads a key: a lossy decode would turn the bytes into U+FFFD.
      if (!percentDecodes(request.path)) throw invalidUri();
      let answer: HttpAnswer | undefined;
      if (isWebsiteHost(request.host)) answer = await serveWebsite(service, request, context.requestId);
      else if (isPostUpload(request)) answer = await servePostUpload(service, request, context);
      if (answer) withRequestIds(answer.response, context.requestId);
      return answer;
    },
    cors: {
      ...cors,
      async preflight(request, context) {
        const response = await cors.preflight(request, context);
        return response && withRequestIds(response, context.requestId);
      },
    },
  };
}

/** Whether a path's percent-escapes decode to UTF-8 text. */
function percentDecodes(path: string): boolean {
  if (!path.includes('%')) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** S3 names every answer with x-amz-request-id and x-amz-id-2; the codec does it for operations, this for the rest. */
function withRequestIds(response: WireResponse, requestId: string): WireResponse {
  response.headers['x-amz-request-id'] ??= requestId;
  response.headers['x-amz-id-2'] ??= hostId(requestId);
  return response;
}
