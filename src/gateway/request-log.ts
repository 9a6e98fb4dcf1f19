import type { IncomingMessage } from 'node:http';
import type { Http2ServerRequest } from 'node:http2';

/**
 * The resource a request touched, for its log line: read from the few input members that name
 * one (a property read or two; no parsing beyond a queue URL's last segment).
 */
export function resourceOf(input: Record<string, unknown> | undefined): string | undefined {
  if (!input) return undefined;
  const queueUrl = input.QueueUrl;
  if (typeof queueUrl === 'string') return queueUrl.slice(queueUrl.lastIndexOf('/') + 1);
  for (const member of NAMING_MEMBERS) {
    const value = input[member];
    if (typeof value !== 'string') continue;
    if (member === 'Bucket' && typeof input.Key === 'string') return `${value}/${input.Key}`;
    return value;
  }
  return undefined;
}

/** Members that name what an operation acts on, most specific first. */
const NAMING_MEMBERS = ['QueueName', 'TableName', 'Bucket', 'FunctionName', 'logGroupName', 'AlarmName', 'TopicArn', 'StreamName', 'Name'];

export function isHealthPath(path: string): boolean {
  return path === '/_nimbus/health' || path === '/_localstack/health' || path === '/_nimbus/health/' || path === '/_localstack/health/';
}

/** A request that failed because the client went away (reset, aborted, closed before the body ended). */
export function isClientGone(error: unknown, req: IncomingMessage | Http2ServerRequest): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNABORTED') return true;
  return Boolean(req.destroyed || (req as IncomingMessage).socket?.destroyed);
}
