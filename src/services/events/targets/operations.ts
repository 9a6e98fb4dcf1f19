import { AwsError } from '../../../core/errors.js';
import type { RequestContext } from '../../../core/context.js';
import { parseArn, type ParsedArn } from '../../../core/ids.js';
import { pageAfterKey } from '../../../core/pagination.js';
import type * as Events from '../../../generated/events.js';
import { apiDestinationOperations } from './api-destinations.js';
import { connectionOperations } from './connections.js';
import type { RuleRef, TargetsEngine } from './engine.js';
import { invalidNextToken, limitExceeded, ruleNotFound, validationException } from './errors.js';
import { validateTargetInput } from './input-transformer.js';

/** At most this many targets a rule (AWS's quota). */
export const MAX_TARGETS_PER_RULE = 5;

/** The services whose resources EventBridge can send a rule's events to. */
const TARGET_SERVICES = new Set([
  'lambda', 'sqs', 'sns', 'kinesis', 'firehose', 'logs', 'events', 'states', 'ecs', 'batch', 'codebuild', 'codepipeline',
  'ssm', 'ec2', 'inspector', 'sagemaker', 'redshift', 'redshift-serverless', 'execute-api', 'appsync', 'kinesisanalytics',
]);

/** PutTargets, RemoveTargets, ListTargetsByRule, connections and API destinations: the target side's operations. */
export function targetOperations(engine: TargetsEngine): Partial<Events.EventsOperations> {
  return {
    ...connectionOperations(engine),
    ...apiDestinationOperations(engine),

    PutTargets(input, context) {
      const rule = findRule(engine, input.Rule, input.EventBusName, context);
      // A managed rule's targets are its service's to set; PutTargets has no Force.
      if (rule.managedBy) throw new AwsError('ManagedRuleException', `${rule.ruleName} is a managed rule and its targets cannot be changed.`, 400);
      const failed: Events.PutTargetsResultEntry[] = [];
      const accepted: Events.Target[] = [];
      for (const target of input.Targets) {
        validateTarget(target, rule);
        const service = parseArn(target.Arn)!.service;
        if (!TARGET_SERVICES.has(service)) {
          failed.push({ TargetId: target.Id, ErrorCode: 'ValidationException', ErrorMessage: `Target ${target.Arn} is not a supported target type.` });
          continue;
        }
        accepted.push(target);
      }
      const existing = new Set(engine.state.targetIds(rule));
      const added = new Set(accepted.map((target) => target.Id).filter((id) => !existing.has(id)));
      if (existing.size + added.size > MAX_TARGETS_PER_RULE) throw limitExceeded();
      engine.state.putTargets(rule, accepted);
      return { FailedEntryCount: failed.length, FailedEntries: failed };
    },

    RemoveTargets(input, context) {
      const rule = findRule(engine, input.Rule, input.EventBusName, context);
      if (rule.managedBy && !input.Force) throw new AwsError('ManagedRuleException', `${rule.ruleName} is a managed rule. Set 'force' parameter to true to override.`, 400);
      const existing = new Set(engine.state.targetIds(rule));
      const failed: Events.RemoveTargetsResultEntry[] = [];
      const removed: string[] = [];
      for (const id of input.Ids) {
        if (!existing.has(id)) {
          failed.push({ TargetId: id, ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Rule '${rule.ruleName}' does not have a target with the Id '${id}'.` });
        } else {
          removed.push(id);
        }
      }
      engine.state.removeTargets(rule, removed);
      return { FailedEntryCount: failed.length, FailedEntries: failed };
    },

    ListTargetsByRule(input, context) {
      const rule = findRule(engine, input.Rule, input.EventBusName, context);
      const page = pageAfterKey(engine.state.targets(rule), (target) => target.Id, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return { Targets: page.items, NextToken: page.nextToken };
    },
  };
}

/** The bus an EventBusName names: its name, or the name in its ARN. */
export function busNameOf(eventBusName: string | undefined): string {
  if (!eventBusName) return 'default';
  if (eventBusName.startsWith('arn:')) {
    const resource = parseArn(eventBusName)?.resource ?? '';
    return resource.startsWith('event-bus/') ? resource.slice('event-bus/'.length) : eventBusName;
  }
  return eventBusName;
}

function findRule(engine: TargetsEngine, ruleName: string, eventBusName: string | undefined, context: RequestContext): RuleRef {
  const busName = busNameOf(eventBusName);
  const rule = engine.directory.rule(context.accountId, context.region, busName, ruleName);
  if (!rule) throw ruleNotFound(ruleName, busName);
  return rule;
}

/**
 * Targets EventBridge reaches by assuming the target's role rather than through the target's
 * resource policy (which Lambda, SNS, SQS, Logs and same-account buses have).
 */
const ROLE_TARGET_SERVICES = new Set(['kinesis', 'firehose', 'states', 'ecs', 'batch', 'codebuild', 'codepipeline', 'ssm', 'sagemaker', 'redshift', 'redshift-serverless', 'inspector', 'appsync']);

function needsRole(arn: ParsedArn, rule: RuleRef): boolean {
  if (ROLE_TARGET_SERVICES.has(arn.service)) return true;
  if (arn.service !== 'events') return false;
  if (arn.resource.startsWith('api-destination/')) return true;
  // A bus in another account or region is put to as a role.
  return arn.resource.startsWith('event-bus/') && (arn.account !== rule.account || arn.region !== rule.region);
}

/** PutTargets' checks of one target, as AWS makes them (the model has checked lengths, ranges and patterns). */
function validateTarget(target: Events.Target, rule: RuleRef): void {
  const arn = parseArn(target.Arn);
  if (!arn || !arn.service || !arn.resource) {
    throw validationException(`Parameter ${target.Arn} is not valid. Reason: Provided Arn is not in correct format.`);
  }
  if (!target.RoleArn && needsRole(arn, rule)) throw validationException(`RoleArn is required for target ${target.Arn}.`);
  if (arn.service === 'sqs' && arn.resource.endsWith('.fifo') && !target.SqsParameters?.MessageGroupId) {
    throw validationException(`Parameter(s) SqsParameters must be specified for target: ${target.Id}.`);
  }
  if (target.SqsParameters && arn.service !== 'sqs') {
    throw validationException(`Parameter(s) SqsParameters not valid for target: ${target.Id}.`);
  }
  if (target.KinesisParameters && arn.service !== 'kinesis') {
    throw validationException(`Parameter(s) KinesisParameters not valid for target: ${target.Id}.`);
  }
  if (target.HttpParameters && !(arn.service === 'execute-api' || (arn.service === 'events' && arn.resource.startsWith('api-destination/')))) {
    throw validationException(`Parameter(s) HttpParameters not valid for target: ${target.Id}.`);
  }
  if (target.DeadLetterConfig?.Arn !== undefined) {
    const dlq = parseArn(target.DeadLetterConfig.Arn);
    if (!dlq || dlq.service !== 'sqs' || !dlq.resource) {
      throw validationException(`Parameter ${target.DeadLetterConfig.Arn} is not valid. Reason: Provided Arn is not in correct format.`);
    }
    if (dlq.resource.endsWith('.fifo')) throw validationException('Dead-letter queue of type FIFO is not supported.');
  }
  validateTargetInput(target);
}
