import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AwsChunkedDecoder, contentEncodingWithoutAwsChunked, decodeAwsChunked, isAwsChunked } from '../../src/gateway/aws-chunked.js';

/** CRC-32 (IEEE), written out here because zlib.crc32 needs Node 20.15+/22. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32Base64(data: Buffer): string {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  const out = Buffer.alloc(4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return out.toString('base64');
}

/** Frames chunks the way the SDK does for STREAMING-UNSIGNED-PAYLOAD-TRAILER. */
function unsignedTrailerBody(chunks: Buffer[], trailers: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const chunk of chunks) parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  parts.push(Buffer.from('0\r\n'));
  for (const [name, value] of Object.entries(trailers)) parts.push(Buffer.from(`${name}:${value}\r\n`));
  parts.push(Buffer.from('\r\n'));
  return Buffer.concat(parts);
}

/** Frames chunks as STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER] does (signatures are placeholders: not verified). */
function signedBody(chunks: Buffer[], trailers?: Record<string, string>): Buffer {
  const sig = (n: number) => n.toString(16).padStart(64, '0');
  const parts: Buffer[] = [];
  chunks.forEach((chunk, i) => parts.push(Buffer.from(`${chunk.length.toString(16)};chunk-signature=${sig(i + 1)}\r\n`), chunk, Buffer.from('\r\n')));
  parts.push(Buffer.from(`0;chunk-signature=${sig(0)}\r\n`));
  if (trailers) {
    for (const [name, value] of Object.entries(trailers)) parts.push(Buffer.from(`${name}:${value}\r\n`));
    parts.push(Buffer.from(`x-amz-trailer-signature:${sig(99)}\r\n`));
  }
  parts.push(Buffer.from('\r\n'));
  return Buffer.concat(parts);
}

/** Pushes the input through an AwsChunkedDecoder in the given pieces; returns the payload and trailers. */
async function decodeStream(pieces: Buffer[], decodedContentLength?: number): Promise<{ payload: Buffer; trailers: Record<string, string> }> {
  const decoder = new AwsChunkedDecoder(decodedContentLength === undefined ? {} : { decodedContentLength });
  const out: Buffer[] = [];
  await pipeline(Readable.from(pieces), decoder, async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) out.push(chunk);
  });
  return { payload: Buffer.concat(out), trailers: decoder.trailers };
}

async function assertStreamError(pieces: Buffer[], code: string, decodedContentLength?: number): Promise<void> {
  await assert.rejects(decodeStream(pieces, decodedContentLength), (error: Error & { code?: string; status?: number }) => {
    assert.equal(error.code, code, error.message);
    assert.equal(error.status, 400);
    return true;
  });
}

function assertBufferedError(body: Buffer, code: string, decodedContentLength?: number): void {
  assert.throws(
    () => decodeAwsChunked(body, decodedContentLength === undefined ? {} : { decodedContentLength }),
    (error: Error & { code?: string }) => error.code === code,
  );
}

const PAYLOAD = Buffer.from('Hello, aws-chunked world! \u00e9\u20ac\r\n0\r\n (payload bytes that look like framing)', 'utf8');
const CRC = crc32Base64(PAYLOAD);

describe('isAwsChunked', () => {
  it('recognises content-encoding and STREAMING- content hashes', () => {
    assert.equal(isAwsChunked({ 'content-encoding': 'aws-chunked' }), true);
    assert.equal(isAwsChunked({ 'content-encoding': 'gzip, AWS-Chunked' }), true);
    assert.equal(isAwsChunked({ 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' }), true);
    assert.equal(isAwsChunked({ 'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD' }), true);
    assert.equal(isAwsChunked({ 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' }), false);
    assert.equal(isAwsChunked({ 'content-encoding': 'gzip' }), false);
    assert.equal(isAwsChunked({}), false);
  });

  it('drops aws-chunked from the Content-Encoding to store', () => {
    assert.equal(contentEncodingWithoutAwsChunked({ 'content-encoding': 'aws-chunked' }), undefined);
    assert.equal(contentEncodingWithoutAwsChunked({ 'content-encoding': 'aws-chunked,gzip' }), 'gzip');
    assert.equal(contentEncodingWithoutAwsChunked({}), undefined);
  });
});

describe('decodeAwsChunked', () => {
  it('decodes the unsigned-trailer framing the SDK sends', () => {
    const body = Buffer.concat([
      Buffer.from(`a\r\n`),
      PAYLOAD.subarray(0, 10),
      Buffer.from(`\r\n${(PAYLOAD.length - 10).toString(16)}\r\n`),
      PAYLOAD.subarray(10),
      Buffer.from(`\r\n0\r\nx-amz-checksum-crc32:${CRC}\r\n\r\n`),
    ]);
    const { payload, trailers } = decodeAwsChunked(body, { decodedContentLength: PAYLOAD.length });
    assert.deepEqual(payload, PAYLOAD);
    assert.deepEqual(trailers, { 'x-amz-checksum-crc32': CRC });
  });

  it('decodes signed framing, with and without trailers', () => {
    const chunks = [PAYLOAD.subarray(0, 7), PAYLOAD.subarray(7)];
    const plain = decodeAwsChunked(signedBody(chunks));
    assert.deepEqual(plain.payload, PAYLOAD);
    assert.deepEqual(plain.trailers, {});
    const withTrailer = decodeAwsChunked(signedBody(chunks, { 'X-Amz-Checksum-CRC32': CRC }));
    assert.deepEqual(withTrailer.payload, PAYLOAD);
    assert.equal(withTrailer.trailers['x-amz-checksum-crc32'], CRC);
    assert.match(withTrailer.trailers['x-amz-trailer-signature']!, /^[0-9a-f]{64}$/);
  });

  it('decodes an empty payload and upper-case hex sizes', () => {
    assert.deepEqual(decodeAwsChunked(Buffer.from('0\r\n\r\n'), { decodedContentLength: 0 }).payload, Buffer.alloc(0));
    assert.deepEqual(decodeAwsChunked(Buffer.from(`1A\r\n${'x'.repeat(26)}\r\n0\r\n\r\n`)).payload, Buffer.from('x'.repeat(26)));
  });

  describe('malformed input', () => {
    const good = unsignedTrailerBody([PAYLOAD], { 'x-amz-checksum-crc32': CRC });
    const cases: Array<[string, Buffer, string, number?]> = [
      ['a size that is not hex', Buffer.from('zz\r\nabc\r\n0\r\n\r\n'), 'IncompleteBody'],
      ['an empty size line', Buffer.from('\r\nabc\r\n0\r\n\r\n'), 'IncompleteBody'],
      ['a size line ending in a bare \\n', Buffer.from('3\nabc\r\n0\r\n\r\n'), 'IncompleteBody'],
      ['a chunk longer than its size', Buffer.from('3\r\nabcd\r\n0\r\n\r\n'), 'IncompleteBody'],
      ['a chunk shorter than its size (truncated)', Buffer.from('5\r\nabc'), 'IncompleteBody'],
      ['no final chunk', Buffer.from('3\r\nabc\r\n'), 'IncompleteBody'],
      ['an empty body', Buffer.alloc(0), 'IncompleteBody'],
      ['a trailer cut mid-line', good.subarray(0, good.length - 6), 'IncompleteBody'],
      ['data after the final chunk', Buffer.concat([good, Buffer.from('3\r\nabc\r\n')]), 'IncompleteBody'],
      ['a trailer line without a colon', Buffer.from('3\r\nabc\r\n0\r\nx-amz-checksum-crc32\r\n\r\n'), 'MalformedTrailerError'],
      ['a trailer line without CR', Buffer.from('3\r\nabc\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\n\r\n'), 'MalformedTrailerError'],
      ['an endless size line', Buffer.from(`3;${'x'.repeat(10000)}`), 'IncompleteBody'],
      ['fewer bytes than x-amz-decoded-content-length', good, 'IncompleteBody', PAYLOAD.length + 1],
      ['more bytes than x-amz-decoded-content-length', good, 'IncompleteBody', PAYLOAD.length - 1],
    ];
    for (const [name, body, code, decodedLength] of cases) {
      it(name, async () => {
        assertBufferedError(body, code, decodedLength);
        await assertStreamError([body], code, decodedLength);
      });
    }

    it('errors carry AWS codes and messages', () => {
      assert.throws(() => decodeAwsChunked(Buffer.from('5\r\nabc')), {
        code: 'IncompleteBody',
        status: 400,
        message: 'The request body terminated unexpectedly',
      });
      assert.throws(() => decodeAwsChunked(Buffer.from('0\r\nbad trailer\r\n\r\n')), {
        code: 'MalformedTrailerError',
        message: 'The request contained trailing data that was not well-formed or did not conform to our published schema.',
      });
    });
  });
});

describe('AwsChunkedDecoder', () => {
  const bodies: Array<[string, Buffer]> = [
    ['unsigned with trailer', unsignedTrailerBody([PAYLOAD.subarray(0, 5), PAYLOAD.subarray(5, 6), PAYLOAD.subarray(6)], { 'x-amz-checksum-crc32': CRC })],
    ['signed with trailer', signedBody([PAYLOAD.subarray(0, 30), PAYLOAD.subarray(30)], { 'x-amz-checksum-crc32': CRC })],
  ];

  for (const [name, body] of bodies) {
    it(`${name}: decodes the same whatever byte offset the input is split at`, async () => {
      for (let at = 0; at <= body.length; at++) {
        const { payload, trailers } = await decodeStream([body.subarray(0, at), body.subarray(at)], PAYLOAD.length);
        assert.deepEqual(payload, PAYLOAD, `split at ${at}`);
        assert.equal(trailers['x-amz-checksum-crc32'], CRC, `split at ${at}`);
      }
    });

    it(`${name}: decodes from one byte at a time and from every pair of split points`, async () => {
      const single = await decodeStream([...body].map((byte) => Buffer.from([byte])));
      assert.deepEqual(single.payload, PAYLOAD);
      for (let a = 0; a <= body.length; a += 3) {
        for (let b = a; b <= body.length; b += 2) {
          const { payload } = await decodeStream([body.subarray(0, a), body.subarray(a, b), body.subarray(b)]);
          assert.deepEqual(payload, PAYLOAD, `split at ${a}, ${b}`);
        }
      }
    });
  }

  it('streams a large body in constant memory, passing payload through as slices', async () => {
    const chunkSize = 64 * 1024;
    const chunkCount = 256; // 16 MiB
    const chunk = Buffer.alloc(chunkSize, 0x61);
    const header = Buffer.from(`${chunkSize.toString(16)};chunk-signature=${'0'.repeat(64)}\r\n`);
    const crlf = Buffer.from('\r\n');
    async function* frames() {
      for (let i = 0; i < chunkCount; i++) {
        // Re-slice at an odd offset so that framing straddles the input pieces.
        const framed = Buffer.concat([header, chunk, crlf]);
        yield framed.subarray(0, 1001);
        yield framed.subarray(1001);
      }
      yield Buffer.from(`0;chunk-signature=${'0'.repeat(64)}\r\n\r\n`);
    }
    const decoder = new AwsChunkedDecoder({ decodedContentLength: chunkSize * chunkCount });
    let total = 0;
    let allA = true;
    const started = process.hrtime.bigint();
    await pipeline(Readable.from(frames()), decoder, async (source: AsyncIterable<Buffer>) => {
      for await (const piece of source) {
        total += piece.length;
        if (piece.some((byte) => byte !== 0x61)) allA = false;
      }
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    assert.equal(total, chunkSize * chunkCount);
    assert.ok(allA, 'payload must contain no framing bytes');
    assert.ok(seconds < 10, `took ${seconds}s`);
  });

  it('decodes what a real S3Client PutObject sends (stream body of known size, CRC32 trailer)', async () => {
    let captured: { headers: http.IncomingHttpHeaders; body: Buffer } | undefined;
    const server = http.createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (chunk: Buffer) => parts.push(chunk));
      req.on('end', () => {
        captured = { headers: req.headers, body: Buffer.concat(parts) };
        res.writeHead(200, { ETag: '"9b2cf535f27731c974343645a3985328"' });
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = new S3Client({
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    const data = Buffer.concat([PAYLOAD, Buffer.alloc(70_000, 0x5a), PAYLOAD]);
    try {
      const result = await client.send(
        new PutObjectCommand({
          Bucket: 'bucket',
          Key: 'dir/a b+c.txt',
          Body: Readable.from([data.subarray(0, 1000), data.subarray(1000, 50_000), data.subarray(50_000)]),
          ContentLength: data.length,
        }),
      );
      assert.equal(result.ETag, '"9b2cf535f27731c974343645a3985328"');
    } finally {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }

    assert.ok(captured);
    const { headers, body } = captured;
    assert.equal(isAwsChunked(headers), true);
    assert.equal(headers['x-amz-content-sha256'], 'STREAMING-UNSIGNED-PAYLOAD-TRAILER');
    assert.equal(headers['x-amz-trailer'], 'x-amz-checksum-crc32');
    const decodedContentLength = Number(headers['x-amz-decoded-content-length']);
    assert.equal(decodedContentLength, data.length);

    const buffered = decodeAwsChunked(body, { decodedContentLength });
    assert.deepEqual(buffered.payload, data);
    assert.deepEqual(Object.keys(buffered.trailers), ['x-amz-checksum-crc32']);
    assert.equal(buffered.trailers['x-amz-checksum-crc32'], crc32Base64(data));

    // The same capture through the stream, cut into uneven pieces.
    const pieces: Buffer[] = [];
    for (let at = 0, size = 1; at < body.length; at += size, size = 1 + ((size * 7 + 3) % 4099)) pieces.push(body.subarray(at, at + size));
    const streamed = await decodeStream(pieces, decodedContentLength);
    assert.deepEqual(streamed.payload, data);
    assert.equal(streamed.trailers['x-amz-checksum-crc32'], crc32Base64(data));
  });
});
