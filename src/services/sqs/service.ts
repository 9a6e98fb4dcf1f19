import type { RequestContext } from '../../core/context.js';
import { parseArn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import { missingParameter, queueDoesNotExist } from './errors.js';
import { LongPollWaiters } from './long-poll.js';
import { Messages } from './messages.js';
import { QueueMetrics } from './metrics.js';
import { MoveTasks } from './move-tasks.js';
import { parseQueueUrl } from './queue-url.js';
import { redrivePolicyOf } from './redrive.js';
import { SqsState, type QueueRow } from './state.js';

/** What every SQS operation group shares: the state, the clock, the message engine and move tasks. */
export class SqsService {
  readonly state: SqsState;
  readonly clock: Runtime['clock'];
  readonly waiters: LongPollWaiters;
  readonly messages: Messages;
  readonly moveTasks: MoveTasks;
  readonly metrics: QueueMetrics;

  constructor(readonly runtime: Runtime) {
    this.state = new SqsState(runtime.store);
    this.clock = runtime.clock;
    this.waiters = new LongPollWaiters(this.clock);
    this.messages = new Messages(this.state, this.clock, this.waiters, (arnText) => this.queueByArn(arnText));
    this.moveTasks = new MoveTasks(
      this.state,
      this.clock,
      this.messages,
      (arnText) => this.queueByArn(arnText),
      (arnText) => this.deadLetterSources(arnText).length > 0,
    );
    this.metrics = new QueueMetrics(runtime, this.state, this.messages);
    // A durable Nimbus restarted with queues publishes their metrics again.
    if (this.state.hasQueues()) this.metrics.start();
  }

  queueByArn(arnText: string): QueueRow | undefined {
    const parsed = parseArn(arnText);
    if (!parsed || parsed.service !== 'sqs') return undefined;
    return this.state.findQueue(parsed.account, parsed.region, parsed.resource);
  }

  /** Queues whose RedrivePolicy names this ARN as their dead-letter queue. */
  deadLetterSources(targetArn: string): QueueRow[] {
    return this.state.allQueues().filter((q) => redrivePolicyOf(q.attributes)?.deadLetterTargetArn === targetArn);
  }

  /** The queue a request's QueueUrl names, its expired messages dropped (QueueDoesNotExist otherwise). */
  requireQueue(context: RequestContext, url: string | undefined): QueueRow {
    if (!url) throw missingParameter('QueueUrl');
    const address = parseQueueUrl(url);
    const queue = this.state.findQueue(address.account ?? context.accountId, context.region, address.name);
    if (!queue) throw queueDoesNotExist(context.protocol);
    this.messages.expire(queue);
    return queue;
  }

  close(): void {
    this.moveTasks.close();
    this.metrics.close();
    this.waiters.wakeAll();
  }
}
