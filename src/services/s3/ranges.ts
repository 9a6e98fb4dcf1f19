/** The Range header of a GET or HEAD, as S3 reads it: one `bytes=` range, else the whole object. */
import { AwsError } from '../../core/errors.js';

/** [start, end] inclusive, undefined for "serve it all" (no or unreadable or multiple ranges), 416 when unsatisfiable. */
export function parseByteRange(header: string, size: number): { start: number; end: number } | undefined {
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return undefined;
  const [, first, last] = match as unknown as [string, string, string];
  if (first === '' && last === '') return undefined;
  let start: number;
  let end: number;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) throw invalidRange(header, size);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(first);
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
    if (last !== '' && Number(last) < start) return undefined;
  }
  if (start >= size) throw invalidRange(header, size);
  return { start, end };
}

function invalidRange(requested: string, size: number): AwsError {
  return new AwsError('InvalidRange', 'The requested range is not satisfiable', 416, {
    fields: { RangeRequested: requested, ActualObjectSize: size },
    headers: { 'Content-Range': `bytes */${size}` },
  });
}
