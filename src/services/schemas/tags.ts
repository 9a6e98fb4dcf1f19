import { parseArn } from '../../core/ids.js';
import type * as Schemas from '../../generated/schemas.js';
import { badRequest, discovererNotFound, schemaNotFound } from './errors.js';
import type { SchemasService } from './service.js';
import type { Scope } from './state.js';

/** A taggable resource an ARN names: a registry, a schema or a discoverer of the caller's account. */
interface Tagged {
  tags: Record<string, string>;
  save(tags: Record<string, string>): void;
}

const MAX_TAGS = 50;

export function tagOperations(service: SchemasService): Partial<Schemas.SchemasOperations> {
  const resolve = (scope: Scope, resourceArn: string, purpose: 'read' | 'write'): Tagged => {
    const parsed = parseArn(resourceArn);
    if (!parsed || parsed.service !== 'schemas') throw badRequest(`Invalid ResourceArn ${resourceArn}.`);
    const where = { account: parsed.account, region: parsed.region };
    if (where.account !== scope.account || where.region !== scope.region) throw badRequest(`Invalid ResourceArn ${resourceArn}.`);
    const [kind, ...rest] = parsed.resource.split('/');
    if (kind === 'registry' && rest.length === 1) {
      const registry = service.registry(where, rest[0]!, purpose);
      return { tags: registry.tags, save: (tags) => service.state.setRegistryTags(where, registry.name, tags) };
    }
    if (kind === 'schema' && rest.length === 2) {
      const schema = service.state.schema(where, rest[0]!, rest[1]!);
      if (!schema) throw schemaNotFound(rest[1]!);
      return { tags: schema.tags, save: (tags) => service.state.setSchemaTags(where, schema.registry, schema.name, tags) };
    }
    if (kind === 'discoverer' && rest.length === 1) {
      const discoverer = service.state.discoverer(where, rest[0]!);
      if (!discoverer) throw discovererNotFound(rest[0]!);
      return { tags: discoverer.tags, save: (tags) => service.state.updateDiscoverer(where, { ...discoverer, tags }) };
    }
    throw badRequest(`Invalid ResourceArn ${resourceArn}.`);
  };

  return {
    TagResource(input, context) {
      const resource = resolve(service.scope(context), input.ResourceArn, 'write');
      const tags = { ...resource.tags, ...input.Tags };
      if (Object.keys(tags).length > MAX_TAGS) throw badRequest(`A resource can have at most ${MAX_TAGS} tags.`);
      resource.save(tags);
    },

    UntagResource(input, context) {
      const resource = resolve(service.scope(context), input.ResourceArn, 'write');
      const tags = { ...resource.tags };
      for (const key of input.TagKeys) delete tags[key];
      resource.save(tags);
    },

    ListTagsForResource(input, context) {
      return { Tags: resolve(service.scope(context), input.ResourceArn, 'read').tags };
    },
  };
}
