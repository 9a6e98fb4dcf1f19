import { badRequest } from './errors.js';
import { exportAsDraft4, type SchemaType } from './schema-content.js';

/**
 * Schemas inferred from events (GetDiscoveredSchema, and discoverers on a bus). Every
 * object becomes a named component (an EventBridge event's envelope is `AWSEvent`, its detail
 * is named for its detail-type); members present in every sample are required; strings that
 * read as ISO 8601 times are `date-time`.
 */
export type Inferred =
  | { kind: 'object'; properties: Map<string, Inferred>; required: Set<string> }
  | { kind: 'array'; items?: Inferred }
  | { kind: 'string'; dateTime: boolean }
  | { kind: 'number' | 'integer' | 'boolean' | 'null' };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function infer(value: unknown): Inferred {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) {
    let items: Inferred | undefined;
    for (const item of value) items = items ? merge(items, infer(item)) : infer(item);
    return { kind: 'array', items };
  }
  switch (typeof value) {
    case 'string':
      return { kind: 'string', dateTime: ISO_TIME.test(value) };
    case 'number':
      return { kind: Number.isInteger(value) ? 'integer' : 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    default: {
      const properties = new Map<string, Inferred>();
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) properties.set(key, infer(child));
      return { kind: 'object', properties, required: new Set(properties.keys()) };
    }
  }
}

/** What two samples of one member have in common: a member missing from one is no longer required. */
export function merge(a: Inferred, b: Inferred): Inferred {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === 'object' && b.kind === 'object') {
    const properties = new Map(a.properties);
    for (const [key, value] of b.properties) {
      const existing = properties.get(key);
      properties.set(key, existing ? merge(existing, value) : value);
    }
    return { kind: 'object', properties, required: new Set([...a.required].filter((key) => b.required.has(key))) };
  }
  if (a.kind === 'array' && b.kind === 'array') {
    return { kind: 'array', items: a.items && b.items ? merge(a.items, b.items) : (a.items ?? b.items) };
  }
  if (a.kind === 'string' && b.kind === 'string') return { kind: 'string', dateTime: a.dateTime && b.dateTime };
  if ((a.kind === 'number' || a.kind === 'integer') && (b.kind === 'number' || b.kind === 'integer')) {
    return { kind: a.kind === 'integer' && b.kind === 'integer' ? 'integer' : 'number' };
  }
  return a;
}

/** A component name from a member name or detail-type: "order-placed" → "OrderPlaced". */
export function componentName(text: string): string {
  const name = text.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return /^[A-Za-z]/.test(name) ? name : `Schema${name}`;
}

class ComponentWriter {
  readonly components: Record<string, Record<string, unknown>> = {};

  /** Reserves a name before its schema is written, so a parent comes before its children. */
  private reserve(hint: string): string {
    const base = componentName(hint);
    let name = base;
    for (let n = 1; name in this.components; n++) name = `${base}_${n}`;
    this.components[name] = {};
    return name;
  }

  object(node: Extract<Inferred, { kind: 'object' }>, hint: string, extensions: Record<string, unknown> = {}): string {
    const name = this.reserve(hint);
    const properties: Record<string, unknown> = {};
    for (const [key, child] of [...node.properties].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) properties[key] = this.member(child, key);
    const required = [...node.required].sort();
    this.components[name] = { type: 'object', ...(required.length ? { required } : {}), ...extensions, properties };
    return name;
  }

  member(node: Inferred, hint: string): Record<string, unknown> {
    switch (node.kind) {
      case 'object':
        return { $ref: `#/components/schemas/${this.object(node, hint)}` };
      case 'array':
        return { type: 'array', items: node.items ? this.member(node.items, hint) : {} };
      case 'string':
        return node.dateTime ? { type: 'string', format: 'date-time' } : { type: 'string' };
      case 'null':
        return {};
      default:
        return { type: node.kind };
    }
  }
}

/** GetDiscoveredSchema: the schema of sample events, a pure function of them. */
export function discoverSchema(events: string[], type: SchemaType): string {
  let merged: Inferred | undefined;
  for (const [index, text] of events.entries()) {
    let event: unknown;
    try {
      event = JSON.parse(text);
    } catch {
      throw badRequest(`Invalid event at index ${index}: events must be JSON documents.`);
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event)) throw badRequest(`Invalid event at index ${index}: events must be JSON objects.`);
    merged = merged ? merge(merged, infer(event)) : infer(event);
  }
  const first = JSON.parse(events[0]!) as Record<string, unknown>;
  const openapi = renderOpenApi(merged as Extract<Inferred, { kind: 'object' }>, first['detail-type'], first.source);
  return type === 'OpenApi3' ? openapi : exportAsDraft4(openapi, 'OpenApi3');
}

/** An inferred event as an OpenAPI 3 document; with a detail-type and source, as an EventBridge event (AWSEvent). */
export function renderOpenApi(root: Extract<Inferred, { kind: 'object' }>, detailType: unknown, source: unknown): string {
  const writer = new ComponentWriter();
  let title = 'Event';
  const detail = root.properties.get('detail');
  if (typeof detailType === 'string' && typeof source === 'string' && detail?.kind === 'object') {
    // An EventBridge event: the envelope is AWSEvent, its detail a component named for the detail-type.
    title = componentName(detailType);
    const name = writer.object({ ...root, properties: new Map() }, 'AWSEvent');
    const detailRef = { $ref: `#/components/schemas/${writer.object(detail, title)}` };
    const properties: Record<string, unknown> = {};
    for (const [key, child] of [...root.properties].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
      properties[key] = key === 'detail' ? detailRef : writer.member(child, key);
    }
    writer.components[name] = {
      type: 'object',
      required: [...root.required].sort(),
      'x-amazon-events-detail-type': detailType,
      'x-amazon-events-source': source,
      properties,
    };
  } else {
    writer.object(root, 'Event');
  }
  return JSON.stringify({ openapi: '3.0.0', info: { version: '1.0.0', title }, paths: {}, components: { schemas: writer.components } });
}

/** An inferred shape as JSON, to keep in the store (a discoverer merges each new event into it). */
export function storedShape(node: Inferred): unknown {
  switch (node.kind) {
    case 'object':
      return { kind: 'object', properties: Object.fromEntries([...node.properties].map(([k, v]) => [k, storedShape(v)])), required: [...node.required] };
    case 'array':
      return { kind: 'array', items: node.items && storedShape(node.items) };
    default:
      return node;
  }
}

export function shapeFromStore(value: unknown): Inferred {
  const stored = value as { kind: Inferred['kind']; properties?: Record<string, unknown>; required?: string[]; items?: unknown; dateTime?: boolean };
  switch (stored.kind) {
    case 'object':
      return {
        kind: 'object',
        properties: new Map(Object.entries(stored.properties ?? {}).map(([k, v]) => [k, shapeFromStore(v)])),
        required: new Set(stored.required ?? []),
      };
    case 'array':
      return { kind: 'array', items: stored.items === undefined ? undefined : shapeFromStore(stored.items) };
    case 'string':
      return { kind: 'string', dateTime: stored.dateTime === true };
    default:
      return { kind: stored.kind };
  }
}
