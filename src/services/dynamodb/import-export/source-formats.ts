/**
 * The formats an import reads (DynamoDB JSON lines, CSV, Ion text) and an export writes
 * (DynamoDB JSON lines, Ion text). A reader yields each source item, or why it cannot be one,
 * with its index in the object, as the import's error log points at it.
 */
import type { AttributeDefinition } from '../state.js';
import { serializeItem, type Item } from '../attribute-values.js';
import { IonReader, ION_VERSION_MARKER, ionRecordLine, itemFromIon } from './ion-text.js';

export type InputFormat = 'DYNAMODB_JSON' | 'ION' | 'CSV';
export type OutputFormat = 'DYNAMODB_JSON' | 'ION';

/** One source item: its attribute values as given (checked by the importer), or what is wrong with it. */
export type SourceRecord = { index: number; item: Record<string, unknown>; error?: undefined } | { index: number; item?: undefined; error: string };

export interface CsvSettings {
  delimiter: string;
  headerList?: string[];
  /** The table's key attributes and their types: CSV cells of these are typed, all others are strings. */
  keyTypes: AttributeDefinition[];
}

/**
 * One exported record as a line: a full export's `{"Item": {...}}`, an incremental export's
 * `{"Metadata": {...}, "Keys": {...}, "OldImage": {...}, "NewImage": {...}}`.
 */
export function exportLine(format: OutputFormat, record: Record<string, Item>): string {
  if (format === 'ION') return ionRecordLine(record);
  return `{${Object.entries(record).map(([name, item]) => `${JSON.stringify(name)}:${serializeItem(item)}`).join(',')}}`;
}

/** A data file's text: its lines, the Ion version marker first in an Ion file. */
export function dataFileText(format: OutputFormat, lines: string[]): string {
  if (!lines.length) return '';
  return `${format === 'ION' ? `${ION_VERSION_MARKER} ` : ''}${lines.join('\n')}\n`;
}

/** DynamoDB JSON: one `{"Item": {...}}` a line; binaries in base64, as the wire has them. */
export function* dynamoJsonRecords(text: string): Generator<SourceRecord> {
  let index = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const at = index++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      yield { index: at, error: `Unable to parse the line as DynamoDB JSON: ${(error as Error).message}` };
      continue;
    }
    const item = (parsed as { Item?: unknown } | null)?.Item;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      yield { index: at, error: 'Each line must be a JSON object with an "Item" object' };
      continue;
    }
    yield { index: at, item: reviveBinaries(item as Record<string, unknown>) };
  }
}

/** Base64 B and BS members become Buffers, as the JSON codec hands them to DynamoDB. */
function reviveBinaries(item: Record<string, unknown>): Record<string, unknown> {
  for (const name of Object.keys(item)) reviveValue(item[name]);
  return item;
}

function reviveValue(value: unknown): void {
  if (!value || typeof value !== 'object') return;
  const av = value as Record<string, unknown>;
  if (typeof av.B === 'string') av.B = Buffer.from(av.B, 'base64');
  if (Array.isArray(av.BS)) av.BS = av.BS.map((b) => (typeof b === 'string' ? Buffer.from(b, 'base64') : b));
  if (Array.isArray(av.L)) av.L.forEach(reviveValue);
  if (av.M && typeof av.M === 'object') for (const name of Object.keys(av.M)) reviveValue((av.M as Record<string, unknown>)[name]);
}

export function* ionRecords(text: string): Generator<SourceRecord> {
  const reader = new IonReader(text);
  for (let index = 0; ; index++) {
    let value;
    try {
      value = reader.next();
      if (!value) return;
      yield { index, item: itemFromIon(value) as Record<string, unknown> };
    } catch (error) {
      // Past a syntax error the rest of the object cannot be read reliably.
      yield { index, error: (error as Error).message };
      if (!value) return;
    }
  }
}

/** CSV rows (RFC 4180 quoting: quoted cells may hold the delimiter, quotes doubled, line breaks). */
function* csvRows(text: string, delimiter: string): Generator<string[]> {
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      started = true;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
      started = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (started || cell !== '') {
        row.push(cell);
        yield row;
      }
      row = [];
      cell = '';
      started = false;
    } else {
      cell += c;
      started = true;
    }
  }
  if (started || cell !== '') {
    row.push(cell);
    yield row;
  }
}

export function* csvRecords(text: string, settings: CsvSettings): Generator<SourceRecord> {
  let header = settings.headerList;
  let index = 0;
  for (const row of csvRows(text, settings.delimiter)) {
    if (!header) {
      header = row;
      continue;
    }
    const at = index++;
    if (row.length !== header.length) {
      yield { index: at, error: `The row has ${row.length} fields where the header has ${header.length}` };
      continue;
    }
    const item: Record<string, unknown> = {};
    header.forEach((name, column) => {
      const cell = row[column];
      const key = settings.keyTypes.find((k) => k.AttributeName === name);
      if (!key && cell === '') return;
      const value = key?.AttributeType === 'N' ? { N: cell } : key?.AttributeType === 'B' ? { B: Buffer.from(cell, 'base64') } : { S: cell };
      Object.defineProperty(item, name, { value, enumerable: true, writable: true, configurable: true });
    });
    yield { index: at, item };
  }
}
