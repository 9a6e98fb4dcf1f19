import { AwsError } from '../../core/errors.js';

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

export function queueDoesNotExist(): AwsError {
  return new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
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
