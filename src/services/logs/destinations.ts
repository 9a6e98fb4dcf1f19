import { arn, parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import { evaluatePolicy, parsePolicy, PolicyError } from '../../core/policy.js';
import type * as Logs from '../../generated/logs.js';
import { invalidParameter, invalidToken, notAuthorized, notFound } from './errors.js';
import type { LogsService, Scope } from './service.js';
import type { LogsState } from './state.js';

/**
 * Destinations: the receiving account's named front for a Kinesis stream or Firehose delivery
 * stream, with an access policy saying which accounts may subscribe their log groups to it.
 * Subscription filters naming one deliver to its target (subscriptions.ts).
 */

export const DESTINATION_KIND = 'destination';

export interface StoredDestination {
  targetArn: string;
  roleArn: string;
  accessPolicy?: string;
  tags: Record<string, string>;
  createdAt: number;
}

export function destinationArn(scope: Scope, name: string): string {
  return arn({ service: 'logs', region: scope.region, account: scope.accountId, resource: `destination:${name}` });
}

/** A destination by its ARN (`arn:aws:logs:region:account:destination:name`), in whichever account owns it. */
export function destinationByArn(state: LogsState, value: string): { account: string; region: string; name: string; destination: StoredDestination } | undefined {
  const parsed = parseArn(value);
  if (!parsed || parsed.service !== 'logs' || !parsed.resource.startsWith('destination:')) return undefined;
  const name = parsed.resource.slice('destination:'.length);
  const row = state.configuration<StoredDestination>(parsed.account, parsed.region, DESTINATION_KIND, name);
  return row ? { account: parsed.account, region: parsed.region, name, destination: row.body } : undefined;
}

/**
 * Whether `account` may subscribe to the destination: its own account always (IAM is off), another
 * only when the access policy allows it logs:PutSubscriptionFilter on the destination.
 */
export function checkSubscribeAccess(state: LogsState, value: string, account: string): void {
  const found = destinationByArn(state, value);
  if (!found) throw notFound('The specified destination does not exist.');
  if (found.account === account) return;
  const policy = found.destination.accessPolicy;
  let allowed = false;
  try {
    allowed = !!policy && evaluatePolicy(policy, { principal: { type: 'AWS', account }, action: 'logs:PutSubscriptionFilter', resource: value }) === 'Allow';
  } catch {
    allowed = false;
  }
  if (!allowed) throw notAuthorized(account, 'logs:PutSubscriptionFilter', value);
}

/** A destination's target must be a Kinesis stream or a Firehose delivery stream ARN. */
function checkTargetArn(targetArn: string): void {
  const parsed = parseArn(targetArn);
  const ok =
    !!parsed &&
    /^\d{12}$/.test(parsed.account) &&
    ((parsed.service === 'kinesis' && /^stream\/[\w.-]{1,128}$/.test(parsed.resource)) || (parsed.service === 'firehose' && /^deliverystream\/[\w.-]{1,64}$/.test(parsed.resource)));
  if (!ok) throw invalidParameter(`Invalid target ARN: ${targetArn}. A destination's target must be a Kinesis data stream or a Firehose delivery stream.`);
}

function checkRoleArn(roleArn: string): void {
  const parsed = parseArn(roleArn);
  if (!parsed || parsed.service !== 'iam' || !parsed.resource.startsWith('role/')) throw invalidParameter(`Invalid role ARN: ${roleArn}`);
}

export function destinationOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;

  function view(scope: Scope, name: string, destination: StoredDestination): Logs.Destination {
    return {
      destinationName: name,
      targetArn: destination.targetArn,
      roleArn: destination.roleArn,
      accessPolicy: destination.accessPolicy,
      arn: destinationArn(scope, name),
      creationTime: destination.createdAt,
    };
  }

  function requireDestination(scope: Scope, name: string): StoredDestination {
    const row = state.configuration<StoredDestination>(scope.accountId, scope.region, DESTINATION_KIND, name);
    if (!row) throw notFound('The specified destination does not exist.');
    return row.body;
  }

  return {
    PutDestination(input, context) {
      checkTargetArn(input.targetArn);
      checkRoleArn(input.roleArn);
      const current = state.configuration<StoredDestination>(context.accountId, context.region, DESTINATION_KIND, input.destinationName)?.body;
      // An update keeps the access policy and creation time; tags are only set when it is made.
      const destination: StoredDestination = {
        targetArn: input.targetArn,
        roleArn: input.roleArn,
        accessPolicy: current?.accessPolicy,
        tags: current?.tags ?? input.tags ?? {},
        createdAt: current?.createdAt ?? service.clock.now(),
      };
      state.putConfiguration(context.accountId, context.region, DESTINATION_KIND, input.destinationName, destination, service.clock.now());
      return { destination: view(context, input.destinationName, destination) };
    },

    PutDestinationPolicy(input, context) {
      const destination = requireDestination(context, input.destinationName);
      try {
        parsePolicy(input.accessPolicy);
      } catch (error) {
        if (error instanceof PolicyError) throw invalidParameter(`Invalid access policy: ${error.message}`);
        throw error;
      }
      state.putConfiguration(context.accountId, context.region, DESTINATION_KIND, input.destinationName, { ...destination, accessPolicy: input.accessPolicy }, service.clock.now());
    },

    DescribeDestinations(input, context) {
      const prefix = input.DestinationNamePrefix;
      const all = state.configurations<StoredDestination>(context.accountId, context.region, DESTINATION_KIND).filter((row) => !prefix || row.name.startsWith(prefix));
      const page = pageAfterKey(all, (row) => row.name, input.limit ?? 50, input.nextToken, invalidToken);
      return { destinations: page.items.map((row) => view(context, row.name, row.body)), nextToken: page.nextToken };
    },

    DeleteDestination(input, context) {
      requireDestination(context, input.destinationName);
      state.deleteConfiguration(context.accountId, context.region, DESTINATION_KIND, input.destinationName);
    },
  };
}
