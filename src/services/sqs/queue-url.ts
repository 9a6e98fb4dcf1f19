import { AwsError } from '../../core/errors.js';

/** Queue URLs as clients hold them: `http://sqs.<region>.localhost:4566/<account>/<name>`, `http://localhost:4566/<account>/<name>`, or the AWS form. */
export interface QueueAddress {
  account: string;
  name: string;
}

export function parseQueueUrl(url: string): QueueAddress {
  let path = url;
  if (/^https?:\/\//i.test(url)) {
    try {
      path = new URL(url).pathname;
    } catch {
      throw invalidAddress(url);
    }
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.length < 2) throw invalidAddress(url);
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
