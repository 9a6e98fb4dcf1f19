import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../core/context.js';
import type * as L from '../../../generated/lambda.js';
import type { DynamoDbStreamsApi } from '../../dynamodbstreams/api.js';
import type { KinesisApi } from '../../kinesis/api.js';
import type { SqsApi } from '../../sqs/api.js';
import { functionArn, parseFunctionName, type FunctionRef } from '../arns.js';
import { invalidParameter } from '../errors.js';
import { paginate } from '../functions.js';
import type { LambdaService } from '../service.js';
import { mappingArn, mappingEngine, NO_RECORDS } from './engine.js';
import { duplicateMapping, mappingInUse, mappingNotFound } from './errors.js';
import { requireSourceAccess } from './role-permissions.js';
import { TRANSITIONAL_STATES, type MappingRow, type MappingState } from './state.js';
import { isStream, resolveSettings, sourceKindOf, type SourceFacts, type SourceKind } from './validation.js';

/** ListEventSourceMappings answers at most this many a page, whatever MaxItems says (AWS's rule). */
const LIST_PAGE_LIMIT = 100;
/** Every state change a caller asks for reads this way (AWS's StateTransitionReason). */
const USER_INITIATED = 'USER_INITIATED';

/** Create/Get/Update/Delete/ListEventSourceMappings; the engine runs what they set up. */
export function eventSourceMappingOperations(service: LambdaService): Partial<L.LambdaOperations> {
  // Made now, so a restarted Nimbus starts its enabled mappings with Lambda.
  const engine = mappingEngine(service);
  const runtime = service.runtime;

  /** The function a FunctionName names (with its qualifier) and its execution role, or ResourceNotFoundException. */
  const requireTarget = (name: string, context: RequestContext): { ref: FunctionRef; role: string; timeout: number } => {
    const ref = parseFunctionName(name, context);
    const { config } = service.target(ref).record;
    return { ref, role: config.role, timeout: config.timeout };
  };

  /** The source's kind; a queue's FIFO-ness is in its name. */
  const sourceFacts = (eventSourceArn: string | undefined, selfManaged: L.SelfManagedEventSource | undefined): SourceFacts => {
    const kind = sourceKindOf(eventSourceArn, selfManaged);
    return { kind, fifo: kind === 'sqs' && eventSourceArn!.endsWith('.fifo') };
  };

  /** A source Nimbus serves must exist (AWS's errors when it does not); the settings are judged first, as on AWS. */
  const requireSource = async (kind: SourceKind, eventSourceArn: string | undefined, functionTimeout: number): Promise<void> => {
    if (kind === 'sqs') {
      const queue = (await runtime.api<SqsApi>('sqs')).queueByArn(eventSourceArn!);
      if (!queue) {
        throw invalidParameter('Error occurred while ReceiveMessage. SQS Error Code: AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist for this wsdl version.');
      }
      // A batch still running when its messages become visible again would be handed out twice.
      const visibility = queue.visibilityTimeoutSeconds;
      if (visibility !== undefined && visibility < functionTimeout) {
        throw invalidParameter(`Queue visibility timeout: ${visibility} seconds is less than Function timeout: ${functionTimeout} seconds`);
      }
    }
    if (kind === 'kinesis') {
      const kinesis = await runtime.optionalApi<KinesisApi>('kinesis');
      if (kinesis && !kinesis.streamExists(eventSourceArn!)) throw invalidParameter(`Stream not found: ${eventSourceArn}`);
    }
    if (kind === 'dynamodb') {
      const streams = await runtime.optionalApi<DynamoDbStreamsApi>('dynamodbstreams');
      if (streams && !streams.streamExists(eventSourceArn!)) throw invalidParameter(`Stream not found: ${eventSourceArn}`);
    }
  };

  /** AWS keeps one mapping of a queue or stream to a function. */
  const refuseDuplicate = (kind: SourceKind, account: string, region: string, eventSourceArn: string | undefined, fnArn: string, ref: FunctionRef, except?: string): void => {
    if (eventSourceArn === undefined || (kind !== 'sqs' && !isStream(kind))) return;
    const existing = engine.state.mappings(account, region).find((row) => row.uuid !== except && row.eventSourceArn === eventSourceArn && row.functionArn === fnArn);
    if (!existing) return;
    const name = ref.qualifier ? `${ref.name}:${ref.qualifier}` : ref.name;
    throw duplicateMapping(kind === 'sqs' ? 'sqs' : 'stream', eventSourceArn, name, existing.uuid);
  };

  const requireMapping = (uuid: string, context: RequestContext): MappingRow => {
    const row = engine.state.mapping(uuid);
    if (!row || row.account !== context.accountId || row.region !== context.region) throw mappingNotFound();
    return row;
  };

  return {
    async CreateEventSourceMapping(input, context) {
      const { ref, role, timeout } = requireTarget(input.FunctionName, context);
      const source = sourceFacts(input.EventSourceArn, input.SelfManagedEventSource);
      const settings = resolveSettings(source, input);
      // As on AWS, the role's permissions are judged before the source is read (a role that may not read it learns nothing of it).
      await requireSourceAccess(runtime, role, source.kind, input.EventSourceArn);
      await requireSource(source.kind, input.EventSourceArn, timeout);
      const fnArn = functionArn(ref, ref.qualifier);
      refuseDuplicate(source.kind, context.accountId, context.region, input.EventSourceArn, fnArn, ref);
      const now = runtime.clock.now();
      const row: MappingRow = {
        uuid: randomUUID(),
        account: context.accountId,
        region: context.region,
        functionArn: fnArn,
        eventSourceArn: input.EventSourceArn,
        settings,
        enabled: input.Enabled ?? true,
        state: 'Creating',
        stateReason: USER_INITIATED,
        lastProcessingResult: NO_RECORDS,
        tags: { ...(input.Tags ?? {}) },
        createdAt: now,
        modifiedAt: now,
      };
      engine.state.insert(row);
      engine.beginTransition(row.uuid, 'Creating');
      return describe(row);
    },

    GetEventSourceMapping(input, context) {
      return describe(requireMapping(input.UUID, context));
    },

    async UpdateEventSourceMapping(input, context) {
      const row = requireMapping(input.UUID, context);
      if (TRANSITIONAL_STATES.has(row.state)) throw mappingInUse('update');
      let ref = parseFunctionName(row.functionArn, context);
      const source = sourceFacts(row.eventSourceArn, row.settings.SelfManagedEventSource as L.SelfManagedEventSource | undefined);
      const kind = source.kind;
      const settings = resolveSettings(source, input, row.settings);
      if (input.FunctionName !== undefined) {
        const target = requireTarget(input.FunctionName, context);
        ref = target.ref;
        await requireSourceAccess(runtime, target.role, kind, row.eventSourceArn);
      }
      const fnArn = functionArn(ref, ref.qualifier);
      refuseDuplicate(kind, row.account, row.region, row.eventSourceArn, fnArn, ref, row.uuid);
      const enabled = input.Enabled ?? row.enabled;
      const state: MappingState = enabled === row.enabled ? 'Updating' : enabled ? 'Enabling' : 'Disabling';
      const updated: MappingRow = { ...row, functionArn: fnArn, settings, enabled, state, stateReason: USER_INITIATED, modifiedAt: runtime.clock.now() };
      engine.state.update(updated);
      engine.beginTransition(row.uuid, state);
      return describe(updated);
    },

    DeleteEventSourceMapping(input, context) {
      const row = requireMapping(input.UUID, context);
      if (row.state === 'Deleting') throw mappingInUse('delete');
      engine.beginTransition(row.uuid, 'Deleting');
      return describe({ ...row, state: 'Deleting', stateReason: USER_INITIATED, modifiedAt: runtime.clock.now() });
    },

    ListEventSourceMappings(input, context) {
      let rows = engine.state.mappings(context.accountId, context.region);
      if (input.EventSourceArn !== undefined) rows = rows.filter((row) => row.eventSourceArn === input.EventSourceArn);
      if (input.FunctionName !== undefined) {
        const ref = parseFunctionName(input.FunctionName, context);
        // An unqualified name lists the function's mappings on every qualifier; a qualified one, that qualifier's.
        const unqualified = functionArn(ref);
        rows = rows.filter((row) => (ref.qualifier ? row.functionArn === functionArn(ref, ref.qualifier) : row.functionArn === unqualified || row.functionArn.startsWith(`${unqualified}:`)));
      }
      const max = Math.min(input.MaxItems ?? LIST_PAGE_LIMIT, LIST_PAGE_LIMIT);
      return paginate(rows, input.Marker, max, (row) => `${String(row.createdAt).padStart(15, '0')}:${row.uuid}`, (page, next) => {
        const out: L.ListEventSourceMappingsResponse = { EventSourceMappings: page.map(describe) };
        if (next) out.NextMarker = next;
        return out;
      });
    },
  };
}

/** A mapping as the API answers it: its settings, function, state and result. */
export function describe(row: MappingRow): L.EventSourceMappingConfiguration {
  const { StartingPositionTimestamp: timestamp, ...settings } = row.settings as Record<string, unknown>;
  const out: L.EventSourceMappingConfiguration = {
    UUID: row.uuid,
    ...(settings as Partial<L.EventSourceMappingConfiguration>),
    FunctionArn: row.functionArn,
    LastModified: new Date(row.modifiedAt),
    LastProcessingResult: row.lastProcessingResult,
    State: row.state,
    StateTransitionReason: row.stateReason,
    EventSourceMappingArn: mappingArn(row),
  };
  if (typeof timestamp === 'number') out.StartingPositionTimestamp = new Date(timestamp * 1000);
  return out;
}

