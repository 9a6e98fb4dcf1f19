import { AwsError } from '../../core/errors.js';

/** Queue URLs as clients hold them: `http://sqs.<region>.localhost:4566/<account>/<name>`, `http://localhost:4566/<account>/<name>`, or the AWS form. */
export interface QueueAddress {
  /** Undefined when the URL names only the queue: the caller's own account is meant. */
  account?: string;
  name: string;
}

/**
 * Reads a QueueUrl the way SQS does: any host (a URL copied from AWS or from another endpoint
 * names the same queue), `/<account>/<name>` at the end of the path, or a bare queue name,
 * which SQS resolves in the caller's account and region.
 */
export function parseQueueUrl(url: string): QueueAddress {
  let path = url;
  if (/^https?:\/\//i.test(url)) {
    try {
      path = new URL(url).pathname;
    } catch {
      throw invalidAddress(url);
    }
  } else if (!url.includes('/')) {
    return { name: url };
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) throw invalidAddress(url);
  if (segments.length === 1) return { name: decodeURIComponent(segments[0]) };
  const [account, name] = segments.slice(-2);
  if (!/^\d{12}$/.test(account)) throw invalidAddress(url);
  return { account, name: decodeURIComponent(name) };
}

export function queueUrl(host: string, account: string, name: string): string {
  return `http://${host}/${account}/${name}`;
}

function invalidAddress(url: string): AwsError {
  return new AwsError('InvalidAddress', `The address ${url} is not valid for this endpoint.`, 400);
}
