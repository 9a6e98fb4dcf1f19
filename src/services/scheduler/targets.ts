import { parseArn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import type * as Scheduler from '../../generated/scheduler.js';
import { modelOperationName } from '../../protocol/index.js';
import { invalidTargetArn, unsupportedService, validation } from './errors.js';

/**
 * What a schedule's Target.Arn names: a templated target (a function, queue, topic, bus, stream...,
 * delivered through EventBridge's target machinery) or a universal target
 * `arn:aws:scheduler:::aws-sdk:<service>:<apiAction>`, an API call made in-process.
 */
export type TargetKind = { kind: 'templated'; service: string } | { kind: 'universal'; service: string; operation: string; sdkService: string; action: string };

/** Services a templated target may name, by the service part of their ARNs. */
const TEMPLATED_SERVICES = new Set(['lambda', 'sqs', 'sns', 'events', 'kinesis', 'firehose', 'states', 'ecs', 'sagemaker', 'codebuild', 'codepipeline', 'inspector']);

/** AWS SDK service ids whose Nimbus model id differs (the rest are the same). */
const MODEL_ID_BY_SDK_ID: Record<string, string> = { cloudwatchlogs: 'logs', eventbridge: 'events' };

/** Action prefixes Scheduler refuses for universal targets: read-only calls, as AWS lists them. */
const READ_ONLY_PREFIXES = [
  'get', 'describe', 'list', 'poll', 'receive', 'search', 'scan', 'query', 'select', 'read', 'lookup', 'discover', 'validate',
  'batchGet', 'batchDescribe', 'batchRead', 'transactGet', 'adminGet', 'adminList', 'testMigration', 'retrieve', 'testConnection',
  'translateDocument', 'isAuthorized', 'invokeModel',
];

/** Reads and checks a target's ARN and parameters as CreateSchedule does. */
export function checkTarget(runtime: Runtime, target: Scheduler.Target): TargetKind {
  const kind = targetKind(runtime, target.Arn);
  if (kind.kind === 'universal' && target.Input !== undefined && !isJsonObject(target.Input)) {
    throw validation('Invalid RequestJson provided. Reason Input must be a well-formed JSON object.');
  }
  if (target.EventBridgeParameters && !(kind.kind === 'templated' && kind.service === 'events')) {
    throw validation('EventBridgeParameters can only be provided for an EventBridge PutEvents target.');
  }
  if (target.KinesisParameters && !(kind.kind === 'templated' && kind.service === 'kinesis')) {
    throw validation('KinesisParameters can only be provided for a Kinesis PutRecord target.');
  }
  if (target.SqsParameters && !(kind.kind === 'templated' && kind.service === 'sqs')) {
    throw validation('SqsParameters can only be provided for an SQS SendMessage target.');
  }
  if (kind.kind === 'templated' && kind.service === 'events' && !target.EventBridgeParameters) {
    throw validation('EventBridgeParameters is required for an EventBridge PutEvents target.');
  }
  return kind;
}

export function targetKind(runtime: Runtime, arn: string): TargetKind {
  const parsed = parseArn(arn);
  if (!parsed || !/^aws(-[a-z]+)*$/.test(parsed.partition) || !parsed.service) throw invalidTargetArn();
  if (parsed.service === 'scheduler') {
    const universal = /^aws-sdk:([a-z0-9]+):([a-zA-Z0-9]+)$/.exec(parsed.resource);
    if (!universal || parsed.region !== '' || parsed.account !== '') throw invalidTargetArn();
    const [, sdkService, action] = universal;
    const service = MODEL_ID_BY_SDK_ID[sdkService] ?? sdkService;
    if (!runtime.implements(service)) throw unsupportedService(sdkService);
    if (READ_ONLY_PREFIXES.some((prefix) => action.startsWith(prefix))) throw validation(`Unsupported action: ${action} is a read-only API action.`);
    const operation = modelOperationName(service, action);
    if (!operation) throw validation(`Unsupported action: ${action} is not an action of ${sdkService}.`);
    return { kind: 'universal', service, operation, sdkService, action };
  }
  if (!TEMPLATED_SERVICES.has(parsed.service)) throw unsupportedService(parsed.service);
  if (!parsed.region || !/^\d{12}$/.test(parsed.account) || !parsed.resource) throw invalidTargetArn();
  return { kind: 'templated', service: parsed.service };
}

function isJsonObject(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}
