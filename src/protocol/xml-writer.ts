/** A small streaming-free XML writer: enough for AWS's response documents. */
export function escapeXml(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let rep: string | undefined;
    if (c === 38) rep = '&amp;';
    else if (c === 60) rep = '&lt;';
    else if (c === 62) rep = '&gt;';
    else if (c === 34) rep = '&quot;';
    else if (c === 39) rep = '&apos;';
    else if (c === 13) rep = '&#xD;';
    else if (c < 32 && c !== 9 && c !== 10) rep = `&#x${c.toString(16).toUpperCase()};`;
    if (rep) {
      out += text.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

export class XmlWriter {
  private readonly parts: string[] = [];

  constructor(declaration = true) {
    if (declaration) this.parts.push('<?xml version="1.0" encoding="UTF-8"?>');
  }

  open(name: string, attributes?: Record<string, string | undefined>): this {
    this.parts.push(`<${name}${renderAttributes(attributes)}>`);
    return this;
  }

  close(name: string): this {
    this.parts.push(`</${name}>`);
    return this;
  }

  /** <name>text</name>, or <name/> for an empty string. */
  leaf(name: string, text: string, attributes?: Record<string, string | undefined>): this {
    this.parts.push(
      text === '' ? `<${name}${renderAttributes(attributes)}/>` : `<${name}${renderAttributes(attributes)}>${escapeXml(text)}</${name}>`,
    );
    return this;
  }

  empty(name: string, attributes?: Record<string, string | undefined>): this {
    this.parts.push(`<${name}${renderAttributes(attributes)}/>`);
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}

function renderAttributes(attributes?: Record<string, string | undefined>): string {
  if (!attributes) return '';
  let out = '';
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${key}="${escapeXml(value)}"`;
  }
  return out;
}
