import { AwsError } from '../core/errors.js';

/**
 * The nesting the document walker (document.ts) accepts. JSON.parse itself is slow on deep
 * nesting (8 MB of `[` took 3.5 s of the event loop), so a body nested deeper is refused
 * by a linear scan before it is parsed, with the walker's own error.
 */
const MAX_JSON_NESTING = 1000;

/** Throws SerializationException when the JSON text opens more than MAX_JSON_NESTING arrays or objects at once. */
export function checkJsonNesting(text: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: brackets inside it do not count.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_NESTING) {
        throw new AwsError('SerializationException', `The document is nested more than ${MAX_JSON_NESTING} levels deep.`, 400);
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
}
