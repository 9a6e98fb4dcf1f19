import { decodePageToken, encodePageToken, isOffset } from '../../../core/pagination.js';
import type * as L from '../../../generated/lambda.js';
import { functionArn } from '../arns.js';
import { invalidParameter } from '../errors.js';
import type { LambdaService } from '../service.js';
import type { DurableEngine } from './engine.js';
import { executionSummary, wireEvent, wireOperation, type ErrorObject } from './records.js';

/** MaxItems when a request gives none (ListDurableExecutionsByFunction and GetDurableExecutionHistory document 100). */
const DEFAULT_PAGE = 100;

const invalidMarker = () => invalidParameter('Invalid marker');

/** One page of a computed list, by offset (Marker/NextMarker). */
function page<T>(items: readonly T[], marker: string | undefined, maxItems: number | undefined): { items: T[]; next?: string } {
  const offset = marker ? decodePageToken(marker, isOffset, invalidMarker).offset : 0;
  const limit = maxItems || DEFAULT_PAGE;
  const chosen = items.slice(offset, offset + limit);
  return { items: chosen, next: offset + limit < items.length ? encodePageToken({ offset: offset + limit }) : undefined };
}

/** An ErrorObject from a request (only the members it has). */
function errorFrom(input: L.ErrorObject | undefined): ErrorObject | undefined {
  if (!input) return undefined;
  const out: ErrorObject = {};
  if (input.ErrorType !== undefined) out.ErrorType = input.ErrorType;
  if (input.ErrorMessage !== undefined) out.ErrorMessage = input.ErrorMessage;
  if (input.ErrorData !== undefined) out.ErrorData = input.ErrorData;
  if (input.StackTrace !== undefined) out.StackTrace = [...input.StackTrace];
  return out;
}

/** Durable executions' API: checkpoints and state for the SDK, reads, listings, callbacks and stops for everyone else. */
export function durableOperations(service: LambdaService, engine: DurableEngine): Partial<L.LambdaOperations> {
  return {
    CheckpointDurableExecution(input) {
      const { token, operations } = engine.checkpoint(input.DurableExecutionArn, input.CheckpointToken, input.Updates ?? [], input.ClientToken);
      return { CheckpointToken: token, NewExecutionState: { Operations: operations.map(wireOperation) } };
    },

    GetDurableExecutionState(input) {
      const operations = engine.stateFor(input.DurableExecutionArn, input.CheckpointToken);
      const { items, next } = page(operations, input.Marker, input.MaxItems);
      return { Operations: items.map(wireOperation), NextMarker: next };
    },

    GetDurableExecution(input) {
      const record = engine.require(input.DurableExecutionArn);
      return {
        DurableExecutionArn: record.arn,
        DurableExecutionName: record.name,
        FunctionArn: record.functionArn,
        InputPayload: record.input,
        Result: record.status === 'SUCCEEDED' ? record.result : undefined,
        Error: record.status !== 'SUCCEEDED' && record.status !== 'RUNNING' ? record.error : undefined,
        StartTimestamp: new Date(record.started),
        EndTimestamp: record.ended === undefined ? undefined : new Date(record.ended),
        Status: record.status,
        Version: record.version,
      };
    },

    GetDurableExecutionHistory(input) {
      engine.require(input.DurableExecutionArn);
      const offset = input.Marker ? decodePageToken(input.Marker, isOffset, invalidMarker).offset : 0;
      const limit = input.MaxItems || DEFAULT_PAGE;
      const { events, more } = engine.state.events(input.DurableExecutionArn, input.ReverseOrder === true, offset, limit);
      // Payloads are included unless IncludeExecutionData is false.
      return { Events: events.map((event) => wireEvent(event, input.IncludeExecutionData !== false)), NextMarker: more ? encodePageToken({ offset: offset + limit }) : undefined };
    },

    ListDurableExecutionsByFunction(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      // An alias lists the executions started through it; a version (or none: $LATEST) those it ran.
      const qualifier = ref.qualifier ?? '$LATEST';
      const byAlias = !/^(\$LATEST|[0-9]+)$/.test(qualifier);
      if (byAlias) service.requireVersion(doc, qualifier);
      const aliasArn = functionArn(doc, qualifier);
      const statuses = input.Statuses?.length ? new Set<string>(input.Statuses) : undefined;
      const after = input.StartedAfter?.getTime();
      const before = input.StartedBefore?.getTime();
      let executions = engine.state
        .listByFunction(doc.account, doc.region, doc.name)
        .filter((record) => (byAlias ? record.functionArn === aliasArn : record.version === qualifier))
        .filter((record) => !statuses || statuses.has(record.status))
        .filter((record) => input.DurableExecutionName === undefined || record.name === input.DurableExecutionName)
        .filter((record) => (after === undefined || record.started > after) && (before === undefined || record.started < before));
      // Oldest first; ReverseOrder lists the newest first.
      if (input.ReverseOrder) executions = executions.reverse();
      const { items, next } = page(executions, input.Marker, input.MaxItems);
      return { DurableExecutions: items.map(executionSummary), NextMarker: next };
    },

    StopDurableExecution(input) {
      const stopped = engine.stop(input.DurableExecutionArn, errorFrom(input.Error));
      return { StopTimestamp: new Date(stopped) };
    },

    SendDurableExecutionCallbackSuccess(input) {
      const result = input.Result === undefined ? '' : Buffer.from(input.Result).toString('utf8');
      engine.completeCallback(input.CallbackId, { result });
      return {};
    },

    SendDurableExecutionCallbackFailure(input) {
      engine.completeCallback(input.CallbackId, { error: errorFrom(input.Error) ?? {} });
      return {};
    },

    SendDurableExecutionCallbackHeartbeat(input) {
      engine.completeCallback(input.CallbackId, 'heartbeat');
      return {};
    },
  };
}
