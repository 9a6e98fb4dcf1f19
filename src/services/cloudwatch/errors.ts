import { AwsError } from '../../core/errors.js';
import { validationException, type Violation } from '../../protocol/index.js';

/** CloudWatch's errors, named by their model shapes (the query codes follow from the model). */

export function invalidParameterValue(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, 400);
}

export function invalidParameterCombination(message: string): AwsError {
  return new AwsError('InvalidParameterCombinationException', message, 400);
}

export function missingParameter(message: string): AwsError {
  return new AwsError('MissingRequiredParameterException', message, 400);
}

/** CloudWatch's ValidationException, ValidationError on the query wire (the JS SDK's model has it; botocore's lacks it). */
export function validationError(message: string): AwsError {
  return new AwsError('ValidationException', message, 400, { queryCode: 'ValidationError' });
}

/** PutMetricAlarm past a quota of alarms (LimitExceeded on the query wire), worded as AWS's model words it. */
export function alarmLimitExceeded(): AwsError {
  return new AwsError('LimitExceededFault', 'The quota for alarms for this customer has already been reached.', 400);
}

export function alarmNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFound', message, 404);
}

export function dashboardNotFound(message: string): AwsError {
  return new AwsError('DashboardNotFoundError', message, 404);
}

export function invalidNextToken(): AwsError {
  return new AwsError('InvalidNextToken', 'The service cannot process the NextToken. The token is invalid or has expired.', 400);
}

/** metricData.1.member.dimensions.2.member.value → MetricData.member.1.Dimensions.member.2.Value, as CloudWatch names parameters. */
export function queryParameterName(path: string): string {
  const parts = path.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (/^\d+$/.test(part) && parts[i + 1] === 'member') {
      out.push('member', part);
      i++;
    } else {
      out.push(part.charAt(0).toUpperCase() + part.slice(1));
    }
  }
  return out.join('.');
}

/** Model violations in CloudWatch's words: MissingParameter, InvalidParameterValue for enums, ValidationError otherwise. */
export function cloudWatchValidationError(violations: Violation[]): AwsError {
  const required = violations.filter((v) => v.kind === 'required');
  if (required.length) return missingParameter(required.map((v) => `The parameter ${queryParameterName(v.path)} is required.`).join('\n'));
  const enums = violations.filter((v) => v.kind === 'enum');
  if (enums.length) {
    // As AWS words it since its JSON protocol (seen in 2023): the model's order, no spaces inside the brackets, a list's own element named "<list element>".
    const named = (path: string) => {
      const name = queryParameterName(path);
      return /\.member\.\d+$/.test(name) ? `${name}.<list element>` : name;
    };
    return invalidParameterValue(enums.map((v) => `The parameter ${named(v.path)} must be a value in the set [${v.constraint.replace(/^.*\[(.*)\]$/, '$1')}].`).join('\n'));
  }
  const patterns = violations.filter((v) => v.kind === 'pattern');
  if (patterns.length) {
    return validationError(
      patterns.map((v) => `The value ${String(v.value)} for parameter ${queryParameterName(v.path)} is not matching the expected pattern ${v.constraint.replace(/^.*pattern: /, '')}.`).join('\n'),
    );
  }
  return validationError(validationException(violations).message);
}
