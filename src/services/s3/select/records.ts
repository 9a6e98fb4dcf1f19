/**
 * S3 Select's input and output serializations: CSV read with its delimiters, quote and escape
 * characters, comment lines and header handling (USE, IGNORE, NONE); JSON as LINES (one value a
 * line) or DOCUMENT (one or more concatenated values); and the result written back as CSV
 * (QuoteFields ASNEEDED or ALWAYS) or JSON lines.
 */
import type * as S3 from '../../../generated/s3.js';
import { AwsError } from '../../../core/errors.js';
import type { OutputRow, Row } from './evaluate.js';

function single(value: string | undefined, fallback: string): string {
  return value === undefined || value === '' ? fallback : value;
}

/** CSV records as arrays of fields, one at a time (a large object is never split whole at once). */
export function* parseCsv(text: string, csv: S3.CSVInput): Generator<string[]> {
  const field = single(csv.FieldDelimiter, ',');
  const record = single(csv.RecordDelimiter, '\n');
  const quote = single(csv.QuoteCharacter, '"');
  const escape = single(csv.QuoteEscapeCharacter, '"');
  const comment = csv.Comments === undefined ? '#' : csv.Comments;
  let fields: string[] = [];
  let current = '';
  let quoted = false;
  let atRecordStart = true;
  let i = 0;
  /** The record just ended, unless it was a blank line (no record). */
  const endRecord = (): string[] | undefined => {
    fields.push(current);
    const ended = fields.length === 1 && fields[0] === '' ? undefined : fields;
    fields = [];
    current = '';
    atRecordStart = true;
    return ended;
  };
  while (i < text.length) {
    if (atRecordStart && comment && text.startsWith(comment, i)) {
      const next = text.indexOf(record, i);
      i = next < 0 ? text.length : next + record.length;
      continue;
    }
    atRecordStart = false;
    if (quoted) {
      if (escape !== quote && text.startsWith(escape, i) && text.startsWith(quote, i + escape.length)) {
        current += quote;
        i += escape.length + quote.length;
      } else if (text.startsWith(quote, i)) {
        if (escape === quote && text.startsWith(quote, i + quote.length)) {
          current += quote;
          i += 2 * quote.length;
        } else {
          quoted = false;
          i += quote.length;
        }
      } else {
        current += text[i];
        i++;
      }
    } else if (text.startsWith(quote, i) && current === '') {
      quoted = true;
      i += quote.length;
    } else if (text.startsWith(field, i)) {
      fields.push(current);
      current = '';
      i += field.length;
    } else if (text.startsWith(record, i) || (record === '\n' && text.startsWith('\r\n', i))) {
      i += text.startsWith('\r\n', i) && record === '\n' ? 2 : record.length;
      const ended = endRecord();
      if (ended) yield ended;
    } else {
      current += text[i];
      i++;
    }
  }
  if (current !== '' || fields.length) {
    const ended = endRecord();
    if (ended) yield ended;
  }
}

/** The rows of a CSV object, lazily; with USE or IGNORE the first record is the header, not a row. */
export function* csvRows(text: string, csv: S3.CSVInput): Generator<Row> {
  const info = csv.FileHeaderInfo ?? 'NONE';
  let header: string[] | undefined;
  let first = true;
  for (const fields of parseCsv(text, csv)) {
    if (first && info !== 'NONE') {
      first = false;
      if (info === 'USE') header = fields;
      continue;
    }
    first = false;
    yield { kind: 'csv', fields, header };
  }
}

function jsonError(): AwsError {
  return new AwsError('JSONParsingError', 'An error occurred while parsing the JSON file. Check the file and try again.', 400);
}

/** Splits concatenated JSON values (a DOCUMENT may hold several) without evaluating them, one at a time. */
function* splitJsonValues(text: string): Generator<string> {
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 0) throw jsonError();
      if (depth === 0) yield text.slice(start, i + 1);
    } else if (depth === 0 && !/\s/.test(c)) {
      throw jsonError();
    }
  }
  if (depth !== 0 || inString) throw jsonError();
}

/** The rows of a JSON object, lazily: LINES one value a line, DOCUMENT each top-level value. */
export function* jsonRows(text: string, json: S3.JSONInput, spreadArrays: boolean): Generator<Row> {
  const type = json.Type ?? 'DOCUMENT';
  const parse = (t: string) => {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      throw jsonError();
    }
  };
  const texts = type === 'LINES' ? jsonLines(text) : splitJsonValues(text);
  for (const valueText of texts) {
    const value = parse(valueText);
    if (spreadArrays && Array.isArray(value)) for (const item of value) yield { kind: 'json', value: item };
    else yield { kind: 'json', value };
  }
}

function* jsonLines(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') yield line;
    start = end + 1;
  }
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function writeCsv(rows: OutputRow[], csv: S3.CSVOutput): string {
  const field = single(csv.FieldDelimiter, ',');
  const record = single(csv.RecordDelimiter, '\n');
  const quote = single(csv.QuoteCharacter, '"');
  const escape = single(csv.QuoteEscapeCharacter, '"');
  const always = csv.QuoteFields === 'ALWAYS';
  const cell = (value: unknown) => {
    const text = scalarText(value);
    const needs = always || text.includes(field) || text.includes(quote) || text.includes(record) || text.includes('\n') || text.includes('\r');
    return needs ? `${quote}${text.split(quote).join(escape + quote)}${quote}` : text;
  };
  return rows.map((row) => row.map(([, value]) => cell(value)).join(field) + record).join('');
}

export function writeJson(rows: OutputRow[], json: S3.JSONOutput): string {
  const record = single(json.RecordDelimiter, '\n');
  return rows.map((row) => JSON.stringify(Object.fromEntries(row.map(([name, value]) => [name, value ?? null]))) + record).join('');
}
