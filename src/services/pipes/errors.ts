import { AwsError } from '../../core/errors.js';
import { describeViolation, validationMessage, type Violation } from '../../protocol/index.js';

/** Pipes' errors, worded as EventBridge Pipes words them. */
export function pipeNotFound(name: string): AwsError {
  return new AwsError('NotFoundException', `Pipe ${name} does not exist.`, 404);
}

export function resourceNotFound(arn: string): AwsError {
  return new AwsError('NotFoundException', `Resource ${arn} does not exist.`, 404);
}

export function pipeExists(name: string): AwsError {
  return new AwsError('ConflictException', `Pipe ${name} already exists.`, 409, { fields: { resourceId: name, resourceType: 'pipe' } });
}

/** An operation a pipe cannot take while it is changing state (CREATING, UPDATING, DELETING, STARTING, STOPPING). */
export function pipeBusy(name: string, state: string): AwsError {
  return new AwsError('ConflictException', `Pipe ${name} is in ${state} state and cannot be changed until the current operation completes.`, 409, {
    fields: { resourceId: name, resourceType: 'pipe' },
  });
}

/** One field that failed a check, in the form the model's own validation reports. */
export interface FieldProblem {
  /** The member path as AWS prints it: lowerCamel, lists as `.1.member`... (e.g. `sourceParameters.sqsQueueParameters.batchSize`). */
  path: string;
  /** The value, quoted in the message; left out (a sensitive member such as a filter pattern), it is not echoed. */
  value?: unknown;
  constraint: string;
}

/** ValidationException with its fieldList (name: the member path, message: what it failed). */
export function validationFailed(problems: FieldProblem[]): AwsError {
  const violations: Violation[] = problems.map((p) => ({ path: p.path, memberName: p.path, kind: 'pattern', value: p.value, constraint: p.constraint }));
  return modelValidationError(violations, (v) => (v.value === undefined ? `Value at '${v.path}' failed to satisfy constraint: ${v.constraint}` : describeViolation(v)));
}

export function modelValidationError(violations: Violation[], describe?: (violation: Violation) => string): AwsError {
  return new AwsError('ValidationException', validationMessage(violations, { describe }), 400, {
    fields: { fieldList: violations.map((v) => ({ name: v.path, message: v.constraint })) },
  });
}
