import { Readable } from 'node:stream';
import { EventStreamCodec, Int64, type Message } from '@smithy/eventstream-codec';
import type { Model, Shape, ShapeRef } from './model.js';

/**
 * Event-stream responses (application/vnd.amazon.eventstream): an operation
 * whose output has a member targeting an `eventstream` union (Logs
 * StartLiveTail, Kinesis SubscribeToShard) returns that member as an
 * AsyncIterable of one-key objects, `{ <eventName>: payload }`. Each becomes
 * one binary frame; members that are error shapes become exception frames.
 * RPC protocols open with an `initial-response` event carrying the output's
 * other members, as AWS does and botocore requires.
 */
export type EventStreamEvent = Record<string, unknown>;

const codec = new EventStreamCodec(
  (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
  (text: string) => Buffer.from(text, 'utf8'),
);

/** The output member that carries an event stream, if the operation has one. */
export function eventStreamMember(model: Model, outputRef: ShapeRef | undefined): string | undefined {
  if (!outputRef) return undefined;
  const output = model.resolve(outputRef);
  for (const [name, member] of Object.entries(output.members ?? {})) {
    if (model.resolve(member).eventstream) return name;
  }
  return undefined;
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<EventStreamEvent> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

export interface EventPayloadWriter {
  /**
   * The payload bytes of one event or exception whose shape is `ref`, with their
   * own content type when it is not the stream's (a raw `eventpayload` blob).
   */
  (ref: ShapeRef, value: unknown): Buffer | { body: Buffer; contentType: string };
  contentType: string;
}

/** Frames for an event stream; the Readable ends when the iterable does, and closing it stops the iterable. */
export function eventStreamBody(
  model: Model,
  streamShape: Shape,
  events: AsyncIterable<EventStreamEvent>,
  writePayload: EventPayloadWriter,
  initialResponse?: Buffer,
): Readable {
  async function* frames(): AsyncGenerator<Buffer> {
    if (initialResponse) yield encodeFrame('event', 'initial-response', writePayload.contentType, initialResponse);
    for await (const event of events) {
      const name = Object.keys(event).find((key) => event[key] !== undefined);
      if (!name) continue;
      const member = streamShape.members?.[name];
      if (!member) throw new Error(`event stream has no member ${name}`);
      const shape = model.resolve(member);
      const { headers, rest } = eventHeaders(model, shape, event[name]);
      const written = writePayload(member, rest);
      const { body, contentType } = Buffer.isBuffer(written) ? { body: written, contentType: writePayload.contentType } : written;
      if (shape.exception) {
        yield encodeFrame('exception', name, contentType, body);
        return;
      }
      yield encodeFrame('event', name, contentType, body, headers);
    }
  }
  return Readable.from(frames(), { objectMode: false });
}

type FrameHeaders = Message['headers'];

/** An event's members bound to frame headers (`eventheader`), typed as the shapes say, and the members left for the payload. */
function eventHeaders(model: Model, shape: Shape, value: unknown): { headers: FrameHeaders; rest: unknown } {
  const members = Object.entries(shape.members ?? {}).filter(([, member]) => member.eventheader);
  if (!members.length || !value || typeof value !== 'object') return { headers: {}, rest: value };
  const headers: FrameHeaders = {};
  const rest: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [name, member] of members) {
    const item = rest[name];
    delete rest[name];
    if (item === undefined || item === null) continue;
    const header = frameHeader(model.resolve(member).type, item);
    if (header) headers[member.locationName ?? name] = header;
  }
  return { headers, rest };
}

function frameHeader(type: Shape['type'], value: unknown): FrameHeaders[string] | undefined {
  switch (type) {
    case 'boolean':
      return { type: 'boolean', value: Boolean(value) };
    case 'byte':
      return { type: 'byte', value: Number(value) };
    case 'short':
      return { type: 'short', value: Number(value) };
    case 'integer':
      return { type: 'integer', value: Number(value) };
    case 'long':
      return { type: 'long', value: Int64.fromNumber(Number(value)) };
    case 'blob':
      return { type: 'binary', value: Buffer.isBuffer(value) || value instanceof Uint8Array ? value : Buffer.from(String(value), 'utf8') };
    case 'timestamp':
      return { type: 'timestamp', value: value instanceof Date ? value : new Date(Number(value) * 1000) };
    case 'string':
      return { type: 'string', value: String(value) };
    default:
      return undefined;
  }
}

function encodeFrame(kind: 'event' | 'exception', name: string, contentType: string, body: Buffer, extraHeaders: FrameHeaders = {}): Buffer {
  const typeHeader = kind === 'event' ? ':event-type' : ':exception-type';
  const message: Message = {
    headers: {
      ':message-type': { type: 'string', value: kind },
      [typeHeader]: { type: 'string', value: name },
      ':content-type': { type: 'string', value: contentType },
      ...extraHeaders,
    },
    body,
  };
  const encoded = codec.encode(message);
  return Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
}
