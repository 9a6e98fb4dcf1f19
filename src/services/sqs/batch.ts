import { AwsError, isAwsError } from '../../core/errors.js';
import { queryErrorCode } from '../../protocol/index.js';

const MAX_ENTRIES = 10;
const ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;

export interface BatchFailure {
  Id: string;
  SenderFault: boolean;
  Code: string;
  Message: string;
}

/** The checks every batch call makes before running any entry. */
export function checkBatch(entries: Array<{ Id: string }> | undefined, entryName: string): Array<{ Id: string }> {
  const list = entries ?? [];
  if (!list.length) throw new AwsError('EmptyBatchRequest', `There should be at least one ${entryName} in the request.`, 400);
  if (list.length > MAX_ENTRIES) {
    throw new AwsError('TooManyEntriesInBatchRequest', `Maximum number of entries per request are ${MAX_ENTRIES}. You have sent ${list.length}.`, 400);
  }
  const seen = new Set<string>();
  for (const entry of list) {
    if (!ENTRY_ID.test(entry.Id)) {
      throw new AwsError(
        'InvalidBatchEntryId',
        'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
        400,
      );
    }
    if (seen.has(entry.Id)) throw new AwsError('BatchEntryIdsNotDistinct', `Id ${entry.Id} repeated.`, 400);
    seen.add(entry.Id);
  }
  return list;
}

/** Runs each entry; an entry that fails is reported in Failed instead of failing the call. */
export function runEntries<E extends { Id: string }, R>(entries: E[], run: (entry: E) => R): { successful: Array<R & { Id: string }>; failed: BatchFailure[] } {
  const successful: Array<R & { Id: string }> = [];
  const failed: BatchFailure[] = [];
  for (const entry of entries) {
    try {
      successful.push({ ...run(entry), Id: entry.Id });
    } catch (error) {
      if (!isAwsError(error)) throw error;
      failed.push({ Id: entry.Id, SenderFault: error.senderFault, Code: queryErrorCode('sqs', error.code), Message: error.message });
    }
  }
  return { successful, failed };
}
