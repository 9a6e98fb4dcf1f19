import type * as L from '../../../generated/lambda.js';
import { invalidUpdate } from './errors.js';
import { FINISHED_OPERATION, type ErrorObject, type ExecutionRecord, type OperationRecord } from './records.js';

/** What one checkpoint asked for beyond the record itself: operations it touched, callbacks and invokes to start, an end. */
export interface CheckpointEffects {
  touched: Set<string>;
  newCallbacks: string[];
  chainedInvokes: Array<{ operationId: string; functionName: string; payload: string }>;
  closed?: { status: 'SUCCEEDED' | 'FAILED'; result?: string; error?: ErrorObject };
}

/** Which actions each operation type takes (the SDK's protocol; anything else is refused). */
const ACTIONS: Record<OperationRecord['Type'], ReadonlySet<string>> = {
  EXECUTION: new Set(['SUCCEED', 'FAIL']),
  CONTEXT: new Set(['START', 'SUCCEED', 'FAIL']),
  STEP: new Set(['START', 'SUCCEED', 'FAIL', 'RETRY']),
  WAIT: new Set(['START', 'CANCEL']),
  CALLBACK: new Set(['START', 'CANCEL']),
  CHAINED_INVOKE: new Set(['START', 'CANCEL']),
};

/** Appends one history event; details as the model names them (`<EventType>Details`). */
export function addEvent(record: ExecutionRecord, type: string, now: number, op: Partial<OperationRecord> | undefined, details: Record<string, unknown> = {}): void {
  const last = record.events[record.events.length - 1];
  record.events.push({
    EventId: (last?.EventId ?? 0) + 1,
    EventType: type,
    EventTimestamp: now,
    Id: op?.Id,
    Name: op?.Name,
    ParentId: op?.ParentId,
    SubType: op?.SubType,
    details,
  });
}

const payloadOf = (text: string | undefined) => ({ Payload: text ?? '' });
const errorOf = (error: ErrorObject | undefined) => ({ Payload: error ?? {} });

/**
 * Applies a checkpoint's updates to the execution, in order. Steps, waits, callbacks, child
 * contexts and chained invokes start, succeed, fail or retry as the function reports them; the
 * service's own part (a wait's end, a retry's due time, a callback's id) is filled in here.
 */
export function applyUpdates(record: ExecutionRecord, updates: L.OperationUpdate[], now: number, newCallbackId: () => string): CheckpointEffects {
  // Refused as a whole before anything changes: the running execution is kept in memory.
  validateUpdates(record, updates);
  const effects: CheckpointEffects = { touched: new Set(), newCallbacks: [], chainedInvokes: [] };
  const byId = new Map(record.operations.map((op) => [op.Id, op]));
  for (const update of updates) {
    const type = update.Type as OperationRecord['Type'];
    if (type === 'EXECUTION') {
      effects.closed = update.Action === 'SUCCEED' ? { status: 'SUCCEEDED', result: update.Payload ?? '' } : { status: 'FAILED', error: update.Error as ErrorObject };
      continue;
    }
    let op = byId.get(update.Id);
    // An update to a finished operation is a repeat (the SDK may resend a batch): nothing changes.
    if (op && FINISHED_OPERATION.has(op.Status)) continue;
    if (!op) {
      op = { Id: update.Id, Type: type, Status: 'STARTED', StartTimestamp: now };
      if (update.ParentId !== undefined) op.ParentId = update.ParentId;
      if (update.Name !== undefined) op.Name = update.Name;
      if (update.SubType !== undefined) op.SubType = update.SubType;
      record.operations.push(op);
      byId.set(op.Id, op);
      start(record, op, update, now, newCallbackId, effects);
    } else if (update.Action === 'START' && type === 'STEP' && (op.Status === 'READY' || op.Status === 'PENDING')) {
      // The next attempt of a step that was retrying.
      op.Status = 'STARTED';
      addEvent(record, 'StepStarted', now, op);
    }
    if (update.Action !== 'START') finish(record, op, update, now);
    effects.touched.add(op.Id);
  }
  return effects;
}

/**
 * Updates one checkpoint may carry. The SDKs send at most 250 (and 750 KB); AWS documents no number,
 * so this is Nimbus's bound, well above what an SDK sends, so that one request cannot hold the server.
 */
export const MAX_UPDATES_PER_CHECKPOINT = 1000;

/** Every update of a checkpoint is checked before any is applied. */
function validateUpdates(record: ExecutionRecord, updates: L.OperationUpdate[]): void {
  if (updates.length > MAX_UPDATES_PER_CHECKPOINT) {
    throw invalidUpdate(`A checkpoint may carry at most ${MAX_UPDATES_PER_CHECKPOINT} operation updates; this one has ${updates.length}.`);
  }
  const known = new Map<string, string>(record.operations.map((op) => [op.Id, op.Type]));
  for (const update of updates) {
    const type = update.Type as OperationRecord['Type'];
    if (!ACTIONS[type]?.has(update.Action)) throw invalidUpdate(`Invalid action ${update.Action} for operation type ${update.Type}.`);
    if (type === 'EXECUTION') continue;
    const existing = known.get(update.Id);
    if (existing !== undefined && existing !== type) throw invalidUpdate(`Operation ${update.Id} is a ${existing} operation, not ${update.Type}.`);
    if (update.ParentId !== undefined && !known.has(update.ParentId)) throw invalidUpdate(`Parent operation ${update.ParentId} does not exist.`);
    if (existing !== undefined) continue;
    if (type === 'WAIT' && update.WaitOptions?.WaitSeconds === undefined) throw invalidUpdate('WaitOptions.WaitSeconds is required to start a WAIT operation.');
    if (type === 'CHAINED_INVOKE' && !update.ChainedInvokeOptions?.FunctionName) throw invalidUpdate('ChainedInvokeOptions.FunctionName is required to start a CHAINED_INVOKE operation.');
    known.set(update.Id, type);
  }
}

function start(record: ExecutionRecord, op: OperationRecord, update: L.OperationUpdate, now: number, newCallbackId: () => string, effects: CheckpointEffects): void {
  switch (op.Type) {
    case 'STEP':
      op.StepDetails = {};
      addEvent(record, 'StepStarted', now, op);
      return;
    case 'CONTEXT':
      op.ContextDetails = update.ContextOptions?.ReplayChildren !== undefined ? { ReplayChildren: update.ContextOptions.ReplayChildren } : {};
      addEvent(record, 'ContextStarted', now, op);
      return;
    case 'WAIT': {
      const seconds = update.WaitOptions?.WaitSeconds ?? 0;
      const end = now + seconds * 1000;
      op.WaitDetails = { ScheduledEndTimestamp: end };
      addEvent(record, 'WaitStarted', now, op, { Duration: seconds, ScheduledEndTimestamp: end });
      return;
    }
    case 'CALLBACK': {
      const callbackId = newCallbackId();
      const timeout = update.CallbackOptions?.TimeoutSeconds || undefined;
      const heartbeat = update.CallbackOptions?.HeartbeatTimeoutSeconds || undefined;
      op.CallbackDetails = { CallbackId: callbackId };
      record.callbacks.push({
        operationId: op.Id,
        timeoutAt: timeout ? now + timeout * 1000 : undefined,
        heartbeatSeconds: heartbeat,
        heartbeatAt: heartbeat ? now + heartbeat * 1000 : undefined,
      });
      effects.newCallbacks.push(callbackId);
      const details: Record<string, unknown> = { CallbackId: callbackId };
      if (timeout) details.Timeout = timeout;
      if (heartbeat) details.HeartbeatTimeout = heartbeat;
      addEvent(record, 'CallbackStarted', now, op, details);
      return;
    }
    case 'CHAINED_INVOKE': {
      const functionName = update.ChainedInvokeOptions?.FunctionName ?? '';
      op.ChainedInvokeDetails = {};
      addEvent(record, 'ChainedInvokeStarted', now, op, { FunctionName: functionName, Input: payloadOf(update.Payload) });
      effects.chainedInvokes.push({ operationId: op.Id, functionName, payload: update.Payload ?? '' });
      return;
    }
  }
}

function finish(record: ExecutionRecord, op: OperationRecord, update: L.OperationUpdate, now: number): void {
  const error = update.Error as ErrorObject | undefined;
  switch (op.Type) {
    case 'STEP': {
      const details = (op.StepDetails ??= {});
      const attempt = (details.Attempt ?? 0) + 1;
      details.Attempt = attempt;
      if (update.Action === 'RETRY') {
        const delay = update.StepOptions?.NextAttemptDelaySeconds ?? 1;
        op.Status = 'PENDING';
        details.Error = error;
        details.NextAttemptTimestamp = now + delay * 1000;
        addEvent(record, 'StepFailed', now, op, { Error: errorOf(error), RetryDetails: { CurrentAttempt: attempt, NextAttemptDelaySeconds: delay } });
        return;
      }
      delete details.NextAttemptTimestamp;
      op.EndTimestamp = now;
      if (update.Action === 'SUCCEED') {
        op.Status = 'SUCCEEDED';
        details.Result = update.Payload;
        delete details.Error;
        addEvent(record, 'StepSucceeded', now, op, { Result: payloadOf(update.Payload), RetryDetails: { CurrentAttempt: attempt } });
      } else {
        op.Status = 'FAILED';
        details.Error = error;
        addEvent(record, 'StepFailed', now, op, { Error: errorOf(error), RetryDetails: { CurrentAttempt: attempt } });
      }
      return;
    }
    case 'CONTEXT': {
      const details = (op.ContextDetails ??= {});
      if (update.ContextOptions?.ReplayChildren !== undefined) details.ReplayChildren = update.ContextOptions.ReplayChildren;
      op.EndTimestamp = now;
      if (update.Action === 'SUCCEED') {
        op.Status = 'SUCCEEDED';
        details.Result = update.Payload;
        addEvent(record, 'ContextSucceeded', now, op, { Result: payloadOf(update.Payload) });
      } else {
        op.Status = 'FAILED';
        details.Error = error;
        addEvent(record, 'ContextFailed', now, op, { Error: errorOf(error) });
      }
      return;
    }
    case 'WAIT':
      op.Status = 'CANCELLED';
      op.EndTimestamp = now;
      addEvent(record, 'WaitCancelled', now, op, error ? { Error: errorOf(error) } : {});
      return;
    case 'CALLBACK':
    case 'CHAINED_INVOKE':
      op.Status = 'CANCELLED';
      op.EndTimestamp = now;
      record.callbacks = record.callbacks.filter((clock) => clock.operationId !== op.Id);
      return;
  }
}

/**
 * The operations an invocation is shown: children of a finished child context are left out
 * unless the context asked for them to be replayed (ReplayChildren), as Lambda prunes them.
 */
export function visibleOperations(record: ExecutionRecord): OperationRecord[] {
  const byId = new Map(record.operations.map((op) => [op.Id, op]));
  const hidden = new Set<string>();
  const out: OperationRecord[] = [];
  for (const op of record.operations) {
    const parent = op.ParentId === undefined ? undefined : byId.get(op.ParentId);
    if (parent && (hidden.has(parent.Id) || (parent.Type === 'CONTEXT' && (parent.Status === 'SUCCEEDED' || parent.Status === 'FAILED') && !parent.ContextDetails?.ReplayChildren))) {
      hidden.add(op.Id);
      continue;
    }
    out.push(op);
  }
  return out;
}
