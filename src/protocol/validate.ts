import type { Violation } from '../core/wire.js';
import { AwsError } from '../core/errors.js';
import { MemberPath } from './member-path.js';
import type { Model, Shape, ShapeRef } from './model.js';

/**
 * Input validation from the model: required members, enums, lengths, ranges
 * and patterns. Violations are reported the way AWS's request validation
 * reports them ("1 validation error detected: Value null at 'queueName'
 * failed to satisfy constraint: Member must not be null").
 */
export type { Violation } from '../core/wire.js';

const MAX_VIOLATIONS_REPORTED = 10;

export function validateInput(model: Model, ref: ShapeRef | undefined, input: Record<string, unknown>): Violation[] {
  const violations: Violation[] = [];
  if (ref) walk(model, ref, input, new MemberPath(), '', violations);
  return violations;
}

/** How a service words its violations where services differ. */
export interface ViolationWording {
  /**
   * AWS's request validation quotes every value, numbers and booleans too ("Value '100' at
   * 'limit'", as DynamoDB, Logs, Lambda and KMS write it); false writes them bare.
   */
  quoteScalars?: boolean;
  /** A service's own sentence for some violations (undefined keeps the standard one). */
  describe?: (violation: Violation) => string | undefined;
}

/** "N validation error(s) detected: ..." with up to ten violations joined by "; ". */
export function validationMessage(violations: Violation[], wording: ViolationWording = {}): string {
  const shown = violations.slice(0, MAX_VIOLATIONS_REPORTED).map((v) => wording.describe?.(v) ?? describeViolation(v, wording));
  const count = violations.length;
  return `${count} validation error${count === 1 ? '' : 's'} detected: ${shown.join('; ')}`;
}

/** AWS's generic form: ValidationException with the violations joined by "; ". */
export function validationException(violations: Violation[], code = 'ValidationException', wording: ViolationWording = {}): AwsError {
  return new AwsError(code, validationMessage(violations, wording), 400);
}

export function describeViolation(violation: Pick<Violation, 'value' | 'path' | 'constraint'>, wording: ViolationWording = {}): string {
  const value = renderValue(violation.value, wording.quoteScalars ?? true);
  // A sensitive member's value is never echoed: "Value at 'environment.variables' failed...".
  return `Value ${value === '' ? '' : `${value} `}at '${violation.path}' failed to satisfy constraint: ${violation.constraint}`;
}

/**
 * A violation's value already written the way AWS prints it (a map as Java writes one,
 * `{key=value}`, a double as `1.0`), or withheld (`text` undefined) for a sensitive member.
 */
export class WrittenValue {
  constructor(readonly text: string | undefined) {}
  toString(): string {
    return this.text ?? '';
  }
}

const WITHHELD = new WrittenValue(undefined);

function renderValue(value: unknown, quoteScalars: boolean): string {
  if (value instanceof WrittenValue) return value.text === undefined ? '' : `'${value.text}'`;
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return quoteScalars ? `'${value}'` : String(value);
  if (Array.isArray(value)) return `'[${value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')}]'`;
  if (Buffer.isBuffer(value)) return `'java.nio.HeapByteBuffer[pos=0 lim=${value.length} cap=${value.length}]'`;
  if (value instanceof Date) return `'${value.toISOString()}'`;
  return `'${JSON.stringify(value)}'`;
}

function walk(model: Model, ref: ShapeRef, value: unknown, path: MemberPath, memberName: string, out: Violation[]): void {
  const shape = model.resolve(ref);
  if (value === undefined || value === null) return;
  switch (shape.type) {
    case 'structure': {
      if (shape.document || typeof value !== 'object') return;
      const object = value as Record<string, unknown>;
      if (shape.required) {
        for (const name of shape.required) {
          if (object[name] === undefined || object[name] === null) {
            path.member(name);
            out.push({ path: String(path), memberName: name, kind: 'required', value: null, constraint: 'Member must not be null' });
            path.leave();
          }
        }
      }
      const members = shape.members ?? {};
      const present = Object.keys(object);
      // Violations are reported in the model's member order; a value with one member set
      // (a union such as DynamoDB's AttributeValue, ten members) needs no walk over the others.
      const names = present.length === 1 ? present : Object.keys(members);
      for (const name of names) {
        if (object[name] === undefined || !Object.prototype.hasOwnProperty.call(members, name)) continue;
        path.member(name);
        walk(model, members[name], object[name], path, name, out);
        path.leave();
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) return;
      if (isOutside(shape, value.length)) checkLength(shape, value.length, shape.sensitive ? WITHHELD : new WrittenValue(javaText(model, ref, value)), path, memberName, out);
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        path.item(index);
        // A list never holds nulls: a null member is a missing one.
        if (item === null || item === undefined) out.push({ path: String(path), memberName, kind: 'required', value: null, constraint: 'Member must not be null' });
        else walk(model, shape.member!, item, path, memberName, out);
        path.leave();
      }
      return;
    }
    case 'map': {
      if (typeof value !== 'object') return;
      const entries = Object.entries(value as Record<string, unknown>);
      checkLength(shape, entries.length, value, path, memberName, out);
      // AWS reports broken keys, then broken values, once each and at the map itself, listing
      // every constraint of the key or value: "Map keys must satisfy constraint: [...]".
      const keyShape = model.resolve(shape.key!);
      const valueShape = model.resolve(shape.value!);
      const shown = shape.sensitive || keyShape.sensitive || valueShape.sensitive ? WITHHELD : new WrittenValue(javaText(model, ref, value));
      const keyKinds: Violation[] = [];
      for (const [key] of entries) walk(model, shape.key!, key, path, memberName, keyKinds);
      if (keyKinds.length) {
        out.push({ path: String(path), memberName, kind: keyKinds[0].kind, value: shown, constraint: `Map keys must satisfy constraint: [${constraintsOf(keyShape).join(', ')}]` });
      }
      const here = String(path);
      let valueKind: Violation['kind'] | undefined;
      const nested: Violation[] = [];
      for (const [key, item] of entries) {
        path.text(`${key}.member`);
        const found: Violation[] = [];
        walk(model, shape.value!, item, path, memberName, found);
        const own = String(path);
        path.leave();
        for (const violation of found) {
          if (violation.path === own && violation.kind !== 'required') valueKind ??= violation.kind;
          else nested.push(violation);
        }
      }
      if (valueKind) {
        out.push({ path: here, memberName, kind: valueKind, value: shown, constraint: `Map value must satisfy constraint: [${constraintsOf(valueShape).join(', ')}]` });
      }
      out.push(...nested);
      return;
    }
    case 'string': {
      if (typeof value !== 'string') return;
      if (shape.enum && !shape.enum.includes(value)) {
        out.push({ path: String(path), memberName, kind: 'enum', value: shownValue(shape, value), constraint: `Member must satisfy enum value set: [${shape.enum.join(', ')}]` });
        return;
      }
      if (shape.min !== undefined || shape.max !== undefined) checkLength(shape, codePoints(value), value, path, memberName, out);
      if (shape.pattern) {
        const regex = compilePattern(shape.pattern);
        if (regex && !regex.test(value)) {
          out.push({ path: String(path), memberName, kind: 'pattern', value: shownValue(shape, value), constraint: `Member must satisfy regular expression pattern: ${shape.pattern}` });
        }
      }
      return;
    }
    case 'blob':
      if (Buffer.isBuffer(value)) checkLength(shape, value.length, value, path, memberName, out);
      return;
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'short':
    case 'byte':
      if (typeof value !== 'number') return;
      if (shape.min !== undefined && value < shape.min) {
        out.push({ path: String(path), memberName, kind: 'range', value: shownValue(shape, value), constraint: `Member must have value greater than or equal to ${numberText(shape, shape.min)}` });
      } else if (shape.max !== undefined && value > shape.max) {
        out.push({ path: String(path), memberName, kind: 'range', value: shownValue(shape, value), constraint: `Member must have value less than or equal to ${numberText(shape, shape.max)}` });
      }
      return;
    default:
      return;
  }
}

function checkLength(shape: Shape, length: number, value: unknown, path: MemberPath, memberName: string, out: Violation[]): void {
  if (shape.min !== undefined && length < shape.min) {
    out.push({ path: String(path), memberName, kind: 'length', value: shownValue(shape, value), constraint: `Member must have length greater than or equal to ${shape.min}` });
  } else if (shape.max !== undefined && length > shape.max) {
    out.push({ path: String(path), memberName, kind: 'length', value: shownValue(shape, value), constraint: `Member must have length less than or equal to ${shape.max}` });
  }
}

function isOutside(shape: Shape, length: number): boolean {
  return (shape.min !== undefined && length < shape.min) || (shape.max !== undefined && length > shape.max);
}

function isFloating(shape: Shape): boolean {
  return shape.type === 'float' || shape.type === 'double' || shape.type === 'bigdecimal';
}

/** A number as AWS's (Java) validation writes it: a double always with a fraction, `1.0`. */
function numberText(shape: Shape, value: number): string {
  return isFloating(shape) && Number.isInteger(value) ? value.toFixed(1) : String(value);
}

/** The value a violation quotes: withheld for a sensitive member, a double in Java's writing. */
function shownValue(shape: Shape, value: unknown): unknown {
  if (shape.sensitive) return WITHHELD;
  if (typeof value === 'number' && isFloating(shape)) return new WrittenValue(numberText(shape, value));
  return value;
}

/** Every constraint a shape carries, in the order AWS lists them inside "Map keys/value must satisfy constraint: [...]". */
function constraintsOf(shape: Shape): string[] {
  const constraints: string[] = [];
  if (shape.enum) constraints.push(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
  const measure = shape.type === 'string' || shape.type === 'blob' || shape.type === 'list' || shape.type === 'map' ? 'length' : 'value';
  if (shape.max !== undefined) constraints.push(`Member must have ${measure} less than or equal to ${numberText(shape, shape.max)}`);
  if (shape.min !== undefined) constraints.push(`Member must have ${measure} greater than or equal to ${numberText(shape, shape.min)}`);
  if (shape.pattern) constraints.push(`Member must satisfy regular expression pattern: ${shape.pattern}`);
  return constraints;
}

/** A value as Java's toString writes it, which AWS's messages echo for maps: `{key=value, other=[a, b]}`, doubles as `1.0`. */
function javaText(model: Model, ref: ShapeRef | undefined, value: unknown): string {
  const shape = ref ? model.resolve(ref) : undefined;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return shape ? numberText(shape, value) : String(value);
  if (Array.isArray(value)) return `[${value.map((item) => javaText(model, shape?.member, item)).join(', ')}]`;
  if (Buffer.isBuffer(value)) return `java.nio.HeapByteBuffer[pos=0 lim=${value.length} cap=${value.length}]`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && shape?.type === 'structure' && !shape.document) {
    // A structure as the service's Java model class writes itself: KeySchemaElement(attributeName=pk, keyType=HASH).
    const members = Object.entries(shape.members ?? {}).filter(([name]) => (value as Record<string, unknown>)[name] !== undefined);
    const fields = members.map(([name, member]) => `${name.charAt(0).toLowerCase()}${name.slice(1)}=${javaText(model, member, (value as Record<string, unknown>)[name])}`);
    return `${ref!.shape}(${fields.join(', ')})`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const itemRef = (key: string): ShapeRef | undefined => (shape?.type === 'map' ? shape.value : shape?.members?.[key]);
    return `{${entries.map(([key, item]) => `${key}=${javaText(model, itemRef(key), item)}`).join(', ')}}`;
  }
  return String(value);
}
/** A string's length in code points, as AWS counts it (a surrogate pair is one). */
function codePoints(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
      const previous = value.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) count--;
    }
  }
  return count;
}

const patternCache = new Map<string, RegExp | null>();

/** Model patterns are Java regexes; most compile as JS with the `u` flag. Those that do not are skipped. */
function compilePattern(pattern: string): RegExp | null {
  let regex = patternCache.get(pattern);
  if (regex === undefined) {
    regex = null;
    for (const flags of ['u', '']) {
      try {
        regex = new RegExp(`^(?:${pattern})$`, flags);
        break;
      } catch {
        // try the next flag set
      }
    }
    patternCache.set(pattern, regex);
  }
  return regex;
}
