/**
 * Runs a parsed S3 Select query over records: paths into a CSV row (s._1, or header names with
 * FileHeaderInfo USE: case-insensitive unless quoted) or into a JSON value, S3 Select's comparisons
 * (a number and a numeric string compare as numbers), LIKE with % and _ matched without regular
 * expressions, CAST, the scalar functions, and the aggregates, which turn the result into one row.
 */
import { WorkSlices } from '../../../core/work-slices.js';
import { AGGREGATES, selectError, type Expr, type SelectItem, type SelectQuery } from './sql.js';

export type Row = { kind: 'csv'; fields: string[]; header?: string[] } | { kind: 'json'; value: unknown };

/** One output row: named values in order (names as S3 gives them: aliases, column names or _N). */
export type OutputRow = Array<[string, unknown]>;

function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && isNumeric(value)) return Number(value);
  if (typeof value === 'boolean') throw selectError('IncorrectSqlFunctionArgumentType');
  throw selectError('IncorrectSqlFunctionArgumentType');
}

function compare(a: unknown, b: unknown): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  if ((typeof a === 'number' || typeof b === 'number') && isNumeric(a) && isNumeric(b)) return Number(a) - Number(b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = typeof a === 'object' ? JSON.stringify(a) : String(a);
  const y = typeof b === 'object' ? JSON.stringify(b) : String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** SQL LIKE: % any run, _ one character, `escape` making the next character literal. */
export function likeMatches(text: string, pattern: string, escape?: string): boolean {
  const tokens: Array<{ any?: true; one?: true; char?: string }> = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (escape !== undefined && c === escape) {
      if (i + 1 >= pattern.length) throw selectError('LikeInvalidInputs');
      tokens.push({ char: pattern[++i]! });
    } else if (c === '%') tokens.push({ any: true });
    else if (c === '_') tokens.push({ one: true });
    else tokens.push({ char: c });
  }
  // Greedy matching with one backtrack point: linear in practice, never exponential.
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token && (token.one || token.char === text[t])) {
      t++;
      p++;
    } else if (token?.any) {
      starP = p++;
      starT = t;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (tokens[p]?.any) p++;
  return p === tokens.length;
}

function cast(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'INT':
    case 'INTEGER': {
      const n = typeof value === 'boolean' ? Number(value) : Number(typeof value === 'string' ? value.trim() : value);
      if (!Number.isFinite(n) || (typeof value === 'string' && value.trim() === '')) throw selectError('InvalidCast');
      return Math.trunc(n);
    }
    case 'FLOAT':
    case 'DECIMAL':
    case 'NUMERIC': {
      const n = Number(typeof value === 'string' ? value.trim() : value);
      if (!Number.isFinite(n) || (typeof value === 'string' && value.trim() === '')) throw selectError('InvalidCast');
      return n;
    }
    case 'STRING':
    case 'VARCHAR':
    case 'CHAR':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'BOOL':
    case 'BOOLEAN': {
      if (typeof value === 'boolean') return value;
      const text = String(value).trim().toLowerCase();
      if (text === 'true') return true;
      if (text === 'false') return false;
      throw selectError('InvalidCast');
    }
    case 'TIMESTAMP': {
      const ms = Date.parse(String(value));
      if (Number.isNaN(ms)) throw selectError('InvalidCast');
      return new Date(ms).toISOString();
    }
    default:
      throw selectError('InvalidCast');
  }
}

export class Evaluator {
  constructor(private readonly alias: string | undefined) {}

  /** The steps of a path once the table alias (or S3Object) in front is dropped. */
  private relative(steps: Array<string | number>): Array<string | number> {
    const first = steps[0];
    if (typeof first === 'string' && steps.length > 1 && (first.toLowerCase() === 's3object' || (this.alias !== undefined && first.toLowerCase() === this.alias.toLowerCase()))) {
      return steps.slice(1);
    }
    return steps;
  }

  private path(expr: Extract<Expr, { kind: 'path' }>, row: Row): unknown {
    const offset = expr.steps.length - this.relative(expr.steps).length;
    const steps = expr.steps.slice(offset);
    const quoted = expr.quoted.slice(offset);
    if (row.kind === 'csv') {
      const name = steps[0];
      if (typeof name !== 'string') return null;
      const index = /^_(\d+)$/.exec(name);
      if (index) {
        const n = Number(index[1]);
        if (n < 1) throw selectError('InvalidColumnIndex');
        return row.fields[n - 1] ?? null;
      }
      if (!row.header) return null;
      const at = quoted[0] ? row.header.indexOf(name) : row.header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
      return at >= 0 ? (row.fields[at] ?? null) : null;
    }
    let value: unknown = row.value;
    for (const step of steps) {
      if (value === null || typeof value !== 'object') return null;
      if (typeof step === 'number') value = Array.isArray(value) ? value[step] : undefined;
      else if (!Array.isArray(value)) {
        const entry = Object.entries(value as Record<string, unknown>).find(([k]) => k === step) ?? Object.entries(value as Record<string, unknown>).find(([k]) => k.toLowerCase() === step.toLowerCase());
        value = entry?.[1];
      } else value = undefined;
      if (value === undefined) return null;
    }
    return value;
  }

  value(expr: Expr, row: Row): unknown {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'path':
        return this.path(expr, row);
      case 'unary': {
        const v = this.value(expr.arg, row);
        if (expr.op === 'NOT') return v === null ? null : !(v === true);
        return v === null ? null : -toNumber(v);
      }
      case 'binary':
        return this.binary(expr, row);
      case 'like': {
        const text = this.value(expr.arg, row);
        const pattern = this.value(expr.pattern, row);
        if (text === null || pattern === null) return null;
        if (typeof pattern !== 'string') throw selectError('LikeInvalidInputs');
        const escape = expr.escape ? this.value(expr.escape, row) : undefined;
        if (escape !== undefined && (typeof escape !== 'string' || escape.length !== 1)) throw selectError('LikeInvalidInputs');
        const matched = likeMatches(String(text), pattern, escape as string | undefined);
        return expr.negated ? !matched : matched;
      }
      case 'isNull': {
        const v = this.value(expr.arg, row);
        const isNull = v === null || v === undefined;
        return expr.negated ? !isNull : isNull;
      }
      case 'between': {
        const v = this.value(expr.arg, row);
        const low = compare(v, this.value(expr.low, row));
        const high = compare(v, this.value(expr.high, row));
        if (low === null || high === null) return null;
        const inside = low >= 0 && high <= 0;
        return expr.negated ? !inside : inside;
      }
      case 'in': {
        const v = this.value(expr.arg, row);
        const found = expr.list.some((item) => compare(v, this.value(item, row)) === 0);
        return expr.negated ? !found : found;
      }
      case 'cast':
        return cast(this.value(expr.arg, row), expr.type);
      case 'call':
        return this.call(expr, row);
    }
  }

  private binary(expr: Extract<Expr, { kind: 'binary' }>, row: Row): unknown {
    if (expr.op === 'AND') {
      const left = this.value(expr.left, row);
      if (left === false) return false;
      const right = this.value(expr.right, row);
      if (right === false) return false;
      return left === true && right === true ? true : null;
    }
    if (expr.op === 'OR') {
      const left = this.value(expr.left, row);
      if (left === true) return true;
      const right = this.value(expr.right, row);
      if (right === true) return true;
      return left === false && right === false ? false : null;
    }
    const left = this.value(expr.left, row);
    const right = this.value(expr.right, row);
    if (expr.op === '||') return left === null || right === null ? null : `${String(left)}${String(right)}`;
    if (['=', '!=', '<', '<=', '>', '>='].includes(expr.op)) {
      const order = compare(left, right);
      if (order === null) return null;
      switch (expr.op) {
        case '=': return order === 0;
        case '!=': return order !== 0;
        case '<': return order < 0;
        case '<=': return order <= 0;
        case '>': return order > 0;
        default: return order >= 0;
      }
    }
    if (left === null || right === null) return null;
    const a = toNumber(left);
    const b = toNumber(right);
    switch (expr.op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/': return b === 0 ? null : a / b;
      default: return b === 0 ? null : a % b;
    }
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, row: Row): unknown {
    if (AGGREGATES.has(expr.name)) throw selectError('UnsupportedSqlStructure');
    const args = expr.args.map((arg) => this.value(arg, row));
    const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
    switch (expr.name) {
      case 'LOWER': return text(args[0])?.toLowerCase() ?? null;
      case 'UPPER': return text(args[0])?.toUpperCase() ?? null;
      case 'CHAR_LENGTH':
      case 'CHARACTER_LENGTH': { const t = text(args[0]); return t === null ? null : [...t].length; }
      case 'TRIM': return text(args[0])?.trim() ?? null;
      case 'SUBSTRING': {
        const t = text(args[0]);
        if (t === null) return null;
        const chars = [...t];
        const start = Math.max(1, toNumber(args[1]));
        const length = args[2] === undefined ? chars.length : toNumber(args[2]);
        return chars.slice(start - 1, Math.max(start - 1, toNumber(args[1]) - 1 + length)).join('');
      }
      case 'COALESCE': return args.find((a) => a !== null && a !== undefined) ?? null;
      case 'NULLIF': return compare(args[0], args[1]) === 0 ? null : args[0];
      default: throw selectError('UnsupportedFunction');
    }
  }

  matches(where: Expr | undefined, row: Row): boolean {
    return where === undefined || this.value(where, row) === true;
  }
}

function outputName(item: SelectItem, index: number): string {
  if (item.alias) return item.alias;
  if (item.expr.kind === 'path') {
    const last = item.expr.steps[item.expr.steps.length - 1];
    if (typeof last === 'string') return last;
  }
  return `_${index + 1}`;
}

/**
 * The rows a query answers, in input order; aggregates make one row of all matching input. Long
 * inputs yield the event loop between slices of rows.
 */
export async function runQuery(query: SelectQuery, rows: Iterable<Row>, star: (row: Row) => OutputRow): Promise<OutputRow[]> {
  const evaluator = new Evaluator(query.alias);
  const slices = new WorkSlices();
  const items = query.items;
  const aggregate = items?.some((item) => item.expr.kind === 'call' && AGGREGATES.has(item.expr.name)) ?? false;
  if (aggregate && !items!.every((item) => item.expr.kind === 'call' && AGGREGATES.has(item.expr.name))) throw selectError('UnsupportedSqlStructure');
  if (aggregate) {
    const calls = items!.map((item) => item.expr as Extract<Expr, { kind: 'call' }>);
    const state = calls.map(() => ({ count: 0, sum: 0, min: undefined as unknown, max: undefined as unknown }));
    for (const row of rows) {
      if (slices.due()) await slices.pause();
      if (!evaluator.matches(query.where, row)) continue;
      calls.forEach((call, i) => {
        const s = state[i]!;
        if (call.star) {
          s.count++;
          return;
        }
        if (call.args.length !== 1) throw selectError('ParseNonUnaryAgregateFunctionCall');
        const v = evaluator.value(call.args[0]!, row);
        if (v === null || v === undefined) return;
        s.count++;
        if (call.name === 'SUM' || call.name === 'AVG') s.sum += toNumber(v);
        if (call.name === 'MIN' && (s.min === undefined || (compare(v, s.min) ?? 0) < 0)) s.min = v;
        if (call.name === 'MAX' && (s.max === undefined || (compare(v, s.max) ?? 0) > 0)) s.max = v;
      });
    }
    const values = calls.map((call, i) => {
      const s = state[i]!;
      if (call.name === 'COUNT') return s.count;
      if (s.count === 0) return null;
      if (call.name === 'SUM') return s.sum;
      if (call.name === 'AVG') return s.sum / s.count;
      return call.name === 'MIN' ? s.min : s.max;
    });
    return [values.map((v, i) => [outputName(items![i]!, i), v])];
  }
  const out: OutputRow[] = [];
  if (query.limit === 0) return out;
  for (const row of rows) {
    if (slices.due()) await slices.pause();
    if (!evaluator.matches(query.where, row)) continue;
    out.push(items ? items.map((item, i) => [outputName(item, i), evaluator.value(item.expr, row)]) : star(row));
    if (query.limit !== undefined && out.length >= query.limit) break;
  }
  return out;
}
