import { parseArn } from '../../core/ids.js';
import type * as Pipes from '../../generated/pipes.js';
import { pipeNotFound, resourceNotFound, validationFailed } from './errors.js';
import type { PipesService } from './service.js';
import type { PipeRow } from './state.js';

/** A pipe carries at most 50 tags. */
const MAX_TAGS = 50;

/** TagResource, UntagResource, ListTagsForResource (a pipe's ARN). */
export function tagOperations(service: PipesService): Partial<Pipes.PipesOperations> {
  const { state } = service;
  const requirePipe = (arnText: string, account: string, region: string): PipeRow => {
    const pipe = state.pipeByArn(arnText);
    if (pipe && pipe.account === account && pipe.region === region) return pipe;
    const parsed = parseArn(arnText);
    if (parsed?.service === 'pipes' && parsed.resource.startsWith('pipe/')) throw pipeNotFound(parsed.resource.slice('pipe/'.length));
    throw resourceNotFound(arnText);
  };
  return {
    TagResource(input, context) {
      const pipe = requirePipe(input.resourceArn, context.accountId, context.region);
      const tags = { ...pipe.tags, ...input.tags };
      if (Object.keys(tags).length > MAX_TAGS) {
        throw validationFailed([{ path: 'tags', constraint: `Member must have length less than or equal to ${MAX_TAGS}` }]);
      }
      state.setTags(pipe.arn, tags);
      return {};
    },
    UntagResource(input, context) {
      const pipe = requirePipe(input.resourceArn, context.accountId, context.region);
      const tags = { ...pipe.tags };
      for (const key of input.tagKeys) delete tags[key];
      state.setTags(pipe.arn, tags);
      return {};
    },
    ListTagsForResource(input, context) {
      return { tags: requirePipe(input.resourceArn, context.accountId, context.region).tags };
    },
  };
}
