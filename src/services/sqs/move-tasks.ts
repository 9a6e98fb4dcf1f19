import { randomUUID } from 'node:crypto';
import type { Clock, Timer } from '../../core/clock.js';
import { AwsError } from '../../core/errors.js';
import { decodePageToken, encodePageToken } from '../../core/pagination.js';
import type * as Sqs from '../../generated/sqs.js';
import { invalidParameter, invalidParameterValue } from './errors.js';
import type { Messages } from './messages.js';
import { isFifo } from './messages.js';
import type { SqsService } from './service.js';
import type { MoveTaskRow, QueueRow, SqsState } from './state.js';

/** Without MaxNumberOfMessagesPerSecond, SQS picks a rate; this is ours. */
const DEFAULT_RATE = 500;
const TICK_MS = 1000;

/**
 * Message move tasks (dead-letter queue redrive): messages leave the source
 * at up to MaxNumberOfMessagesPerSecond, one batch per second of clock time,
 * to a destination queue or back to the queue each came from.
 */
export class MoveTasks {
  private readonly timers = new Map<string, Timer>();

  constructor(
    private readonly state: SqsState,
    private readonly clock: Clock,
    private readonly messages: Messages,
    private readonly queueByArn: (arn: string) => QueueRow | undefined,
    private readonly isDeadLetterQueue: (arn: string) => boolean,
  ) {
    // Tasks that were running when a durable Nimbus stopped carry on.
    for (const task of state.activeMoveTasks()) this.schedule(task);
  }

  start(sourceArn: string, destinationArn: string | undefined, rate: number | undefined): string {
    const source = this.queueByArn(sourceArn);
    if (!source) throw new AwsError('ResourceNotFoundException', 'The resource that you specified for the SourceArn parameter doesn\'t exist.', 404);
    if (!this.isDeadLetterQueue(sourceArn)) throw invalidParameterValue('Source queue must be configured as a Dead Letter Queue.');
    if (destinationArn !== undefined) {
      const destination = this.queueByArn(destinationArn);
      if (!destination) throw new AwsError('ResourceNotFoundException', 'The resource that you specified for the DestinationArn parameter doesn\'t exist.', 404);
      if (isFifo(destination) !== isFifo(source)) throw invalidParameterValue('Source and destination queues must be of the same type.');
    }
    if (rate !== undefined && (!Number.isInteger(rate) || rate < 1 || rate > 500)) {
      throw invalidParameterValue(`Value ${rate} for parameter MaxNumberOfMessagesPerSecond is invalid. Reason: Must be between 1 and 500.`);
    }
    if (this.state.moveTasksBySource(sourceArn, 10).some((t) => t.status === 'RUNNING' || t.status === 'CANCELLING')) {
      throw invalidParameterValue('There is already a task running. Only one active task is allowed for a source queue arn at a given time.');
    }
    this.messages.expire(source);
    const task: MoveTaskRow = {
      taskId: randomUUID(),
      sourceArn,
      destinationArn: destinationArn ?? null,
      maxPerSecond: rate ?? null,
      status: 'RUNNING',
      toMove: this.state.messageCount(source),
      moved: 0,
      startedAt: this.clock.now(),
      failureReason: null,
    };
    this.state.insertMoveTask(task);
    this.schedule(task);
    return encodeTaskHandle(task);
  }

  cancel(handle: string): number {
    const task = this.taskForHandle(handle);
    if (task.status !== 'RUNNING') throw invalidParameterValue('Only active tasks can be cancelled.');
    task.status = 'CANCELLING';
    this.state.updateMoveTask(task);
    return task.moved;
  }

  list(sourceArn: string, maxResults: number): MoveTaskRow[] {
    return this.state.moveTasksBySource(sourceArn, maxResults);
  }

  close(): void {
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
  }

  private taskForHandle(handle: string): MoveTaskRow {
    const notFound = () => new AwsError('ResourceNotFoundException', 'The resource that you specified for the TaskHandle parameter doesn\'t exist.', 404);
    const task = this.state.moveTask(decodePageToken(handle, isTaskHandle, notFound).taskId);
    if (!task) throw notFound();
    return task;
  }

  private schedule(task: MoveTaskRow): void {
    const timer = this.clock.setTimeout(() => this.tick(task.taskId), TICK_MS);
    this.timers.set(task.taskId, timer);
  }

  /** One second's worth of moving. */
  private tick(taskId: string): void {
    this.timers.delete(taskId);
    const task = this.state.moveTask(taskId);
    if (!task) return;
    if (task.status === 'CANCELLING') {
      task.status = 'CANCELLED';
      this.state.updateMoveTask(task);
      return;
    }
    if (task.status !== 'RUNNING') return;
    const source = this.queueByArn(task.sourceArn);
    if (!source) return this.fail(task, 'AWS.SimpleQueueService.NonExistentQueue');
    const now = this.clock.now();
    const rate = task.maxPerSecond ?? DEFAULT_RATE;
    const batch = this.state.visibleMessages(source, now, rate);
    for (const message of batch) {
      const targetArn = task.destinationArn ?? message.deadLetterSourceArn;
      const target = targetArn ? this.queueByArn(targetArn) : undefined;
      if (!target) return this.fail(task, 'AWS.SimpleQueueService.NonExistentQueue');
      this.messages.transfer(message, target, null);
      task.moved++;
    }
    if (task.moved >= task.toMove || batch.length === 0) {
      task.status = 'COMPLETED';
      this.state.updateMoveTask(task);
      return;
    }
    this.state.updateMoveTask(task);
    this.schedule(task);
  }

  private fail(task: MoveTaskRow, reason: string): void {
    task.status = 'FAILED';
    task.failureReason = reason;
    this.state.updateMoveTask(task);
  }
}

/** A task handle is opaque, like a page token (handles given out as base64 before still read). */
export function encodeTaskHandle(task: { taskId: string; sourceArn: string }): string {
  return encodePageToken({ taskId: task.taskId, sourceArn: task.sourceArn });
}

const isTaskHandle = (value: unknown): value is { taskId: string } => typeof (value as { taskId?: unknown } | null)?.taskId === 'string';

/** StartMessageMoveTask, CancelMessageMoveTask and ListMessageMoveTasks. */
export function moveTaskOperations(service: SqsService): Partial<Sqs.SqsOperations> {
  const { moveTasks } = service;
  return {
    StartMessageMoveTask(input) {
      return { TaskHandle: moveTasks.start(input.SourceArn, input.DestinationArn, input.MaxNumberOfMessagesPerSecond) };
    },

    CancelMessageMoveTask(input) {
      return { ApproximateNumberOfMessagesMoved: moveTasks.cancel(input.TaskHandle) };
    },

    ListMessageMoveTasks(input) {
      const max = input.MaxResults ?? 1;
      if (max < 1 || max > 10) throw invalidParameter('MaxResults', max, 'MaxResults must be an integer between 1 and 10.');
      if (!service.queueByArn(input.SourceArn)) {
        throw new AwsError('ResourceNotFoundException', "The resource that you specified for the SourceArn parameter doesn't exist.", 404);
      }
      return {
        Results: moveTasks.list(input.SourceArn, max).map((task) => ({
          TaskHandle: task.status === 'RUNNING' ? encodeTaskHandle(task) : undefined,
          Status: task.status,
          SourceArn: task.sourceArn,
          DestinationArn: task.destinationArn ?? undefined,
          MaxNumberOfMessagesPerSecond: task.maxPerSecond ?? undefined,
          ApproximateNumberOfMessagesMoved: task.moved,
          ApproximateNumberOfMessagesToMove: task.toMove,
          FailureReason: task.failureReason ?? undefined,
          StartedTimestamp: task.startedAt,
        })),
      };
    },
  };
}
