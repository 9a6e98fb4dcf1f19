import type * as Iam from '../../generated/iam.js';
import { invalidInput, limitExceeded } from './errors.js';
import type { Tags } from './state.js';

/** IAM's tag rules: at most 50 a resource, keys unique case-insensitively, no aws: prefix. */
export const MAX_TAGS = 50;

export function tagsFromInput(tags: Iam.TagShape[] | undefined): Tags {
  return mergeTags({}, tags ?? []);
}

/** The tags after adding `added` (a key already there takes the new value, matched case-insensitively). */
export function mergeTags(current: Tags, added: Iam.TagShape[]): Tags {
  const next: Tags = { ...current };
  const seen = new Set<string>();
  for (const tag of added) {
    const lower = tag.Key.toLowerCase();
    if (seen.has(lower)) throw invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
    seen.add(lower);
    if (lower.startsWith('aws:')) throw invalidInput('User-defined tag keys can\'t start with "aws:". This prefix is reserved for AWS tags.');
    const existing = Object.keys(next).find((k) => k.toLowerCase() === lower);
    if (existing !== undefined) delete next[existing];
    next[tag.Key] = tag.Value;
  }
  if (Object.keys(next).length > MAX_TAGS) throw limitExceeded(`The number of tags has reached the maximum limit.`);
  return next;
}

export function withoutTags(current: Tags, keys: string[]): Tags {
  const lowered = new Set(keys.map((k) => k.toLowerCase()));
  return Object.fromEntries(Object.entries(current).filter(([k]) => !lowered.has(k.toLowerCase())));
}

export function tagList(tags: Tags): Iam.TagShape[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** Tags as a response member: left out when there are none, as IAM does. */
export function tagsMember(tags: Tags): Iam.TagShape[] | undefined {
  const list = tagList(tags);
  return list.length > 0 ? list : undefined;
}
