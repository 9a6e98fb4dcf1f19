import assert from 'node:assert/strict';

/** An error as the SDK v3 clients throw it (Code: the query protocol's code, where there is one). */
export type AwsError = Error & { name: string; message: string; Code?: string; $metadata: { httpStatusCode?: number } } & Record<string, any>;

/** What to check of an AWS error; a field left out is not checked. */
export interface ExpectedAwsError {
  /** The SDK's error name (the exception's shape name). */
  name?: string;
  /** The exact message, or a pattern it must match. */
  message?: string | RegExp;
  /** The HTTP status of the response. */
  status?: number;
  /** The query protocol's error code (`Code`, e.g. AWS.SimpleQueueService.NonExistentQueue). */
  code?: string;
}

/**
 * Awaits a call that must fail and checks AWS's error against what is given;
 * returns the error for further checks. The test fails if the call succeeds.
 */
export async function expectAwsError<E = AwsError>(promise: Promise<unknown>, expected: ExpectedAwsError = {}): Promise<E> {
  const error = await promise.then(
    () => assert.fail(`expected the call to fail${expected.name ? ` with ${expected.name}` : ''}, but it succeeded`),
    (e: unknown) => e as AwsError,
  );
  if (expected.name !== undefined) assert.equal(error.name, expected.name, `error name (message: ${error.message})`);
  if (typeof expected.message === 'string') assert.equal(error.message, expected.message);
  else if (expected.message) assert.match(error.message, expected.message);
  if (expected.status !== undefined) assert.equal(error.$metadata?.httpStatusCode, expected.status, `HTTP status of ${error.name}`);
  if (expected.code !== undefined) assert.equal(error.Code, expected.code, `query error code of ${error.name}`);
  return error as E;
}

/** The elements of an S3 XML body (an error's Code, Message, Key...; a PostResponse's Bucket, Key...). */
export function errorFields(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  const unescape = (t: string) => t.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const match of xml.matchAll(/<([A-Za-z0-9-]+)>([^<]*)<\/\1>/g)) out[match[1]!] = unescape(match[2]!);
  return out;
}
