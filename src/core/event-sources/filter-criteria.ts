import { compilePattern, PatternError, type CompiledPattern } from '../event-pattern/index.js';
import type { RecordFilter } from './source.js';

/** EventBridge Pipes and Lambda event source mappings take at most five filters. */
export const MAX_FILTERS = 5;

/**
 * FilterCriteria.Filters[].Pattern compiled with the shared event-pattern engine: a record passes
 * when any filter matches it (no filters: every record passes). Patterns are matched against the
 * record with its payload parsed (SQS `body`, Kinesis `data`), as AWS documents. Throws
 * PatternError with AWS's reason for a malformed pattern.
 */
export function compileFilterCriteria(patterns: readonly string[]): RecordFilter {
  const compiled: CompiledPattern[] = patterns.map((text) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      throw new PatternError('Filter pattern is not valid JSON');
    }
    return compilePattern(parsed);
  });
  if (!compiled.length) return () => true;
  return (data) => compiled.some((pattern) => pattern.matches(data));
}
