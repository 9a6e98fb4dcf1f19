import { arn, parseArn } from '../../core/ids.js';
import type * as Sqs from '../../generated/sqs.js';
import { invalidParameter } from './errors.js';
import { queueArn } from './messages.js';
import { withoutEmpty } from './queue-attributes.js';
import type { SqsService } from './service.js';

/** AddPermission / RemovePermission edit statements of the queue's Policy, keyed by their Sid (the label). */
const ACTIONS = [
  '*', 'SendMessage', 'ReceiveMessage', 'DeleteMessage', 'ChangeMessageVisibility', 'GetQueueAttributes',
  'GetQueueUrl', 'ListDeadLetterSourceQueues', 'PurgeQueue', 'ListQueueTags',
];
const LABEL = /^[A-Za-z0-9_-]{1,80}$/;

interface PolicyDocument {
  Version: string;
  Id?: string;
  Statement: Array<Record<string, unknown> & { Sid?: string }>;
}

function readPolicy(text: string | undefined, queueArn: string): PolicyDocument {
  if (text) {
    const parsed = JSON.parse(text) as PolicyDocument;
    if (!Array.isArray(parsed.Statement)) parsed.Statement = parsed.Statement ? [parsed.Statement as unknown as Record<string, unknown>] : [];
    return parsed;
  }
  return { Version: '2012-10-17', Id: `${queueArn}/SQSDefaultPolicy`, Statement: [] };
}

export function addPermission(policyText: string | undefined, queueArn: string, label: string, accounts: string[], actions: string[]): string {
  if (!LABEL.test(label)) {
    throw invalidParameter('Label', label, 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length');
  }
  for (const action of actions) {
    if (!ACTIONS.includes(action)) throw invalidParameter('ActionName', action, 'Please refer to the appropriate WSDL for a list of valid actions.');
  }
  for (const account of accounts) {
    if (!/^\d{12}$/.test(account)) throw invalidParameter('AWSAccountId', account, 'Must be a 12-digit AWS account id.');
  }
  const policy = readPolicy(policyText, queueArn);
  if (policy.Statement.some((s) => s.Sid === label)) throw invalidParameter('Label', label, 'Already exists.');
  // IAM ARNs name no region; their partition is the queue's.
  const partitionRegion = parseArn(queueArn)?.region;
  const principals = accounts.map((account) => arn({ service: 'iam', region: '', account, resource: 'root', partitionRegion }));
  const sqsActions = actions.map((a) => `SQS:${a}`);
  policy.Statement.push({
    Sid: label,
    Effect: 'Allow',
    Principal: { AWS: principals.length === 1 ? principals[0] : principals },
    Action: sqsActions.length === 1 ? sqsActions[0] : sqsActions,
    Resource: queueArn,
  });
  return JSON.stringify(policy);
}

/** Returns the new policy text; '' when no statement is left. */
export function removePermission(policyText: string | undefined, queueArn: string, label: string): string {
  const policy = readPolicy(policyText, queueArn);
  const remaining = policy.Statement.filter((s) => s.Sid !== label);
  if (remaining.length === policy.Statement.length) throw invalidParameter('Label', label, "can't find label on existing policy.");
  if (!remaining.length) return '';
  return JSON.stringify({ ...policy, Statement: remaining });
}

/** AddPermission and RemovePermission. */
export function permissionOperations(service: SqsService): Partial<Sqs.SqsOperations> {
  return {
    AddPermission(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const policy = addPermission(queue.attributes.Policy, queueArn(queue), input.Label, input.AWSAccountIds, input.Actions);
      service.state.setAttributes(queue, { ...queue.attributes, Policy: policy }, service.clock.now());
    },

    RemovePermission(input, context) {
      const queue = service.requireQueue(context, input.QueueUrl);
      const policy = removePermission(queue.attributes.Policy, queueArn(queue), input.Label);
      service.state.setAttributes(queue, withoutEmpty({ ...queue.attributes, Policy: policy }), service.clock.now());
    },
  };
}
