import type { Random } from './random.js';
import type { WireCall } from './wire.js';

/**
 * Byte-level mutations of a well-formed request: flipped, inserted, deleted
 * and repeated bytes, truncation, and the bytes parsers trip on (quotes,
 * brackets, escapes, NUL, invalid UTF-8), in the body and in the path and
 * query string. Path bytes that Node's HTTP client refuses to send are
 * written percent-encoded instead (the server would see the same bytes
 * decoded).
 */
const INTERESTING = [0x00, 0xff, 0xfe, 0xc0, 0x80, 0x22, 0x27, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x3c, 0x3e, 0x26, 0x25, 0x2e, 0x2f, 0x3a, 0x2c, 0x3d, 0x0a, 0x20, 0x30, 0x39, 0x2d];
const TOKENS = ['%', '%zz', '%00', '&&', '=', '.1', '.member.0', '.entry.99999', '{', '}', '[', ']', '"', '\\u0000', '\\ud800', 'null', '-1', '1e999', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '<![CDATA[', '&a;', '&#0;', ']]>', '\xff\xfe', '🙂', '/..', '//', '?', '#'];

export interface Mutation {
  call: WireCall;
  description: string;
}

/** What opens one more level of nesting in each body format. */
function opener(contentType: string): Buffer {
  if (contentType.includes('cbor')) return Buffer.from([0x81]);
  if (contentType.includes('xml')) return Buffer.from('<a>');
  if (contentType.includes('x-www-form-urlencoded')) return Buffer.from('a.');
  return Buffer.from('{"a":[');
}

export function mutate(call: WireCall, random: Random): Mutation {
  if (call.body.length && random.chance(0.1)) {
    // Deep nesting, just under and past the document walker's 1,000 levels, and far past it.
    const depth = random.pick([999, 1001, 100_000]);
    const open = opener(call.headers['content-type'] ?? '');
    const at = random.int(0, call.body.length);
    const body = Buffer.concat([call.body.subarray(0, at), Buffer.concat(Array.from({ length: depth }, () => open)), call.body.subarray(at)]);
    return { call: { ...call, body }, description: `body: ${depth} levels of ${JSON.stringify(open.toString('latin1'))} at ${at}` };
  }
  const where = call.body.length && random.chance(0.75) ? 'body' : 'target';
  const times = random.pick([1, 1, 1, 2, 3, 8]);
  let bytes = where === 'body' ? call.body : Buffer.from(call.target, 'latin1');
  const steps: string[] = [];
  for (let i = 0; i < times; i++) {
    const result = mutateBytes(bytes, random, where === 'target');
    bytes = result.bytes;
    steps.push(result.step);
  }
  const description = `${where}: ${steps.join(', ')}`;
  if (where === 'body') return { call: { ...call, body: bytes }, description };
  return { call: { ...call, target: sendablePath(bytes) }, description };
}

function mutateBytes(input: Buffer, random: Random, keepPrefix: boolean): { bytes: Buffer; step: string } {
  // The path keeps its leading "/" (Node's client needs one).
  const start = keepPrefix ? 1 : 0;
  const at = input.length > start ? random.int(start, input.length - 1) : start;
  const kind = random.pick(['flip', 'set', 'insert', 'delete', 'truncate', 'repeat', 'token', 'swap'] as const);
  switch (kind) {
    case 'flip': {
      if (at >= input.length) return { bytes: input, step: 'flip (empty)' };
      const out = Buffer.from(input);
      const bit = 1 << random.int(0, 7);
      out[at] ^= bit;
      return { bytes: out, step: `flip bit ${bit} at ${at}` };
    }
    case 'set': {
      if (at >= input.length) return { bytes: input, step: 'set (empty)' };
      const out = Buffer.from(input);
      out[at] = random.pick(INTERESTING);
      return { bytes: out, step: `set ${out[at]} at ${at}` };
    }
    case 'insert': {
      const byte = random.pick(INTERESTING);
      return { bytes: Buffer.concat([input.subarray(0, at), Buffer.from([byte]), input.subarray(at)]), step: `insert ${byte} at ${at}` };
    }
    case 'delete': {
      const length = random.int(1, 16);
      return { bytes: Buffer.concat([input.subarray(0, at), input.subarray(at + length)]), step: `delete ${length} at ${at}` };
    }
    case 'truncate':
      return { bytes: input.subarray(0, Math.max(start, at)), step: `truncate at ${at}` };
    case 'repeat': {
      const length = random.int(1, 64);
      const count = random.pick([2, 10, 1000]);
      const chunk = input.subarray(at, at + length);
      const repeated = Buffer.concat(Array.from({ length: count }, () => chunk));
      return { bytes: Buffer.concat([input.subarray(0, at), repeated, input.subarray(at)]), step: `repeat ${chunk.length} bytes x${count} at ${at}` };
    }
    case 'token': {
      const token = random.pick(TOKENS);
      return { bytes: Buffer.concat([input.subarray(0, at), Buffer.from(token, 'utf8'), input.subarray(at)]), step: `insert ${JSON.stringify(token)} at ${at}` };
    }
    case 'swap': {
      if (input.length < 2 + start) return { bytes: input, step: 'swap (short)' };
      const other = random.int(start, input.length - 1);
      const out = Buffer.from(input);
      [out[at], out[other]] = [out[other], out[at]];
      return { bytes: out, step: `swap ${at} and ${other}` };
    }
  }
}

/** Node's client refuses control characters, spaces and bytes past 0xff in a path: send those percent-encoded. */
function sendablePath(bytes: Buffer): string {
  let out = '';
  for (const byte of bytes) out += byte > 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `%${byte.toString(16).padStart(2, '0').toUpperCase()}`;
  return out.startsWith('/') ? out : `/${out}`;
}
