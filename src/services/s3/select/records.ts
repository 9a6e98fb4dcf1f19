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

/** CSV records as arrays of fields. */
export function parseCsv(text: string, csv: S3.CSVInput): string[][] {
  const field = single(csv.FieldDelimiter, ',');
  const record = single(csv.RecordDelimiter, '\n');
  const quote = single(csv.QuoteCharacter, '"');
  const escape = single(csv.QuoteEscapeCharacter, '"');
  const comment = csv.Comments === undefined ? '#' : csv.Comments;
  const records: string[][] = [];
  let fields: string[] = [];
  let current = '';
  let quoted = false;
  let atRecordStart = true;
  let i = 0;
  const endRecord = () => {
    fields.push(current);
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '')) records.push(fields);
    fields = [];
    current = '';
    atRecordStart = true;
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
      endRecord();
    } else {
      current += text[i];
      i++;
    }
  }
  if (current !== '' || fields.length) endRecord();
  return records;
}

export function csvRows(text: string, csv: S3.CSVInput): { rows: Row[]; header?: string[] } {
  const records = parseCsv(text, csv);
  const info = csv.FileHeaderInfo ?? 'NONE';
  if (info === 'NONE') return { rows: records.map((fields) => ({ kind: 'csv', fields })) };
  const [first, ...rest] = records;
  const header = info === 'USE' ? first : undefined;
  return { rows: rest.map((fields) => ({ kind: 'csv', fields, header })), header };
}

function jsonError(): AwsError {
  return new AwsError('JSONParsingError', 'An error occurred while parsing the JSON file. Check the file and try again.', 400);
}

/** Splits concatenated JSON values (a DOCUMENT may hold several) without evaluating them. */
function splitJsonValues(text: string): string[] {
  const values: string[] = [];
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
      if (depth === 0) values.push(text.slice(start, i + 1));
    } else if (depth === 0 && !/\s/.test(c)) {
      throw jsonError();
    }
  }
  if (depth !== 0 || inString) throw jsonError();
  return values;
}

export function jsonRows(text: string, json: S3.JSONInput, spreadArrays: boolean): Row[] {
  const type = json.Type ?? 'DOCUMENT';
  const parse = (t: string) => {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      throw jsonError();
    }
  };
  const values = type === 'LINES' ? text.split(/\r?\n/).filter((l) => l.trim() !== '').map(parse) : splitJsonValues(text).map(parse);
  const rows: Row[] = [];
  for (const value of values) {
    if (spreadArrays && Array.isArray(value)) for (const item of value) rows.push({ kind: 'json', value: item });
    else rows.push({ kind: 'json', value });
  }
  return rows;
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
