/**
 * Decoder for S3's `aws-chunked` content encoding, which the AWS SDKs use for streaming uploads:
 *
 *   <hex-size>[;chunk-signature=<hex>]\r\n<bytes>\r\n ... 0[;chunk-signature=<hex>]\r\n[<trailer>:<value>\r\n]*\r\n
 *
 * Unsigned variants (STREAMING-UNSIGNED-PAYLOAD-TRAILER) omit the chunk signatures; the trailer
 * variants end with trailing headers such as x-amz-checksum-crc32 and, when signed,
 * x-amz-trailer-signature.
 *
 * Chunk and trailer signatures are NOT verified: the seed request signature is checked by
 * sigv4.ts, and for a local emulator the per-chunk chain adds cost without catching anything
 * the framing checks below do not. Likewise S3's InvalidChunkSizeError (signed chunks other than
 * the last must be at least 8 KiB) is not enforced.
 *
 * The decoder streams: payload bytes are passed on as slices of the input buffers, and only the
 * short size and trailer lines are ever copied, so bodies of any size (S3 allows 5 GiB) pass
 * through in constant memory, with framing split anywhere across input chunks.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { AwsError } from '../core/errors.js';

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function encodingTokens(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
}

/** True when the body is aws-chunked: Content-Encoding lists aws-chunked, or x-amz-content-sha256 is a STREAMING- mode. */
export function isAwsChunked(headers: Headers): boolean {
  if (encodingTokens(header(headers, 'content-encoding')).some((token) => token.toLowerCase() === 'aws-chunked')) return true;
  return (header(headers, 'x-amz-content-sha256') ?? '').startsWith('STREAMING-');
}

/**
 * The Content-Encoding to store with the object: S3 drops aws-chunked (it describes the transfer,
 * not the object). Undefined when nothing is left.
 */
export function contentEncodingWithoutAwsChunked(headers: Headers): string | undefined {
  const rest = encodingTokens(header(headers, 'content-encoding')).filter((token) => token.toLowerCase() !== 'aws-chunked');
  return rest.length > 0 ? rest.join(',') : undefined;
}

const INCOMPLETE_BODY = 'The request body terminated unexpectedly';
const LENGTH_MISMATCH = 'You did not provide the number of bytes specified by the Content-Length HTTP header.';
const MALFORMED_TRAILER = 'The request contained trailing data that was not well-formed or did not conform to our published schema.';
/** Size lines are ~90 bytes with a signature and trailer lines short; anything longer is not aws-chunked. */
const MAX_LINE_BYTES = 4096;
const CR = 0x0d;
const LF = 0x0a;

function incompleteBody(message = INCOMPLETE_BODY): AwsError {
  return new AwsError('IncompleteBody', message, 400);
}

function malformedTrailer(): AwsError {
  return new AwsError('MalformedTrailerError', MALFORMED_TRAILER, 400);
}

/** Parser states (plain constants rather than an enum, so the module stays erasable TypeScript). */
const State = {
  /** Reading a `<hex-size>[;ext]\r\n` line. */
  SizeLine: 0,
  /** Inside a chunk's payload bytes. */
  Data: 1,
  /** Expecting the \r\n that closes a chunk's payload. */
  DataEnd: 2,
  /** After the zero-size chunk: trailer lines until an empty line. */
  Trailer: 3,
  /** The final empty line has been read; nothing may follow. */
  Done: 4,
} as const;
type State = (typeof State)[keyof typeof State];

/** The framing state machine, shared by the Transform and the buffered helper. */
class ChunkedParser {
  readonly trailers: Record<string, string> = {};
  private state: State = State.SizeLine;
  /** Pieces of the current line, kept as slices until its \n arrives. */
  private lineParts: Buffer[] = [];
  private lineLength = 0;
  private chunkRemaining = 0;
  /** How many bytes of the \r\n after a chunk's payload have been seen. */
  private dataEndSeen = 0;
  private decodedBytes = 0;

  constructor(private readonly decodedContentLength: number | undefined) {}

  /** Feeds input; calls emit with payload slices. Throws AwsError on malformed framing. */
  write(input: Buffer, emit: (payload: Buffer) => void): void {
    let at = 0;
    while (at < input.length) {
      switch (this.state) {
        case State.Data: {
          const take = Math.min(this.chunkRemaining, input.length - at);
          this.decodedBytes += take;
          if (this.decodedContentLength !== undefined && this.decodedBytes > this.decodedContentLength) {
            throw incompleteBody(LENGTH_MISMATCH);
          }
          emit(input.subarray(at, at + take));
          at += take;
          this.chunkRemaining -= take;
          if (this.chunkRemaining === 0) this.state = State.DataEnd;
          break;
        }
        case State.DataEnd: {
          const expected = this.dataEndSeen === 0 ? CR : LF;
          if (input[at] !== expected) throw incompleteBody();
          at += 1;
          if (++this.dataEndSeen === 2) {
            this.dataEndSeen = 0;
            this.state = State.SizeLine;
          }
          break;
        }
        case State.SizeLine:
        case State.Trailer: {
          const newline = input.indexOf(LF, at);
          const end = newline < 0 ? input.length : newline + 1;
          this.lineLength += end - at;
          if (this.lineLength > MAX_LINE_BYTES) throw this.state === State.Trailer ? malformedTrailer() : incompleteBody();
          this.lineParts.push(input.subarray(at, end));
          at = end;
          if (newline >= 0) this.finishLine();
          break;
        }
        case State.Done:
          throw incompleteBody();
      }
    }
  }

  /** Called at end of input; throws when the body stopped short. */
  end(): void {
    // A missing final empty line after the trailers is tolerated; anything cut mid-way is not.
    const complete = this.state === State.Done || (this.state === State.Trailer && this.lineLength === 0);
    if (!complete) throw incompleteBody();
    if (this.decodedContentLength !== undefined && this.decodedBytes !== this.decodedContentLength) {
      throw incompleteBody(LENGTH_MISMATCH);
    }
  }

  private finishLine(): void {
    const raw = this.lineParts.length === 1 ? this.lineParts[0]! : Buffer.concat(this.lineParts, this.lineLength);
    this.lineParts = [];
    this.lineLength = 0;
    if (raw.length < 2 || raw[raw.length - 2] !== CR) {
      throw this.state === State.Trailer ? malformedTrailer() : incompleteBody();
    }
    const line = raw.toString('latin1', 0, raw.length - 2);
    if (this.state === State.SizeLine) this.sizeLine(line);
    else this.trailerLine(line);
  }

  private sizeLine(line: string): void {
    // Extensions such as ;chunk-signature=<hex> follow the size; they are not verified (see above).
    const semicolon = line.indexOf(';');
    const sizeText = (semicolon < 0 ? line : line.slice(0, semicolon)).trim();
    if (!/^[0-9a-fA-F]{1,13}$/.test(sizeText)) throw incompleteBody();
    const size = Number.parseInt(sizeText, 16);
    if (size === 0) {
      this.state = State.Trailer;
    } else {
      this.chunkRemaining = size;
      this.state = State.Data;
    }
  }

  private trailerLine(line: string): void {
    if (line === '') {
      this.state = State.Done;
      return;
    }
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim().toLowerCase();
    if (name === '' || /\s/.test(name)) throw malformedTrailer();
    this.trailers[name] = line.slice(colon + 1).trim();
  }
}

/**
 * node:stream Transform: aws-chunked bytes in, payload bytes out. Errors carry `code`
 * ('IncompleteBody' or 'MalformedTrailerError') and `status` (they are AwsErrors).
 */
export class AwsChunkedDecoder extends Transform {
  /** Trailing headers (lowercased names), complete once the stream has ended. */
  readonly trailers: Record<string, string>;
  private readonly parser: ChunkedParser;

  constructor(options: { decodedContentLength?: number } = {}) {
    super();
    this.parser = new ChunkedParser(options.decodedContentLength);
    this.trailers = this.parser.trailers;
  }

  override _transform(chunk: Buffer | string, encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      const input = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      this.parser.write(input, (payload) => this.push(payload));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.parser.end();
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

/** Convenience for small buffered bodies. Throws the same AwsErrors as the stream. */
export function decodeAwsChunked(
  body: Buffer,
  options: { decodedContentLength?: number } = {},
): { payload: Buffer; trailers: Record<string, string> } {
  const parser = new ChunkedParser(options.decodedContentLength);
  const parts: Buffer[] = [];
  parser.write(body, (payload) => parts.push(payload));
  parser.end();
  return { payload: parts.length === 1 ? parts[0]! : Buffer.concat(parts), trailers: parser.trailers };
}
