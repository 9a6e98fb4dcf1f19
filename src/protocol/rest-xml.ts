/**
 * restXml (botocore `rest-xml`: S3, CloudFront): HTTP bindings from the model
 * (see rest-binding.ts) plus an XML document body, or a raw payload member.
 * XML defaults: timestamps ISO 8601, blobs base64, lists wrapped in
 * `<member>` (or the member's locationName) unless flattened, maps as
 * `<entry><key/><value/></entry>`, `xmlAttribute` members as attributes.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AwsError } from '../core/errors.js';
import type { Model, Operation, Shape, ShapeRef, XmlNamespace } from './model.js';
import type { ProtocolCodec, ResponseMeta, WireRequest, WireResponse } from './types.js';
import { XmlWriter } from './xml-writer.js';
import {
  fillIdempotencyTokens,
  formatNumberText,
  hostId,
  isBodyValue,
  isRawPayload,
  mapEntries,
  rawPayloadBody,
  rawPayloadContentType,
  readHttpBindings,
  readRawPayload,
  responseBodyMembers,
  responseStatus,
  scalarFromString,
  setHeader,
  setOwn,
  shapeBindings,
  statusHasNoBody,
  timestampFormatOf,
  writeExtraHeaders,
  writeHeaderBindings,
  type MemberBinding,
} from './rest-binding.js';
import { matchOperation } from './rest-routes.js';
import { eventStreamBody, isAsyncIterable, type EventPayloadWriter, type EventStreamEvent } from './event-stream.js';
import { formatTimestamp, iso8601, toBuffer } from './values.js';

const XML_CONTENT_TYPE = 'application/xml';

const MALFORMED_XML_MESSAGE = 'The XML you provided was not well-formed or did not validate against our published schema';

function malformedXml(): AwsError {
  return new AwsError('MalformedXML', MALFORMED_XML_MESSAGE, 400);
}

/** Header, query and URI values that do not fit their shape. */
function invalidArgument(message: string): AwsError {
  return new AwsError('InvalidArgument', message, 400);
}

/**
 * Document element names of output structures, where botocore's models lost
 * the name the service uses (Smithy's @xmlName on the output shape; botocore
 * parsers ignore the root element, but other clients check it). Outputs not
 * listed use their shape's locationName, else the shape name.
 */
const XML_ROOT_NAMES: Record<string, Record<string, string>> = {
  s3: {
    CompleteMultipartUploadOutput: 'CompleteMultipartUploadResult',
    CreateMultipartUploadOutput: 'InitiateMultipartUploadResult',
    CreateSessionOutput: 'CreateSessionResult',
    DeleteObjectsOutput: 'DeleteResult',
    GetBucketAccelerateConfigurationOutput: 'AccelerateConfiguration',
    GetBucketAclOutput: 'AccessControlPolicy',
    GetBucketCorsOutput: 'CORSConfiguration',
    GetBucketLifecycleOutput: 'LifecycleConfiguration',
    GetBucketLifecycleConfigurationOutput: 'LifecycleConfiguration',
    GetBucketLocationOutput: 'LocationConstraint',
    GetBucketLoggingOutput: 'BucketLoggingStatus',
    NotificationConfigurationDeprecated: 'NotificationConfiguration',
    GetBucketRequestPaymentOutput: 'RequestPaymentConfiguration',
    GetBucketTaggingOutput: 'Tagging',
    GetBucketVersioningOutput: 'VersioningConfiguration',
    GetBucketWebsiteOutput: 'WebsiteConfiguration',
    GetObjectAclOutput: 'AccessControlPolicy',
    GetObjectAttributesOutput: 'GetObjectAttributesResponse',
    GetObjectTaggingOutput: 'Tagging',
    ListBucketAnalyticsConfigurationsOutput: 'ListBucketAnalyticsConfigurationResult',
    ListBucketIntelligentTieringConfigurationsOutput: 'ListBucketIntelligentTieringConfigurationsOutput',
    ListBucketInventoryConfigurationsOutput: 'ListInventoryConfigurationsResult',
    ListBucketMetricsConfigurationsOutput: 'ListMetricsConfigurationsResult',
    ListBucketsOutput: 'ListAllMyBucketsResult',
    ListDirectoryBucketsOutput: 'ListAllMyDirectoryBucketsResult',
    ListMultipartUploadsOutput: 'ListMultipartUploadsResult',
    ListObjectVersionsOutput: 'ListVersionsResult',
    ListObjectsOutput: 'ListBucketResult',
    ListObjectsV2Output: 'ListBucketResult',
    ListPartsOutput: 'ListPartsResult',
  },
};

/** Exposed for tests: the override table above. */
export const xmlRootNameOverrides: Readonly<Record<string, Readonly<Record<string, string>>>> = XML_ROOT_NAMES;

/** S3 answers errors as a bare `<Error>` and identifies requests with x-amz-id-2. */
function isS3(model: Model): boolean {
  return model.name === 's3' || model.metadata.serviceId === 'S3';
}

/** The service's document namespace: the model's, else AWS's convention for rest-xml services. */
function defaultNamespace(model: Model): string {
  return model.metadata.xmlNamespace ?? `http://${model.metadata.endpointPrefix}.amazonaws.com/doc/${model.metadata.apiVersion}/`;
}

function isFlattened(ref: ShapeRef, shape: Shape): boolean {
  return Boolean(ref.flattened || shape.flattened);
}

/** An element's name: the reference's locationName, else the shape's (botocore merges both), else the default. */
function elementName(model: Model, ref: ShapeRef | undefined, fallback: string): string {
  if (!ref) return fallback;
  return ref.locationName ?? model.resolve(ref).locationName ?? fallback;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

// ---------------------------------------------------------------------------
// XML → values

/** An element as fast-xml-parser gives it with the options below. */
type XmlElement = { '#text'?: string; '@'?: Record<string, string> } & { [child: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  attributesGroupName: '@',
  alwaysCreateTextNode: true,
  textNodeName: '#text',
  isArray: (_name: string, _jpath: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
});

function children(element: XmlElement, name: string): XmlElement[] {
  const direct = element[name];
  if (Array.isArray(direct)) return direct as XmlElement[];
  // Elements written with a namespace prefix (<s3:Key>) match by local name.
  for (const key of Object.keys(element)) {
    if (key !== '@' && key !== '#text' && localName(key) === name && Array.isArray(element[key])) return element[key] as XmlElement[];
  }
  return [];
}

function textOf(element: XmlElement | undefined): string {
  const text = element?.['#text'];
  return text === undefined ? '' : String(text);
}

function attribute(element: XmlElement, name: string): string | undefined {
  const attributes = element['@'];
  if (!attributes) return undefined;
  if (Object.prototype.hasOwnProperty.call(attributes, name)) return attributes[name];
  // The prefix a client picked for the namespace may differ from the model's.
  const local = localName(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (!key.startsWith('xmlns') && localName(key) === local) return value;
  }
  return undefined;
}

/**
 * The largest XML request document read, in bytes and in elements. The biggest S3 sends
 * (DeleteObjects' 1,000 keys of up to 1,024 bytes, a lifecycle configuration's 1,000 rules) fit
 * well inside; past them the parser's cost (about 0.3 s a megabyte of text, more for many
 * elements) would hold the event loop for seconds.
 */
const MAX_XML_DOCUMENT_BYTES = 2 * 1024 * 1024;
const MAX_XML_MARKUP = 100_000;

function tooBig(): AwsError {
  return new AwsError('MaxMessageLengthExceeded', 'Your request was too big.', 400);
}

/** Tags and attributes (`<` and `="`), counted up to just past the limit. */
function countMarkup(text: string): number {
  let count = 0;
  for (let at = text.indexOf('<'); at >= 0 && count <= MAX_XML_MARKUP; at = text.indexOf('<', at + 1)) count++;
  for (let at = text.indexOf('="'); at >= 0 && count <= MAX_XML_MARKUP; at = text.indexOf('="', at + 2)) count++;
  return count;
}

function parseXmlDocument(body: Buffer): { name: string; element: XmlElement } | undefined {
  if (body.length > MAX_XML_DOCUMENT_BYTES) throw tooBig();
  const text = body.toString('utf8');
  if (text.trim() === '') return undefined;
  if (countMarkup(text) > MAX_XML_MARKUP) throw tooBig();
  if (XMLValidator.validate(text) !== true) throw malformedXml();
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch {
    throw malformedXml();
  }
  const roots = Object.keys(doc).filter((key) => Array.isArray(doc[key]));
  if (roots.length !== 1 || (doc[roots[0]] as unknown[]).length !== 1) throw malformedXml();
  return { name: roots[0], element: (doc[roots[0]] as XmlElement[])[0] };
}

function readScalar(ref: ShapeRef, shape: Shape, text: string, where: string): unknown {
  return scalarFromString(shape, ref, text, 'iso8601', where, () => malformedXml());
}

function readMapEntries(model: Model, shape: Shape, entries: XmlElement[], where: string): Record<string, unknown> {
  const keyName = elementName(model, shape.key, 'key');
  const valueName = elementName(model, shape.value, 'value');
  const out: Record<string, unknown> = {};
  for (const entry of entries) {
    const keyElement = children(entry, keyName)[0];
    if (!keyElement) throw malformedXml();
    const valueElement = children(entry, valueName)[0];
    setOwn(out, textOf(keyElement), valueElement ? readXmlValue(model, shape.value!, valueElement, where) : undefined);
  }
  return out;
}

function readXmlStructure(model: Model, members: Array<[string, ShapeRef]>, element: XmlElement, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, ref] of members) {
    if (ref.location) continue;
    const shape = model.resolve(ref);
    const wire = elementName(model, ref, name);
    const path = `${where}.${name}`;
    if (ref.xmlAttribute) {
      const value = attribute(element, wire);
      if (value !== undefined) out[name] = readScalar(ref, shape, value, path);
    } else if (shape.type === 'list' && isFlattened(ref, shape)) {
      // A flattened list's items take the member's own name; the list member's xmlName does not apply.
      const items = children(element, wire);
      if (items.length) out[name] = items.map((item) => readXmlValue(model, shape.member!, item, path));
    } else if (shape.type === 'map' && isFlattened(ref, shape)) {
      const entries = children(element, wire);
      if (entries.length) out[name] = readMapEntries(model, shape, entries, path);
    } else {
      // botocore names the element after its target shape's xmlName; Smithy clients after the member.
      const child = children(element, wire)[0] ?? (ref.locationName === undefined && wire !== name ? children(element, name)[0] : undefined);
      if (child) out[name] = readXmlValue(model, ref, child, path);
    }
  }
  return out;
}

function readXmlValue(model: Model, ref: ShapeRef, element: XmlElement, where: string): unknown {
  const shape = model.resolve(ref);
  switch (shape.type) {
    case 'structure':
      return readXmlStructure(model, Object.entries(shape.members ?? {}), element, where);
    case 'list':
      return children(element, elementName(model, shape.member, 'member')).map((item) => readXmlValue(model, shape.member!, item, where));
    case 'map':
      return readMapEntries(model, shape, children(element, 'entry'), where);
    default:
      return readScalar(ref, shape, textOf(element), where);
  }
}

/**
 * The document element must have one of the names the model gives it: the reference's
 * locationName (what botocore sends), the shape's xmlName, or the shape's name (what
 * Smithy-generated clients send when neither is set).
 */
function expectRoot(found: string, ref: ShapeRef, shape: Shape): void {
  const names = [ref.locationName, shape.locationName, ref.shape].filter((name): name is string => name !== undefined);
  if (!names.some((name) => localName(found) === localName(name))) throw malformedXml();
}

// ---------------------------------------------------------------------------
// values → XML

function namespaceAttributes(ns: XmlNamespace | undefined): Record<string, string> {
  if (!ns?.uri) return {};
  return ns.prefix ? { [`xmlns:${ns.prefix}`]: ns.uri } : { xmlns: ns.uri };
}

function scalarText(ref: ShapeRef, shape: Shape, value: unknown): string {
  switch (shape.type) {
    case 'timestamp':
      return String(formatTimestamp(value, timestampFormatOf(ref, shape, 'iso8601')));
    case 'blob':
      return toBuffer(value).toString('base64');
    case 'boolean':
      return value === true || value === 'true' ? 'true' : 'false';
    case 'string':
      return String(value);
    default:
      return formatNumberText(shape, value);
  }
}

/** A structure member: flattened lists and maps repeat at this level, the rest is one element. */
function writeMember(w: XmlWriter, model: Model, ref: ShapeRef, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  const shape = model.resolve(ref);
  if (shape.type === 'list' && isFlattened(ref, shape)) {
    if (!Array.isArray(value)) return;
    for (const item of value) writeElement(w, model, shape.member!, name, item);
    return;
  }
  if (shape.type === 'map' && isFlattened(ref, shape)) {
    for (const [key, item] of mapEntries(value)) {
      w.open(name);
      writeMapEntry(w, model, shape, key, item);
      w.close(name);
    }
    return;
  }
  writeElement(w, model, ref, name, value);
}

function writeMapEntry(w: XmlWriter, model: Model, shape: Shape, key: string, value: unknown): void {
  w.leaf(elementName(model, shape.key, 'key'), key);
  writeElement(w, model, shape.value!, elementName(model, shape.value, 'value'), value);
}

function writeElement(w: XmlWriter, model: Model, ref: ShapeRef, name: string, value: unknown, rootAttributes?: Record<string, string>): void {
  if (value === undefined || value === null) return;
  const shape = model.resolve(ref);
  const attributes = { ...namespaceAttributes(ref.xmlNamespace ?? shape.xmlNamespace), ...rootAttributes };
  switch (shape.type) {
    case 'structure':
      writeStructure(w, model, Object.entries(shape.members ?? {}), name, value as Record<string, unknown>, attributes);
      return;
    case 'list': {
      if (!Array.isArray(value)) return;
      const itemName = elementName(model, shape.member, 'member');
      w.open(name, attributes);
      for (const item of value) writeElement(w, model, shape.member!, itemName, item);
      w.close(name);
      return;
    }
    case 'map':
      w.open(name, attributes);
      for (const [key, item] of mapEntries(value)) {
        w.open('entry');
        writeMapEntry(w, model, shape, key, item);
        w.close('entry');
      }
      w.close(name);
      return;
    default:
      w.leaf(name, scalarText(ref, shape, value), attributes);
  }
}

function writeStructure(
  w: XmlWriter,
  model: Model,
  members: Array<[string, ShapeRef]>,
  name: string,
  value: Record<string, unknown>,
  attributes: Record<string, string>,
): void {
  const all = { ...attributes };
  for (const [memberName, ref] of members) {
    if (!ref.xmlAttribute) continue;
    const item = value[memberName];
    if (item === undefined || item === null) continue;
    all[ref.locationName ?? memberName] = scalarText(ref, model.resolve(ref), item);
  }
  w.open(name, all);
  for (const [memberName, ref] of members) {
    if (ref.xmlAttribute || ref.location) continue;
    writeMember(w, model, ref, elementName(model, ref, memberName), value[memberName]);
  }
  w.close(name);
}

/** Values the model has no shape for (extra error fields): best-effort elements. */
function writeUntyped(w: XmlWriter, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (value instanceof Date) w.leaf(name, iso8601(value));
  else if (Buffer.isBuffer(value) || value instanceof Uint8Array) w.leaf(name, toBuffer(value).toString('base64'));
  else if (Array.isArray(value)) for (const item of value) writeUntyped(w, name, item);
  else if (typeof value === 'object') {
    w.open(name);
    for (const [key, item] of mapEntries(value)) writeUntyped(w, key, item);
    w.close(name);
  } else w.leaf(name, String(value));
}

/** An event's payload in a REST-XML event stream: its `eventpayload` blob as raw bytes, a structure as an XML document, nothing for an empty event. */
function xmlEventPayloadWriter(model: Model): EventPayloadWriter {
  return Object.assign(
    (ref: ShapeRef, value: unknown) => {
      const shape = model.resolve(ref);
      const members = Object.entries(shape.members ?? {});
      const raw = members.find(([, member]) => member.eventpayload);
      if (!raw) return Buffer.alloc(0);
      const [name, member] = raw;
      const inner = (value as Record<string, unknown> | undefined)?.[name];
      const innerShape = model.resolve(member);
      if (innerShape.type !== 'structure') return { body: inner === undefined ? Buffer.alloc(0) : toBuffer(inner), contentType: 'application/octet-stream' };
      const w = new XmlWriter();
      writeElement(w, model, member, rootNameOf(model, member.shape, innerShape), inner ?? {});
      return Buffer.from(w.toString(), 'utf8');
    },
    { contentType: 'text/xml' },
  );
}

function rootNameOf(model: Model, shapeName: string, shape: Shape): string {
  return XML_ROOT_NAMES[model.name]?.[shapeName] ?? shape.locationName ?? shapeName;
}

function requestIdHeaders(model: Model, meta: ResponseMeta): Record<string, string> {
  const headers: Record<string, string> = { 'x-amz-request-id': meta.requestId, 'x-amz-id-2': hostId(meta.requestId) };
  if (!isS3(model)) headers['x-amzn-RequestId'] = meta.requestId;
  return headers;
}

/** The output's body members as a document. */
function writeBodyDocument(model: Model, operation: Operation, shape: Shape, body: MemberBinding[], values: Record<string, unknown>): string {
  const ref = operation.output!;
  const root = XML_ROOT_NAMES[model.name]?.[ref.shape] ?? ref.locationName ?? rootNameOf(model, ref.shape, shape);
  const attributes = namespaceAttributes(ref.xmlNamespace ?? shape.xmlNamespace ?? { uri: defaultNamespace(model) });
  const w = new XmlWriter();
  // A document that is a single value (S3 GetBucketLocation: <LocationConstraint>EU</LocationConstraint>):
  // the root element's text is the member, as the SDKs read it.
  if (body.length === 1 && body[0].wireName === root && !['structure', 'list', 'map'].includes(body[0].shape.type)) {
    const value = values[body[0].name];
    if (value === undefined || value === null) w.empty(root, attributes);
    else w.leaf(root, scalarText(body[0].ref, body[0].shape, value), attributes);
    return w.toString();
  }
  writeStructure(w, model, body.map((m) => [m.name, m.ref]), root, values, attributes);
  return w.toString();
}

// ---------------------------------------------------------------------------
// The codec

export const restXmlCodec: ProtocolCodec = {
  name: 'rest-xml',

  operationName(model: Model, request: WireRequest): string | undefined {
    return matchOperation(model, request);
  },

  parse(model: Model, operation: Operation, request: WireRequest): Record<string, unknown> {
    const { input, bindings, shape } = readHttpBindings(model, operation, request, invalidArgument);
    if (!bindings || !shape) return input;
    const payload = bindings.payload;
    if (payload) {
      if (isRawPayload(payload)) {
        const raw = readRawPayload(payload, request);
        if (raw !== undefined) input[payload.name] = raw;
      } else {
        const doc = parseXmlDocument(request.body);
        if (doc) {
          expectRoot(doc.name, payload.ref, payload.shape);
          input[payload.name] = readXmlValue(model, payload.ref, doc.element, payload.name);
        }
      }
    } else if (bindings.body.length) {
      const doc = parseXmlDocument(request.body);
      if (doc) {
        expectRoot(doc.name, operation.input!, shape);
        Object.assign(input, readXmlStructure(model, bindings.body.map((m) => [m.name, m.ref]), doc.element, operation.input!.shape));
      }
    }
    fillIdempotencyTokens(shape, input);
    return input;
  },

  serialize(model: Model, operation: Operation, output: Record<string, unknown> | undefined, meta: ResponseMeta): WireResponse {
    const headers = requestIdHeaders(model, meta);
    if (!operation.output) return { status: responseStatus(operation, undefined, output), headers };
    const shape = model.resolve(operation.output);
    const bindings = shapeBindings(model, shape);
    const values = output ?? {};
    writeHeaderBindings(model, bindings, values, headers);
    writeExtraHeaders(output, headers);
    const status = responseStatus(operation, bindings, output);
    if (statusHasNoBody(status)) return { status, headers };

    const payload = bindings.payload;
    if (payload) {
      const value = values[payload.name];
      if (value === undefined || value === null) return { status, headers };
      if (payload.shape.eventstream && isAsyncIterable(value)) {
        // An event stream payload (S3 SelectObjectContent): one frame an event, XML or raw payloads.
        setHeader(headers, 'Content-Type', 'application/vnd.amazon.eventstream');
        return { status, headers, body: eventStreamBody(model, payload.shape, value as AsyncIterable<EventStreamEvent>, xmlEventPayloadWriter(model)) };
      }
      if (isRawPayload(payload) || isBodyValue(value)) {
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
          headers['Content-Type'] = rawPayloadContentType(payload);
        }
        return { status, headers, body: rawPayloadBody(value) };
      }
      const root = payload.ref.locationName ?? rootNameOf(model, payload.ref.shape, payload.shape);
      const ns = payload.ref.xmlNamespace ?? payload.shape.xmlNamespace ?? { uri: defaultNamespace(model) };
      const w = new XmlWriter();
      writeElement(w, model, { ...payload.ref, xmlNamespace: undefined }, root, value, namespaceAttributes(ns));
      setHeader(headers, 'Content-Type', XML_CONTENT_TYPE);
      return { status, headers, body: w.toString() };
    }
    const body = responseBodyMembers(bindings);
    if (body.length === 0) return { status, headers };
    setHeader(headers, 'Content-Type', XML_CONTENT_TYPE);
    return { status, headers, body: writeBodyDocument(model, operation, shape, body, values) };
  },

  serializeError(model: Model, _operation: Operation | undefined, error: AwsError, meta: ResponseMeta): WireResponse {
    const headers = requestIdHeaders(model, meta);
    headers['Content-Type'] = XML_CONTENT_TYPE;
    const fields = error.fields ?? {};
    const s3 = isS3(model);
    const reserved = new Set(['Code', 'Message', 'message', 'RequestId', 'HostId', ...(s3 ? [] : ['Type'])]);
    const modelled = model.errorShape(error.code);
    const bindings = modelled ? shapeBindings(model, modelled.shape) : undefined;
    if (bindings) writeHeaderBindings(model, bindings, fields, headers);

    const w = new XmlWriter();
    const writeFields = (): void => {
      const typed = new Map((bindings?.body ?? []).map((m) => [m.name, m]));
      const bound = new Set([...(bindings?.header ?? []), ...(bindings?.prefixHeaders ?? [])].map((m) => m.name));
      for (const [name, value] of Object.entries(fields)) {
        if (reserved.has(name) || bound.has(name)) continue;
        const member = typed.get(name);
        if (member) writeMember(w, model, member.ref, member.wireName, value);
        else writeUntyped(w, name, value);
      }
    };

    if (s3) {
      w.open('Error').leaf('Code', error.code).leaf('Message', error.message);
      writeFields();
      w.leaf('RequestId', meta.requestId).leaf('HostId', hostId(meta.requestId)).close('Error');
    } else {
      w.open('ErrorResponse', { xmlns: defaultNamespace(model) }).open('Error');
      w.leaf('Type', error.senderFault ? 'Sender' : 'Receiver').leaf('Code', error.code);
      // An error without a message has no Message element (an empty one reads as a null message).
      if (error.message) w.leaf('Message', error.message);
      writeFields();
      w.close('Error').leaf('RequestId', meta.requestId).close('ErrorResponse');
    }
    for (const [name, value] of Object.entries(error.headers ?? {})) setHeader(headers, name, value);
    // 304 Not Modified (S3's conditional GET) carries no body.
    if (statusHasNoBody(error.status)) {
      delete headers['Content-Type'];
      return { status: error.status, headers };
    }
    return { status: error.status, headers, body: w.toString() };
  },
};
