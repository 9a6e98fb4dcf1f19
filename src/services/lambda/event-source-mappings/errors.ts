import { AwsError } from '../../../core/errors.js';
import { resourceConflict, resourceNotFound } from '../errors.js';

/** Event source mappings' own errors, worded as AWS words them. */
export function mappingNotFound(): AwsError {
  return resourceNotFound('The resource you requested does not exist.');
}

/** A mapping still moving from one state to another takes no update or delete. */
export function mappingInUse(action: 'update' | 'delete'): AwsError {
  return new AwsError('ResourceInUseException', `Cannot ${action} the event source mapping because it is in use.`, 400);
}

/** A second mapping of the same queue or stream to the same function. */
export function duplicateMapping(kind: 'sqs' | 'stream', eventSourceArn: string, functionName: string, uuid: string): AwsError {
  if (kind === 'sqs') {
    return resourceConflict(`An event source mapping with SQS arn (" ${eventSourceArn} ") and function (" ${functionName} ") already exists. Please update or delete the existing mapping with UUID ${uuid}`);
  }
  return resourceConflict(`The event source arn (" ${eventSourceArn} ") and function (" ${functionName} ") provided mapping already exists. Please update or delete the existing mapping with UUID ${uuid}`);
}
