import { AwsError } from '../../../core/errors.js';
import { invalidParameter, resourceNotFound } from '../errors.js';

/** Durable executions' errors (codes and statuses from the Lambda model; wording as close to AWS's as we could check). */
export function executionNotFound(arn: string): AwsError {
  return resourceNotFound(`Durable execution not found: ${arn}`);
}

/** The SDKs read this prefix as "this invocation is over, the execution is not" (the invocation is retried). */
export function invalidCheckpointToken(): AwsError {
  return invalidParameter('Invalid Checkpoint Token');
}

export function executionAlreadyStarted(name: string): AwsError {
  return new AwsError(
    'DurableExecutionAlreadyStartedException',
    `The durable execution with name ${name} has already been started with a different payload. Each durable execution name must be unique within the function.`,
    409,
  );
}

export function callbackNotFound(): AwsError {
  return invalidParameter('Invalid callback ID: no pending callback has this ID.');
}

export function callbackTimedOut(): AwsError {
  return new AwsError('CallbackTimeoutException', 'The callback has timed out.', 400);
}

export function executionClosed(arn: string): AwsError {
  return invalidParameter(`Durable execution ${arn} is already closed.`);
}

export function invalidUpdate(message: string): AwsError {
  return invalidParameter(message);
}

/** AWS's words, as users have quoted them. */
export function unqualifiedDurableInvoke(): AwsError {
  return invalidParameter('You cannot invoke a durable function using an unqualified ARN.');
}
