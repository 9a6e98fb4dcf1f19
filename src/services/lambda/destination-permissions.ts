import { authorize } from '../../core/authorization.js';
import { parseArn } from '../../core/ids.js';
import { parsePolicy, type PolicyDocument } from '../../core/policy.js';
import type { Runtime } from '../../core/runtime.js';
import type { IamApi } from '../iam/api.js';
import type { SqsApi } from '../sqs/api.js';
import { invalidParameter } from './errors.js';
import { checkDeadLetterTarget } from './target-arns.js';

/**
 * With --enforce-iam, Lambda sends invocation records and dead events as the function's
 * execution role: the role must be allowed what each destination takes (sqs:SendMessage,
 * sns:Publish, lambda:InvokeFunction, events:PutEvents, s3:PutObject), by its identity
 * policies and permissions boundary, or for a queue by the queue's policy. AWS checks it when
 * the destination is configured, and a delivery the role may no longer make fails.
 * Without enforcement everything is allowed.
 */

/** The action each destination service takes, and how AWS names them in its message. */
const DESTINATION_ACTIONS: Record<string, { action: string; service: string }> = {
  sqs: { action: 'sqs:SendMessage', service: 'SQS' },
  sns: { action: 'sns:Publish', service: 'SNS' },
  lambda: { action: 'lambda:InvokeFunction', service: 'Lambda' },
  events: { action: 'events:PutEvents', service: 'EventBridge' },
  s3: { action: 's3:PutObject', service: 'S3' },
};

/**
 * Why the role may not send to the destination, in AWS's words ("The provided execution role does
 * not have permissions to call SendMessage on SQS"), or undefined when it may (or nothing is enforced).
 */
export async function destinationPermissionProblem(runtime: Runtime, roleArn: string, destination: string): Promise<string | undefined> {
  if (!runtime.options.enforceIam) return undefined;
  const target = parseArn(destination);
  const role = parseArn(roleArn);
  const needed = target ? DESTINATION_ACTIONS[target.service] : undefined;
  if (!target || !role || !needed) return undefined;
  const iam = await runtime.optionalApi<IamApi>('iam');
  if (!iam) return undefined;
  const policies = iam.policiesOf(roleArn);
  let resourcePolicy: PolicyDocument | undefined;
  if (target.service === 'sqs') {
    const policy = (await runtime.api<SqsApi>('sqs')).queueByArn(destination)?.policy;
    resourcePolicy = policy ? parsed(policy) : undefined;
  }
  const roleName = role.resource.split('/').pop()!;
  const result = authorize({
    principal: { account: role.account, arn: `arn:aws:sts::${role.account}:assumed-role/${roleName}/awslambda_destinations`, principalArn: roleArn, kind: 'assumed-role', tags: policies?.tags },
    action: needed.action,
    // An S3 destination writes objects: PutObject is on the bucket's objects.
    resource: target.service === 's3' ? `${destination}/*` : destination,
    resourceAccount: target.account || role.account,
    identityPolicies: (policies?.identityPolicies ?? []).flatMap((policy) => parsed(policy.document) ?? []),
    permissionsBoundary: policies?.permissionsBoundary ? parsed(policies.permissionsBoundary) : undefined,
    resourcePolicy,
  });
  if (result.decision === 'allowed') return undefined;
  return `The provided execution role does not have permissions to call ${needed.action.split(':')[1]} on ${needed.service}`;
}

function parsed(text: string): PolicyDocument | undefined {
  try {
    return parsePolicy(text);
  } catch {
    return undefined;
  }
}

/** DeadLetterConfig set on a function: its execution role must be allowed to send there (with --enforce-iam), as AWS checks when it is set. */
export async function requireDeadLetterPermission(runtime: Runtime, roleArn: string, target: string | undefined): Promise<void> {
  if (!target) return;
  checkDeadLetterTarget(target);
  const problem = await destinationPermissionProblem(runtime, roleArn, target);
  if (problem) throw invalidParameter(problem);
}
