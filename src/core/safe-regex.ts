/**
 * The one regular-expression engine for patterns a caller supplies (Logs
 * filter patterns and Insights queries, later EventBridge wildcards and X-Ray
 * filters). It runs on RE2 semantics (the re2js port): matching takes time
 * linear in the subject, so `(a+)+b` cannot backtrack exponentially and stall
 * the one event loop every service shares. RE2 refuses what needs
 * backtracking (backreferences, lookaround); callers turn that into their
 * service's error.
 *
 * Linear is not free: the cost is (subject length) x (program size), and a
 * pattern like `\w{1,1000}` compiles to thousands of instructions. Programs
 * above MAX_PROGRAM_SIZE are refused, which bounds the work per subject byte.
 */
import { RE2JS } from 're2js';

/** Instructions a compiled pattern may have: ~50 ms per MiB of subject for the worst DFA-hostile patterns measured at this size. */
export const MAX_PROGRAM_SIZE = 1000;

export class RegexSyntaxError extends Error {
  constructor(
    message: string,
    /** The pattern compiled, but to a program too large to run within the work bound. */
    readonly tooComplex = false,
  ) {
    super(message);
  }
}

export interface RegexOptions {
  caseInsensitive?: boolean;
  /** `.` matches line terminators too. */
  dotAll?: boolean;
  /** `^` and `$` match at line boundaries. */
  multiline?: boolean;
}

/** What `exec` returns: the whole match, then the groups by number (undefined when a group took no part), and named groups. */
export interface SafeMatch {
  readonly [index: number]: string | undefined;
  readonly length: number;
  readonly index: number;
  readonly groups?: Record<string, string | undefined>;
}

export interface SafeRegex {
  readonly source: string;
  /** Whether the pattern matches anywhere in `text`. */
  test(text: string): boolean;
  /** The leftmost match with its groups, or null. */
  exec(text: string): SafeMatch | null;
  /** Named groups, in the order they appear. */
  readonly groupNames: string[];
  /** Text every match contains (case-sensitively), for callers that can skip subjects without it cheaply. */
  readonly literals: string[];
}

export function compileSafeRegex(source: string, options: RegexOptions = {}): SafeRegex {
  let flags = 0;
  if (options.caseInsensitive) flags |= RE2JS.CASE_INSENSITIVE;
  if (options.dotAll) flags |= RE2JS.DOTALL;
  if (options.multiline) flags |= RE2JS.MULTILINE;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source, flags);
  } catch (error) {
    throw new RegexSyntaxError(error instanceof Error ? error.message : String(error));
  }
  if (compiled.programSize() > MAX_PROGRAM_SIZE) {
    throw new RegexSyntaxError(`The regular expression is too complex (${compiled.programSize()} instructions, at most ${MAX_PROGRAM_SIZE}).`, true);
  }
  const named = compiled.namedGroups();
  const groupNames = Object.keys(named).sort((a, b) => named[a] - named[b]);
  const literals = options.caseInsensitive ? [] : requiredLiterals(source);
  // A subject without the text every match contains cannot match: includes() answers that far faster than a call into the engine.
  const test = literals.length ? (text: string) => literals.every((literal) => text.includes(literal)) && compiled.test(text) : (text: string) => compiled.test(text);
  return {
    source,
    groupNames,
    literals,
    test,
    exec(text) {
      // The DFA answers "no match" fast; the capturing matcher only runs on subjects that match.
      if (!test(text)) return null;
      return compiled.exec(text) as unknown as SafeMatch | null;
    },
  };
}

/**
 * The runs of plain characters every match must contain, for a pattern that
 * is one concatenation (no `|`, no groups, no escapes): a run breaks at
 * classes, `.`, anchors and quantifiers, and a quantified character leaves
 * it. None when the pattern is not that simple.
 */
export function requiredLiterals(source: string): string[] {
  if (/[|()\\]/.test(source)) return [];
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '[') {
      end();
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j++;
      i = j;
    } else if (char === '*' || char === '?' || char === '+' || char === '{') {
      // The quantified character may be absent (or repeat): it leaves the run.
      run = run.slice(0, -1);
      end();
      if (char === '{') {
        const close = source.indexOf('}', i);
        if (close < 0) return [];
        i = close;
      }
    } else if (char === '.' || char === '^' || char === '$') {
      end();
    } else {
      run += char;
    }
  }
  end();
  return runs;
}

/** A pattern that matches `text` literally. */
export function escapeRegex(text: string): string {
  return RE2JS.quote(text);
}
