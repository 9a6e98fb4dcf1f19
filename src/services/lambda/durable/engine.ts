import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Timer } from '../../../core/clock.js';
import { isAwsError } from '../../../core/errors.js';
import { encodePageToken } from '../../../core/pagination.js';
import type * as L from '../../../generated/lambda.js';
import { functionArn, parseFunctionName } from '../arns.js';
import type { Target } from '../invoke.js';
import type { LambdaService } from '../service.js';
import { addEvent, applyUpdates, visibleOperations } from './checkpoints.js';
import { callbackNotFound, callbackTimedOut, executionAlreadyStarted, executionClosed, executionNotFound, invalidCheckpointToken, unqualifiedDurableInvoke } from './errors.js';
import { eventOperation, type ErrorObject, type ExecutionHeader, type ExecutionRecord, type ExecutionStatus, type OperationRecord } from './records.js';
import { DurableState } from './state.js';

/** Operations the invocation event carries at most; the rest the SDK pages in with GetDurableExecutionState. */
export const INITIAL_OPERATIONS = 100;
/** Failed invocations (a crash, a function timeout) are tried again this many times, with backoff, before the execution fails. */
const INVOCATION_RETRIES = 3;
/** A throttled invocation is tried again this much later. */
const THROTTLE_RETRY_MS = 5_000;
const DAY_MS = 86_400_000;

type Closing = { result?: string; error?: ErrorObject };

/**
 * Runs durable executions: starts them, invokes the function with its checkpointed state,
 * applies its checkpoints, and resumes it when a wait ends, a retry is due, a callback
 * completes or a chained invoke returns, all on the virtual clock. One invocation of an
 * execution runs at a time; everything lives in the store, so a restart resumes where it was.
 */
export class DurableEngine {
  readonly state: DurableState;
  /** Executions whose invocation loop is running, and those that must loop again when it ends. */
  private readonly looping = new Set<string>();
  private readonly again = new Set<string>();
  private readonly timers = new Map<string, Timer>();
  private readonly retention = new Map<string, Timer>();
  private readonly closeWaiters = new Map<string, Array<(record: ExecutionHeader) => void>>();

  constructor(private readonly service: LambdaService) {
    this.state = new DurableState(service.runtime.store);
    this.resume();
  }

  private get clock() {
    return this.service.runtime.clock;
  }

  /** After a restart: running executions get their timers back (and an invocation the crash cut short runs again); closed ones their retention. */
  private resume(): void {
    for (const record of this.state.allRunning()) {
      const interrupted = record.invocation !== undefined;
      if (interrupted) {
        record.invocation = undefined;
        this.state.save(record);
      }
      this.arm(record);
      if (interrupted || record.updated.length) this.wake(record.arn);
      // A chained invoke the restart cut short is made again (its call was in flight, not stored).
      for (const op of record.operations) {
        if (op.Type !== 'CHAINED_INVOKE' || op.Status !== 'STARTED') continue;
        const started = record.events.find((event) => event.EventType === 'ChainedInvokeStarted' && event.Id === op.Id)?.details as
          | { FunctionName?: string; Input?: { Payload?: string } }
          | undefined;
        if (started?.FunctionName) void this.runChainedInvoke(record.arn, { operationId: op.Id, functionName: started.FunctionName, payload: started.Input?.Payload ?? '' });
      }
    }
    for (const header of this.state.closed()) this.armRetention(header.arn, (header.ended ?? header.started) + header.retentionDays * DAY_MS);
  }

  /**
   * Starts an execution of a durable function's version (or answers the one a DurableExecutionName
   * already started with the same payload, as Lambda's idempotent starts do).
   */
  start(target: Target, payload: string, name: string | undefined): ExecutionHeader {
    const { doc, record: version } = target;
    const durable = version.config.durableConfig!;
    if (name !== undefined) {
      const existing = this.state.byName(doc.account, doc.region, doc.name, name);
      if (existing) {
        if (existing.input !== payload) throw executionAlreadyStarted(name);
        return existing;
      }
    }
    const now = this.clock.now();
    const executionName = name ?? randomUUID();
    const id = randomUUID();
    const executedVersion = target.executedVersion;
    const record: ExecutionRecord = {
      arn: `${functionArn(doc, executedVersion)}/durable-execution/${executionName}/${id}`,
      account: doc.account,
      region: doc.region,
      functionName: doc.name,
      version: executedVersion,
      functionArn: target.invokedArn,
      name: executionName,
      status: 'RUNNING',
      input: payload,
      started: now,
      executionTimeout: durable.executionTimeout,
      retentionDays: durable.retentionPeriodInDays,
      operations: [{ Id: randomUUID(), Type: 'EXECUTION', Status: 'STARTED', StartTimestamp: now, ExecutionDetails: { InputPayload: payload } }],
      events: [],
      callbacks: [],
      updated: [],
      invocationFailures: 0,
    };
    addEvent(record, 'ExecutionStarted', now, record.operations[0], { Input: { Payload: payload }, ExecutionTimeout: durable.executionTimeout ?? 0 });
    this.state.save(record, [record.operations[0].Id]);
    this.arm(record);
    this.wake(record.arn);
    return record;
  }

  require(arn: string): ExecutionHeader {
    const record = this.state.header(arn);
    if (!record) throw executionNotFound(arn);
    return record;
  }

  /** Resolves when the execution closes (a synchronous Invoke waits on it). */
  whenClosed(arn: string): Promise<ExecutionHeader> {
    const record = this.require(arn);
    if (record.status !== 'RUNNING') return Promise.resolve(record);
    return new Promise((resolve) => {
      const list = this.closeWaiters.get(arn) ?? [];
      list.push(resolve);
      this.closeWaiters.set(arn, list);
    });
  }

  /** The running invocation's execution, if this is its current checkpoint token. */
  private requireToken(arn: string, token: string): ExecutionRecord {
    const record = this.state.get(arn);
    if (!record || record.status !== 'RUNNING' || record.invocation?.token !== token) throw invalidCheckpointToken();
    return record;
  }

  /**
   * CheckpointDurableExecution: applies the updates; answers the next token and every operation that
   * changed. The token is consumed; a retry of the same request (same ClientToken) gets the same answer.
   */
  checkpoint(arn: string, token: string, updates: L.OperationUpdate[], clientToken?: string): { token: string; operations: OperationRecord[] } {
    const retried = this.state.get(arn);
    const last = retried?.status === 'RUNNING' ? retried.invocation?.last : undefined;
    if (retried && last && last.consumed === token && clientToken !== undefined && last.clientToken === clientToken) {
      const ids = new Set(last.operationIds);
      return { token: last.token, operations: retried.operations.filter((op) => ids.has(op.Id)) };
    }
    const record = this.requireToken(arn, token);
    const now = this.clock.now();
    const newCallbacks: string[] = [];
    const effects = applyUpdates(record, updates, now, () => {
      const id = randomBytes(48).toString('base64');
      newCallbacks.push(id);
      return id;
    });
    for (const id of record.updated) effects.touched.add(id);
    record.updated = [];
    const next = randomBytes(48).toString('base64');
    const operations = record.operations.filter((op) => effects.touched.has(op.Id));
    record.invocation = { ...record.invocation!, token: next, last: { consumed: token, clientToken, token: next, operationIds: operations.map((op) => op.Id) } };
    for (const callbackId of newCallbacks) this.state.saveCallback(callbackId, arn);
    this.state.save(record, effects.touched);
    if (effects.closed) this.close(record, effects.closed.status, effects.closed);
    else this.arm(record);
    for (const invoke of effects.chainedInvokes) void this.runChainedInvoke(arn, invoke);
    return { token: next, operations };
  }

  /** GetDurableExecutionState: the operations an invocation replays, for its checkpoint token. */
  stateFor(arn: string, token: string): OperationRecord[] {
    return visibleOperations(this.requireToken(arn, token));
  }

  /** SendDurableExecutionCallbackSuccess / Failure / Heartbeat. */
  completeCallback(callbackId: string, outcome: { result?: string; error?: ErrorObject } | 'heartbeat'): void {
    const arn = this.state.callbackExecution(callbackId);
    const record = arn === undefined ? undefined : this.state.get(arn);
    const op = record?.operations.find((candidate) => candidate.Type === 'CALLBACK' && candidate.CallbackDetails?.CallbackId === callbackId);
    if (!record || !op) throw callbackNotFound();
    if (op.Status === 'TIMED_OUT') throw callbackTimedOut();
    if (op.Status !== 'STARTED' || record.status !== 'RUNNING') throw callbackNotFound();
    const now = this.clock.now();
    const clock = record.callbacks.find((entry) => entry.operationId === op.Id);
    if (outcome === 'heartbeat') {
      if (clock?.heartbeatSeconds) clock.heartbeatAt = now + clock.heartbeatSeconds * 1000;
      this.state.save(record);
      this.arm(record);
      return;
    }
    record.callbacks = record.callbacks.filter((entry) => entry.operationId !== op.Id);
    op.EndTimestamp = now;
    if (outcome.error !== undefined) {
      op.Status = 'FAILED';
      op.CallbackDetails = { ...op.CallbackDetails, Error: outcome.error };
      addEvent(record, 'CallbackFailed', now, op, { Error: { Payload: outcome.error } });
    } else {
      op.Status = 'SUCCEEDED';
      op.CallbackDetails = { ...op.CallbackDetails, Result: outcome.result ?? '' };
      addEvent(record, 'CallbackSucceeded', now, op, { Result: { Payload: outcome.result ?? '' } });
    }
    this.changed(record, op.Id);
  }

  /** StopDurableExecution. */
  stop(arn: string, error: ErrorObject | undefined): number {
    if (this.require(arn).status !== 'RUNNING') throw executionClosed(arn);
    const record = this.state.get(arn)!;
    this.close(record, 'STOPPED', { error });
    return record.ended!;
  }

  /** The service changed an operation the function waits on: record it, and run the function again. */
  private changed(record: ExecutionRecord, operationId: string): void {
    if (!record.updated.includes(operationId)) record.updated.push(operationId);
    this.state.save(record, [operationId]);
    this.arm(record);
    this.wake(record.arn);
  }

  private close(record: ExecutionRecord, status: Exclude<ExecutionStatus, 'RUNNING'>, closing: Closing): void {
    const now = this.clock.now();
    record.status = status;
    record.ended = now;
    record.invocation = undefined;
    record.retryInvocationAt = undefined;
    if (closing.result !== undefined) record.result = closing.result;
    if (closing.error !== undefined) record.error = closing.error;
    const execution = record.operations[0];
    execution.Status = status;
    execution.EndTimestamp = now;
    const type = { SUCCEEDED: 'ExecutionSucceeded', FAILED: 'ExecutionFailed', TIMED_OUT: 'ExecutionTimedOut', STOPPED: 'ExecutionStopped' }[status];
    const details: Record<string, unknown> = {};
    if (status === 'SUCCEEDED') details.Result = { Payload: record.result ?? '' };
    else if (record.error !== undefined || status !== 'TIMED_OUT') details.Error = { Payload: record.error ?? {} };
    addEvent(record, type, now, execution, details);
    this.state.save(record, [execution.Id]);
    this.timers.get(record.arn)?.cancel();
    this.timers.delete(record.arn);
    this.armRetention(record.arn, now + record.retentionDays * DAY_MS);
    const waiters = this.closeWaiters.get(record.arn) ?? [];
    this.closeWaiters.delete(record.arn);
    for (const resolve of waiters) resolve(record);
  }

  private armRetention(arn: string, due: number): void {
    this.retention.get(arn)?.cancel();
    this.retention.set(
      arn,
      this.clock.at(due, () => {
        this.retention.delete(arn);
        this.state.delete(arn);
      }),
    );
  }

  /** One timer per running execution, at its earliest due time: a wait's end, a retry, a callback deadline, the execution timeout. */
  private arm(record: ExecutionRecord): void {
    this.timers.get(record.arn)?.cancel();
    this.timers.delete(record.arn);
    if (record.status !== 'RUNNING') return;
    const due = dueTimes(record);
    if (!due.length) return;
    const arn = record.arn;
    this.timers.set(arn, this.clock.at(Math.min(...due), () => this.onTimer(arn)));
  }

  private onTimer(arn: string): void {
    this.timers.delete(arn);
    const record = this.state.get(arn);
    if (!record || record.status !== 'RUNNING') return;
    const now = this.clock.now();
    if (record.executionTimeout !== undefined && now >= record.started + record.executionTimeout * 1000) {
      this.close(record, 'TIMED_OUT', {});
      return;
    }
    const updated: string[] = [];
    for (const op of record.operations) {
      if (op.Type === 'WAIT' && op.Status === 'STARTED' && (op.WaitDetails?.ScheduledEndTimestamp ?? Infinity) <= now) {
        op.Status = 'SUCCEEDED';
        op.EndTimestamp = now;
        addEvent(record, 'WaitSucceeded', now, op, { Duration: Math.round(((op.WaitDetails?.ScheduledEndTimestamp ?? now) - op.StartTimestamp) / 1000) });
        updated.push(op.Id);
      } else if (op.Type === 'STEP' && op.Status === 'PENDING' && (op.StepDetails?.NextAttemptTimestamp ?? Infinity) <= now) {
        op.Status = 'READY';
        updated.push(op.Id);
      }
    }
    for (const clock of [...record.callbacks]) {
      const heartbeatMissed = clock.heartbeatAt !== undefined && clock.heartbeatAt <= now;
      if (!heartbeatMissed && (clock.timeoutAt === undefined || clock.timeoutAt > now)) continue;
      const op = record.operations.find((candidate) => candidate.Id === clock.operationId);
      record.callbacks = record.callbacks.filter((entry) => entry !== clock);
      if (!op || op.Status !== 'STARTED') continue;
      const error: ErrorObject = heartbeatMissed
        ? { ErrorType: 'Callback.Heartbeat', ErrorMessage: 'The callback missed its heartbeat timeout.' }
        : { ErrorType: 'Callback.Timeout', ErrorMessage: 'The callback timed out.' };
      op.Status = 'TIMED_OUT';
      op.EndTimestamp = now;
      op.CallbackDetails = { ...op.CallbackDetails, Error: error };
      addEvent(record, 'CallbackTimedOut', now, op, { Error: { Payload: error } });
      updated.push(op.Id);
    }
    const retryDue = record.retryInvocationAt !== undefined && record.retryInvocationAt <= now;
    if (retryDue) record.retryInvocationAt = undefined;
    for (const id of updated) if (!record.updated.includes(id)) record.updated.push(id);
    this.state.save(record, updated);
    this.arm(record);
    if (updated.length || retryDue) this.wake(arn);
  }

  /** Runs the function again for this execution, unless an invocation runs now (then once more after it). */
  private wake(arn: string): void {
    if (this.looping.has(arn)) {
      this.again.add(arn);
      return;
    }
    this.looping.add(arn);
    void this.loop(arn)
      .catch((error: unknown) => this.service.runtime.log.error({ err: error, arn }, 'durable execution loop failed'))
      .finally(() => {
        this.looping.delete(arn);
        if (this.again.delete(arn)) this.wake(arn);
      });
  }

  private async loop(arn: string): Promise<void> {
    for (;;) {
      this.again.delete(arn);
      let record = this.state.get(arn);
      if (!record || record.status !== 'RUNNING' || record.retryInvocationAt !== undefined) return;
      const token = randomBytes(48).toString('base64');
      const requestId = randomUUID();
      const startedAt = this.clock.now();
      const seen = record.updated;
      record.updated = [];
      record.invocation = { requestId, started: startedAt, token };
      this.state.save(record);
      const operations = visibleOperations(record);
      const event = {
        DurableExecutionArn: arn,
        CheckpointToken: token,
        InitialExecutionState: {
          Operations: operations.slice(0, INITIAL_OPERATIONS).map(eventOperation),
          NextMarker: operations.length > INITIAL_OPERATIONS ? markerAt(INITIAL_OPERATIONS) : undefined,
        },
        UpdatedOperationIds: seen,
      };
      const answer = await this.invokeOnce(record, event, requestId);
      record = this.state.get(arn);
      if (!record || record.status !== 'RUNNING' || record.invocation?.requestId !== requestId) return;
      record.invocation = undefined;
      const now = this.clock.now();
      const completed: Record<string, unknown> = { StartTimestamp: startedAt, EndTimestamp: now, RequestId: requestId };
      if ('failure' in answer) completed.Error = { Payload: answer.failure };
      addEvent(record, 'InvocationCompleted', now, undefined, completed);
      if ('failure' in answer) {
        // A throttle is not the function's failure: it is tried again until the execution times out.
        const throttled = answer.failure.ErrorType === 'TooManyRequestsException';
        if (!throttled) record.invocationFailures++;
        // The next try is told again what changed since the function last ran.
        record.updated = [...seen, ...record.updated.filter((id) => !seen.includes(id))];
        if (record.invocationFailures > INVOCATION_RETRIES) {
          this.close(record, 'FAILED', { error: answer.failure });
          return;
        }
        record.retryInvocationAt = now + (throttled ? THROTTLE_RETRY_MS : 2 ** (record.invocationFailures - 1) * 1000);
        this.state.save(record);
        this.arm(record);
        return;
      }
      record.invocationFailures = 0;
      const { Status, Result, Error } = answer.response;
      if (Status === 'SUCCEEDED') {
        // (An oversized result comes through a checkpoint instead, which closed the execution already.)
        this.close(record, 'SUCCEEDED', { result: typeof Result === 'string' ? Result : undefined });
        return;
      }
      if (Status === 'FAILED') {
        this.close(record, 'FAILED', { error: (Error as ErrorObject | undefined) ?? {} });
        return;
      }
      this.state.save(record);
      // PENDING: suspended until something it waits on changes (which may have happened already).
      if (!record.updated.length && !this.again.has(arn)) return;
    }
  }

  /** One invocation of the function: its answer ({Status, Result, Error}), or why it failed. */
  private async invokeOnce(record: ExecutionRecord, event: unknown, requestId: string): Promise<{ response: Record<string, unknown> } | { failure: ErrorObject }> {
    try {
      const target = this.service.target({ account: record.account, region: record.region, name: record.functionName, qualifier: record.version });
      const outcome = await this.service.invoker.invoke(target, { payload: Buffer.from(JSON.stringify(event)), requestId, mode: 'async' });
      const text = outcome.result.payload.toString('utf8');
      if (!outcome.result.ok) return { failure: functionErrorOf(text, outcome.result.status === 'timeout') };
      const response = JSON.parse(text) as Record<string, unknown> | null;
      if (!response || !['SUCCEEDED', 'FAILED', 'PENDING'].includes(String(response.Status))) {
        return { failure: { ErrorType: 'InvalidDurableExecutionResponse', ErrorMessage: 'The function returned a response that is not a durable execution status. Wrap the handler with withDurableExecution.' } };
      }
      return { response };
    } catch (error) {
      if (isAwsError(error)) return { failure: { ErrorType: error.code, ErrorMessage: error.message } };
      return { failure: { ErrorType: 'InvalidDurableExecutionResponse', ErrorMessage: (error as Error).message } };
    }
  }

  /** A chained invoke: runs the other function (a durable one to its end) and completes the operation with its answer. */
  private async runChainedInvoke(arn: string, invoke: { operationId: string; functionName: string; payload: string }): Promise<void> {
    let outcome: Closing;
    try {
      const owner = this.require(arn);
      const ref = parseFunctionName(invoke.functionName, { accountId: owner.account, region: owner.region });
      const target = this.service.target(ref);
      if (target.record.config.durableConfig) {
        if (ref.qualifier === undefined) throw unqualifiedDurableInvoke();
        // Named for the parent's operation: a chained invoke made again (after a restart) rejoins the same child.
        const childName = createHash('sha256').update(`${arn}/${invoke.operationId}`).digest('hex');
        const child = await this.whenClosed(this.start(target, invoke.payload || '{}', childName).arn);
        outcome = child.status === 'SUCCEEDED' ? { result: child.result ?? '' } : { error: child.error ?? { ErrorType: child.status } };
      } else {
        const result = (await this.service.invoker.invoke(target, { payload: Buffer.from(invoke.payload || '{}'), mode: 'async' })).result;
        const text = result.payload.toString('utf8');
        outcome = result.ok ? { result: text } : { error: functionErrorOf(text, result.status === 'timeout') };
      }
    } catch (error) {
      outcome = { error: { ErrorType: isAwsError(error) ? error.code : 'ServiceException', ErrorMessage: (error as Error).message } };
    }
    const record = this.state.get(arn);
    const op = record?.operations.find((candidate) => candidate.Id === invoke.operationId);
    if (!record || record.status !== 'RUNNING' || !op || op.Status !== 'STARTED') return;
    const now = this.clock.now();
    op.EndTimestamp = now;
    if (outcome.error !== undefined) {
      op.Status = 'FAILED';
      op.ChainedInvokeDetails = { Error: outcome.error };
      addEvent(record, 'ChainedInvokeFailed', now, op, { Error: { Payload: outcome.error } });
    } else {
      op.Status = 'SUCCEEDED';
      op.ChainedInvokeDetails = { Result: outcome.result };
      addEvent(record, 'ChainedInvokeSucceeded', now, op, { Result: { Payload: outcome.result ?? '' } });
    }
    this.changed(record, op.Id);
  }

  dispose(): void {
    for (const timer of [...this.timers.values(), ...this.retention.values()]) timer.cancel();
    this.timers.clear();
    this.retention.clear();
  }
}

/** Every moment something is due in a running execution. */
function dueTimes(record: ExecutionRecord): number[] {
  const due: number[] = [];
  if (record.executionTimeout !== undefined) due.push(record.started + record.executionTimeout * 1000);
  if (record.retryInvocationAt !== undefined) due.push(record.retryInvocationAt);
  for (const op of record.operations) {
    if (op.Type === 'WAIT' && op.Status === 'STARTED' && op.WaitDetails?.ScheduledEndTimestamp !== undefined) due.push(op.WaitDetails.ScheduledEndTimestamp);
    if (op.Type === 'STEP' && op.Status === 'PENDING' && op.StepDetails?.NextAttemptTimestamp !== undefined) due.push(op.StepDetails.NextAttemptTimestamp);
  }
  for (const clock of record.callbacks) {
    if (clock.timeoutAt !== undefined) due.push(clock.timeoutAt);
    if (clock.heartbeatAt !== undefined) due.push(clock.heartbeatAt);
  }
  return due;
}

/** A page position in an execution's operations (an opaque core page token). */
export function markerAt(offset: number): string {
  return encodePageToken({ offset });
}

/** A function error (its Runtime API error payload) as an ErrorObject. */
function functionErrorOf(text: string, timedOut: boolean): ErrorObject {
  try {
    const parsed = JSON.parse(text) as { errorType?: string; errorMessage?: string; stackTrace?: string[] };
    return { ErrorType: parsed.errorType ?? (timedOut ? 'Sandbox.Timedout' : 'Unhandled'), ErrorMessage: parsed.errorMessage, StackTrace: parsed.stackTrace };
  } catch {
    return { ErrorType: timedOut ? 'Sandbox.Timedout' : 'Unhandled', ErrorMessage: text };
  }
}
