import { authorize } from '../../../core/authorization.js';
import { parseArn } from '../../../core/ids.js';
import { parsePolicy, type PolicyDocument } from '../../../core/policy.js';
import type { Runtime } from '../../../core/runtime.js';
import type { IamApi } from '../../iam/api.js';
import type { SqsApi } from '../../sqs/api.js';
import { invalidParameter } from '../errors.js';
import type { SourceKind } from './validation.js';

/** What a mapping's poller does with its function's execution role, per source (AWS's documented permissions). */
const NEEDED: Partial<Record<SourceKind, string[]>> = {
  sqs: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
  kinesis: ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:ListShards'],
  dynamodb: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'],
};

/**
 * With --enforce-iam, a mapping is created only when its function's execution role may read the
 * source (its identity policies, its permissions boundary, and for a queue the queue's policy),
 * as AWS checks at CreateEventSourceMapping. Without enforcement nothing is checked.
 */
export async function requireSourceAccess(runtime: Runtime, roleArn: string, kind: SourceKind, eventSourceArn: string | undefined): Promise<void> {
  const needed = NEEDED[kind];
  if (!runtime.options.enforceIam || !needed || eventSourceArn === undefined) return;
  const iam = await runtime.optionalApi<IamApi>('iam');
  const role = parseArn(roleArn);
  if (!iam || !role) return;
  const policies = iam.policiesOf(roleArn);
  const documents = (texts: string[]): PolicyDocument[] => texts.flatMap((text) => {
    try {
      return [parsePolicy(text)];
    } catch {
      return [];
    }
  });
  let resourcePolicy: PolicyDocument | undefined;
  if (kind === 'sqs') {
    const policy = (await runtime.api<SqsApi>('sqs')).queueByArn(eventSourceArn)?.policy;
    resourcePolicy = policy ? documents([policy])[0] : undefined;
  }
  const roleName = role.resource.split('/').pop()!;
  const missing = needed.find((action) => {
    const result = authorize({
      principal: { account: role.account, arn: `arn:aws:sts::${role.account}:assumed-role/${roleName}/awslambda_event_source_mapping`, principalArn: roleArn, kind: 'assumed-role', tags: policies?.tags },
      action,
      resource: eventSourceArn,
      resourceAccount: parseArn(eventSourceArn)?.account,
      identityPolicies: documents((policies?.identityPolicies ?? []).map((policy) => policy.document)),
      permissionsBoundary: policies?.permissionsBoundary ? documents([policies.permissionsBoundary])[0] : undefined,
      resourcePolicy,
    });
    return result.decision !== 'allowed';
  });
  if (!missing) return;
  if (kind === 'sqs') throw invalidParameter(`The provided execution role does not have permissions to call ${missing.split(':')[1]} on SQS`);
  if (kind === 'kinesis') {
    throw invalidParameter(`Cannot access stream ${eventSourceArn}. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, ListShards, and ListStreams Actions on your stream in IAM.`);
  }
  throw invalidParameter(`Cannot access stream ${eventSourceArn}. Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM.`);
}
