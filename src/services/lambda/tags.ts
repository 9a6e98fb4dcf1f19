import type * as L from '../../generated/lambda.js';
import type { RequestContext } from '../../core/context.js';
import { parseArn } from '../../core/ids.js';
import { parseFunctionName } from './arns.js';
import { invalidParameter } from './errors.js';
import { mappingTagging } from './event-source-mappings/tags.js';
import type { LambdaService } from './service.js';
import type { FunctionDoc } from './state.js';

/** Tags, on functions (not their versions or aliases) and event source mappings, as AWS keeps them. */
export function tagOperations(service: LambdaService): Partial<L.LambdaOperations> {
  function tagTarget(context: RequestContext, resource: string): FunctionDoc {
    const parsed = parseArn(resource);
    if (!parsed || parsed.service !== 'lambda' || !parsed.resource.startsWith('function:')) throw invalidParameter(`${resource} is not a valid resource ARN.`);
    const parts = parsed.resource.split(':');
    if (parts.length > 2) throw invalidParameter('Tags on function aliases and versions are not supported. Please specify a function ARN.');
    return service.requireFunction(parseFunctionName(resource, context));
  }

  const mappings = mappingTagging(service);

  return {
    TagResource(input, context) {
      if (mappings.owns(input.Resource)) return mappings.tag(input.Resource, input.Tags, context);
      const doc = tagTarget(context, input.Resource);
      Object.assign(doc.tags, input.Tags);
      if (Object.keys(doc.tags).length > 50) throw invalidParameter('Number of tags exceeds resource tag limit.');
      service.save(doc);
    },

    UntagResource(input, context) {
      if (mappings.owns(input.Resource)) return mappings.untag(input.Resource, input.TagKeys, context);
      const doc = tagTarget(context, input.Resource);
      for (const key of input.TagKeys) delete doc.tags[key];
      service.save(doc);
    },

    ListTags(input, context) {
      if (mappings.owns(input.Resource)) return { Tags: mappings.list(input.Resource, context) };
      return { Tags: { ...tagTarget(context, input.Resource).tags } };
    },
  };
}
