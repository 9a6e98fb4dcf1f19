import { AwsError } from '../../core/errors.js';
import { validationMessage, type Violation } from '../../protocol/index.js';

/**
 * The schema registry's errors. Its restJson1 error bodies carry both `Code` (the exception's
 * name) and `Message`, as the model's error shapes require.
 */
function schemasError(code: string, message: string, status: number): AwsError {
  return new AwsError(code, message, status, { fields: { Code: code } });
}

export const badRequest = (message: string): AwsError => schemasError('BadRequestException', message, 400);
export const notFound = (message: string): AwsError => schemasError('NotFoundException', message, 404);
export const conflict = (message: string): AwsError => schemasError('ConflictException', message, 409);
export const forbidden = (message: string): AwsError => schemasError('ForbiddenException', message, 403);
export const preconditionFailed = (message: string): AwsError => schemasError('PreconditionFailedException', message, 412);

export const registryNotFound = (name: string): AwsError => notFound(`Registry with name ${name} does not exist.`);
export const registryExists = (name: string): AwsError => conflict(`Registry with name ${name} already exists.`);
export const schemaNotFound = (name: string): AwsError => notFound(`Schema with name ${name} does not exist.`);
export const schemaExists = (name: string): AwsError => conflict(`Schema with name ${name} already exists.`);
export const schemaVersionNotFound = (name: string, version: string): AwsError =>
  notFound(`Schema with name ${name} and version ${version} does not exist.`);
export const discovererNotFound = (id: string): AwsError => notFound(`Discoverer with id ${id} does not exist.`);
export const awsManagedRegistry = (name: string): AwsError => forbidden(`Registry ${name} is managed by AWS and cannot be modified.`);
export const invalidNextToken = (): AwsError => badRequest('Invalid NextToken provided.');

/** Model validation, as the registry reports it: a BadRequestException naming the members. */
export function schemasValidationError(violations: Violation[]): AwsError {
  return badRequest(validationMessage(violations));
}
