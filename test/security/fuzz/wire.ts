import { createHash } from 'node:crypto';
import { encodeCbor, CborFloat } from '../../../src/protocol/cbor.js';
import type { Model, Operation, Shape, ShapeRef } from '../../../src/protocol/model.js';

/**
 * Requests on the wire, built from the model the way an SDK would: written
 * here, independently of the server's codecs, so a codec and this builder
 * only agree where both follow the protocol. Values of the wrong type are
 * written as the format allows (a number where JSON wants a string, nested
 * parameters under a scalar's key in a query form, and so on).
 */
export type WireProtocol = 'json' | 'query' | 'smithy-rpc-v2-cbor' | 'rest-json' | 'rest-xml';

export interface WireCall {
  method: string;
  /** Path and query string, percent-encoded. */
  target: string;
  headers: Record<string, string>;
  body: Buffer;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value) && !(value instanceof Date);
}

/** RFC 3986 unreserved characters stay, everything else is escaped (what the SDKs do). */
function escape(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A lone surrogate cannot be UTF-8 encoded; an SDK would send U+FFFD. */
function escapeFormComponent(text: string): string {
  return escape(wellFormed(text));
}

function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function scalarText(value: unknown, timestamp: (date: Date) => string): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : timestamp(value);
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

function iso(date: Date): string {
  try {
    return date.toISOString();
  } catch {
    return String(date.getTime());
  }
}

// ------------------------------------------------------------------ documents (JSON, CBOR)

function documentValue(model: Model, ref: ShapeRef, value: unknown, cbor: boolean): unknown {
  const shape = model.resolve(ref);
  if (value === null || value === undefined) return value;
  switch (shape.type) {
    case 'structure': {
      if (!isPlainObject(value) || shape.document) return plain(value, cbor);
      const out: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value)) {
        const member = shape.members?.[name];
        if (!member) {
          out[name] = plain(item, cbor);
          continue;
        }
        out[cbor ? name : (member.locationName ?? name)] = documentValue(model, member, item, cbor);
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => documentValue(model, shape.member!, item, cbor)) : plain(value, cbor);
    case 'map': {
      if (!isPlainObject(value)) return plain(value, cbor);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = documentValue(model, shape.value!, item, cbor);
      return out;
    }
    case 'timestamp':
      if (!(value instanceof Date)) return plain(value, cbor);
      if (cbor) return value;
      return (ref.timestampFormat ?? shape.timestampFormat) === 'iso8601' ? iso(value) : value.getTime() / 1000;
    case 'blob':
      return Buffer.isBuffer(value) ? (cbor ? value : value.toString('base64')) : plain(value, cbor);
    case 'float':
    case 'double':
      return cbor && typeof value === 'number' ? new CborFloat(value) : value;
    default:
      return plain(value, cbor);
  }
}

/** A value with no shape to follow (a wrong-type value, an unknown member). */
function plain(value: unknown, cbor: boolean): unknown {
  if (Buffer.isBuffer(value)) return cbor ? value : value.toString('base64');
  if (value instanceof Date) return cbor ? value : value.getTime() / 1000;
  if (Array.isArray(value)) return value.map((item) => plain(item, cbor));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, cbor)]));
  return value;
}

function jsonText(value: unknown): string {
  return wellFormed(JSON.stringify(value));
}

// ------------------------------------------------------------------ awsQuery

function queryWireName(model: Model, ref: ShapeRef, fallback: string): string {
  const shape = model.resolve(ref);
  return ref.xmlName ?? ref.locationName ?? shape.xmlName ?? shape.locationName ?? fallback;
}

function queryParams(model: Model, ref: ShapeRef, value: unknown, key: string, out: Array<[string, string]>): void {
  if (value === undefined || value === null) return;
  const shape = model.resolve(ref);
  if (shape.type === 'structure' && isPlainObject(value)) {
    for (const [name, item] of Object.entries(value)) {
      const member = shape.members?.[name];
      const wire = member ? queryWireName(model, member, name) : name;
      const childKey = key ? `${key}.${wire}` : wire;
      if (member) queryParams(model, member, item, childKey, out);
      else untypedParams(item, childKey, out);
    }
    return;
  }
  if (shape.type === 'list' && Array.isArray(value)) {
    if (value.length === 0) {
      out.push([key, '']);
      return;
    }
    let prefix: string;
    if (ref.flattened || shape.flattened) {
      const itemRef = shape.member!;
      const itemShape = model.resolve(itemRef);
      const name = itemRef.xmlName ?? itemRef.locationName ?? itemShape.xmlName ?? itemShape.locationName;
      const dot = key.lastIndexOf('.');
      prefix = name ? (dot < 0 ? name : `${key.slice(0, dot)}.${name}`) : key;
    } else {
      prefix = `${key}.${queryWireName(model, shape.member!, 'member')}`;
    }
    value.forEach((item, i) => queryParams(model, shape.member!, item, `${prefix}.${i + 1}`, out));
    return;
  }
  if (shape.type === 'map' && isPlainObject(value)) {
    const entries = ref.flattened || shape.flattened ? key : `${key}.entry`;
    const keyName = queryWireName(model, shape.key!, 'key');
    const valueName = queryWireName(model, shape.value!, 'value');
    Object.entries(value).forEach(([k, v], i) => {
      out.push([`${entries}.${i + 1}.${keyName}`, k]);
      queryParams(model, shape.value!, v, `${entries}.${i + 1}.${valueName}`, out);
    });
    return;
  }
  if (Array.isArray(value) || isPlainObject(value)) {
    untypedParams(value, key, out);
    return;
  }
  out.push([key, scalarText(value, iso)]);
}

function untypedParams(value: unknown, key: string, out: Array<[string, string]>): void {
  if (Array.isArray(value)) value.forEach((item, i) => untypedParams(item, `${key}.member.${i + 1}`, out));
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) untypedParams(v, `${key}.${k}`, out);
  else if (value !== undefined && value !== null) out.push([key, scalarText(value, iso)]);
}

function formBody(params: Array<[string, string]>): string {
  return params.map(([k, v]) => `${escapeFormComponent(k)}=${escapeFormComponent(v)}`).join('&');
}

// ------------------------------------------------------------------ XML

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xmlElement(model: Model, ref: ShapeRef, name: string, value: unknown, attributes = ''): string {
  if (value === undefined || value === null) return '';
  const shape = model.resolve(ref);
  if (shape.type === 'structure' && isPlainObject(value)) {
    let attrs = attributes;
    let children = '';
    for (const [memberName, item] of Object.entries(value)) {
      const member = shape.members?.[memberName];
      if (!member) {
        children += untypedXml(memberName, item);
        continue;
      }
      const wire = member.locationName ?? memberName;
      if (member.xmlAttribute) {
        attrs += ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ${wire}="${escapeXml(scalarText(item, iso))}"`;
        continue;
      }
      const memberShape = model.resolve(member);
      if (memberShape.type === 'list' && (member.flattened || memberShape.flattened) && Array.isArray(item)) {
        const itemName = memberShape.member!.locationName ?? wire;
        for (const entry of item) children += xmlElement(model, memberShape.member!, itemName, entry);
        continue;
      }
      children += xmlElement(model, member, wire, item);
    }
    return `<${name}${attrs}>${children}</${name}>`;
  }
  if (shape.type === 'list' && Array.isArray(value)) {
    const itemName = shape.member!.locationName ?? 'member';
    return `<${name}${attributes}>${value.map((item) => xmlElement(model, shape.member!, itemName, item)).join('')}</${name}>`;
  }
  if (shape.type === 'map' && isPlainObject(value)) {
    const keyName = shape.key!.locationName ?? 'key';
    const valueName = shape.value!.locationName ?? 'value';
    const entries = Object.entries(value)
      .map(([k, v]) => `<entry><${keyName}>${escapeXml(k)}</${keyName}>${xmlElement(model, shape.value!, valueName, v)}</entry>`)
      .join('');
    return `<${name}${attributes}>${entries}</${name}>`;
  }
  if (Array.isArray(value) || isPlainObject(value)) return untypedXml(name, value);
  return `<${name}${attributes}>${escapeXml(scalarText(value, iso))}</${name}>`;
}

function untypedXml(name: string, value: unknown): string {
  if (Array.isArray(value)) return `<${name}>${value.map((item) => untypedXml('member', item)).join('')}</${name}>`;
  if (isPlainObject(value)) return `<${name}>${Object.entries(value).map(([k, v]) => untypedXml(k, v)).join('')}</${name}>`;
  if (value === undefined || value === null) return '';
  return `<${name}>${escapeXml(scalarText(value, iso))}</${name}>`;
}

// ------------------------------------------------------------------ REST bindings

function restRequest(model: Model, operation: Operation, input: Record<string, unknown>, xml: boolean): WireCall {
  const [pathTemplate, literalQuery = ''] = operation.http.requestUri.split('?');
  const shape = operation.input ? model.resolve(operation.input) : ({ type: 'structure', members: {} } as Shape);
  const members = shape.members ?? {};
  const query: string[] = literalQuery ? literalQuery.split('&').map((part) => part.split('=').map(escape).join('=')) : [];
  const headers: Record<string, string> = {};
  const bodyMembers: Record<string, unknown> = {};
  let payload: { ref: ShapeRef; value: unknown } | undefined;

  const path = pathTemplate.replace(/\{([^}+]+)(\+?)\}/g, (_, label: string, greedy: string) => {
    const entry = Object.entries(members).find(([name, ref]) => ref.location === 'uri' && (ref.locationName ?? name) === label);
    const value = entry ? input[entry[0]] : undefined;
    if (value === undefined || value === null) return '';
    const text = wellFormed(scalarText(value, iso));
    return greedy ? text.split('/').map(escape).join('/') : escape(text);
  });

  for (const [name, value] of Object.entries(input)) {
    const ref = members[name];
    if (!ref || value === undefined) continue;
    const memberShape = model.resolve(ref);
    const wire = ref.locationName ?? name;
    switch (ref.location) {
      case 'uri':
      case 'statusCode':
        break;
      case 'querystring':
        if (memberShape.type === 'map' && isPlainObject(value)) {
          for (const [k, v] of Object.entries(value)) {
            for (const item of Array.isArray(v) ? v : [v]) query.push(`${escapeFormComponent(k)}=${escapeFormComponent(scalarText(item, iso))}`);
          }
        } else {
          for (const item of Array.isArray(value) ? value : [value]) query.push(`${escapeFormComponent(wire)}=${escapeFormComponent(scalarText(item, iso))}`);
        }
        break;
      case 'header':
        if (ref.jsonvalue) headers[wire.toLowerCase()] = Buffer.from(jsonText(value)).toString('base64');
        else headers[wire.toLowerCase()] = Array.isArray(value) ? value.map((item) => scalarText(item, (d) => d.toUTCString())).join(', ') : scalarText(value, (d) => d.toUTCString());
        break;
      case 'headers':
        if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) headers[`${wire}${k}`.toLowerCase()] = scalarText(v, iso);
        break;
      default:
        if (shape.payload === name) payload = { ref, value };
        else bodyMembers[name] = value;
    }
  }

  let body: Buffer = Buffer.alloc(0);
  if (payload) {
    const payloadShape = model.resolve(payload.ref);
    if (payloadShape.type === 'blob' || payloadShape.type === 'string') {
      body = Buffer.isBuffer(payload.value) ? payload.value : Buffer.from(wellFormed(scalarText(payload.value, iso)));
    } else if (xml) {
      const root = payload.ref.locationName ?? payloadShape.locationName ?? payload.ref.shape;
      const ns = payload.ref.xmlNamespace?.uri ?? model.metadata.xmlNamespace ?? 'http://s3.amazonaws.com/doc/2006-03-01/';
      body = Buffer.from(wellFormed(xmlElement(model, payload.ref, root, payload.value, ` xmlns="${ns}"`)));
    } else {
      body = Buffer.from(jsonText(documentValue(model, payload.ref, payload.value, false)));
    }
  } else if (Object.keys(bodyMembers).length || (!xml && ['POST', 'PUT', 'PATCH'].includes(operation.http.method))) {
    if (xml) {
      const root = operation.input!.locationName ?? shape.locationName ?? operation.input!.shape;
      body = Buffer.from(wellFormed(xmlElement(model, operation.input!, root, bodyMembers)));
    } else {
      body = Buffer.from(jsonText(documentValue(model, operation.input ?? { shape: '' }, bodyMembers, false)));
    }
  }
  if (body.length && !Object.keys(headers).some((h) => h === 'content-type')) headers['content-type'] = xml ? 'application/xml' : 'application/json';
  if (body.length && operation.httpChecksum?.requestChecksumRequired && !headers['content-md5']) {
    headers['content-md5'] = createHash('md5').update(body).digest('base64');
  }
  const search = query.length ? `?${query.join('&')}` : '';
  return { method: operation.http.method, target: `${path || '/'}${search}`, headers, body };
}

// ------------------------------------------------------------------ entry point

export function buildRequest(model: Model, protocol: WireProtocol, operation: Operation, input: Record<string, unknown>): WireCall {
  switch (protocol) {
    case 'json': {
      const doc = operation.input ? documentValue(model, operation.input, input, false) : {};
      return {
        method: 'POST',
        target: '/',
        headers: {
          'content-type': `application/x-amz-json-${model.metadata.jsonVersion ?? '1.0'}`,
          'x-amz-target': `${model.metadata.targetPrefix}.${operation.name}`,
        },
        body: Buffer.from(jsonText(doc)),
      };
    }
    case 'smithy-rpc-v2-cbor': {
      const doc = operation.input ? documentValue(model, operation.input, input, true) : {};
      return {
        method: 'POST',
        target: `/service/${model.metadata.targetPrefix}/operation/${operation.name}`,
        headers: { 'content-type': 'application/cbor', accept: 'application/cbor', 'smithy-protocol': 'rpc-v2-cbor' },
        body: encodeCbor(doc),
      };
    }
    case 'query': {
      const params: Array<[string, string]> = [['Action', operation.name], ['Version', model.metadata.apiVersion]];
      if (operation.input) queryParams(model, operation.input, input, '', params);
      return {
        method: 'POST',
        target: '/',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: Buffer.from(formBody(params)),
      };
    }
    case 'rest-json':
      return restRequest(model, operation, input, false);
    case 'rest-xml':
      return restRequest(model, operation, input, true);
  }
}
