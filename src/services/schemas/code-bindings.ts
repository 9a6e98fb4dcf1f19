import { strToU8, zipSync } from 'fflate';
import type * as Schemas from '../../generated/schemas.js';
import { badRequest, notFound } from './errors.js';
import { namedSchemas } from './schema-content.js';
import type { SchemasService } from './service.js';
import type { SchemaRow, SchemaVersionRow, Scope } from './state.js';

/**
 * Code bindings: classes for a schema's objects in one of the registry's languages, generated at
 * once (PutCodeBinding answers CREATE_IN_PROGRESS the first time, as AWS does; the binding is
 * complete by the next call) and served as a zip of source files.
 */
const LANGUAGES = ['Java8', 'Python36', 'TypeScript3', 'Go1'] as const;
type Language = (typeof LANGUAGES)[number];

export function codeBindingOperations(service: SchemasService): Partial<Schemas.SchemasOperations> {
  const target = (scope: Scope, input: { RegistryName: string; SchemaName: string; SchemaVersion?: string; Language: string }) => {
    const language = checkLanguage(input.Language);
    const schema = service.schema(scope, input.RegistryName, input.SchemaName);
    const version = service.version(scope, schema, input.SchemaVersion);
    return { language, schema, version };
  };
  const generated = (scope: Scope, schema: SchemaRow, version: SchemaVersionRow, language: string) => {
    const binding = service.state.codeBinding(scope, schema.registry, schema.name, version.version, language);
    if (!binding) throw notFound(`Code binding for schema ${schema.name} version ${version.version} in language ${language} does not exist.`);
    return binding;
  };

  return {
    PutCodeBinding(input, context) {
      const scope = service.scope(context);
      const { language, schema, version } = target(scope, input);
      const existing = service.state.codeBinding(scope, schema.registry, schema.name, version.version, language);
      const now = service.now();
      if (!existing) service.state.putCodeBinding(scope, schema.registry, schema.name, version.version, language, now);
      const createdAt = existing?.createdAt ?? now;
      return {
        SchemaVersion: String(version.version),
        Status: existing ? 'CREATE_COMPLETE' : 'CREATE_IN_PROGRESS',
        CreationDate: new Date(createdAt),
        LastModified: new Date(createdAt),
      };
    },

    DescribeCodeBinding(input, context) {
      const scope = service.scope(context);
      const { language, schema, version } = target(scope, input);
      const binding = generated(scope, schema, version, language);
      return { SchemaVersion: String(version.version), Status: 'CREATE_COMPLETE', CreationDate: new Date(binding.createdAt), LastModified: new Date(binding.createdAt) };
    },

    GetCodeBindingSource(input, context) {
      const scope = service.scope(context);
      const { language, schema, version } = target(scope, input);
      generated(scope, schema, version, language);
      return { Body: Buffer.from(bindingArchive(schema, version, language)) };
    },
  };
}

function checkLanguage(language: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(language)) throw badRequest(`Invalid language ${language}. Supported languages are ${LANGUAGES.join(', ')}.`);
  return language as Language;
}

interface Field {
  name: string;
  type: FieldType;
}
type FieldType = { ref: string } | { scalar: 'string' | 'number' | 'integer' | 'boolean' | 'any' } | { list: FieldType };

function fieldType(schema: Record<string, unknown> | undefined): FieldType {
  if (!schema) return { scalar: 'any' };
  if (typeof schema.$ref === 'string') return { ref: schema.$ref.split('/').pop()! };
  switch (schema.type) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
      return { scalar: schema.type };
    case 'array':
      return { list: fieldType(schema.items as Record<string, unknown> | undefined) };
    default:
      return { scalar: 'any' };
  }
}

const TYPE_NAMES: Record<Language, { string: string; number: string; integer: string; boolean: string; any: string; list: (t: string) => string }> = {
  Java8: { string: 'String', number: 'Double', integer: 'Long', boolean: 'Boolean', any: 'Object', list: (t) => `java.util.List<${t}>` },
  Python36: { string: 'str', number: 'float', integer: 'int', boolean: 'bool', any: 'object', list: (t) => `List[${t}]` },
  TypeScript3: { string: 'string', number: 'number', integer: 'number', boolean: 'boolean', any: 'any', list: (t) => `${t}[]` },
  Go1: { string: 'string', number: 'float64', integer: 'int64', boolean: 'bool', any: 'interface{}', list: (t) => `[]${t}` },
};

function typeName(language: Language, type: FieldType): string {
  if ('ref' in type) return language === 'Go1' ? `*${type.ref}` : type.ref;
  if ('list' in type) return TYPE_NAMES[language].list(typeName(language, type.list));
  return TYPE_NAMES[language][type.scalar];
}

const identifier = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=[0-9])/, '_');
const exported = (name: string) => identifier(name).charAt(0).toUpperCase() + identifier(name).slice(1);

function classSource(language: Language, packageName: string, name: string, fields: Field[]): { path: string; text: string } {
  const cls = identifier(name);
  switch (language) {
    case 'Java8': {
      const lines = [`package schema.${packageName};`, '', `public class ${cls} {`];
      for (const f of fields) lines.push(`  private ${typeName(language, f.type)} ${identifier(f.name)};`);
      for (const f of fields) {
        const t = typeName(language, f.type);
        lines.push('', `  public ${t} get${exported(f.name)}() { return ${identifier(f.name)}; }`, `  public void set${exported(f.name)}(${t} value) { this.${identifier(f.name)} = value; }`);
      }
      lines.push('}', '');
      return { path: `src/main/java/schema/${packageName.replace(/\./g, '/')}/${cls}.java`, text: lines.join('\n') };
    }
    case 'Python36': {
      const lines = ['from typing import Any, List', '', '', `class ${cls}(object):`, '    def __init__(self):'];
      if (fields.length === 0) lines.push('        pass');
      for (const f of fields) lines.push(`        self.${identifier(f.name)}: ${pythonType(typeName(language, f.type))} = None`);
      lines.push('');
      return { path: `schema/${packageName.replace(/\./g, '/')}/${cls.toLowerCase()}.py`, text: lines.join('\n') };
    }
    case 'TypeScript3': {
      const lines = [`export class ${cls} {`];
      for (const f of fields) lines.push(`  '${f.name}'?: ${typeName(language, f.type)};`);
      lines.push('}', '');
      return { path: `schema/${packageName.replace(/\./g, '/')}/${cls}.ts`, text: lines.join('\n') };
    }
    case 'Go1': {
      const lines = [`package ${packageName.split('.').pop()}`, '', `type ${exported(name)} struct {`];
      for (const f of fields) lines.push(`\t${exported(f.name)} ${typeName(language, f.type)} \`json:"${f.name}"\``);
      lines.push('}', '');
      return { path: `schema/${packageName.replace(/\./g, '/')}/${cls.toLowerCase()}.go`, text: lines.join('\n') };
    }
  }
}

// Forward references of classes are quoted in Python.
const pythonType = (t: string) => (/^(str|float|int|bool|object)$/.test(t) ? t : `'${t}'`);

/** The zip GetCodeBindingSource answers: one source file per object the schema defines. */
function bindingArchive(schema: SchemaRow, version: SchemaVersionRow, language: Language): Uint8Array {
  const { schemas } = namedSchemas(version.content, version.type);
  const packageName = [schema.registry, schema.name].map((part) => part.toLowerCase().replace(/[^a-z0-9]+/g, '_')).join('.');
  const files: Record<string, Uint8Array> = {};
  for (const [name, definition] of Object.entries(schemas)) {
    const properties = (definition.properties ?? {}) as Record<string, Record<string, unknown>>;
    const fields = Object.entries(properties).map(([field, shape]) => ({ name: field, type: fieldType(shape) }));
    const source = classSource(language, packageName, name, fields);
    files[source.path] = strToU8(source.text);
  }
  return zipSync(files, { mtime: new Date(version.createdAt) });
}
