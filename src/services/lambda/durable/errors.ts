import { AwsError } from '../../../core/errors.js';
import { invalidParameter, resourceNotFound } from '../errors.js';

/** Durable executions' errors (codes and statuses from the Lambda model; wording as close to AWS's as we could check). */
export function executionNotFound(arn: string): AwsError {
  return resourceNotFound(`Durable execution not found: ${arn}`);
}

/** The SDK treats this message's prefix as "this invocation is over, the execution is not" (it retries elsewhere). */
export function invalidCheckpointToken(): AwsError {
  return invalidParameter('Invalid Checkpoint Token: the token does not belong to the running invocation of this durable execution.');
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

export function unqualifiedDurableInvoke(functionArnText: string): AwsError {
  return invalidParameter(`Durable functions must be invoked with a qualified ARN: add a version number, an alias or $LATEST to ${functionArnText}.`);
}
