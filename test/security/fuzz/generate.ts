import type { Model, Operation, Shape, ShapeRef } from '../../../src/protocol/model.js';
import type { Random } from './random.js';

/**
 * Inputs for an operation, generated from its model shapes: mostly values the
 * model allows (every enum, lengths and ranges inside the limits, names of the
 * resources the run created so calls reach past "not found"), and at a rate
 * set by `chaos` the anomalies a fuzzer is for: boundary lengths and values
 * just past the limits, empty and huge lists, maps and strings, values of the
 * wrong type, odd text, and required members left out.
 *
 * Values are what a client would hand its SDK (Date for timestamps, Buffer for
 * blobs); a wrong-type value is just a JS value of another kind, which each
 * wire builder writes as best its format can.
 */

/** Known-good values by member name (lower-cased): the fixtures' names, ARNs, URLs, expressions. */
export type Dictionary = Record<string, readonly unknown[]>;

/** What one generated case looks like. */
export interface GeneratedInput {
  input: Record<string, unknown>;
  /** Short notes of the anomalies put in, for the report of a failing case. */
  anomalies: string[];
}

/** Deeper than this, optional members are left out (recursive shapes such as DynamoDB's AttributeValue). */
const MAX_DEPTH = 7;
/** Items a "huge" list or map gets, past every list limit these models have (the largest is 1000). */
const HUGE_COUNT = 1200;
/** Characters a "huge" string gets: past every string limit below S3/Lambda payload sizes, well under the body limit. */
const HUGE_STRING = 300_000;
const HUGE_HEAD_STRING = 10_000;

const ODD_STRINGS = [
  '', ' ', '\u0000', '\ud800', '\udfff\ud800', '😀'.repeat(3), 'é', '\u202e', 'a\r\nX-Injected: 1', '../../etc/passwd', '%00%zz%', '${jndi:x}',
  '<x>&amp;</x>]]>', '"\'\\', 'null', 'undefined', '__proto__', 'constructor', '-1', '1e309', 'NaN', '*', '?', '#', '{}', '[]', '\t\n',
  'arn:aws:sqs:us-east-1:000000000000:', 'arn:', 'https://x/', 'a'.repeat(257), 'A'.repeat(1025),
];
const ODD_INTEGERS = [-1, 0, 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 53) - 2, 1e300, 1.5, -0.5];
const ODD_FLOATS = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, -1e308, 5e-324, -0, 1.7976931348623157e308];
const ODD_DATES = [new Date(0), new Date(-62135596800000), new Date(253402300799000), new Date(-1), new Date(8.64e15)];

export class InputGenerator {
  /** One huge thing a case: a second would only make the body slower to build and send. */
  private hugeLeft = 1;
  private anomalies: string[] = [];

  constructor(
    private readonly model: Model,
    private readonly random: Random,
    private readonly dictionary: Dictionary,
    /** Probability that any one value is an anomaly (0: a well-formed input). */
    private readonly chaos: number,
  ) {}

  /** Anomalies are off while the one item a long list or map repeats is made (nested huge lists would multiply). */
  private calm = false;

  private quietly<T>(make: () => T): T {
    const was = this.calm;
    this.calm = true;
    try {
      return make();
    } finally {
      this.calm = was;
    }
  }

  input(operation: Operation): GeneratedInput {
    this.hugeLeft = 1;
    this.anomalies = [];
    if (!operation.input) return { input: {}, anomalies: [] };
    const value = this.structure(this.model.resolve(operation.input), '', 0);
    return { input: value, anomalies: this.anomalies };
  }

  private note(path: string, what: string): void {
    if (this.anomalies.length < 12) this.anomalies.push(`${path || '(input)'}: ${what}`);
  }

  private structure(shape: Shape, path: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const members = Object.entries(shape.members ?? {});
    const required = new Set(shape.required ?? []);
    if (shape.union) {
      // A union sets exactly one member; an anomaly sets none or two.
      const count = !this.calm && this.random.chance(this.chaos) ? this.random.pick([0, 2]) : 1;
      if (count !== 1) this.note(path, `union with ${count} members`);
      for (let i = 0; i < count && members.length; i++) {
        const [name, ref] = this.random.pick(members);
        out[name] = this.value(ref, `${path}.${name}`, name, depth + 1);
      }
      return out;
    }
    for (const [name, ref] of members) {
      if (ref.location === 'statusCode') continue;
      const memberPath = path ? `${path}.${name}` : name;
      if (required.has(name)) {
        if (!this.calm && this.random.chance(this.chaos / 3)) {
          this.note(memberPath, 'required member left out');
          continue;
        }
      } else if (depth >= MAX_DEPTH || !this.random.chance(depth === 0 ? 0.5 : 0.35)) {
        continue;
      }
      out[name] = this.value(ref, memberPath, name, depth + 1);
    }
    return out;
  }

  private value(ref: ShapeRef, path: string, memberName: string, depth: number): unknown {
    const shape = this.model.resolve(ref);
    if (!this.calm && this.random.chance(this.chaos)) return this.anomaly(ref, shape, path, memberName, depth);
    const known = this.dictionary[memberName.toLowerCase()];
    if (known?.length && shape.type !== 'structure' && this.random.chance(0.85)) return this.random.pick(known);
    return this.wellFormed(ref, shape, path, memberName, depth);
  }

  private wellFormed(ref: ShapeRef, shape: Shape, path: string, memberName: string, depth: number): unknown {
    switch (shape.type) {
      case 'structure':
        return shape.document ? { key: 'value', n: 1 } : this.structure(shape, path, depth);
      case 'list': {
        const min = shape.min ?? 0;
        const count = depth >= MAX_DEPTH ? min : this.random.int(min, Math.max(min, Math.min(shape.max ?? 3, 3)));
        const items: unknown[] = [];
        for (let i = 0; i < count; i++) items.push(this.value(shape.member!, `${path}[${i}]`, memberName, depth + 1));
        return items;
      }
      case 'map': {
        const count = depth >= MAX_DEPTH ? 0 : this.random.int(shape.min ?? 0, Math.max(shape.min ?? 0, Math.min(shape.max ?? 2, 2)));
        const map: Record<string, unknown> = {};
        const keyShape = this.model.resolve(shape.key!);
        for (let i = 0; i < count; i++) {
          const key = String(this.wellFormed(shape.key!, keyShape, `${path}{key}`, 'key', depth + 1));
          map[key] = this.value(shape.value!, `${path}{${key}}`, memberName, depth + 1);
        }
        return map;
      }
      case 'string':
        if (shape.enum?.length) return this.random.pick(shape.enum);
        return this.text(shape.min ?? 1, Math.max(shape.min ?? 1, Math.min(shape.max ?? 16, 16)));
      case 'boolean':
        return this.random.chance(0.5);
      case 'integer':
      case 'long':
      case 'short':
      case 'byte': {
        const min = shape.min ?? 0;
        const max = shape.max ?? Math.max(min, 100);
        return this.random.int(min, Math.min(max, min + 1000));
      }
      case 'float':
      case 'double':
      case 'bigdecimal':
        return Math.round(this.random.next() * 100_000) / 100;
      case 'timestamp':
        return new Date(Date.UTC(2026, 0, 1) + this.random.int(-86_400, 86_400) * 1000);
      case 'blob':
        return Buffer.from(this.text(1, 24));
      default:
        return this.text(1, 8);
    }
  }

  private text(min: number, max: number): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-_';
    const length = this.random.int(Math.max(0, min), Math.max(min, max));
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.random.int(0, alphabet.length - 1)];
    return out;
  }

  private anomaly(ref: ShapeRef, shape: Shape, path: string, memberName: string, depth: number): unknown {
    const kind = this.random.pick(['wrong type', 'boundary', 'boundary', 'huge', 'empty', 'odd'] as const);
    if (kind === 'huge' && this.hugeLeft <= 0) return this.wellFormed(ref, shape, path, memberName, depth);
    this.note(path, `${kind} (${shape.type})`);
    if (kind === 'wrong type') return this.wrongType(shape);
    switch (shape.type) {
      case 'structure':
        if (kind === 'empty') return {};
        if (kind === 'odd') return { NotAMember: 'x', ...this.structure(shape, path, depth) };
        return this.structure(shape, path, depth);
      case 'list': {
        if (kind === 'empty') return [];
        const count = kind === 'huge' ? (this.hugeLeft--, Math.max((shape.max ?? 0) + 1, HUGE_COUNT)) : this.random.pick([(shape.max ?? 100) + 1, Math.max(0, (shape.min ?? 0) - 1)]);
        const item = this.quietly(() => this.wellFormed(shape.member!, this.model.resolve(shape.member!), `${path}[]`, memberName, MAX_DEPTH));
        // One item repeated keeps a huge list cheap to build; distinct items for the small ones.
        return Array.from({ length: Math.min(count, 5000) }, (_, i) => (typeof item === 'string' && count < 50 ? `${item}${i}` : item));
      }
      case 'map': {
        if (kind === 'empty') return {};
        const count = kind === 'huge' ? (this.hugeLeft--, HUGE_COUNT) : (shape.max ?? 50) + 1;
        const valueShape = this.model.resolve(shape.value!);
        const item = this.quietly(() => this.wellFormed(shape.value!, valueShape, `${path}{}`, memberName, MAX_DEPTH));
        const map: Record<string, unknown> = {};
        for (let i = 0; i < Math.min(count, 5000); i++) map[kind === 'odd' ? this.random.pick(ODD_STRINGS) + i : `k${i}`] = item;
        return map;
      }
      case 'string': {
        if (kind === 'empty') return '';
        if (kind === 'odd') return this.random.pick(ODD_STRINGS);
        if (kind === 'huge') {
          this.hugeLeft--;
          // In the URI, query string or a header, past AWS's limits but under Node's 16 KiB for the request head,
          // so the case reaches the server (a bigger one is refused by Node with a bare 431, and mutations still try that).
          return 'x'.repeat(ref.location ? HUGE_HEAD_STRING : HUGE_STRING) + '😀';
        }
        if (shape.enum?.length) return this.random.pick([shape.enum[0].toLowerCase() + 'x', shape.enum[0] + ' ', 'NotAnEnumValue']);
        const lengths = [Math.max(0, (shape.min ?? 1) - 1), (shape.max ?? 256) + 1, shape.max ?? 256, shape.min ?? 0];
        return 'b'.repeat(Math.min(this.random.pick(lengths), HUGE_STRING));
      }
      case 'integer':
      case 'long':
      case 'short':
      case 'byte':
        if (kind === 'boundary') {
          return this.random.pick([(shape.min ?? 0) - 1, (shape.max ?? 2 ** 31 - 1) + 1, shape.min ?? 0, shape.max ?? 2 ** 31 - 1]);
        }
        return this.random.pick(ODD_INTEGERS);
      case 'float':
      case 'double':
      case 'bigdecimal':
        return kind === 'boundary' ? this.random.pick([(shape.min ?? 0) - 1, (shape.max ?? 1e308) * 2]) : this.random.pick(ODD_FLOATS);
      case 'timestamp':
        return this.random.pick(ODD_DATES);
      case 'blob':
        if (kind === 'empty') return Buffer.alloc(0);
        if (kind === 'huge') {
          this.hugeLeft--;
          return Buffer.alloc(HUGE_STRING, 0xab);
        }
        return this.random.pick([Buffer.from([0, 0xff, 0xfe, 0x80]), '%%% not base64 %%%', Buffer.alloc((shape.max ?? 1024) + 1 > HUGE_STRING ? 16 : (shape.max ?? 1024) + 1, 1)]);
      case 'boolean':
        return this.random.pick(['true', 'TRUE', 1, 0, null]);
      default:
        return this.wrongType(shape);
    }
  }

  private wrongType(shape: Shape): unknown {
    switch (shape.type) {
      case 'structure':
        return this.random.pick(['a string', 12, [], true]);
      case 'list':
        return this.random.pick(['a string', { a: 1 }, 7, [[['nested']]]]);
      case 'map':
        return this.random.pick(['a string', ['x'], 7, { k: { deeper: [1] } }]);
      case 'string':
        return this.random.pick([12, true, { a: 'b' }, ['x'], 1.5]);
      case 'boolean':
        return this.random.pick(['yes', 2, {}, []]);
      case 'timestamp':
        return this.random.pick(['not a date', '2026-13-45T99:99:99Z', {}, true, '1e400', 'Tue, 31 Feb 2026 00:00:00 GMT']);
      case 'blob':
        return this.random.pick([12, {}, ['x'], '====']);
      default:
        return this.random.pick(['12abc', true, { n: 1 }, [1], '', '1e1000']);
    }
  }
}
