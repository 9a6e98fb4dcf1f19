import { invalidAttributeValue, unknownAttribute } from './errors.js';

/** Queue attributes a caller may set, with AWS's defaults and accepted values. */
interface AttributeRule {
  default?: (fifo: boolean) => string | undefined;
  /** Returns the normalised value, or undefined when invalid. */
  check: (value: string, fifo: boolean) => string | undefined;
  fifoOnly?: boolean;
  /** Can only be given at creation. */
  immutable?: boolean;
}

function integerBetween(min: number, max: number) {
  return (value: string): string | undefined => {
    if (!/^\d+$/.test(value.trim())) return undefined;
    const n = Number(value);
    return n >= min && n <= max ? String(n) : undefined;
  };
}

function booleanValue(value: string): string | undefined {
  const lower = value.toLowerCase();
  return lower === 'true' || lower === 'false' ? lower : undefined;
}

function jsonDocument(value: string): string | undefined {
  if (value === '') return '';
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

const SETTABLE: Record<string, AttributeRule> = {
  DelaySeconds: { default: () => '0', check: integerBetween(0, 900) },
  MaximumMessageSize: { default: () => '1048576', check: integerBetween(1024, 1048576) },
  MessageRetentionPeriod: { default: () => '345600', check: integerBetween(60, 1209600) },
  ReceiveMessageWaitTimeSeconds: { default: () => '0', check: integerBetween(0, 20) },
  VisibilityTimeout: { default: () => '30', check: integerBetween(0, 43200) },
  Policy: { check: jsonDocument },
  // Checked against other queues in redrive.ts, with SQS's own reasons.
  RedrivePolicy: { check: (v) => v },
  RedriveAllowPolicy: { check: (v) => v },
  KmsMasterKeyId: { check: (v) => v },
  KmsDataKeyReusePeriodSeconds: { check: integerBetween(60, 86400) },
  SqsManagedSseEnabled: { default: () => 'true', check: booleanValue },
  FifoQueue: { check: booleanValue, immutable: true },
  ContentBasedDeduplication: { default: (fifo) => (fifo ? 'false' : undefined), check: booleanValue, fifoOnly: true },
  DeduplicationScope: { default: (fifo) => (fifo ? 'queue' : undefined), check: (v) => (v === 'messageGroup' || v === 'queue' ? v : undefined), fifoOnly: true },
  FifoThroughputLimit: {
    default: (fifo) => (fifo ? 'perQueue' : undefined),
    check: (v) => (v === 'perQueue' || v === 'perMessageGroupId' ? v : undefined),
    fifoOnly: true,
  },
};

/** Attributes SQS computes and returns but never accepts. */
export const COMPUTED_ATTRIBUTES = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesNotVisible',
  'ApproximateNumberOfMessagesDelayed',
  'CreatedTimestamp',
  'LastModifiedTimestamp',
  'QueueArn',
];

export const ALL_ATTRIBUTE_NAMES = [...Object.keys(SETTABLE), ...COMPUTED_ATTRIBUTES];

export function defaultAttributes(fifo: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, rule] of Object.entries(SETTABLE)) {
    const value = rule.default?.(fifo);
    if (value !== undefined) out[name] = value;
  }
  if (fifo) out.FifoQueue = 'true';
  return out;
}

/**
 * Validates attributes given to CreateQueue or SetQueueAttributes and returns
 * them normalised, with AWS's errors for unknown names and bad values.
 */
export function checkAttributes(given: Record<string, string>, fifo: boolean, creating: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(given)) {
    const rule = SETTABLE[name];
    if (!rule) throw unknownAttribute(name);
    if (rule.fifoOnly && !fifo) throw unknownAttribute(name);
    if (rule.immutable && !creating) throw unknownAttribute(name);
    const value = rule.check(String(raw), fifo);
    if (value === undefined) throw invalidAttributeValue(name);
    out[name] = value;
  }
  return out;
}

/** Rules between attributes, checked on the queue's attributes after a change. */
export function checkAttributeCombination(attributes: Record<string, string>): void {
  if (attributes.FifoThroughputLimit === 'perMessageGroupId' && attributes.DeduplicationScope !== 'messageGroup') {
    throw invalidAttributeValue(
      'FifoThroughputLimit',
      'The FifoThroughputLimit attribute can be set to perMessageGroupId only when the DeduplicationScope attribute is set to messageGroup.',
    );
  }
}
