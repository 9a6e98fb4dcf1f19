import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { parseArn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import type { LambdaApi } from '../lambda/api.js';
import type { LogsFirehoseTarget, LogsKinesisTarget } from './api.js';
import { checkSubscribeAccess, destinationByArn } from './destinations.js';
import { invalidOperation, invalidParameter, invalidToken, limitExceeded, notFound } from './errors.js';
import { compileRequestPattern } from './filter-pattern.js';
import type { LogsService } from './service.js';
import type { LogsState } from './state.js';

/**
 * Subscription filters: matching events leave as AWS's payload (gzip'd
 * JSON with messageType, owner, logGroup, logStream, subscriptionFilters and
 * logEvents) for a Lambda function (as {"awslogs":{"data": base64}}), a
 * Kinesis stream or a Firehose delivery stream (the gzip'd bytes as the
 * record), through the target service's module API and runtime.delivery.
 */

export interface SubscriptionPayload {
  messageType: 'DATA_MESSAGE' | 'CONTROL_MESSAGE';
  owner: string;
  logGroup: string;
  logStream: string;
  subscriptionFilters: string[];
  logEvents: Array<{ id: string; timestamp: number; message: string }>;
}

/** The gzip'd JSON document AWS delivers. */
export function encodeSubscriptionPayload(payload: SubscriptionPayload): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(payload), 'utf8'));
}

/** What a Lambda subscriber receives as its event. */
export function lambdaSubscriptionEvent(payload: SubscriptionPayload): string {
  return JSON.stringify({ awslogs: { data: encodeSubscriptionPayload(payload).toString('base64') } });
}

export type DestinationKind = 'lambda' | 'kinesis' | 'firehose' | 'logs';

export function destinationKind(destinationArn: string): DestinationKind | undefined {
  const parsed = parseArn(destinationArn);
  if (!parsed) return undefined;
  if (parsed.service === 'lambda' && parsed.resource.startsWith('function:')) return 'lambda';
  if (parsed.service === 'kinesis' && parsed.resource.startsWith('stream/')) return 'kinesis';
  if (parsed.service === 'firehose' && parsed.resource.startsWith('deliverystream/')) return 'firehose';
  if (parsed.service === 'logs' && parsed.resource.startsWith('destination:')) return 'logs';
  return undefined;
}

const TEST_FAILED = 'Could not deliver test message to specified destination. Check if the destination is valid.';

export class SubscriptionDispatcher {
  constructor(
    private readonly runtime: Runtime,
    private readonly state: LogsState,
  ) {}

  /**
   * PutSubscriptionFilter's checks of the destination: its kind, the role
   * AWS requires (Kinesis, Firehose) or refuses (a logs destination, which
   * has its own), a destination's access policy for the sender's account,
   * and — when the target service is running in Nimbus and can tell — that
   * it exists.
   */
  async validate(destinationArn: string, roleArn: string | undefined, account: string): Promise<DestinationKind> {
    const kind = destinationKind(destinationArn);
    if (!kind) throw invalidParameter(`Invalid destination ARN: ${destinationArn}`);
    if (kind === 'logs') {
      if (roleArn) throw invalidParameter('destinationArn for vendor logs cannot be used with roleArn');
      checkSubscribeAccess(this.state, destinationArn, account);
      return kind;
    }
    if ((kind === 'kinesis' || kind === 'firehose') && !roleArn) throw invalidParameter(`destinationArn for vendor ${kind} cannot be used without roleArn`);
    const exists =
      kind === 'lambda'
        ? (await this.runtime.optionalApi<LambdaApi>('lambda'))?.functionExists(destinationArn)
        : kind === 'kinesis'
          ? (await this.runtime.optionalApi<LogsKinesisTarget>('kinesis'))?.streamExists?.(destinationArn)
          : (await this.runtime.optionalApi<LogsFirehoseTarget>('firehose'))?.deliveryStreamExists?.(destinationArn);
    if (exists === false) throw invalidParameter(TEST_FAILED);
    return kind;
  }

  /** Hands one payload to its destination; failures are logged (AWS drops what it cannot deliver). */
  deliver(filterDestinationArn: string, sourceArn: string, payload: SubscriptionPayload): void {
    let destinationArn = filterDestinationArn;
    // A logs destination stands for its target in the receiving account: the payload goes there as is.
    if (destinationKind(destinationArn) === 'logs') {
      const found = destinationByArn(this.state, destinationArn);
      if (!found) {
        this.runtime.log.warn({ destination: destinationArn }, 'subscription destination no longer exists; events dropped');
        return;
      }
      destinationArn = found.destination.targetArn;
    }
    const kind = destinationKind(destinationArn);
    this.runtime.delivery.send({
      description: `logs→${destinationArn}`,
      attempt: async () => {
        switch (kind) {
          case 'lambda': {
            const lambda = await this.runtime.api<LambdaApi>('lambda');
            await lambda.invokeAsync({ functionArn: destinationArn, payload: lambdaSubscriptionEvent(payload), sourceArn, sourceAccount: payload.owner });
            return;
          }
          case 'kinesis': {
            const kinesis = await this.runtime.api<LogsKinesisTarget>('kinesis');
            await kinesis.putRecord({ streamArn: destinationArn, data: encodeSubscriptionPayload(payload), partitionKey: randomUUID() });
            return;
          }
          case 'firehose': {
            const firehose = await this.runtime.api<LogsFirehoseTarget>('firehose');
            await firehose.putRecord({ deliveryStreamArn: destinationArn, data: encodeSubscriptionPayload(payload) });
            return;
          }
          default:
            throw new Error(`Nimbus does not deliver to ${destinationArn}`);
        }
      },
    });
  }
}

const MAX_SUBSCRIPTION_FILTERS = 2;

/** Subscription filters: put (checking the destination), describe and delete. */
export function subscriptionFilterOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  return {
    async PutSubscriptionFilter(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      if (group.groupClass === 'INFREQUENT_ACCESS') throw invalidOperation('Subscription filters are not supported for log groups of the INFREQUENT_ACCESS class.');
      service.checkRegexQuota(group, compileRequestPattern(input.filterPattern), { subscription: input.filterName });
      await service.subscriptions.validate(input.destinationArn, input.roleArn, context.accountId);
      const existing = state.subscriptionFilters(group.id);
      const current = existing.find((f) => f.name === input.filterName);
      if (!current && existing.length >= MAX_SUBSCRIPTION_FILTERS) throw limitExceeded();
      state.putSubscriptionFilter({
        groupId: group.id,
        name: input.filterName,
        pattern: input.filterPattern,
        destinationArn: input.destinationArn,
        roleArn: input.roleArn ?? null,
        distribution: input.distribution ?? 'ByLogStream',
        createdAt: current?.createdAt ?? service.clock.now(),
      });
    },

    DescribeSubscriptionFilters(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      const filters = state.subscriptionFilters(group.id).filter((f) => !input.filterNamePrefix || f.name.startsWith(input.filterNamePrefix));
      const result = pageAfterKey(filters, (f) => f.name, input.limit ?? 50, input.nextToken, invalidToken);
      return {
        subscriptionFilters: result.items.map((f) => ({
          filterName: f.name,
          logGroupName: group.name,
          filterPattern: f.pattern,
          destinationArn: f.destinationArn,
          roleArn: f.roleArn ?? undefined,
          distribution: f.distribution as Logs.SubscriptionFilter['distribution'],
          creationTime: f.createdAt,
        })),
        nextToken: result.nextToken,
      };
    },

    DeleteSubscriptionFilter(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      if (!state.deleteSubscriptionFilter(group.id, input.filterName)) throw notFound('The specified subscription filter does not exist.');
    },
  };
}
