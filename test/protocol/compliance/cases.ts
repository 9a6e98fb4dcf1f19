import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Model, type Operation, type ServiceModel, type Shape, type ShapeRef } from '../../../src/protocol/model.js';
import type { WireRequest } from '../../../src/protocol/types.js';

/**
 * AWS's protocol compliance cases (test/fixtures/protocol-tests, from botocore) as the server
 * sees them: each case becomes a one-operation model, an input case a WireRequest to parse, an
 * output case a result to serialize. Values are compared in one canonical form (timestamps as
 * epoch seconds, blobs as UTF-8 text, special floats as strings), the form the cases write them in.
 */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/protocol-tests/', import.meta.url));

export interface Suite {
  description: string;
  metadata: ServiceModel['metadata'] & { protocol: string };
  shapes: Record<string, Shape>;
  clientEndpoint?: string;
}

export interface ComplianceCase {
  /** `<file> <id>`, or `<file> <suite description>#<n>` for legacy cases without an id. */
  key: string;
  file: string;
  suite: Suite;
  given: Operation & { name: string };
  params?: Record<string, unknown>;
  serialized?: { method?: string; uri: string; headers?: Record<string, string>; body?: string; host?: string; forbidHeaders?: string[] };
  result?: Record<string, unknown>;
  response?: { status_code: number; headers?: Record<string, string>; body?: string };
  error?: Record<string, unknown>;
  errorCode?: string;
  errorMessage?: string;
}

type RawCase = Omit<ComplianceCase, 'key' | 'file' | 'suite'> & { id?: string };

/** Every case of one direction, in file order: `input/`, `legacy/input/` (or output). */
export function loadCases(direction: 'input' | 'output'): ComplianceCase[] {
  const cases: ComplianceCase[] = [];
  for (const dir of [direction, `legacy/${direction}`]) {
    for (const name of readdirSync(FIXTURES + dir).sort()) {
      const file = `${dir}/${name}`;
      const suites = JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as Array<Suite & { cases: RawCase[] }>;
      for (const { cases: raw, ...suite } of suites) {
        raw.forEach(({ id, ...rest }, index) => {
          cases.push({ ...rest, key: `${file} ${id ?? `${suite.description}#${index}`}`, file, suite });
        });
      }
    }
  }
  return cases;
}

/** The case's service: its shapes and its one operation, as botocore's runner builds it. */
export function caseModel(c: ComplianceCase): Model {
  const given = structuredClone(c.given);
  // Legacy RPC cases leave the HTTP binding to the protocol.
  given.http ??= { method: 'POST', requestUri: '/' };
  const shapes = structuredClone(c.suite.shapes);
  normalizeLegacyTraits(given, shapes);
  // awsQuery wraps results in <OperationResult>; the cases leave the wrapper to the runner.
  if (c.suite.metadata.protocol === 'query' && given.output && shapes[given.output.shape]?.members && !given.output.resultWrapper) {
    given.output.resultWrapper = `${given.name}Result`;
  }
  return new Model('compliance', { metadata: c.suite.metadata, operations: { [given.name]: given }, shapes });
}

/**
 * Legacy cases put some traits where botocore merges them from, but AWS's models never do:
 * `payload` on the operation's reference instead of its shape, `location`/`locationName` on a
 * member's shape instead of the member. Moved where the models have them; same meaning.
 */
function normalizeLegacyTraits(given: Operation, shapes: Record<string, Shape>): void {
  for (const ref of [given.input, given.output]) {
    const payload = (ref as { payload?: string } | undefined)?.payload;
    if (ref && payload) shapes[ref.shape] = { ...shapes[ref.shape], payload };
  }
  for (const shape of Object.values(shapes)) {
    for (const member of Object.values(shape.members ?? {})) {
      const target = shapes[member.shape] as Shape & { location?: ShapeRef['location'] };
      if (!target?.location || member.location) continue;
      member.location = target.location;
      if (target.locationName !== undefined && member.locationName === undefined) member.locationName = target.locationName;
    }
  }
}

/** The case's serialized request as the gateway would hand it to the codec. */
export function wireRequestOf(c: ComplianceCase): WireRequest {
  const serialized = c.serialized!;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(serialized.headers ?? {})) headers[name.toLowerCase()] = value;
  // Cases that assert only the body or the host leave out the target header every client sends.
  if (c.suite.metadata.protocol === 'json' && !headers['x-amz-target']) headers['x-amz-target'] = `${c.suite.metadata.targetPrefix}.${c.given.name}`;
  const q = serialized.uri.indexOf('?');
  const body = serialized.body === undefined ? Buffer.alloc(0)
    // RPC v2 CBOR cases carry their bytes in base64.
    : c.suite.metadata.protocol === 'smithy-rpc-v2-cbor' ? Buffer.from(serialized.body, 'base64') : Buffer.from(serialized.body, 'utf8');
  return {
    // Legacy cases leave the method to the operation.
    method: serialized.method ?? c.given.http?.method ?? 'POST',
    path: q === -1 ? serialized.uri : serialized.uri.slice(0, q),
    query: new URLSearchParams(q === -1 ? '' : serialized.uri.slice(q + 1)),
    headers,
    body,
    host: serialized.host ?? 'localhost',
  };
}

const SPECIAL_FLOATS = new Set(['NaN', 'Infinity', '-Infinity']);

/** Streams and async iterables (streaming payloads) read into one Buffer, anywhere in a value. */
export async function drainStreams(value: unknown): Promise<unknown> {
  if (value instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of value) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }
  if (Array.isArray(value)) return Promise.all(value.map(drainStreams));
  if (value && typeof value === 'object' && !Buffer.isBuffer(value) && !(value instanceof Date) && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await drainStreams(item);
    return out;
  }
  return value;
}

function epochSeconds(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : ms / 1000;
  }
  return typeof value === 'string' ? Number(value) : value;
}

/** A value in the cases' own form, guided by its shape, whichever side (case or codec) it came from. */
export function canonical(model: Model, ref: ShapeRef, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure': {
      if (shape.document || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
        const member = shape.members?.[name];
        // A null member is an absent one, on the wire and to a service.
        if (item === undefined || item === null) continue;
        out[name] = member ? canonical(model, member, item) : item;
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => canonical(model, shape.member!, item)) : value;
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = canonical(model, shape.value!, item);
      return out;
    }
    case 'timestamp':
      return epochSeconds(value);
    case 'blob':
      return Buffer.isBuffer(value) || value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : value;
    case 'float':
    case 'double':
    case 'bigdecimal':
      return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
    default:
      return value;
  }
}

/** A case's result as a service would return it: Dates, Buffers and real special floats. */
export function providerValue(model: Model, ref: ShapeRef, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure': {
      if (shape.eventstream && Array.isArray(value)) {
        // A service returns an event stream as an async iterable of events.
        const events = value.map((event) => providerValue(model, ref, event));
        return (async function* () {
          yield* events;
        })();
      }
      if (shape.document || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
        const member = shape.members?.[name];
        out[name] = member ? providerValue(model, member, item) : item;
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => providerValue(model, shape.member!, item)) : value;
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = providerValue(model, shape.value!, item);
      return out;
    }
    case 'timestamp':
      return new Date((epochSeconds(value) as number) * 1000);
    case 'blob':
      return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    case 'float':
    case 'double':
    case 'bigdecimal':
      return typeof value === 'string' && SPECIAL_FLOATS.has(value) ? Number(value) : value;
    default:
      return value;
  }
}
