import { badRequest } from './errors.js';

export type SchemaType = 'OpenApi3' | 'JSONSchemaDraft4';

type JsonObject = Record<string, unknown>;

const JSON_SCHEMA_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const DRAFT4_URI = 'http://json-schema.org/draft-04/schema#';

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a schema's content as the registry does before storing it: JSON first, then the basic
 * structure of its type (an OpenAPI 3 document; a JSON Schema draft 4 object). Answers the document.
 */
export function checkSchemaContent(content: string, type: SchemaType): JsonObject {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch {
    throw badRequest('Invalid Content. The schema content must be a valid JSON document.');
  }
  if (!isObject(document)) throw badRequest('Invalid Content. The schema content must be a JSON object.');
  if (type === 'OpenApi3') checkOpenApi3(document);
  else checkDraft4(document, '');
  return document;
}

function checkOpenApi3(document: JsonObject): void {
  const invalid = (reason: string) => badRequest(`Invalid Content for type OpenApi3: ${reason}`);
  if (typeof document.openapi !== 'string' || !/^3\.\d+\.\d+$/.test(document.openapi)) throw invalid("'openapi' must be an OpenAPI 3 version such as \"3.0.0\".");
  if (!isObject(document.info)) throw invalid("'info' must be an object.");
  if (typeof document.info.title !== 'string') throw invalid("'info.title' must be a string.");
  if (typeof document.info.version !== 'string') throw invalid("'info.version' must be a string.");
  if (!isObject(document.paths)) throw invalid("'paths' must be an object.");
  if (document.components !== undefined) {
    if (!isObject(document.components)) throw invalid("'components' must be an object.");
    const schemas = document.components.schemas;
    if (schemas !== undefined) {
      if (!isObject(schemas)) throw invalid("'components.schemas' must be an object.");
      for (const [name, schema] of Object.entries(schemas)) {
        if (!isObject(schema)) throw invalid(`'components.schemas.${name}' must be an object.`);
      }
    }
  }
}

function checkDraft4(schema: JsonObject, path: string): void {
  const invalid = (reason: string) => badRequest(`Invalid Content for type JSONSchemaDraft4: ${reason}`);
  const at = (member: string) => (path ? `${path}.${member}` : member);
  if (path === '' && schema.$schema !== undefined && schema.$schema !== DRAFT4_URI && schema.$schema !== DRAFT4_URI.slice(0, -1)) {
    throw invalid(`'$schema' must be "${DRAFT4_URI}".`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.length === 0 || !types.every((t) => typeof t === 'string' && JSON_SCHEMA_TYPES.has(t))) {
      throw invalid(`'${at('type')}' must be one of ${[...JSON_SCHEMA_TYPES].join(', ')}.`);
    }
  }
  if (schema.required !== undefined && (!Array.isArray(schema.required) || !schema.required.every((r) => typeof r === 'string'))) {
    throw invalid(`'${at('required')}' must be an array of strings.`);
  }
  for (const member of ['properties', 'definitions', 'patternProperties']) {
    const value = schema[member];
    if (value === undefined) continue;
    if (!isObject(value)) throw invalid(`'${at(member)}' must be an object.`);
    for (const [name, child] of Object.entries(value)) {
      if (!isObject(child)) throw invalid(`'${at(`${member}.${name}`)}' must be an object.`);
      checkDraft4(child, at(`${member}.${name}`));
    }
  }
  if (schema.items !== undefined) {
    const items = Array.isArray(schema.items) ? schema.items : [schema.items];
    for (const item of items) {
      if (!isObject(item)) throw invalid(`'${at('items')}' must be an object or an array of objects.`);
      checkDraft4(item, at('items'));
    }
  }
}

/** The named object schemas a document defines, and which of them is its root (an event's AWSEvent). */
export function namedSchemas(content: string, type: SchemaType): { root: string; schemas: Record<string, JsonObject> } {
  const document = JSON.parse(content) as JsonObject;
  if (type === 'JSONSchemaDraft4') {
    const { definitions, ...root } = document;
    const title = typeof document.title === 'string' && document.title ? document.title : 'Root';
    return { root: title, schemas: { [title]: root, ...((isObject(definitions) ? definitions : {}) as Record<string, JsonObject>) } };
  }
  const schemas = (isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {}) as Record<string, JsonObject>;
  const names = Object.keys(schemas);
  return { root: names.includes('AWSEvent') ? 'AWSEvent' : (names[0] ?? ''), schemas };
}

/**
 * A schema as JSON Schema draft 4, what ExportSchema answers: an OpenAPI 3 document's root
 * component becomes the schema, its other components its definitions, and every
 * `#/components/schemas/X` reference becomes `#/definitions/X`.
 */
export function exportAsDraft4(content: string, type: SchemaType): string {
  if (type === 'JSONSchemaDraft4') return content;
  const { root, schemas } = namedSchemas(content, type);
  const rewritten = rewriteRefs(schemas) as Record<string, JsonObject>;
  const { [root]: rootSchema, ...definitions } = rewritten;
  const exported: JsonObject = { $schema: DRAFT4_URI, title: root, ...(rootSchema ?? { type: 'object' }) };
  if (Object.keys(definitions).length > 0) exported.definitions = definitions;
  return JSON.stringify(exported);
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === '$ref' && typeof child === 'string' ? child.replace(/^#\/components\/schemas\//, '#/definitions/') : rewriteRefs(child);
  }
  return out;
}
