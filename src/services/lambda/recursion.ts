import { createHash, randomBytes } from 'node:crypto';

/**
 * Recursive loop detection as Lambda does it: every invocation's X-Ray trace header
 * (`_X_AMZN_TRACE_ID`, the Runtime API's Lambda-Runtime-Trace-Id) carries a `Lineage` entry
 * per function the request chain went through, `<hash of the function>:<times invoked>`,
 * entries separated by `|`. The AWS SDKs inside the function send that header on as
 * `X-Amzn-Trace-Id`; SQS keeps it as a message's AWSTraceHeader and SNS hands it to its
 * subscribers, so the next invocation of the chain arrives with it. An invocation whose
 * chain already ran the function 16 times is stopped unless the function's RecursiveLoop
 * is Allow.
 */

/** How many invocations of one function a chain may hold before the next one is stopped. */
export const RECURSION_LIMIT = 16;

/** The part of a function's ARN its lineage entry names: 8 hex digits, stable for the function (not its version). */
export function lineageHash(functionArn: string): string {
  return createHash('sha256').update(functionArn).digest('hex').slice(0, 8);
}

/** An X-Ray trace header split into its name=value fields, in order (Root, Parent, Sampled, Lineage, others). */
export function parseTraceHeader(header: string | undefined): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const part of (header ?? '').split(';')) {
    const trimmed = part.trim();
    const equals = trimmed.indexOf('=');
    if (equals <= 0) continue;
    fields.push([trimmed.slice(0, equals), trimmed.slice(equals + 1)]);
  }
  return fields;
}

/**
 * The lineage counts a header carries, by function hash. Entries are `hash:count`; the
 * three-part form some tracers write (`requests:hash:loops`) is read as `hash:loops`.
 */
export function lineageCounts(header: string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  const raw = parseTraceHeader(header).find(([name]) => name === 'Lineage')?.[1];
  if (!raw) return counts;
  // botocore percent-encodes what it deems unsafe in the header it sends on (the `|` between entries).
  const value = raw.replace(/%7c/gi, '|');
  for (const entry of value.split('|')) {
    const parts = entry.split(':');
    const [hash, count] = parts.length === 3 ? [parts[1], parts[2]] : parts.length === 2 ? [parts[0], parts[1]] : [undefined, undefined];
    if (!hash || !/^[0-9a-f]{8}$/i.test(hash) || !/^\d{1,5}$/.test(count ?? '')) continue;
    counts.set(hash.toLowerCase(), Math.max(counts.get(hash.toLowerCase()) ?? 0, Number(count)));
  }
  return counts;
}

export interface RecursionCheck {
  /** How many times the chain had already run this function. */
  previous: number;
  /** Whether this invocation must be stopped (the function's RecursiveLoop is not Allow). */
  stop: boolean;
  /** The header the function runs with: the caller's trace (or a new one) with this function counted once more. */
  traceHeader: string;
}

/**
 * Where an invocation of a function stands in its request chain. `incoming` is the trace header
 * it came with (X-Amzn-Trace-Id, an SQS message's AWSTraceHeader, an async event's); `sampled`
 * is the function's own choice when the chain has none (TracingConfig Active).
 */
export function checkRecursion(options: { functionArn: string; recursiveLoop: string | undefined; incoming: string | undefined; sampled: boolean; nowMs: number }): RecursionCheck {
  const hash = lineageHash(options.functionArn);
  const counts = lineageCounts(options.incoming);
  const previous = counts.get(hash) ?? 0;
  const stop = previous >= RECURSION_LIMIT && options.recursiveLoop !== 'Allow';
  counts.set(hash, previous + 1);
  const incoming = parseTraceHeader(options.incoming);
  const root = incoming.find(([name]) => name === 'Root')?.[1];
  const sampled = incoming.find(([name]) => name === 'Sampled')?.[1];
  const fields: Array<[string, string]> = [
    ['Root', root && /^1-[0-9a-f]{8}-[0-9a-f]{24}$/.test(root) ? root : newRoot(options.nowMs)],
    ['Parent', randomBytes(8).toString('hex')],
    ['Sampled', sampled === '1' || sampled === '0' ? sampled : options.sampled ? '1' : '0'],
    ['Lineage', [...counts].map(([entry, count]) => `${entry}:${count}`).join('|')],
  ];
  return { previous, stop, traceHeader: fields.map(([name, value]) => `${name}=${value}`).join(';') };
}

function newRoot(nowMs: number): string {
  const time = Math.floor(nowMs / 1000).toString(16).padStart(8, '0');
  return `1-${time}-${randomBytes(12).toString('hex')}`;
}
