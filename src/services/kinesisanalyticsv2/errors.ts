import { AwsError } from '../../core/errors.js';

/** Kinesis Data Analytics v2's errors (awsJson1_1: `__type` and `Message`), worded as the service words them. */
export const resourceNotFound = (message: string): AwsError => new AwsError('ResourceNotFoundException', message, 400);
export const resourceInUse = (message: string): AwsError => new AwsError('ResourceInUseException', message, 400);
export const invalidArgument = (message: string): AwsError => new AwsError('InvalidArgumentException', message, 400);
export const invalidRequest = (message: string): AwsError => new AwsError('InvalidRequestException', message, 400);
export const concurrentModification = (message: string): AwsError => new AwsError('ConcurrentModificationException', message, 400);
export const unsupportedOperation = (message: string): AwsError => new AwsError('UnsupportedOperationException', message, 400);
export const invalidConfiguration = (message: string): AwsError => new AwsError('InvalidApplicationConfigurationException', message, 400);
export const limitExceeded = (message: string): AwsError => new AwsError('LimitExceededException', message, 400);
export const tooManyTags = (message: string): AwsError => new AwsError('TooManyTagsException', message, 400);

export const applicationNotFound = (name: string): AwsError => resourceNotFound(`Application ${name} is not found.`);

/** What DiscoverInputSchema answers when the records give no schema; the records read travel with it. */
export function unableToDetectSchema(message: string, raw: string[], processed: string[]): AwsError {
  return new AwsError('UnableToDetectSchemaException', message, 400, { fields: { RawInputRecords: raw, ProcessedInputRecords: processed } });
}
