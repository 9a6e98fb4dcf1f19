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
  /** DynamoDB and Lambda quote numbers and booleans too: "Value '0' at 'limit'". */
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
  return `Value ${renderValue(violation.value, wording.quoteScalars)} at '${violation.path}' failed to satisfy constraint: ${violation.constraint}`;
}

function renderValue(value: unknown, quoteScalars = false): string {
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
      checkLength(shape, value.length, value, path, memberName, out);
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
      for (const [key, item] of entries) {
        path.text('key');
        walk(model, shape.key!, key, path, memberName, out);
        path.leave();
        path.text(`${key}.member`);
        walk(model, shape.value!, item, path, memberName, out);
        path.leave();
      }
      return;
    }
    case 'string': {
      if (typeof value !== 'string') return;
      if (shape.enum && !shape.enum.includes(value)) {
        out.push({ path: String(path), memberName, kind: 'enum', value, constraint: `Member must satisfy enum value set: [${shape.enum.join(', ')}]` });
        return;
      }
      if (shape.min !== undefined || shape.max !== undefined) checkLength(shape, codePoints(value), value, path, memberName, out);
      if (shape.pattern) {
        const regex = compilePattern(shape.pattern);
        if (regex && !regex.test(value)) {
          out.push({ path: String(path), memberName, kind: 'pattern', value, constraint: `Member must satisfy regular expression pattern: ${shape.pattern}` });
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
        out.push({ path: String(path), memberName, kind: 'range', value, constraint: `Member must have value greater than or equal to ${shape.min}` });
      } else if (shape.max !== undefined && value > shape.max) {
        out.push({ path: String(path), memberName, kind: 'range', value, constraint: `Member must have value less than or equal to ${shape.max}` });
      }
      return;
    default:
      return;
  }
}

function checkLength(shape: Shape, length: number, value: unknown, path: MemberPath, memberName: string, out: Violation[]): void {
  if (shape.min !== undefined && length < shape.min) {
    out.push({ path: String(path), memberName, kind: 'length', value, constraint: `Member must have length greater than or equal to ${shape.min}` });
  } else if (shape.max !== undefined && length > shape.max) {
    out.push({ path: String(path), memberName, kind: 'length', value, constraint: `Member must have length less than or equal to ${shape.max}` });
  }
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
