import type * as Schemas from '../../generated/schemas.js';
import { badRequest, schemaExists } from './errors.js';
import { checkSchemaContent, exportAsDraft4 } from './schema-content.js';
import type { SchemasService } from './service.js';
import type { SchemaRow, SchemaVersionRow, Scope } from './state.js';

const SCHEMA_NAME = /^[A-Za-z0-9.\-_@]{1,385}$/;

/** Schemas and their versions: create, describe, update (a new version), list, search, export, delete. */
export function schemaOperations(service: SchemasService): Partial<Schemas.SchemasOperations> {
  const described = (scope: Scope, schema: SchemaRow, version: SchemaVersionRow): Schemas.DescribeSchemaResponse => ({
    SchemaArn: service.schemaArn(scope, schema.registry, schema.name),
    SchemaName: schema.name,
    SchemaVersion: String(version.version),
    Type: version.type,
    Description: schema.description,
    LastModified: new Date(schema.lastModified),
    VersionCreatedDate: new Date(version.createdAt),
    Tags: schema.tags,
  });

  return {
    CreateSchema(input, context) {
      const scope = service.scope(context);
      const registry = service.registry(scope, input.RegistryName, 'write');
      if (!SCHEMA_NAME.test(input.SchemaName)) {
        throw badRequest(`Invalid SchemaName ${input.SchemaName}. It must be 1 to 385 characters of letters, digits, '.', '-', '_' and '@'.`);
      }
      if (service.state.schema(scope, registry.name, input.SchemaName)) throw schemaExists(input.SchemaName);
      checkSchemaContent(input.Content, input.Type);
      const now = service.now();
      const schema: SchemaRow = { registry: registry.name, name: input.SchemaName, description: input.Description, tags: input.Tags ?? {}, lastVersion: 1, lastModified: now };
      const version: SchemaVersionRow = { registry: registry.name, schemaName: input.SchemaName, version: 1, type: input.Type, content: input.Content, createdAt: now };
      service.state.insertSchema(scope, schema, version);
      const { Content: _content, ...answer } = described(scope, schema, version);
      return answer;
    },

    DescribeSchema(input, context) {
      const scope = service.scope(context);
      const schema = service.schema(scope, input.RegistryName, input.SchemaName);
      const version = service.version(scope, schema, input.SchemaVersion);
      return { ...described(scope, schema, version), Content: version.content };
    },

    UpdateSchema(input, context) {
      const scope = service.scope(context);
      service.registry(scope, input.RegistryName, 'write');
      const schema = service.schema(scope, input.RegistryName, input.SchemaName);
      const latest = service.version(scope, schema, undefined);
      const now = service.now();
      const content = input.Content ?? latest.content;
      const type = input.Type ?? latest.type;
      // A new content or type makes a new version; the same again, or a description alone, does not.
      let version = latest;
      let added: SchemaVersionRow | undefined;
      if (content !== latest.content || type !== latest.type) {
        checkSchemaContent(content, type);
        added = { registry: schema.registry, schemaName: schema.name, version: schema.lastVersion + 1, type, content, createdAt: now };
        version = added;
      }
      const updated: SchemaRow = {
        ...schema,
        description: input.Description ?? schema.description,
        lastVersion: added ? added.version : schema.lastVersion,
        lastModified: now,
      };
      service.state.updateSchema(scope, updated, added);
      const { Content: _content, ...answer } = described(scope, updated, version);
      return answer;
    },

    DeleteSchema(input, context) {
      const scope = service.scope(context);
      service.registry(scope, input.RegistryName, 'write');
      const schema = service.schema(scope, input.RegistryName, input.SchemaName);
      service.state.deleteSchema(scope, schema.registry, schema.name);
    },

    DeleteSchemaVersion(input, context) {
      const scope = service.scope(context);
      service.registry(scope, input.RegistryName, 'write');
      const schema = service.schema(scope, input.RegistryName, input.SchemaName);
      const version = service.version(scope, schema, input.SchemaVersion);
      service.state.deleteVersion(scope, schema.registry, schema.name, version.version);
      // A schema lives as long as one of its versions does.
      if (!service.state.latestVersion(scope, schema.registry, schema.name)) service.state.deleteSchema(scope, schema.registry, schema.name);
    },

    ListSchemas(input, context) {
      const scope = service.scope(context);
      const registry = service.registry(scope, input.RegistryName);
      const prefix = input.SchemaNamePrefix ?? '';
      const chosen = service.state.schemas(scope, registry.name).filter((s) => s.name.startsWith(prefix));
      const page = service.page(chosen, (s) => s.name, input.Limit, input.NextToken);
      return {
        Schemas: page.items.map((s) => ({
          SchemaName: s.name,
          SchemaArn: service.schemaArn(scope, s.registry, s.name),
          LastModified: new Date(s.lastModified),
          VersionCount: service.state.versions(scope, s.registry, s.name).length,
          Tags: s.tags,
        })),
        NextToken: page.nextToken,
      };
    },

    ListSchemaVersions(input, context) {
      const scope = service.scope(context);
      const schema = service.schema(scope, input.RegistryName, input.SchemaName);
      const versions = service.state.versions(scope, schema.registry, schema.name);
      const page = service.page(versions, (v) => String(v.version).padStart(10, '0'), input.Limit, input.NextToken);
      const schemaArn = service.schemaArn(scope, schema.registry, schema.name);
      return {
        SchemaVersions: page.items.map((v) => ({ SchemaArn: schemaArn, SchemaName: schema.name, SchemaVersion: String(v.version), Type: v.type })),
        NextToken: page.nextToken,
      };
    },

    SearchSchemas(input, context) {
      const scope = service.scope(context);
      const registry = service.registry(scope, input.RegistryName);
      const keywords = input.Keywords.toLowerCase().split(/\s+/).filter(Boolean);
      if (keywords.length === 0) throw badRequest('Keywords must not be empty.');
      const found = service.state.schemas(scope, registry.name).filter((s) => keywords.every((k) => s.name.toLowerCase().includes(k)));
      const page = service.page(found, (s) => s.name, input.Limit, input.NextToken);
      return {
        Schemas: page.items.map((s) => ({
          RegistryName: registry.name,
          SchemaName: s.name,
          SchemaArn: service.schemaArn(scope, s.registry, s.name),
          SchemaVersions: service.state.versions(scope, s.registry, s.name).map((v) => ({
            SchemaVersion: String(v.version),
            Type: v.type,
            CreatedDate: new Date(v.createdAt),
          })),
        })),
        NextToken: page.nextToken,
      };
    },

    ExportSchema(input, context) {
      const scope = service.scope(context);
      const schema = service.schema(scope, input.RegistryName, input.SchemaName);
      const version = service.version(scope, schema, input.SchemaVersion);
      if (input.Type !== 'JSONSchemaDraft4') throw badRequest(`Invalid Type ${input.Type}. Schemas can be exported as JSONSchemaDraft4 only.`);
      return {
        SchemaArn: service.schemaArn(scope, schema.registry, schema.name),
        SchemaName: schema.name,
        SchemaVersion: String(version.version),
        Type: input.Type,
        Content: exportAsDraft4(version.content, version.type),
      };
    },
  };
}
