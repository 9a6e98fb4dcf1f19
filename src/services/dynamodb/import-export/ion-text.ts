/**
 * Amazon Ion text, as far as DynamoDB exports write it and imports read it: an item is a struct
 * `{Item:{...}}`; strings, decimals, blobs `{{base64}}`, booleans, null, lists, structs, and sets
 * as lists annotated `$dynamodb_SS::`, `$dynamodb_NS::`, `$dynamodb_BS::`.
 */
import type { AttributeValue, Item } from '../attribute-values.js';

export const ION_VERSION_MARKER = '$ion_1_0';

/** A DynamoDB number (canonical decimal text) as an Ion decimal: `103.`, `-2.5`. */
function ionDecimal(n: string): string {
  return n.includes('.') ? n : `${n}.`;
}

function ionString(s: string): string {
  // JSON's escapes (\" \\ \n \uXXXX) are Ion's too.
  return JSON.stringify(s);
}

function ionBlob(b: Buffer): string {
  return `{{${b.toString('base64')}}}`;
}

export function ionValue(value: AttributeValue): string {
  if (value.S !== undefined) return ionString(value.S);
  if (value.N !== undefined) return ionDecimal(value.N);
  if (value.B !== undefined) return ionBlob(value.B);
  if (value.BOOL !== undefined) return value.BOOL ? 'true' : 'false';
  if (value.NULL !== undefined) return 'null';
  if (value.SS !== undefined) return `$dynamodb_SS::[${value.SS.map(ionString).join(',')}]`;
  if (value.NS !== undefined) return `$dynamodb_NS::[${value.NS.map(ionDecimal).join(',')}]`;
  if (value.BS !== undefined) return `$dynamodb_BS::[${value.BS.map(ionBlob).join(',')}]`;
  if (value.L !== undefined) return `[${value.L.map(ionValue).join(',')}]`;
  return ionStruct(value.M ?? {});
}

function ionStruct(fields: Record<string, AttributeValue>): string {
  return `{${Object.entries(fields).map(([name, v]) => `${ionString(name)}:${ionValue(v)}`).join(',')}}`;
}

/** One exported record: `{Item:{...}}`, or an incremental export's `{Metadata:{...},Keys:{...},NewImage:{...}}`. */
export function ionRecordLine(record: Record<string, Item>): string {
  return `{${Object.entries(record).map(([name, item]) => `${name}:${ionStruct(item)}`).join(',')}}`;
}

type IonValue =
  | { kind: 'string'; value: string; annotations: string[] }
  | { kind: 'number'; value: string; annotations: string[] }
  | { kind: 'blob'; value: Buffer; annotations: string[] }
  | { kind: 'bool'; value: boolean; annotations: string[] }
  | { kind: 'null'; annotations: string[] }
  | { kind: 'symbol'; value: string; annotations: string[] }
  | { kind: 'list'; value: IonValue[]; annotations: string[] }
  | { kind: 'struct'; value: Array<[string, IonValue]>; annotations: string[] };

export class IonSyntaxError extends Error {}

/** Reads Ion text value by value; `next()` is undefined at the end. */
export class IonReader {
  private at = 0;

  constructor(private readonly text: string) {}

  private fail(what: string): never {
    throw new IonSyntaxError(`Invalid Ion at offset ${this.at}: ${what}`);
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text[this.at];
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ',') this.at++;
      else if (c === '/' && this.text[this.at + 1] === '/') {
        const end = this.text.indexOf('\n', this.at);
        this.at = end < 0 ? this.text.length : end + 1;
      } else if (c === '/' && this.text[this.at + 1] === '*') {
        const end = this.text.indexOf('*/', this.at + 2);
        if (end < 0) this.fail('unterminated comment');
        this.at = end + 2;
      } else return;
    }
  }

  /** The next top-level value (the version marker is skipped), or undefined at the end. */
  next(): IonValue | undefined {
    for (;;) {
      this.skipSpace();
      if (this.at >= this.text.length) return undefined;
      const value = this.value();
      if (value.kind === 'symbol' && value.value === ION_VERSION_MARKER && !value.annotations.length) continue;
      return value;
    }
  }

  private value(): IonValue {
    const annotations: string[] = [];
    for (;;) {
      this.skipSpace();
      const start = this.at;
      const symbol = this.peekSymbol();
      if (symbol === undefined) break;
      this.skipSpace();
      if (this.text.startsWith('::', this.at)) {
        this.at += 2;
        annotations.push(symbol);
        continue;
      }
      this.at = start;
      break;
    }
    this.skipSpace();
    const c = this.text[this.at];
    if (c === undefined) this.fail('value expected');
    if (c === '{' && this.text[this.at + 1] === '{') return { kind: 'blob', value: this.blob(), annotations };
    if (c === '{') return { kind: 'struct', value: this.struct(), annotations };
    if (c === '[') return { kind: 'list', value: this.list(), annotations };
    if (c === '"') return { kind: 'string', value: this.quoted('"'), annotations };
    if (c === "'") {
      if (this.text.startsWith("'''", this.at)) return { kind: 'string', value: this.longString(), annotations };
      return { kind: 'symbol', value: this.quoted("'"), annotations };
    }
    if (/[-0-9+]/.test(c)) return { kind: 'number', value: this.number(), annotations };
    const word = this.peekSymbol();
    if (word === undefined) this.fail(`unexpected '${c}'`);
    if (word === 'true' || word === 'false') return { kind: 'bool', value: word === 'true', annotations };
    if (word === 'null') {
      // null.string and the like are typed nulls: null all the same.
      if (this.text[this.at] === '.') {
        this.at++;
        this.peekSymbol();
      }
      return { kind: 'null', annotations };
    }
    return { kind: 'symbol', value: word, annotations };
  }

  /** An identifier symbol at the cursor (consumed), or undefined. */
  private peekSymbol(): string | undefined {
    const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(this.text.slice(this.at, this.at + 256));
    if (!match) {
      if (this.text[this.at] === "'" && !this.text.startsWith("'''", this.at)) {
        const start = this.at;
        const name = this.quoted("'");
        const save = this.at;
        this.skipSpace();
        if (this.text.startsWith('::', this.at)) {
          this.at = save;
          return name;
        }
        this.at = start;
      }
      return undefined;
    }
    this.at += match[0].length;
    return match[0];
  }

  private quoted(quote: string): string {
    this.at++;
    let out = '';
    for (;;) {
      const c = this.text[this.at++];
      if (c === undefined || c === '\n') this.fail('unterminated string');
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[this.at++];
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\', '/': '/', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?' };
      if (e in simple) out += simple[e];
      else if (e === 'x' || e === 'u' || e === 'U') {
        const length = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = this.text.slice(this.at, this.at + length);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) this.fail('bad escape');
        this.at += length;
        const code = parseInt(hex, 16);
        // A \u surrogate pair is two escapes: each half is appended as it comes.
        out += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
      } else this.fail('bad escape');
    }
  }

  private longString(): string {
    let out = '';
    for (;;) {
      this.skipSpace();
      if (!this.text.startsWith("'''", this.at)) return out;
      this.at += 3;
      const end = this.text.indexOf("'''", this.at);
      if (end < 0) this.fail('unterminated long string');
      out += JSON.parse(`"${this.text.slice(this.at, end).replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`);
      this.at = end + 3;
    }
  }

  private number(): string {
    const match = /^[-+]?[0-9_]*\.?[0-9_]*([dDeE][-+]?[0-9]+)?/.exec(this.text.slice(this.at, this.at + 512));
    if (!match || !/[0-9]/.test(match[0])) this.fail('bad number');
    this.at += match[0].length;
    // Ion's 'd' exponent is a decimal's; as DynamoDB number text it is an ordinary exponent.
    return match[0].replace(/_/g, '').replace(/[dD]/, 'e').replace(/\.(e|$)/, '$1');
  }

  private blob(): Buffer {
    const end = this.text.indexOf('}}', this.at);
    if (end < 0) this.fail('unterminated blob');
    const body = this.text.slice(this.at + 2, end).replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) this.fail('bad blob');
    this.at = end + 2;
    return Buffer.from(body, 'base64');
  }

  private list(): IonValue[] {
    this.at++;
    const out: IonValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === ']') {
        this.at++;
        return out;
      }
      out.push(this.value());
    }
  }

  private struct(): Array<[string, IonValue]> {
    this.at++;
    const out: Array<[string, IonValue]> = [];
    for (;;) {
      this.skipSpace();
      const c = this.text[this.at];
      if (c === '}') {
        this.at++;
        return out;
      }
      let name: string | undefined;
      if (c === '"') name = this.quoted('"');
      else if (c === "'") name = this.quoted("'");
      else name = this.peekSymbol();
      if (name === undefined) this.fail('field name expected');
      this.skipSpace();
      if (this.text[this.at] !== ':') this.fail("':' expected");
      this.at++;
      out.push([name, this.value()]);
    }
  }
}

/** An Ion value as a DynamoDB attribute value (throws IonSyntaxError for what DynamoDB cannot hold). */
export function attributeFromIon(value: IonValue): AttributeValue {
  const set = value.annotations.find((a) => a.startsWith('$dynamodb_'));
  if (set) {
    if (value.kind !== 'list') throw new IonSyntaxError(`${set} annotates a list`);
    if (set === '$dynamodb_SS') return { SS: value.value.map((v) => (v.kind === 'string' ? v.value : badMember(set))) };
    if (set === '$dynamodb_NS') return { NS: value.value.map((v) => (v.kind === 'number' ? v.value : badMember(set))) };
    if (set === '$dynamodb_BS') return { BS: value.value.map((v) => (v.kind === 'blob' ? v.value : badMember(set))) };
    throw new IonSyntaxError(`Unknown annotation ${set}`);
  }
  switch (value.kind) {
    case 'string':
    case 'symbol':
      return { S: value.value };
    case 'number':
      return { N: value.value };
    case 'blob':
      return { B: value.value };
    case 'bool':
      return { BOOL: value.value };
    case 'null':
      return { NULL: true };
    case 'list':
      return { L: value.value.map(attributeFromIon) };
    case 'struct': {
      const fields: Record<string, AttributeValue> = {};
      for (const [name, field] of value.value) Object.defineProperty(fields, name, { value: attributeFromIon(field), enumerable: true, writable: true, configurable: true });
      return { M: fields };
    }
  }
}

function badMember(set: string): never {
  throw new IonSyntaxError(`A ${set} member has the wrong type`);
}

/** The item of one top-level `{Item:{...}}` value. */
export function itemFromIon(value: IonValue): Record<string, AttributeValue> {
  const field = value.kind === 'struct' ? value.value.find(([name]) => name === 'Item') : undefined;
  if (!field || field[1].kind !== 'struct') throw new IonSyntaxError('Each value must be a struct with an Item struct');
  return attributeFromIon(field[1]).M!;
}
