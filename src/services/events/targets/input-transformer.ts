import { evaluateJsonPath, parseJsonPath } from '../../../core/json-path.js';
import type * as Events from '../../../generated/events.js';
import { validationException } from './errors.js';

/*
 * What a target receives: the whole event, a constant (Input), a part of the event (InputPath),
 * or a template filled from the event (InputTransformer), as AWS's "Transforming inputs" page
 * describes. Template rules: a placeholder inside a JSON string inserts the value's raw text; one
 * outside inserts the value as JSON; a template that is not JSON at all is a text template, where
 * every placeholder inserts raw text. The JSON a target receives is minified.
 */

export const MAX_INPUT_PATHS = 100;

/** Variables EventBridge defines itself: they cannot be InputPathsMap keys. */
const PREDEFINED = new Set(['aws.events.rule-arn', 'aws.events.rule-name', 'aws.events.event.ingestion-time', 'aws.events.event', 'aws.events.event.json']);

const PLACEHOLDER = /<([^<>\s]+)>/g;

/** What a template is filled from, besides the event. */
export interface TransformContext {
  ruleArn: string;
  ruleName: string;
  /** ISO 8601, when EventBridge took the event in. */
  ingestionTime: string;
}

/** Checks a target's input settings as PutTargets does; throws ValidationException. */
export function validateTargetInput(target: Events.Target): void {
  const given = [target.Input, target.InputPath, target.InputTransformer].filter((value) => value !== undefined).length;
  if (given > 1) throw validationException(`Only one of Input, InputPath, or InputTransformer must be provided for target ${target.Id}.`);
  if (target.Input !== undefined && !isJsonText(target.Input)) {
    throw validationException(`Input for target ${target.Id} is not valid JSON text.`);
  }
  if (target.InputPath !== undefined && !parseJsonPath(target.InputPath)) {
    throw validationException(`InputPath for target ${target.Id} is not a valid JSON path.`);
  }
  const transformer = target.InputTransformer;
  if (transformer) {
    const paths = Object.entries(transformer.InputPathsMap ?? {});
    if (paths.length > MAX_INPUT_PATHS) {
      throw validationException(`InputPathsMap for target ${target.Id} has ${paths.length} entries; at most ${MAX_INPUT_PATHS} are allowed.`);
    }
    for (const [key, path] of paths) {
      if (PREDEFINED.has(key) || key.startsWith('AWS.') || key.startsWith('aws.')) {
        throw validationException(`InputPathsMap for target ${target.Id} uses the reserved key ${key}.`);
      }
      if (!parseJsonPath(path)) throw validationException(`InputPathsMap for target ${target.Id} has an invalid JSON path for key ${key}: ${path}.`);
    }
    const defined = new Set(paths.map(([key]) => key));
    for (const match of transformer.InputTemplate.matchAll(PLACEHOLDER)) {
      const name = match[1]!;
      if (!defined.has(name) && !PREDEFINED.has(name)) {
        throw validationException(`InputTemplate for target ${target.Id} contains invalid placeholder ${name}.`);
      }
    }
  }
}

/** The payload the target receives for this event. */
export function renderTargetInput(target: Events.Target, event: Record<string, unknown>, context: TransformContext): string {
  // A constant Input is passed as it was given.
  if (target.Input !== undefined) return target.Input;
  if (target.InputPath !== undefined) {
    const path = parseJsonPath(target.InputPath);
    const selected = path ? evaluateJsonPath(path, event) : undefined;
    // A path that selects nothing sends an empty payload, as EventBridge does.
    return selected === undefined ? '' : JSON.stringify(selected);
  }
  if (target.InputTransformer) return renderTemplate(target.InputTransformer, event, context);
  return JSON.stringify(event);
}

/** Fills an InputTemplate. */
export function renderTemplate(transformer: Events.InputTransformer, event: Record<string, unknown>, context: TransformContext): string {
  const values = new Map<string, unknown>();
  for (const [key, text] of Object.entries(transformer.InputPathsMap ?? {})) {
    const path = parseJsonPath(text);
    const value = path ? evaluateJsonPath(path, event) : undefined;
    // A variable whose path is not in the event is empty.
    values.set(key, value === undefined ? '' : value);
  }
  values.set('aws.events.rule-arn', context.ruleArn);
  values.set('aws.events.rule-name', context.ruleName);
  values.set('aws.events.event.ingestion-time', context.ingestionTime);
  const { detail: _detail, ...withoutDetail } = event;
  values.set('aws.events.event', withoutDetail);
  values.set('aws.events.event.json', event);

  const template = transformer.InputTemplate;
  const placeholders = findPlaceholders(template).filter((p) => values.has(p.name));
  const asJson = isJsonTemplate(template, placeholders);
  let out = '';
  let at = 0;
  for (const placeholder of placeholders) {
    out += template.slice(at, placeholder.start);
    const value = values.get(placeholder.name);
    out += asJson && !placeholder.inString ? JSON.stringify(value) : rawText(value);
    at = placeholder.end;
  }
  out += template.slice(at);
  return asJson ? minifyJson(out) : out;
}

interface Placeholder {
  name: string;
  start: number;
  end: number;
  /** Inside a JSON string literal of the template. */
  inString: boolean;
}

function findPlaceholders(template: string): Placeholder[] {
  const found: Placeholder[] = [];
  let inString = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (inString && ch === '\\') {
      i++;
      continue;
    }
    if (ch === '"') {
      inString = !inString;
      continue;
    }
    if (ch === '<') {
      const match = /^<([^<>\s]+)>/.exec(template.slice(i));
      if (match) {
        found.push({ name: match[1]!, start: i, end: i + match[0].length, inString });
        i += match[0].length - 1;
      }
    }
  }
  return found;
}

/** A template is JSON when it parses with its placeholders standing for values. */
function isJsonTemplate(template: string, placeholders: Placeholder[]): boolean {
  let probe = '';
  let at = 0;
  for (const placeholder of placeholders) {
    probe += template.slice(at, placeholder.start) + (placeholder.inString ? 'x' : 'null');
    at = placeholder.end;
  }
  probe += template.slice(at);
  return isJsonText(probe);
}

function rawText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON text without the whitespace between tokens; strings and numbers kept byte for byte. Text that is not JSON is kept as it is. */
export function minifyJson(text: string): string {
  if (!isJsonText(text)) return text;
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch !== ' ' && ch !== '\n' && ch !== '\r' && ch !== '\t') {
      out += ch;
    }
  }
  return out;
}

/** A value from the event named by a JSON path (KinesisParameters.PartitionKeyPath, dynamic HTTP parameters), as text. */
export function valueAtPath(event: Record<string, unknown>, pathText: string): string | undefined {
  const path = parseJsonPath(pathText);
  if (!path) return undefined;
  const value = evaluateJsonPath(path, event);
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
