/**
 * Which operation a REST request calls: each operation's `http.requestUri` template (labels,
 * greedy labels, query literals) compiled once per model, the most specific match winning, as
 * restJson1 and restXml route.
 */
import type { Model, Operation } from './model.js';
import type { WireRequest } from './types.js';


interface Label {
  name: string;
  greedy: boolean;
}

export interface Route {
  /** The operation's key in the model (CloudFront's `operation.name` carries a version suffix). */
  name: string;
  operation: Operation;
  index: number;
  method: string;
  regex: RegExp;
  labels: Label[];
  literalSegments: number;
  literalChars: number;
  greedyLabels: number;
  /** `?key` (value undefined: only presence counts) or `?key=value`. */
  queryLiterals: Array<[string, string | undefined]>;
  /** Required input members bound to a header or query key (lowercased header names). */
  requiredLocated: Array<{ location: 'header' | 'querystring'; name: string }>;
  /** Every query key an input member is bound to. */
  queryMembers: string[];
  deprecated: boolean;
}

const routeCache = new WeakMap<Model, { all: Route[]; byOperation: Map<Operation, Route> }>();

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileRoute(model: Model, name: string, operation: Operation, index: number): Route {
  const template = operation.http.requestUri;
  const q = template.indexOf('?');
  const pathTemplate = q === -1 ? template : template.slice(0, q);
  const queryTemplate = q === -1 ? '' : template.slice(q + 1);

  const labels: Label[] = [];
  let pattern = '';
  let literalChars = 0;
  let last = 0;
  const labelRe = /\{([^}+]+)(\+)?\}/g;
  for (let m = labelRe.exec(pathTemplate); m; m = labelRe.exec(pathTemplate)) {
    const literal = pathTemplate.slice(last, m.index);
    pattern += escapeRegex(literal);
    literalChars += literal.length;
    const greedy = m[2] === '+';
    labels.push({ name: m[1], greedy });
    pattern += greedy ? '(.+)' : '([^/]+)';
    last = m.index + m[0].length;
  }
  const tail = pathTemplate.slice(last);
  pattern += escapeRegex(tail);
  literalChars += tail.length;
  const endsGreedy = labels.length > 0 && labels[labels.length - 1].greedy && tail === '';
  // A trailing slash is tolerated (S3 clients send `/bucket/` for bucket operations);
  // a greedy label must still match at least one character, so `/bucket/` is never an object.
  if (!endsGreedy) pattern = pattern.replace(/\/$/, '') + '/?';
  const regex = new RegExp(`^${pattern}$`);

  const literalSegments = pathTemplate.split('/').filter((s) => s !== '' && !s.includes('{')).length;
  const queryLiterals: Array<[string, string | undefined]> = [];
  for (const part of queryTemplate.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    queryLiterals.push(eq === -1 ? [part, undefined] : [part.slice(0, eq), part.slice(eq + 1)]);
  }

  const requiredLocated: Route['requiredLocated'] = [];
  const queryMembers: string[] = [];
  if (operation.input) {
    const input = model.resolve(operation.input);
    const required = new Set(input.required ?? []);
    for (const [name, ref] of Object.entries(input.members ?? {})) {
      const wire = ref.locationName ?? name;
      if (ref.location === 'querystring') queryMembers.push(wire);
      if (!required.has(name)) continue;
      if (ref.location === 'header') requiredLocated.push({ location: 'header', name: wire.toLowerCase() });
      else if (ref.location === 'querystring') requiredLocated.push({ location: 'querystring', name: wire });
    }
  }

  return {
    name,
    operation,
    index,
    method: operation.http.method.toUpperCase(),
    regex,
    labels,
    literalSegments,
    literalChars,
    greedyLabels: labels.filter((l) => l.greedy).length,
    queryLiterals,
    requiredLocated,
    queryMembers,
    deprecated: Boolean(operation.deprecated),
  };
}

function routes(model: Model): { all: Route[]; byOperation: Map<Operation, Route> } {
  let cached = routeCache.get(model);
  if (!cached) {
    const all = Object.entries(model.operations).map(([name, op], i) => compileRoute(model, name, op, i));
    cached = { all, byOperation: new Map(all.map((r) => [r.operation, r])) };
    routeCache.set(model, cached);
  }
  return cached;
}

export function routeOf(model: Model, operation: Operation): Route | undefined {
  const { all, byOperation } = routes(model);
  return byOperation.get(operation) ?? all.find((r) => r.name === operation.name || r.operation.name === operation.name);
}

interface Candidate {
  route: Route;
  requiredPresent: number;
  requiredMissing: number;
  queryPresent: number;
}

/** Negative when a is the better match. */
function compareCandidates(a: Candidate, b: Candidate): number {
  const ra = a.route;
  const rb = b.route;
  return (
    rb.literalSegments - ra.literalSegments ||
    rb.literalChars - ra.literalChars ||
    ra.greedyLabels - rb.greedyLabels ||
    rb.queryLiterals.length - ra.queryLiterals.length ||
    // Operations sharing a template (S3 PutObject / CopyObject / UploadPart /
    // UploadPartCopy) differ by their required header and query members.
    Number(a.requiredMissing > 0) - Number(b.requiredMissing > 0) ||
    b.requiredPresent - a.requiredPresent ||
    b.queryPresent - a.queryPresent ||
    Number(ra.deprecated) - Number(rb.deprecated) ||
    ra.index - rb.index
  );
}

/**
 * The operation a REST request calls: method, path and query literals against
 * every `http.requestUri` template. Reads only the request line and headers.
 */
export function matchOperation(model: Model, request: WireRequest): string | undefined {
  const method = request.method.toUpperCase();
  const path = request.path || '/';
  let best: Candidate | undefined;
  for (const route of routes(model).all) {
    if (route.method !== method || !route.regex.test(path)) continue;
    let literalsOk = true;
    for (const [key, value] of route.queryLiterals) {
      if (!request.query.has(key) || (value !== undefined && request.query.get(key) !== value)) {
        literalsOk = false;
        break;
      }
    }
    if (!literalsOk) continue;
    let requiredPresent = 0;
    let requiredMissing = 0;
    for (const req of route.requiredLocated) {
      const present = req.location === 'header' ? request.headers[req.name] !== undefined : request.query.has(req.name);
      if (present) requiredPresent++;
      else requiredMissing++;
    }
    const queryPresent = route.queryMembers.filter((key) => request.query.has(key)).length;
    const candidate: Candidate = { route, requiredPresent, requiredMissing, queryPresent };
    if (!best || compareCandidates(candidate, best) < 0) best = candidate;
  }
  return best?.route.name;
}
