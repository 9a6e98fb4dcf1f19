import { decodePageToken, encodePageToken, isAfterKey } from '../../core/pagination.js';
import { invalidNextToken } from './errors.js';

/** SNS lists 100 topics or subscriptions a page. */
export const PAGE_SIZE = 100;

/** The ARN after which the next page starts (InvalidParameter: NextToken for a token that is not one of ours). */
export function afterToken(token: string | undefined): string {
  return token ? decodePageToken(token, isAfterKey, invalidNextToken).after : '';
}

/** A page of rows fetched as PAGE_SIZE + 1 (the extra row says whether there is more), and the next page's token. */
export function pageOf<T extends { arn: string }>(rows: T[]): { rows: T[]; nextToken?: string } {
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: page, nextToken: rows.length > PAGE_SIZE ? encodePageToken({ after: page[page.length - 1]!.arn }) : undefined };
}
