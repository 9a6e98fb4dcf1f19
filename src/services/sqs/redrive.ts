import { parseArn } from '../../core/ids.js';
import { invalidParameter } from './errors.js';

/** RedrivePolicy: where a message goes after maxReceiveCount receives. */
export interface RedrivePolicy {
  deadLetterTargetArn: string;
  maxReceiveCount: number;
}

/** RedriveAllowPolicy: which source queues may use this queue as their dead-letter queue. */
export interface RedriveAllowPolicy {
  redrivePermission: 'allowAll' | 'denyAll' | 'byQueue';
  sourceQueueArns?: string[];
}

/** Parses a stored RedrivePolicy (already validated), or undefined for none. */
export function redrivePolicyOf(attributes: Record<string, string>): RedrivePolicy | undefined {
  const text = attributes.RedrivePolicy;
  if (!text) return undefined;
  const parsed = JSON.parse(text) as { deadLetterTargetArn: string; maxReceiveCount: number | string };
  return { deadLetterTargetArn: parsed.deadLetterTargetArn, maxReceiveCount: Number(parsed.maxReceiveCount) };
}

export function redriveAllowPolicyOf(attributes: Record<string, string>): RedriveAllowPolicy | undefined {
  const text = attributes.RedriveAllowPolicy;
  if (!text) return undefined;
  return JSON.parse(text) as RedriveAllowPolicy;
}

export interface DeadLetterTarget {
  arn: string;
  fifo: boolean;
  allowPolicy?: RedriveAllowPolicy;
}

/**
 * Checks a RedrivePolicy as SQS does: a JSON map naming an existing queue of
 * the same type, with maxReceiveCount 1 to 1000, that the target's
 * RedriveAllowPolicy lets this source use. Returns it normalised.
 */
export function checkRedrivePolicy(
  text: string,
  source: { arn: string; fifo: boolean },
  findTarget: (arn: string) => DeadLetterTarget | undefined,
): string {
  if (text === '') return '';
  const fail = (reason: string) => invalidParameter('RedrivePolicy', text, reason);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail('Redrive policy is not a valid JSON map.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw fail('Redrive policy is not a valid JSON map.');
  const policy = parsed as Record<string, unknown>;
  for (const key of Object.keys(policy)) {
    if (key !== 'deadLetterTargetArn' && key !== 'maxReceiveCount') throw fail(`Only following attributes are supported: [deadLetterTargetArn, maxReceiveCount].`);
  }
  if (policy.deadLetterTargetArn === undefined) throw fail('Redrive policy does not contain mandatory attribute: deadLetterTargetArn.');
  if (policy.maxReceiveCount === undefined) throw fail('Redrive policy does not contain mandatory attribute: maxReceiveCount.');
  const count = Number(policy.maxReceiveCount);
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw fail(`Invalid value for maxReceiveCount: ${String(policy.maxReceiveCount)}, valid values are from 1 to 1000 both inclusive.`);
  }
  const targetArn = String(policy.deadLetterTargetArn);
  if (!parseArn(targetArn)) throw fail('Invalid value for deadLetterTargetArn.');
  const target = findTarget(targetArn);
  if (!target) throw fail('Dead letter target does not exist.');
  if (target.fifo !== source.fifo) throw fail('Dead-letter queue must be same type of queue as the source.');
  if (!allowsSource(target.allowPolicy, source.arn)) {
    throw fail('Queue is not allowed as a dead-letter queue source by the RedriveAllowPolicy of the target queue.');
  }
  return JSON.stringify({ deadLetterTargetArn: targetArn, maxReceiveCount: count });
}

export function allowsSource(policy: RedriveAllowPolicy | undefined, sourceArn: string): boolean {
  if (!policy || policy.redrivePermission === 'allowAll') return true;
  if (policy.redrivePermission === 'denyAll') return false;
  return (policy.sourceQueueArns ?? []).includes(sourceArn);
}

/** Checks a RedriveAllowPolicy: allowAll, denyAll, or byQueue with 1 to 10 source queue ARNs. */
export function checkRedriveAllowPolicy(text: string): string {
  if (text === '') return '';
  const fail = (reason: string) => invalidParameter('RedriveAllowPolicy', text, reason);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail('Redrive allow policy is not a valid JSON map.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw fail('Redrive allow policy is not a valid JSON map.');
  const policy = parsed as Record<string, unknown>;
  const permission = policy.redrivePermission;
  if (permission !== 'allowAll' && permission !== 'denyAll' && permission !== 'byQueue') {
    throw fail('Invalid value for redrivePermission. Valid values are: allowAll, denyAll, byQueue.');
  }
  const arns = policy.sourceQueueArns;
  if (permission === 'byQueue') {
    if (!Array.isArray(arns) || arns.length === 0) throw fail('sourceQueueArns must be specified when redrivePermission is byQueue.');
    if (arns.length > 10) throw fail('The maximum number of source queue ARNs you can specify is 10.');
    if (arns.some((a) => typeof a !== 'string' || !parseArn(a))) throw fail('sourceQueueArns must contain valid queue ARNs.');
  } else if (arns !== undefined) {
    throw fail('sourceQueueArns can be specified only when redrivePermission is byQueue.');
  }
  return JSON.stringify(arns === undefined ? { redrivePermission: permission } : { redrivePermission: permission, sourceQueueArns: arns });
}
