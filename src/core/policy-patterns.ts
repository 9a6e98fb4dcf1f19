/**
 * Strings in IAM policies: `*`/`?` wildcards (Action, Resource, StringLike, ArnLike) and policy
 * variables (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, `${*}`, `${?}`, `${$}`) in
 * Resource and condition values. One matcher for every policy element that takes a pattern.
 */

/** Request condition keys by lower-cased name (IAM's key names are case-insensitive), values as strings. */
export type ContextKeys = Map<string, string[]>;

/** A `*` or `?` that came from `${*}`/`${?}` or a variable's value: matches only itself, never as a wildcard. */
const LITERAL_STAR = '\uE000';
const LITERAL_QUESTION = '\uE001';

/** `*` matches any run of characters, `?` any one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  // Iterative glob with backtracking to the last star: linear in practice, no regex building.
  let pi = 0;
  let vi = 0;
  let star = -1;
  let mark = 0;
  while (vi < v.length) {
    const pc = p[pi];
    if (pi < p.length && (pc === '?' || pc === v[vi] || (pc === LITERAL_STAR && v[vi] === '*') || (pc === LITERAL_QUESTION && v[vi] === '?'))) {
      pi++;
      vi++;
    } else if (pc === '*') {
      star = pi++;
      mark = vi;
    } else if (star !== -1) {
      pi = star + 1;
      vi = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** wildcardMatch with the common cases (`*`, a plain string) decided without walking the pattern. */
export function matchesPattern(pattern: string, value: string): boolean {
  if (pattern === value || pattern === '*') return true;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*' || ch === '?' || ch === LITERAL_STAR || ch === LITERAL_QUESTION) return wildcardMatch(pattern, value);
  }
  return false;
}

/** An ARN split into its six parts (the resource part may hold colons); undefined when it is not one. */
function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** ArnLike/ArnEquals: each of the six colon-separated parts matched on its own, with wildcards. */
export function arnLike(pattern: string, value: string): boolean {
  const p = arnParts(pattern);
  const v = arnParts(value);
  if (!p || !v) return pattern === '*' || wildcardMatch(pattern, value);
  return p.every((part, i) => wildcardMatch(part, v[i]!));
}

const VARIABLE = /\$\{([^}]*)\}/g;

/** The single value of a key for a variable; a multi-valued key cannot fill a variable. */
function variableValue(keys: ContextKeys, name: string): string | undefined {
  const values = keys.get(name.toLowerCase());
  return values && values.length === 1 ? values[0] : undefined;
}

/**
 * Fills a policy string's variables from the request's keys. `forPattern` keeps the stars and
 * question marks that variables bring as literals (for wildcardMatch). Undefined when a variable
 * has no value and no default: AWS then treats that element as not matching.
 */
export function substituteVariables(text: string, keys: ContextKeys, forPattern: boolean): string | undefined {
  if (!text.includes('${')) return text;
  const literal = (value: string) => (forPattern ? value.replaceAll('*', LITERAL_STAR).replaceAll('?', LITERAL_QUESTION) : value);
  let unresolved = false;
  const result = text.replace(VARIABLE, (_whole, inner: string) => {
    const body = inner.trim();
    if (body === '*' || body === '?' || body === '$') return literal(body);
    const defaulted = /^([^,]+?)\s*,\s*'([^']*)'$/.exec(body);
    const name = defaulted ? defaulted[1]!.trim() : body;
    const value = variableValue(keys, name) ?? defaulted?.[2];
    if (value === undefined) {
      unresolved = true;
      return '';
    }
    return literal(value);
  });
  return unresolved ? undefined : result;
}
