/** A <Tagging> document given as a form field (POST uploads), read into a tag set. */
import { XMLParser } from 'fast-xml-parser';
import { malformedXml } from './errors.js';
import { validateTags } from './tags.js';

const parser = new XMLParser({ isArray: (name) => name === 'Tag', parseTagValue: false, trimValues: false });

export function parseTaggingXml(text: string): Record<string, string> {
  let doc: { Tagging?: { TagSet?: { Tag?: Array<{ Key?: unknown; Value?: unknown }> } } };
  try {
    doc = parser.parse(text) as typeof doc;
  } catch {
    throw malformedXml();
  }
  if (!doc.Tagging) throw malformedXml();
  const tags = (doc.Tagging.TagSet?.Tag ?? []).map((t) => ({ Key: String(t.Key ?? ''), Value: String(t.Value ?? '') }));
  return validateTags(tags, 'object');
}
