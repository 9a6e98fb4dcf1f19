import { AwsError } from '../../core/errors.js';
import type { ProtocolName } from '../../protocol/index.js';

/** SQS's errors, worded as SQS words them (the query codes come from the model). */
export function missingParameter(name: string): AwsError {
  return new AwsError('MissingParameter', `The request must contain the parameter ${name}.`, 400);
}

export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValue', message, 400);
}

/** "Value X for parameter P is invalid. Reason: R." */
export function invalidParameter(parameter: string, value: unknown, reason: string): AwsError {
  return invalidParameterValue(`Value ${String(value)} for parameter ${parameter} is invalid. Reason: ${reason}`);
}

/**
 * SQS words this one by protocol: the query wire (AWS.SimpleQueueService.NonExistentQueue) still says
 * "for this wsdl version", the JSON wire does not.
 */
export function queueDoesNotExist(protocol?: ProtocolName): AwsError {
  const message = protocol === 'query' ? 'The specified queue does not exist for this wsdl version.' : 'The specified queue does not exist.';
  return new AwsError('QueueDoesNotExist', message, 400);
}

export function receiptHandleIsInvalid(handle: string): AwsError {
  return new AwsError('ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`, 400);
}

export function unknownAttribute(name: string): AwsError {
  return new AwsError('InvalidAttributeName', `Unknown Attribute ${name}.`, 400);
}

export function invalidAttributeValue(name: string, reason?: string): AwsError {
  return new AwsError('InvalidAttributeValue', `Invalid value for the parameter ${name}.${reason ? ` Reason: ${reason}` : ''}`, 400);
}
