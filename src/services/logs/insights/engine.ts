import { WorkSlices } from '../../../core/work-slices.js';
import { isAggregate, type Command, type Expr, type Projection } from './parser.js';

/**
 * Runs a parsed Logs Insights query over log events: records carry the
 * system fields (@timestamp, @message, @logStream, @log, @ingestionTime,
 * @ptr) and the fields discovered in JSON messages (nested keys joined with
 * dots); commands apply in order; results are rows of field/value strings.
 */

/** A point in time (epoch ms): shown as "2026-11-26 17:53:00.000", compared and binned as a number. */
export class Time {
  constructor(readonly ms: number) {}
  toString(): string {
    return new Date(this.ms).toISOString().replace('T', ' ').replace('Z', '');
  }
}

export type Value = string | number | boolean | Time | null | undefined;
export type Row = Map<string, Value>;

export interface InputEvent {
  timestamp: number;
  ingestionTime: number;
  message: string;
  logStream: string;
  /** account:group, as @log shows it. */
  log: string;
  ptr: string;
}

export interface QueryOutput {
  rows: Array<Array<{ field: string; value: string }>>;
  recordsMatched: number;
}

const SYSTEM_FIELDS = ['@timestamp', '@message', '@logStream', '@log', '@ingestionTime'];

export function recordOf(event: InputEvent): Row {
  const row: Row = new Map<string, Value>([
    ['@timestamp', new Time(event.timestamp)],
    ['@message', event.message],
    ['@logStream', event.logStream],
    ['@log', event.log],
    ['@ingestionTime', new Time(event.ingestionTime)],
    ['@ptr', event.ptr],
  ]);
  const text = event.message.trimStart();
  if (text.startsWith('{')) {
    try {
      const document = JSON.parse(event.message) as unknown;
      if (document && typeof document === 'object' && !Array.isArray(document)) flatten(document as Record<string, unknown>, '', row);
    } catch {
      // not JSON: only the system fields
    }
  }
  return row;
}

function flatten(value: Record<string, unknown> | unknown[], prefix: string, row: Row): void {
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, item] of entries) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (item !== null && typeof item === 'object') flatten(item as Record<string, unknown>, name, row);
    else if (!row.has(name)) row.set(name, item as Value);
  }
}

// ---------------------------------------------------------------- values

function toNumber(value: Value): number | undefined {
  if (value instanceof Time) return value.ms;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

function toText(value: Value): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Time) return value.toString();
  return String(value);
}

function truthy(value: Value): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  return true;
}

function compare(a: Value, b: Value): number | undefined {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  const s = toText(a);
  const t = toText(b);
  if (s === undefined || t === undefined) return undefined;
  return s < t ? -1 : s > t ? 1 : 0;
}

export function formatValue(value: Value): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Time) return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  return String(value);
}

// ---------------------------------------------------------------- expressions

export class EvaluationError extends Error {}

function evaluate(expr: Expr, row: Row): Value {
  switch (expr.type) {
    case 'number':
      return expr.value;
    case 'duration':
      return expr.ms;
    case 'string':
      return expr.value;
    case 'regex':
      return expr.regex.source;
    case 'star':
      return 1;
    case 'field':
      return row.get(expr.name) ?? null;
    case 'unary': {
      const value = evaluate(expr.operand, row);
      if (expr.op === 'not') return !truthy(value);
      const n = toNumber(value);
      return n === undefined ? null : -n;
    }
    case 'like': {
      const subject = toText(evaluate(expr.subject, row));
      if (subject === undefined) return expr.negate;
      const hit = expr.pattern.type === 'regex' ? expr.pattern.regex.test(subject) : subject.includes(toText(evaluate(expr.pattern, row)) ?? '');
      return expr.negate ? !hit : hit;
    }
    case 'in': {
      const subject = evaluate(expr.subject, row);
      const hit = expr.list.some((item) => compare(subject, evaluate(item, row)) === 0);
      return expr.negate ? !hit : hit;
    }
    case 'binary': {
      if (expr.op === 'and') return truthy(evaluate(expr.left, row)) && truthy(evaluate(expr.right, row));
      if (expr.op === 'or') return truthy(evaluate(expr.left, row)) || truthy(evaluate(expr.right, row));
      const left = evaluate(expr.left, row);
      const right = evaluate(expr.right, row);
      if (['=', '!=', '<', '<=', '>', '>='].includes(expr.op)) {
        const order = compare(left, right);
        if (order === undefined) return expr.op === '!=' ? left !== right : false;
        switch (expr.op) {
          case '=':
            return order === 0;
          case '!=':
            return order !== 0;
          case '<':
            return order < 0;
          case '<=':
            return order <= 0;
          case '>':
            return order > 0;
          default:
            return order >= 0;
        }
      }
      const a = toNumber(left);
      const b = toNumber(right);
      if (a === undefined || b === undefined) return null;
      switch (expr.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0 ? null : a / b;
        case '%':
          return b === 0 ? null : a % b;
        case '^':
          return a ** b;
        default:
          throw new EvaluationError(`Unknown operator ${expr.op}`);
      }
    }
    case 'call':
      return callFunction(expr, row);
  }
}

function callFunction(expr: Extract<Expr, { type: 'call' }>, row: Row): Value {
  const args = () => expr.args.map((a) => evaluate(a, row));
  const text = (i: number) => toText(evaluate(expr.args[i], row));
  const number = (i: number) => toNumber(evaluate(expr.args[i], row));
  switch (expr.name) {
    case 'bin':
    case 'datefloor':
    case 'dateceil': {
      const [timeArg, sizeArg] = expr.name === 'bin' ? [{ type: 'field', name: '@timestamp' } as Expr, expr.args[0]] : [expr.args[0], expr.args[1]];
      const time = toNumber(evaluate(timeArg, row));
      const size = sizeArg ? toNumber(evaluate(sizeArg, row)) : undefined;
      if (time === undefined || !size) return null;
      const floor = Math.floor(time / size) * size;
      return new Time(expr.name === 'dateceil' && floor !== time ? floor + size : floor);
    }
    case 'frommillis': {
      const n = number(0);
      return n === undefined ? null : new Time(n);
    }
    case 'tomillis': {
      const n = number(0);
      return n === undefined ? null : n;
    }
    case 'strlen':
      return text(0)?.length ?? null;
    case 'toupper':
      return text(0)?.toUpperCase() ?? null;
    case 'tolower':
      return text(0)?.toLowerCase() ?? null;
    case 'trim':
      return text(0)?.trim() ?? null;
    case 'ltrim':
      return text(0)?.trimStart() ?? null;
    case 'rtrim':
      return text(0)?.trimEnd() ?? null;
    case 'concat':
      return args()
        .map((v) => toText(v) ?? '')
        .join('');
    case 'substr': {
      const s = text(0);
      const start = number(1) ?? 0;
      const length = expr.args.length > 2 ? number(2) : undefined;
      if (s === undefined) return null;
      return length === undefined ? s.slice(start) : s.slice(start, start + length);
    }
    case 'replace': {
      const s = text(0);
      const from = text(1);
      const to = text(2) ?? '';
      if (s === undefined || from === undefined) return null;
      return s.split(from).join(to);
    }
    case 'strcontains': {
      const s = text(0);
      const sub = text(1);
      return s !== undefined && sub !== undefined && s.includes(sub) ? 1 : 0;
    }
    case 'ispresent':
      return evaluate(expr.args[0], row) !== null && evaluate(expr.args[0], row) !== undefined;
    case 'isempty': {
      const v = evaluate(expr.args[0], row);
      return v === null || v === undefined || v === '';
    }
    case 'isblank': {
      const v = evaluate(expr.args[0], row);
      return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
    }
    case 'coalesce':
      return args().find((v) => v !== null && v !== undefined) ?? null;
    case 'abs':
    case 'ceil':
    case 'floor':
    case 'sqrt':
    case 'log': {
      const n = number(0);
      if (n === undefined) return null;
      const fn = { abs: Math.abs, ceil: Math.ceil, floor: Math.floor, sqrt: Math.sqrt, log: Math.log }[expr.name]!;
      return fn(n);
    }
    case 'greatest':
    case 'least': {
      const values = args()
        .map(toNumber)
        .filter((n): n is number => n !== undefined);
      if (!values.length) return null;
      return expr.name === 'greatest' ? Math.max(...values) : Math.min(...values);
    }
    default:
      if (isAggregate(expr.name)) throw new EvaluationError(`The aggregate function ${expr.name}() can only be used in stats`);
      throw new EvaluationError(`Unknown function ${expr.name}()`);
  }
}

// ---------------------------------------------------------------- aggregates

interface Accumulator {
  add(row: Row): void;
  result(): Value;
}

function accumulator(expr: Extract<Expr, { type: 'call' }>): Accumulator {
  const arg = expr.args[0];
  const valueOf = (row: Row) => (arg ? evaluate(arg, row) : null);
  switch (expr.name) {
    case 'count': {
      let n = 0;
      const all = !arg || arg.type === 'star';
      return {
        add: (row) => {
          if (all) n++;
          else {
            const v = valueOf(row);
            if (v !== null && v !== undefined) n++;
          }
        },
        result: () => n,
      };
    }
    case 'count_distinct': {
      const seen = new Set<string>();
      return {
        add: (row) => {
          const v = valueOf(row);
          if (v !== null && v !== undefined) seen.add(formatValue(v));
        },
        result: () => seen.size,
      };
    }
    case 'sum':
    case 'avg':
    case 'min':
    case 'max':
    case 'stddev':
    case 'pct':
    case 'percentile': {
      const values: number[] = [];
      const p = expr.args[1] ? toNumber(evaluate(expr.args[1], new Map())) : undefined;
      return {
        add: (row) => {
          const v = toNumber(valueOf(row));
          if (v !== undefined) values.push(v);
        },
        result: () => {
          if (!values.length) return expr.name === 'sum' ? 0 : null;
          switch (expr.name) {
            case 'sum':
              return values.reduce((a, b) => a + b, 0);
            case 'avg':
              return values.reduce((a, b) => a + b, 0) / values.length;
            case 'min':
              return Math.min(...values);
            case 'max':
              return Math.max(...values);
            case 'stddev': {
              const mean = values.reduce((a, b) => a + b, 0) / values.length;
              return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
            }
            default: {
              const sorted = [...values].sort((a, b) => a - b);
              const rank = Math.max(1, Math.ceil(((p ?? 50) / 100) * sorted.length));
              return sorted[Math.min(sorted.length, rank) - 1];
            }
          }
        },
      };
    }
    case 'earliest':
    case 'latest':
    case 'sortsfirst':
    case 'sortslast': {
      let best: { at: number; value: Value } | undefined;
      const wantsEarliest = expr.name === 'earliest' || expr.name === 'sortsfirst';
      return {
        add: (row) => {
          const at = toNumber(row.get('@timestamp') ?? null) ?? 0;
          if (!best || (wantsEarliest ? at < best.at : at >= best.at)) best = { at, value: valueOf(row) };
        },
        result: () => best?.value ?? null,
      };
    }
    default:
      throw new EvaluationError(`Unknown aggregate function ${expr.name}()`);
  }
}

/** An aggregate projection: one accumulator per aggregate call inside it, combined by the surrounding expression. */
function aggregateProjection(projection: Projection): { add(row: Row): void; result(): Value } {
  const calls: Array<{ call: Extract<Expr, { type: 'call' }>; acc: Accumulator }> = [];
  const collect = (expr: Expr): void => {
    if (expr.type === 'call' && isAggregate(expr.name)) calls.push({ call: expr, acc: accumulator(expr) });
    else if (expr.type === 'call') expr.args.forEach(collect);
    else if (expr.type === 'unary') collect(expr.operand);
    else if (expr.type === 'binary') {
      collect(expr.left);
      collect(expr.right);
    }
  };
  collect(projection.expr);
  return {
    add: (row) => calls.forEach((c) => c.acc.add(row)),
    result: () => {
      const substitute = (expr: Expr): Expr => {
        if (expr.type === 'call' && isAggregate(expr.name)) {
          const value = calls.find((c) => c.call === expr)!.acc.result();
          return value instanceof Time ? { type: 'number', value: value.ms } : typeof value === 'string' ? { type: 'string', value } : { type: 'number', value: value === null || value === undefined ? Number.NaN : Number(value) };
        }
        if (expr.type === 'call') return { ...expr, args: expr.args.map(substitute) };
        if (expr.type === 'unary') return { ...expr, operand: substitute(expr.operand) };
        if (expr.type === 'binary') return { ...expr, left: substitute(expr.left), right: substitute(expr.right) };
        return expr;
      };
      if (projection.expr.type === 'call' && isAggregate(projection.expr.name)) return calls[0].acc.result();
      const value = evaluate(substitute(projection.expr), new Map());
      return typeof value === 'number' && Number.isNaN(value) ? null : value;
    },
  };
}

// ---------------------------------------------------------------- sorting

/** AWS's natural order: non-numbers before numbers; within text, digit runs compare by length then value. */
export function naturalCompare(a: Value, b: Value): number {
  const missingA = a === null || a === undefined;
  const missingB = b === null || b === undefined;
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? -1 : 1;
  if (a instanceof Time && b instanceof Time) return a.ms - b.ms;
  const numberA = typeof a === 'number' || a instanceof Time ? toNumber(a) : /^-?\d+(\.\d+)?$/.test(String(a)) ? Number(a) : undefined;
  const numberB = typeof b === 'number' || b instanceof Time ? toNumber(b) : /^-?\d+(\.\d+)?$/.test(String(b)) ? Number(b) : undefined;
  if (numberA !== undefined && numberB !== undefined) return numberA - numberB;
  if (numberA !== undefined) return 1;
  if (numberB !== undefined) return -1;
  const chunksA = String(a).match(/\d+|\D+/g) ?? [];
  const chunksB = String(b).match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(chunksA.length, chunksB.length); i++) {
    const x = chunksA[i];
    const y = chunksB[i];
    const digitsX = /^\d/.test(x);
    const digitsY = /^\d/.test(y);
    if (digitsX && digitsY) {
      if (x.length !== y.length) return x.length - y.length;
      if (x !== y) return x < y ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return chunksA.length - chunksB.length;
}

// ---------------------------------------------------------------- the pipeline

/** Runs a query to the end at once. */
export function runQuery(commands: Command[], events: Iterable<InputEvent>, limit: number): QueryOutput {
  const work = queryWork(commands, events, limit);
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs a query in slices (see WorkSlices): over a large group it would otherwise hold the event loop for all of it. */
export async function runQueryInSlices(commands: Command[], events: Iterable<InputEvent>, limit: number): Promise<QueryOutput> {
  const slices = new WorkSlices();
  const work = queryWork(commands, events, limit);
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (slices.due()) await slices.pause();
  }
}

/** The query's work, which stops (yields) after each row so that a driver may let others run. */
function* queryWork(commands: Command[], events: Iterable<InputEvent>, limit: number): Generator<void, QueryOutput> {
  function* each(list: Row[], work: (row: Row) => void): Generator<void> {
    for (const row of list) {
      work(row);
      yield;
    }
  }
  let rows: Row[] = [];
  for (const event of events) {
    rows.push(recordOf(event));
    yield;
  }
  let visible: string[] | undefined;
  let aggregated = false;
  let matched: number | undefined;

  for (const command of commands) {
    switch (command.kind) {
      case 'fields':
        yield* each(rows, (row) => {
          for (const item of command.items) if (item.expr.type !== 'field' || item.name !== item.expr.name) row.set(item.name, evaluate(item.expr, row));
        });
        visible = [...(visible ?? []), ...command.items.map((i) => i.name).filter((n) => !(visible ?? []).includes(n))];
        break;
      case 'display':
        yield* each(rows, (row) => {
          for (const item of command.items) if (item.expr.type !== 'field' || item.name !== item.expr.name) row.set(item.name, evaluate(item.expr, row));
        });
        visible = command.items.map((i) => i.name);
        break;
      case 'filter': {
        const kept: Row[] = [];
        yield* each(rows, (row) => {
          if (truthy(evaluate(command.condition, row))) kept.push(row);
        });
        rows = kept;
        break;
      }
      case 'parse':
        yield* each(rows, (row) => {
          const text = toText(evaluate(command.source, row));
          const match = text === undefined ? null : command.regex.exec(text);
          command.names.forEach((name, i) => {
            const captured = match ? (match.groups?.[name] ?? match[i + 1]) : undefined;
            if (captured !== undefined) row.set(name, captured);
            else row.delete(name);
          });
        });
        break;
      case 'stats': {
        matched ??= rows.length;
        const groups = new Map<string, { keys: Value[]; aggregates: ReturnType<typeof aggregateProjection>[] }>();
        yield* each(rows, (row) => {
          const keys = command.groups.map((g) => evaluate(g.expr, row));
          const key = keys.map((k) => (k instanceof Time ? `t${k.ms}` : JSON.stringify(k ?? null))).join('\u0001');
          let group = groups.get(key);
          if (!group) {
            group = { keys, aggregates: command.aggregates.map(aggregateProjection) };
            groups.set(key, group);
          }
          for (const aggregate of group.aggregates) aggregate.add(row);
        });
        if (!groups.size && command.groups.length === 0) groups.set('', { keys: [], aggregates: command.aggregates.map(aggregateProjection) });
        rows = [...groups.values()].map((group) => {
          const row: Row = new Map();
          command.groups.forEach((g, i) => row.set(g.name, group.keys[i]));
          command.aggregates.forEach((a, i) => row.set(a.name, group.aggregates[i].result()));
          return row;
        });
        visible = [...command.groups.map((g) => g.name), ...command.aggregates.map((a) => a.name)];
        aggregated = true;
        break;
      }
      case 'sort':
        rows = [...rows].sort((x, y) => {
          for (const key of command.keys) {
            const order = naturalCompare(x.has(key.name) ? x.get(key.name) : evaluate(key.expr, x), y.has(key.name) ? y.get(key.name) : evaluate(key.expr, y));
            if (order !== 0) return key.descending ? -order : order;
          }
          return 0;
        });
        break;
      case 'limit':
        rows = rows.slice(0, command.count);
        break;
      case 'dedup': {
        const seen = new Set<string>();
        rows = rows.filter((row) => {
          const key = command.fields.map((f) => formatValue(row.get(f) ?? null)).join('\u0001');
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        break;
      }
    }
  }
  matched ??= rows.length;
  rows = rows.slice(0, limit);
  const out = rows.map((row) => {
    const fields = visible ?? [...SYSTEM_FIELDS.filter((f) => row.has(f)), ...[...row.keys()].filter((k) => !SYSTEM_FIELDS.includes(k) && k !== '@ptr')];
    const cells: Array<{ field: string; value: string }> = [];
    for (const field of fields) {
      const value = row.get(field);
      if (value === undefined || value === null) continue;
      cells.push({ field, value: formatValue(value) });
    }
    if (!aggregated && row.has('@ptr')) cells.push({ field: '@ptr', value: String(row.get('@ptr')) });
    return cells;
  });
  return { rows: out, recordsMatched: matched };
}
