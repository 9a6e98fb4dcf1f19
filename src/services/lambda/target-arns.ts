import { parseArn } from '../../core/ids.js';
import { invalidParameter } from './errors.js';

/**
 * Where Lambda may send what it could not (or could) process, checked as Lambda checks
 * them before storing: the model's pattern has already run; these are the service rules.
 */

const REGION = /^[a-z]{2}((-gov)|(-iso[a-z]?))?-[a-z]+-\d$/;
const ACCOUNT = /^\d{12}$/;

/** What each destination service's resource part must look like. */
const RESOURCE_SHAPES: Record<string, RegExp> = {
  sqs: /^[a-zA-Z0-9_-]{1,80}(\.fifo)?$/,
  sns: /^[a-zA-Z0-9_-]{1,256}(\.fifo)?$/,
  lambda: /^function:[a-zA-Z0-9_-]{1,64}(:(\$LATEST|[a-zA-Z0-9_-]+))?$/,
  events: /^event-bus\/[A-Za-z0-9._\-/]{1,256}$/,
  s3: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
};

/** Whether an ARN names a resource of one of the services, in a well-formed way. */
function wellFormed(text: string, services: string[]): boolean {
  const parsed = parseArn(text);
  if (!parsed || !services.includes(parsed.service)) return false;
  // S3 bucket ARNs carry neither region nor account; every other target carries both.
  if (parsed.service === 's3') {
    if (parsed.region || parsed.account) return false;
  } else if (!REGION.test(parsed.region) || !ACCOUNT.test(parsed.account)) return false;
  return RESOURCE_SHAPES[parsed.service]!.test(parsed.resource);
}

/** DeadLetterConfig.TargetArn: a standard SQS queue or an SNS topic ('' removes it). */
export function checkDeadLetterTarget(target: string): void {
  if (target === '') return;
  if (!wellFormed(target, ['sqs', 'sns'])) throw invalidParameter(`The provided target ARN ${target} is invalid.`);
}

/**
 * DestinationConfig of asynchronous invocations: SQS, SNS, Lambda or an EventBridge bus for
 * either outcome, and an S3 bucket on failure only. A function may not name itself.
 */
export function checkDestinations(functionName: string, onSuccess: string | undefined, onFailure: string | undefined): void {
  const valid = (destination: string | undefined, services: string[]) => !destination || wellFormed(destination, services);
  if (!valid(onSuccess, ['sqs', 'sns', 'lambda', 'events']) || !valid(onFailure, ['sqs', 'sns', 'lambda', 'events', 's3'])) {
    const success = onSuccess ? `OnSuccess(destination=${onSuccess})` : 'null';
    const failure = onFailure ? `OnFailure(destination=${onFailure})` : 'null';
    throw invalidParameter(`The provided destination config DestinationConfig(onSuccess=${success}, onFailure=${failure}) is invalid.`);
  }
  for (const destination of [onSuccess, onFailure]) {
    const parsed = destination ? parseArn(destination) : undefined;
    if (parsed?.service === 'lambda' && parsed.resource.split(':')[1] === functionName) {
      throw invalidParameter("You can't specify the function as a destination for itself.");
    }
  }
}
