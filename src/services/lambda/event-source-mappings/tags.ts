import type { RequestContext } from '../../../core/context.js';
import { parseArn } from '../../../core/ids.js';
import { invalidParameter } from '../errors.js';
import type { LambdaService } from '../service.js';
import { mappingEngine } from './engine.js';
import { mappingNotFound } from './errors.js';

/** Lambda's limit on a resource's tags. */
const TAG_LIMIT = 50;

/** Tags on event source mappings (TagResource, UntagResource and ListTags given a mapping's ARN). */
export function mappingTagging(service: LambdaService) {
  const uuidOf = (resource: string): string | undefined => {
    const parsed = parseArn(resource);
    if (parsed?.service !== 'lambda' || !parsed.resource.startsWith('event-source-mapping:')) return undefined;
    return parsed.resource.slice('event-source-mapping:'.length);
  };
  const requireMapping = (resource: string, context: RequestContext) => {
    const parsed = parseArn(resource)!;
    const row = mappingEngine(service).state.mapping(uuidOf(resource)!);
    if (!row || row.account !== parsed.account || row.region !== parsed.region || row.account !== context.accountId) throw mappingNotFound();
    return row;
  };

  return {
    /** Whether an ARN names an event source mapping (then these handle its tags). */
    owns: (resource: string): boolean => uuidOf(resource) !== undefined,

    tag(resource: string, tags: Record<string, string>, context: RequestContext): void {
      const row = requireMapping(resource, context);
      const merged = { ...row.tags, ...tags };
      if (Object.keys(merged).length > TAG_LIMIT) throw invalidParameter('Number of tags exceeds resource tag limit.');
      mappingEngine(service).state.setTags(row.uuid, merged);
    },

    untag(resource: string, keys: string[], context: RequestContext): void {
      const row = requireMapping(resource, context);
      const remaining = { ...row.tags };
      for (const key of keys) delete remaining[key];
      mappingEngine(service).state.setTags(row.uuid, remaining);
    },

    list(resource: string, context: RequestContext): Record<string, string> {
      return { ...requireMapping(resource, context).tags };
    },
  };
}
