import { parseArn } from '../../core/ids.js';
import type * as Kda from '../../generated/kinesisanalyticsv2.js';
import { applicationNotFound, invalidArgument, tooManyTags } from './errors.js';
import type { KdaService } from './service.js';

/** AWS's limit of user tags on an application. */
const MAX_TAGS = 50;

/** Tags as CreateApplication and TagResource take them: at most 50, keys not starting with aws:. */
export function checkTags(tags: Kda.TagShape[]): Kda.TagShape[] {
  const byKey = new Map<string, Kda.TagShape>();
  for (const tag of tags) {
    if (tag.Key.toLowerCase().startsWith('aws:')) throw invalidArgument(`Tag keys starting with aws: are reserved: ${tag.Key}.`);
    byKey.set(tag.Key, tag);
  }
  if (byKey.size > MAX_TAGS) throw tooManyTags(`Application can have at most ${MAX_TAGS} tags.`);
  return [...byKey.values()];
}

export function tagOperations(service: KdaService): Partial<Kda.Kinesisanalyticsv2Operations> {
  const resolve = (resourceArn: string, context: Parameters<NonNullable<Kda.Kinesisanalyticsv2Operations['TagResource']>>[1]) => {
    const parsed = parseArn(resourceArn);
    const name = parsed?.resource.startsWith('application/') ? parsed.resource.slice('application/'.length) : undefined;
    if (!parsed || parsed.service !== 'kinesisanalytics' || !name) throw invalidArgument(`Invalid resource ARN ${resourceArn}.`);
    const scope = service.scope(context);
    if (parsed.account !== scope.account || parsed.region !== scope.region) throw applicationNotFound(name);
    return { scope, row: service.application(scope, name) };
  };

  return {
    TagResource(input, context) {
      const { scope, row } = resolve(input.ResourceARN, context);
      const merged = new Map(row.tags.map((t) => [t.Key, t]));
      for (const tag of input.Tags) merged.set(tag.Key, tag);
      service.state.saveTags(scope, row.document.name, checkTags([...merged.values()]));
      return {};
    },

    UntagResource(input, context) {
      const { scope, row } = resolve(input.ResourceARN, context);
      service.state.saveTags(scope, row.document.name, row.tags.filter((t) => !input.TagKeys.includes(t.Key)));
      return {};
    },

    ListTagsForResource(input, context) {
      return { Tags: resolve(input.ResourceARN, context).row.tags };
    },
  };
}
