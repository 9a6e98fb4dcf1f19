import { AwsError } from '../../core/errors.js';

/** EventBridge Scheduler's errors, worded as Scheduler words them. */
export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

export function conflict(message: string): AwsError {
  return new AwsError('ConflictException', message, 409);
}

export function notFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 404);
}

export const groupNotFound = (name: string): AwsError => notFound(`Schedule group ${name} does not exist.`);
export const scheduleNotFound = (name: string): AwsError => notFound(`Schedule ${name} does not exist.`);
export const groupExists = (name: string): AwsError => conflict(`Schedule group ${name} already exists.`);
export const scheduleExists = (name: string): AwsError => conflict(`Schedule ${name} already exists.`);

export const invalidExpression = (expression: string): AwsError => validation(`Invalid Schedule Expression ${expression}.`);
export const invalidTimeZone = (zone: string): AwsError => validation(`Invalid Schedule Expression Timezone ${zone}.`);
export const invalidTargetArn = (): AwsError => validation('Provided Arn is not in correct format.');
export const unsupportedService = (service: string): AwsError => validation(`${service} is not a supported service for a target.`);
/** What AWS answers for CreateScheduleGroup, DeleteScheduleGroup and tagging on the built-in group. */
export const defaultGroupOperation = (): AwsError => validation('This operation cannot be performed on schedule group default.');
export const invalidNextToken = (): AwsError => validation('Invalid NextToken.');
