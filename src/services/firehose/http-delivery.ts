/**
 * HTTP endpoint destinations, with AWS's contract: a POST of {requestId, timestamp, records:[{data}]}
 * (gzip'd when ContentEncoding is GZIP) with the X-Amz-Firehose-* headers; the endpoint answers 200
 * with {requestId, timestamp} naming the same request. Anything else is retried, with a growing
 * wait, until RetryOptions.DurationInSeconds of clock time has passed; then the records are failed.
 * Endpoints on this machine (localhost, 127.0.0.1, ::1) may use self-signed certificates.
 */
import { randomUUID } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { gzipSync } from 'node:zlib';
import type { DeliveryStream, HttpEndpointDestination } from './model.js';
import type { FailedRecord, ProcessedRecord } from './processing.js';
import type { FirehoseService } from './service.js';

const REQUEST_TIMEOUT_MS = 30_000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

interface Attempt {
  ok: boolean;
  errorCode?: string;
  errorMessage?: string;
}

/** Delivers the records; those the endpoint never accepted come back as failed records. */
export async function deliverToEndpoint(service: FirehoseService, stream: DeliveryStream, http: HttpEndpointDestination, records: ProcessedRecord[]): Promise<FailedRecord[]> {
  if (records.length === 0) return [];
  const started = service.clock.now();
  const deadline = started + http.RetryOptions.DurationInSeconds! * 1000;
  let attempts = 0;
  let wait = 1_000;
  let last: Attempt = { ok: false };
  for (;;) {
    attempts++;
    last = await post(service, stream, http, records);
    if (last.ok) {
      service.metrics.record(stream, 'DeliveryToHttpEndpoint.Success', 1);
      service.metrics.record(stream, 'DeliveryToHttpEndpoint.Records', records.length);
      service.metrics.record(stream, 'DeliveryToHttpEndpoint.Bytes', records.reduce((n, r) => n + r.data.length, 0));
      return [];
    }
    service.metrics.record(stream, 'DeliveryToHttpEndpoint.Success', 0);
    service.logDeliveryError(stream, http.CloudWatchLoggingOptions, {
      destination: http.EndpointConfiguration.Url,
      errorCode: last.errorCode!,
      message: last.errorMessage!,
    });
    if (service.closed || service.clock.now() + wait > deadline) break;
    await service.clock.sleep(wait);
    wait = Math.min(wait * 2, 30_000);
    if (service.closed || !service.state.stream(stream.arn)) break;
  }
  const now = service.clock.now();
  return records.map((record) => ({
    raw: record.data,
    arrivedAt: record.arrivedAt,
    errorCode: last.errorCode ?? 'HttpEndpoint.RequestTimeout',
    errorMessage: last.errorMessage ?? 'The delivery timed out before a response was received.',
    attemptsMade: attempts,
    attemptEndingTimestamp: now,
  }));
}

async function post(service: FirehoseService, stream: DeliveryStream, http: HttpEndpointDestination, records: ProcessedRecord[]): Promise<Attempt> {
  const requestId = randomUUID();
  const timestamp = service.clock.now();
  let body: Buffer = Buffer.from(JSON.stringify({ requestId, timestamp, records: records.map((r) => ({ data: r.data.toString('base64') })) }));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-amz-firehose-protocol-version': '1.0',
    'x-amz-firehose-request-id': requestId,
    'x-amz-firehose-source-arn': stream.arn,
    'user-agent': 'Amazon Kinesis Data Firehose Agent/1.0',
  };
  if (http.EndpointConfiguration.AccessKey) headers['x-amz-firehose-access-key'] = http.EndpointConfiguration.AccessKey;
  const attributes = http.RequestConfiguration.CommonAttributes;
  if (attributes?.length) {
    headers['x-amz-firehose-common-attributes'] = JSON.stringify({ commonAttributes: Object.fromEntries(attributes.map((a) => [a.AttributeName, a.AttributeValue])) });
  }
  if (http.RequestConfiguration.ContentEncoding === 'GZIP') {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  let response: { status: number; body: string };
  try {
    response = await send(http.EndpointConfiguration.Url, headers, body);
  } catch (error) {
    return { ok: false, errorCode: 'HttpEndpoint.RequestFailed', errorMessage: `The request to the endpoint failed: ${(error as Error).message}` };
  }
  if (response.status !== 200) {
    return { ok: false, errorCode: 'HttpEndpoint.InvalidStatusCode', errorMessage: `The endpoint answered with HTTP status ${response.status}.` };
  }
  let answer: { requestId?: unknown; timestamp?: unknown };
  try {
    answer = JSON.parse(response.body);
  } catch {
    return { ok: false, errorCode: 'HttpEndpoint.InvalidResponseFromDestination', errorMessage: 'The response from the endpoint is not valid JSON.' };
  }
  if (answer?.requestId !== requestId) {
    return { ok: false, errorCode: 'HttpEndpoint.InvalidResponseFromDestination', errorMessage: 'The requestId in the response does not match the request.' };
  }
  return { ok: true };
}

function send(url: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const request = httpsRequest(
      target,
      { method: 'POST', headers: { ...headers, 'content-length': String(body.length) }, rejectUnauthorized: !LOOPBACK.has(target.hostname), timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          // The answer is a small JSON document; a huge one is cut rather than held.
          if (size < 1024 * 1024) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.end(body);
  });
}
