import type { IncomingMessage, ServerResponse } from 'node:http';

/** The Runtime API's small HTTP pieces: reading what a runtime posts, and answering it. */

export function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge }));
    req.on('error', () => resolve({ body: Buffer.concat(chunks), tooLarge }));
  });
}

export function accepted(res: ServerResponse): void {
  json(res, 202, { status: 'OK' });
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** An error the runtime posted, as the caller will see it: its JSON, or one made from the header. */
export function errorBody(body: Buffer, headerType: string | string[] | undefined): Buffer {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object') return body;
  } catch {
    // not JSON: describe it
  }
  const type = (Array.isArray(headerType) ? headerType[0] : headerType) ?? 'Unhandled';
  return Buffer.from(JSON.stringify({ errorType: type, errorMessage: body.toString('utf8') }));
}

export function errorTypeOf(payload: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(payload.toString('utf8')) as { errorType?: unknown };
    return typeof parsed.errorType === 'string' ? parsed.errorType : undefined;
  } catch {
    return undefined;
  }
}
