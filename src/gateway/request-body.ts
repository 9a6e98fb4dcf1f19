import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { AwsError } from '../core/errors.js';
import { AwsChunkedDecoder } from './aws-chunked.js';
import type { NodeRequest } from './pipeline.js';

/**
 * Operations with the requestcompression trait (CloudWatch PutMetricData) may
 * arrive gzip'd, announced by Content-Encoding. Only RPC bodies are decoded:
 * for S3 and other rest services the encoding describes the stored object.
 */
export function decodeRequestCompression(body: Buffer, headers: Record<string, string>, limit: number): Buffer {
  const encodings = (headers['content-encoding'] ?? '').split(',').map((token) => token.trim().toLowerCase());
  if (!encodings.includes('gzip') || !body.length) return body;
  try {
    return gunzipSync(body, { maxOutputLength: limit });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit);
    throw new AwsError('SerializationException', 'The request body is declared gzip but could not be decompressed.', 400);
  }
}

function tooLarge(limit: number): AwsError {
  return new AwsError('RequestEntityTooLarge', `Request body is larger than the ${limit} bytes Nimbus accepts for this request.`, 413);
}

/** The whole body, read with events (an async iterator per request costs more than the read itself). */
export function readWhole(stream: Readable, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (stream.readableEnded) {
      resolve(Buffer.alloc(0));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done();
        stream.destroy();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onClose = () => {
      done();
      reject(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

export async function readPayload(req: NodeRequest, headers: Record<string, string>, chunked: boolean, limit: number): Promise<Buffer> {
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!chunked) return readWhole(req as Readable, limit);
  return readWhole(streamPayload(req, headers), limit);
}

export function streamPayload(req: NodeRequest, headers: Record<string, string>): AwsChunkedDecoder {
  const decodedLength = Number(headers['x-amz-decoded-content-length']);
  const decoder = new AwsChunkedDecoder({ decodedContentLength: Number.isFinite(decodedLength) ? decodedLength : undefined });
  (req as Readable).pipe(decoder);
  (req as Readable).on('error', (error) => decoder.destroy(error));
  return decoder;
}

/** The Action of an unsigned query-protocol body (gzip'd ones too: CloudWatch compresses PutMetricData). */
export function formActionOf(body: Buffer, headers: Record<string, string>, limit: number): string | undefined {
  let form: Buffer;
  try {
    form = decodeRequestCompression(body, headers, limit);
  } catch {
    return undefined;
  }
  return new URLSearchParams(form.toString('utf8')).get('Action') ?? undefined;
}

