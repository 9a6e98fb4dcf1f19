import { PatternError } from '../../core/event-pattern/index.js';
import { isDynamoDbStreamArn } from '../../core/event-sources/dynamodb-stream-source.js';
import { compileFilterCriteria } from '../../core/event-sources/filter-criteria.js';
import { parseArn } from '../../core/ids.js';
import { validationFailed, type FieldProblem } from './errors.js';
import type { PipeDefinition } from './state.js';

/** The kinds of source a pipe reads; each has its parameter block in SourceParameters. */
export type SourceKind = 'sqs' | 'kinesis' | 'dynamodb' | 'msk' | 'self-managed-kafka' | 'mq';

const SOURCE_BLOCKS: Record<SourceKind, string[]> = {
  sqs: ['SqsQueueParameters'],
  kinesis: ['KinesisStreamParameters'],
  dynamodb: ['DynamoDBStreamParameters'],
  msk: ['ManagedStreamingKafkaParameters'],
  'self-managed-kafka': ['SelfManagedKafkaParameters'],
  mq: ['ActiveMQBrokerParameters', 'RabbitMQBrokerParameters'],
};
const ALL_SOURCE_BLOCKS = Object.values(SOURCE_BLOCKS).flat();

/** Services a pipe may deliver to (AWS's list of Pipes targets). */
const TARGET_SERVICES = new Set(['lambda', 'sqs', 'sns', 'events', 'kinesis', 'firehose', 'states', 'logs', 'ecs', 'batch', 'sagemaker', 'redshift', 'execute-api', 'timestream', 'inspector']);

/**
 * The largest batch a target takes (AWS's table of batchable targets); undefined for Lambda, whose
 * batch is the customer's to choose. A target with no batch API takes one event at a time.
 */
export function targetBatchLimit(target: string): number | undefined {
  const arn = parseArn(target);
  switch (arn?.service) {
    case 'lambda':
      return undefined;
    case 'logs':
      return 10_000;
    case 'firehose':
    case 'kinesis':
      return 500;
    case 'sqs':
    case 'sns':
    case 'states':
      return 10;
    case 'events':
      return arn.resource.startsWith('event-bus/') ? 10 : 1;
    default:
      return 1;
  }
}

/** What the source ARN names, or undefined when Pipes cannot read it. */
export function sourceKind(source: string): SourceKind | undefined {
  if (source.startsWith('smk://')) return 'self-managed-kafka';
  const arn = parseArn(source);
  if (!arn) return undefined;
  if (arn.service === 'sqs' && /^[A-Za-z0-9_-]{1,80}(\.fifo)?$/.test(arn.resource) && arn.region && /^\d{12}$/.test(arn.account)) return 'sqs';
  if (arn.service === 'kinesis' && /^stream\/[a-zA-Z0-9_.-]{1,128}$/.test(arn.resource)) return 'kinesis';
  if (arn.service === 'dynamodb' && isDynamoDbStreamArn(source)) return 'dynamodb';
  if (arn.service === 'kafka' && arn.resource.startsWith('cluster/')) return 'msk';
  if (arn.service === 'mq' && arn.resource.startsWith('broker:')) return 'mq';
  return undefined;
}

/** The path AWS prints for a member: `SourceParameters.SqsQueueParameters.BatchSize` → `sourceParameters.sqsQueueParameters.batchSize`. */
export function memberPath(...names: string[]): string {
  return names.map((n) => (/^\d/.test(n) ? n : n.charAt(0).toLowerCase() + n.slice(1))).join('.');
}

/**
 * Checks what the model cannot: that the source, enrichment and target are things a pipe can use,
 * that the parameter block matches the source, AWS's batch rules, and that every filter is a valid
 * event pattern. Throws ValidationException with a fieldList.
 */
export function checkDefinition(definition: PipeDefinition, options: { sourceIsFifo: boolean }): void {
  const problems: FieldProblem[] = [];
  const kind = sourceKind(definition.Source);
  if (!kind) problems.push({ path: 'source', value: definition.Source, constraint: 'Member must be the ARN of a supported source (Amazon SQS queue, Kinesis stream, DynamoDB stream, Amazon MQ broker, Amazon MSK cluster) or an smk:// URL' });
  const parameters = definition.SourceParameters ?? {};
  if (kind) {
    for (const block of ALL_SOURCE_BLOCKS) {
      if (parameters[block] !== undefined && !SOURCE_BLOCKS[kind].includes(block)) {
        problems.push({ path: memberPath('SourceParameters', block), value: null, constraint: 'Member must not be set for a source of this type' });
      }
    }
    if ((kind === 'kinesis' || kind === 'dynamodb') && parameters[SOURCE_BLOCKS[kind][0]!] === undefined) {
      problems.push({ path: memberPath('SourceParameters', SOURCE_BLOCKS[kind][0]!), value: null, constraint: 'Member must not be null' });
    }
    if (kind === 'sqs') checkSqsParameters(parameters.SqsQueueParameters ?? {}, options.sourceIsFifo, problems);
    if (kind === 'kinesis' || kind === 'dynamodb') checkStreamParameters(SOURCE_BLOCKS[kind][0]!, parameters[SOURCE_BLOCKS[kind][0]!] ?? {}, problems);
  }
  if (kind) checkBatchAgainstTarget(kind, parameters, definition.Target, problems);
  checkFilters(parameters.FilterCriteria?.Filters, problems);
  checkTarget(definition.Target, problems);
  if (definition.Enrichment) checkEnrichment(definition.Enrichment, problems);
  if (problems.length) throw validationFailed(problems);
}

/** A pipe cannot gather larger batches than its target takes. */
function checkBatchAgainstTarget(kind: SourceKind, parameters: Record<string, any>, target: string, problems: FieldProblem[]): void {
  const limit = targetBatchLimit(target);
  if (limit === undefined) return;
  for (const block of SOURCE_BLOCKS[kind]) {
    const size = parameters[block]?.BatchSize;
    if (size !== undefined && size > limit) {
      problems.push({ path: memberPath('SourceParameters', block, 'BatchSize'), value: size, constraint: `Member must have value less than or equal to ${limit}, the largest batch the target accepts` });
    }
  }
}

function checkSqsParameters(block: Record<string, any>, fifo: boolean, problems: FieldProblem[]): void {
  if (fifo && block.BatchSize !== undefined && block.BatchSize > 10) {
    problems.push({ path: memberPath('SourceParameters', 'SqsQueueParameters', 'BatchSize'), value: block.BatchSize, constraint: 'Member must have value less than or equal to 10 for a FIFO queue' });
  }
}

function checkStreamParameters(blockName: string, block: Record<string, any>, problems: FieldProblem[]): void {
  const at = (member: string) => memberPath('SourceParameters', blockName, member);
  if (block.StartingPosition === 'AT_TIMESTAMP' && block.StartingPositionTimestamp === undefined) {
    problems.push({ path: at('StartingPositionTimestamp'), value: null, constraint: 'Member must not be null when StartingPosition is AT_TIMESTAMP' });
  }
  // MaximumRecordAgeInSeconds is -1 (infinite) or 60 to 604,800 seconds.
  const age = block.MaximumRecordAgeInSeconds;
  if (age !== undefined && age !== -1 && age < 60) {
    problems.push({ path: at('MaximumRecordAgeInSeconds'), value: age, constraint: 'Member must have value -1 or greater than or equal to 60' });
  }
  const dlq = block.DeadLetterConfig?.Arn;
  if (dlq !== undefined) {
    const arn = parseArn(dlq);
    if (!arn || (arn.service !== 'sqs' && arn.service !== 'sns')) {
      problems.push({ path: at('DeadLetterConfig') + '.arn', value: dlq, constraint: 'Member must be the ARN of an Amazon SQS queue or Amazon SNS topic' });
    }
  }
}

function checkFilters(filters: Array<{ Pattern?: string }> | undefined, problems: FieldProblem[]): void {
  (filters ?? []).forEach((filter, index) => {
    const path = `sourceParameters.filterCriteria.filters.${index + 1}.member.pattern`;
    if (filter.Pattern === undefined) return;
    try {
      compileFilterCriteria([filter.Pattern]);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      problems.push({ path, constraint: `Member must be a valid event pattern: ${error.reason}` });
    }
  });
}

function checkTarget(target: string, problems: FieldProblem[]): void {
  const arn = parseArn(target);
  if (!arn || !TARGET_SERVICES.has(arn.service)) {
    problems.push({ path: 'target', value: target, constraint: 'Member must be the ARN of a supported target' });
  }
}

function checkEnrichment(enrichment: string, problems: FieldProblem[]): void {
  const arn = parseArn(enrichment);
  const supported =
    arn &&
    ((arn.service === 'lambda' && arn.resource.startsWith('function:')) ||
      (arn.service === 'states' && arn.resource.startsWith('stateMachine:')) ||
      (arn.service === 'events' && arn.resource.startsWith('api-destination/')) ||
      arn.service === 'execute-api');
  if (!supported) {
    problems.push({ path: 'enrichment', value: enrichment, constraint: 'Member must be the ARN of a Lambda function, Step Functions state machine, API destination or API Gateway REST API' });
  }
}
