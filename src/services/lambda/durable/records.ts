import type * as L from '../../../generated/lambda.js';

/** What a durable execution keeps: the function's operations, the history, and who is running it now. */
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'STOPPED';
export type OperationStatus = 'STARTED' | 'PENDING' | 'READY' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'TIMED_OUT' | 'STOPPED';

export interface ErrorObject {
  ErrorType?: string;
  ErrorMessage?: string;
  ErrorData?: string;
  StackTrace?: string[];
}

/** One operation as stored: timestamps are epoch milliseconds (the wire wants Dates or ISO text). */
export interface OperationRecord {
  Id: string;
  ParentId?: string;
  Name?: string;
  Type: 'EXECUTION' | 'CONTEXT' | 'STEP' | 'WAIT' | 'CALLBACK' | 'CHAINED_INVOKE';
  SubType?: string;
  Status: OperationStatus;
  StartTimestamp: number;
  EndTimestamp?: number;
  ExecutionDetails?: { InputPayload?: string };
  ContextDetails?: { ReplayChildren?: boolean; Result?: string; Error?: ErrorObject };
  StepDetails?: { Attempt?: number; NextAttemptTimestamp?: number; Result?: string; Error?: ErrorObject };
  WaitDetails?: { ScheduledEndTimestamp?: number };
  CallbackDetails?: { CallbackId?: string; Result?: string; Error?: ErrorObject };
  ChainedInvokeDetails?: { Result?: string; Error?: ErrorObject };
}

/** A callback's deadlines (not on the wire): the overall timeout and the heartbeat's. */
export interface CallbackClock {
  operationId: string;
  timeoutAt?: number;
  heartbeatSeconds?: number;
  heartbeatAt?: number;
}

/** One history event as stored (EventTimestamp in epoch milliseconds; details as the model names them). */
export interface EventRecord {
  EventId: number;
  EventType: string;
  EventTimestamp: number;
  Id?: string;
  Name?: string;
  ParentId?: string;
  SubType?: string;
  /** The member named `${EventType}Details`, with epoch-millisecond timestamps. */
  details: Record<string, unknown>;
}

/** An execution without its operations and history: what reads, listings and idempotent starts need. */
export interface ExecutionHeader {
  arn: string;
  account: string;
  region: string;
  functionName: string;
  /** The version that runs the execution ($LATEST or a number): an alias resolves once, at start. */
  version: string;
  /** The ARN the caller invoked (qualified with the version or the alias). */
  functionArn: string;
  name: string;
  status: ExecutionStatus;
  input: string;
  result?: string;
  error?: ErrorObject;
  started: number;
  ended?: number;
  executionTimeout?: number;
  retentionDays: number;
  callbacks: CallbackClock[];
  /** Operations the service changed (a wait ended, a callback came) that the function has not seen yet. */
  updated: string[];
  /** The invocation running now, and its checkpoint token (each checkpoint consumes it and answers the next). */
  invocation?: {
    requestId: string;
    started: number;
    token: string;
    /** The last checkpoint: a retry of it (its consumed token, the same ClientToken) gets the same answer. */
    last?: { consumed: string; clientToken?: string; token: string; operationIds: string[] };
  };
  /** Failed invocations in a row (a crash, a timeout): retried with backoff, then the execution fails. */
  invocationFailures: number;
  /** When the next try of a failed invocation is due. */
  retryInvocationAt?: number;
}

/** A whole execution: its header, its operations in the order they started (the EXECUTION operation first) and its history. */
export interface ExecutionRecord extends ExecutionHeader {
  operations: OperationRecord[];
  events: EventRecord[];
}

const date = (ms: number | undefined): Date | undefined => (ms === undefined ? undefined : new Date(ms));

/** An operation as the Lambda API answers it (Date timestamps, for the serializer). */
export function wireOperation(op: OperationRecord): L.Operation {
  const out: Record<string, unknown> = { ...op, StartTimestamp: date(op.StartTimestamp), EndTimestamp: date(op.EndTimestamp) };
  if (op.StepDetails) out.StepDetails = { ...op.StepDetails, NextAttemptTimestamp: date(op.StepDetails.NextAttemptTimestamp) };
  if (op.WaitDetails) out.WaitDetails = { ScheduledEndTimestamp: date(op.WaitDetails.ScheduledEndTimestamp) };
  return out as unknown as L.Operation;
}

/** An operation as the invocation event carries it (ISO-8601 text timestamps, as the SDK reads them). */
export function eventOperation(op: OperationRecord): Record<string, unknown> {
  const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
  const out: Record<string, unknown> = { ...op, StartTimestamp: iso(op.StartTimestamp), EndTimestamp: iso(op.EndTimestamp) };
  if (op.StepDetails) out.StepDetails = { ...op.StepDetails, NextAttemptTimestamp: iso(op.StepDetails.NextAttemptTimestamp) };
  if (op.WaitDetails) out.WaitDetails = { ScheduledEndTimestamp: iso(op.WaitDetails.ScheduledEndTimestamp) };
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

/** Payloads and errors leave history when IncludeExecutionData is false. */
const DATA_MEMBERS = new Set(['Result', 'Error', 'Input']);

export function wireEvent(event: EventRecord, includeData: boolean): L.EventShape {
  const details: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event.details)) {
    if (DATA_MEMBERS.has(key) && !includeData) continue;
    details[key] = key.endsWith('Timestamp') && typeof value === 'number' ? new Date(value) : value;
  }
  return {
    EventId: event.EventId,
    EventType: event.EventType as L.EventShape['EventType'],
    EventTimestamp: new Date(event.EventTimestamp),
    Id: event.Id,
    Name: event.Name,
    ParentId: event.ParentId,
    SubType: event.SubType,
    [`${event.EventType}Details`]: details,
  } as L.EventShape;
}

/** An execution as ListDurableExecutionsByFunction lists it. */
export function executionSummary(record: ExecutionHeader): L.Execution {
  return {
    DurableExecutionArn: record.arn,
    DurableExecutionName: record.name,
    FunctionArn: record.functionArn,
    Status: record.status,
    StartTimestamp: new Date(record.started),
    EndTimestamp: date(record.ended),
  };
}

export const CLOSED: ReadonlySet<ExecutionStatus> = new Set(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'STOPPED']);
export const FINISHED_OPERATION: ReadonlySet<OperationStatus> = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT', 'STOPPED']);
