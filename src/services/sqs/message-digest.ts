import { createHash } from 'node:crypto';

/** A message attribute as SQS stores it (String, Number and Binary, with optional custom type suffix). */
export interface MessageAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Buffer;
  StringListValues?: string[];
  BinaryListValues?: Buffer[];
}

export function md5Hex(text: string | Buffer): string {
  return createHash('md5').update(text).digest('hex');
}

/**
 * MD5OfMessageAttributes as SQS computes it (clients check it): attributes in
 * name order, each as length-prefixed name, length-prefixed data type, a
 * transport byte (1 string, 2 binary) and the length-prefixed value.
 */
export function md5OfAttributes(attributes: Record<string, MessageAttribute> | undefined): string | undefined {
  if (!attributes) return undefined;
  const names = Object.keys(attributes).sort();
  if (!names.length) return undefined;
  const hash = createHash('md5');
  const lengthPrefixed = (bytes: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    hash.update(length);
    hash.update(bytes);
  };
  for (const name of names) {
    const attribute = attributes[name];
    lengthPrefixed(Buffer.from(name, 'utf8'));
    lengthPrefixed(Buffer.from(attribute.DataType, 'utf8'));
    if (attribute.BinaryValue !== undefined) {
      hash.update(Buffer.from([2]));
      lengthPrefixed(attribute.BinaryValue);
    } else {
      hash.update(Buffer.from([1]));
      lengthPrefixed(Buffer.from(attribute.StringValue ?? '', 'utf8'));
    }
  }
  return hash.digest('hex');
}
