import { AwsError } from '../../../core/errors.js';
import { validation } from '../errors.js';

/** A statement the PartiQL parser cannot read, in AWS's words. */
export function malformed(detail: string): AwsError {
  return validation(`Statement wasn't well formed, can't be processed: ${detail}`);
}

export function missingKeyEquality(): AwsError {
  return validation('Where clause does not contain a mandatory equality on all key attributes');
}

export function duplicateItem(): AwsError {
  return new AwsError('DuplicateItemException', 'Duplicate primary key exists in table', 400);
}
