import { evaluateJsonPath, parseJsonPath } from '../../core/json-path.js';

/**
 * EventBridge Pipes input transformation: an InputTemplate with `<$.path>` placeholders (JSON paths
 * into the event, with SQS `body` and Kinesis `data` already parsed when they hold JSON) and the
 * reserved `<aws.pipes.*>` variables. In a JSON template a placeholder inside quotes is written as
 * string content, one outside quotes as JSON; in a text template strings go in as they are.
 * Dynamic parameters (a target parameter such as MessageGroupId given as `$.path`) use the same paths.
 */

/** The reserved variables of one event: pipe-arn, pipe-name, source-arn, enrichment-arn, target-arn, event, event.json, event.ingestion-time. */
export interface TemplateVariables {
  'pipe-arn': string;
  'pipe-name': string;
  'source-arn': string;
  'enrichment-arn': string;
  'target-arn': string;
  /** The event as the pipe received it (SQS body still text). */
  event: unknown;
  /** The event with its encoded payload (SQS body, Kinesis data) decoded into JSON. */
  'event.json': unknown;
  'event.ingestion-time': string;
}

const PLACEHOLDER = /<(\$(?:[.[][^<>]*)?|aws\.pipes\.[a-z.-]+)>/y;
const MISSING = Symbol('missing');

/** Renders the template for one event; `data` is the event as paths read it. */
export function renderTemplate(template: string, data: unknown, variables: TemplateVariables): string {
  const json = /^\s*[[{]/.test(template);
  let out = '';
  let inString = false;
  for (let i = 0; i < template.length; ) {
    const char = template[i]!;
    if (char === '<') {
      PLACEHOLDER.lastIndex = i;
      const match = PLACEHOLDER.exec(template);
      if (match) {
        const value = lookup(match[1]!, data, variables);
        out += json ? (inString ? insideQuotes(value) : asJson(value)) : asText(value);
        i += match[0].length;
        continue;
      }
    }
    if (json && char === '"') inString = !inString;
    if (json && inString && char === '\\' && i + 1 < template.length) {
      out += char + template[i + 1]!;
      i += 2;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/** A template's output as a value: JSON when it parses, else the text. */
export function templateValue(rendered: string): unknown {
  try {
    return JSON.parse(rendered) as unknown;
  } catch {
    return rendered;
  }
}

/** A `$.a.b[0]` path into a value; undefined when the path leads nowhere. */
export function valueAtPath(data: unknown, path: string): unknown {
  const found = walk(data, path);
  return found === MISSING ? undefined : found;
}

function lookup(name: string, data: unknown, variables: TemplateVariables): unknown {
  if (name.startsWith('$')) return walk(data, name);
  const variable = name.slice('aws.pipes.'.length) as keyof TemplateVariables;
  return Object.prototype.hasOwnProperty.call(variables, variable) ? variables[variable] : MISSING;
}

function walk(data: unknown, path: string): unknown {
  const parsed = parseJsonPath(path);
  const found = parsed ? evaluateJsonPath(parsed, data) : undefined;
  return found === undefined ? MISSING : found;
}

function asJson(value: unknown): string {
  return value === MISSING || value === undefined ? 'null' : JSON.stringify(value);
}

function insideQuotes(value: unknown): string {
  if (value === MISSING || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text).slice(1, -1);
}

function asText(value: unknown): string {
  if (value === MISSING || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
