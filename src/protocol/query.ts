import { AwsError } from '../core/errors.js';
import type { Model, Operation, Shape, ShapeRef } from './model.js';
import type { ProtocolCodec, WireRequest } from './types.js';
import { decodeBase64, iso8601, parseTimestamp, setOwn, toBuffer, toDate } from './values.js';
import { XmlWriter } from './xml-writer.js';

/**
 * awsQuery: form-encoded `Action=...&Version=...&Name.member.1=...` requests
 * (POST body or GET query string) and XML responses wrapped in
 * <OpResponse><OpResult>...</OpResult><ResponseMetadata/></OpResponse>.
 * Key naming follows the model: `member` lists unless flattened, `entry`
 * maps with key/value names, and xmlName/locationName overrides.
 */
export const queryCodec: ProtocolCodec = {
  name: 'query',

  operationName(model, request) {
    const action = queryParams(request).get('Action');
    return action && model.operation(action) ? action : undefined;
  },

  parse(model, operation, request) {
    if (!operation.input) return {};
    const params = queryParams(request);
    const index = new ParamIndex(params);
    return (readStructure(model, model.resolve(operation.input), index, '') ?? {}) as Record<string, unknown>;
  },

  serialize(model, operation, output, meta) {
    const xml = new XmlWriter();
    xml.open(`${operation.name}Response`, { xmlns: namespace(model) });
    if (operation.output) {
      // awsQuery wraps every output in <OperationResult>; models spell it out only for older operations.
      const wrapper = operation.output.resultWrapper ?? `${operation.name}Result`;
      writeStructureBody(xml, model, model.resolve(operation.output), output ?? {}, wrapper);
    }
    xml.open('ResponseMetadata').leaf('RequestId', meta.requestId).close('ResponseMetadata');
    xml.close(`${operation.name}Response`);
    return {
      status: 200,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': meta.requestId },
      body: xml.toString(),
    };
  },

  serializeError(model, _operation, error, meta) {
    const xml = new XmlWriter();
    xml.open('ErrorResponse', { xmlns: namespace(model) });
    xml.open('Error');
    xml.leaf('Type', error.senderFault ? 'Sender' : 'Receiver');
    xml.leaf('Code', error.queryCode ?? model.queryErrorCode(error.code));
    // An error without a message has no Message element (an empty one reads as a null message).
    if (error.message) xml.leaf('Message', error.message);
    const shape = model.errorShape(error.code);
    if (shape && Object.keys(error.fields).length) {
      for (const [name, member] of Object.entries(shape.shape.members ?? {})) {
        if (name.toLowerCase() === 'message') continue;
        writeMember(xml, model, name, member, error.fields[name]);
      }
    }
    xml.empty('Detail');
    xml.close('Error');
    xml.leaf('RequestId', meta.requestId);
    xml.close('ErrorResponse');
    return {
      status: error.status,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': meta.requestId, ...error.headers },
      body: xml.toString(),
    };
  },
};

function namespace(model: Model): string {
  return model.metadata.xmlNamespace ?? `https://${model.metadata.endpointPrefix}.amazonaws.com/doc/${model.metadata.apiVersion}/`;
}

const paramCache = new WeakMap<WireRequest, URLSearchParams>();

/** The form body and the query string together, as AWS accepts either. */
export function queryParams(request: WireRequest): URLSearchParams {
  let params = paramCache.get(request);
  if (!params) {
    params = new URLSearchParams(request.query);
    const type = request.headers['content-type'] ?? '';
    if (request.body.length && (type === '' || type.startsWith('application/x-www-form-urlencoded'))) {
      const form = request.body.toString('utf8');
      checkPercentEncoding(form);
      for (const [key, value] of new URLSearchParams(form)) params.append(key, value);
    }
    paramCache.set(request, params);
  }
  return params;
}

/** URLSearchParams forgives broken escapes; AWS does not. */
function checkPercentEncoding(form: string): void {
  for (let i = form.indexOf('%'); i >= 0; i = form.indexOf('%', i + 1)) {
    if (!/^[0-9A-Fa-f]{2}$/.test(form.slice(i + 1, i + 3))) {
      throw new AwsError('MalformedQueryString', `The query string is malformed: "${form.slice(i, i + 3)}" at position ${i} is not a valid percent-encoded byte.`, 400);
    }
  }
}

/**
 * Dotted prefixes past these cannot name a member of any model (the deepest query keys
 * have under ten segments of a few dozen characters); indexing them for a key such as
 * `a.a.a.…` would cost the square of its length, seconds of the event loop for one request.
 */
const MAX_INDEXED_SEGMENTS = 32;
const MAX_INDEXED_KEY_LENGTH = 1024;

/**
 * Every key and every dotted prefix of a key, so "is anything under X" is one lookup, and each
 * key's first value (URLSearchParams.get scans every parameter: a form of thousands is quadratic).
 */
class ParamIndex {
  private readonly prefixes = new Set<string>();
  private readonly values = new Map<string, string>();

  constructor(params: URLSearchParams) {
    for (const [key, value] of params) {
      if (this.values.has(key)) continue;
      this.values.set(key, value);
      let dot = key.length > MAX_INDEXED_KEY_LENGTH ? -1 : key.indexOf('.');
      for (let segments = 1; dot > 0 && segments < MAX_INDEXED_SEGMENTS; segments++) {
        this.prefixes.add(key.slice(0, dot));
        dot = key.indexOf('.', dot + 1);
      }
      this.prefixes.add(key);
    }
  }

  has(key: string): boolean {
    return this.prefixes.has(key);
  }

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
}

/**
 * A member's name on the query wire: the reference's own name, else the one
 * its shape carries (botocore merges shape traits into the reference).
 */
function wireName(model: Model, ref: ShapeRef, fallback: string): string {
  const shape = model.resolve(ref);
  return ref.xmlName ?? ref.locationName ?? shape.xmlName ?? shape.locationName ?? fallback;
}

/** The element name of a flattened list's items, if the model gives one. */
function itemName(model: Model, list: Shape): string | undefined {
  const member = list.member!;
  const shape = model.resolve(member);
  return member.xmlName ?? member.locationName ?? shape.xmlName ?? shape.locationName;
}

function isFlattened(ref: ShapeRef, shape: Shape): boolean {
  return Boolean(ref.flattened || shape.flattened);
}

function readStructure(model: Model, shape: Shape, index: ParamIndex, prefix: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let found = false;
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    const key = prefix ? `${prefix}.${wireName(model, member, name)}` : wireName(model, member, name);
    const value = readValue(model, member, index, key, name);
    if (value !== undefined) {
      out[name] = value;
      found = true;
    }
  }
  return found || prefix === '' ? out : undefined;
}

function readValue(model: Model, ref: ShapeRef, index: ParamIndex, key: string, memberName: string): unknown {
  const shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure':
      return index.has(key) ? readStructure(model, shape, index, key) : undefined;
    case 'list': {
      let itemPrefix: string;
      if (isFlattened(ref, shape)) {
        // botocore names flattened items after the list member's xmlName; Smithy clients after the member itself.
        const name = itemName(model, shape);
        itemPrefix = name && !index.has(`${key}.1`) ? replaceLastSegment(key, name) : key;
      } else {
        itemPrefix = `${key}.${wireName(model, shape.member!, 'member')}`;
      }
      if (!index.has(key) && !index.has(`${itemPrefix}.1`)) return undefined;
      if (index.get(key) === '' && !index.has(`${itemPrefix}.1`)) return [];
      const items: unknown[] = [];
      for (let i = 1; index.has(`${itemPrefix}.${i}`); i++) {
        items.push(readValue(model, shape.member!, index, `${itemPrefix}.${i}`, memberName));
      }
      return items;
    }
    case 'map': {
      const entryPrefix = isFlattened(ref, shape) ? key : `${key}.entry`;
      const keyName = wireName(model, shape.key!, 'key');
      const valueName = wireName(model, shape.value!, 'value');
      if (!index.has(entryPrefix)) return undefined;
      const out: Record<string, unknown> = {};
      for (let i = 1; index.has(`${entryPrefix}.${i}`); i++) {
        const entryKey = index.get(`${entryPrefix}.${i}.${keyName}`);
        if (entryKey === null) continue;
        const value = readValue(model, shape.value!, index, `${entryPrefix}.${i}.${valueName}`, memberName);
        // An entry with no value is left out, as a JSON map's null is (services never see an undefined value).
        // Map keys are the client's: `__proto__` must stay a key.
        if (value !== undefined) setOwn(out, entryKey, value);
      }
      return out;
    }
    default: {
      const raw = index.get(key);
      if (raw === null) return undefined;
      return readScalar(shape, ref, raw, key);
    }
  }
}

function replaceLastSegment(key: string, name: string): string {
  const dot = key.lastIndexOf('.');
  return dot < 0 ? name : `${key.slice(0, dot)}.${name}`;
}

function invalid(key: string, raw: string, reason: string): AwsError {
  return new AwsError('InvalidParameterValue', `Value (${raw}) for parameter ${key} is invalid. ${reason}`, 400);
}

function readScalar(shape: Shape, ref: ShapeRef, raw: string, key: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger':
      if (!/^[-+]?\d+$/.test(raw.trim())) throw invalid(key, raw, 'Must be an integer.');
      return Number(raw);
    case 'float':
    case 'double':
    case 'bigdecimal': {
      const value = Number(raw);
      if (raw.trim() === '' || Number.isNaN(value) && raw !== 'NaN') throw invalid(key, raw, 'Must be a number.');
      return value;
    }
    case 'boolean': {
      const lower = raw.toLowerCase();
      if (lower !== 'true' && lower !== 'false') throw invalid(key, raw, 'Must be true or false.');
      return lower === 'true';
    }
    case 'timestamp': {
      const date = parseTimestamp(raw, ref.timestampFormat ?? shape.timestampFormat);
      if (!date) throw invalid(key, raw, 'Must be a timestamp.');
      return date;
    }
    case 'blob':
      return decodeBase64(raw, key);
    default:
      return raw;
  }
}

/** Writes a structure's members inside <elementName>. */
function writeStructureBody(xml: XmlWriter, model: Model, shape: Shape, value: Record<string, unknown>, elementName: string): void {
  xml.open(elementName);
  for (const [name, member] of Object.entries(shape.members ?? {})) writeMember(xml, model, name, member, value[name]);
  xml.close(elementName);
}

function writeMember(xml: XmlWriter, model: Model, memberName: string, ref: ShapeRef, value: unknown): void {
  if (value === undefined || value === null) return;
  const shape = model.resolve(ref);
  if (shape.type === 'list' && isFlattened(ref, shape)) {
    const name = itemName(model, shape) ?? wireName(model, ref, memberName);
    for (const item of value as unknown[]) writeValue(xml, model, shape.member!, item, name);
    return;
  }
  writeValue(xml, model, ref, value, wireName(model, ref, memberName));
}

function writeValue(xml: XmlWriter, model: Model, ref: ShapeRef, value: unknown, elementName: string): void {
  if (value === undefined || value === null) return;
  const shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure':
      writeStructureBody(xml, model, shape, value as Record<string, unknown>, elementName);
      return;
    case 'list': {
      const name = wireName(model, shape.member!, 'member');
      xml.open(elementName);
      for (const item of value as unknown[]) writeValue(xml, model, shape.member!, item, name);
      xml.close(elementName);
      return;
    }
    case 'map': {
      const keyName = wireName(model, shape.key!, 'key');
      const valueName = wireName(model, shape.value!, 'value');
      const flattened = isFlattened(ref, shape);
      if (!flattened) xml.open(elementName);
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        xml.open(flattened ? elementName : 'entry');
        xml.leaf(keyName, key);
        writeValue(xml, model, shape.value!, item, valueName);
        xml.close(flattened ? elementName : 'entry');
      }
      if (!flattened) xml.close(elementName);
      return;
    }
    case 'timestamp': {
      const format = ref.timestampFormat ?? shape.timestampFormat;
      const date = toDate(value);
      xml.leaf(elementName, format === 'unixTimestamp' ? String(date.getTime() / 1000) : iso8601(date));
      return;
    }
    case 'blob':
      xml.leaf(elementName, toBuffer(value).toString('base64'));
      return;
    case 'boolean':
      xml.leaf(elementName, value ? 'true' : 'false');
      return;
    default:
      xml.leaf(elementName, String(value));
  }
}

export type { Operation };
