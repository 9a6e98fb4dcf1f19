import { arn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Pipes from '../../generated/pipes.js';
import { pipeBusy, pipeExists, pipeNotFound, validationFailed } from './errors.js';
import { checkDefinition } from './pipe-checks.js';
import { isTransitional, type PipesService } from './service.js';
import type { CurrentState, DesiredState, PipeDefinition, PipeRow } from './state.js';

/** ListPipes answers at most this many a page unless Limit says fewer. */
const DEFAULT_PAGE = 100;

/** CreatePipe, DescribePipe, UpdatePipe, DeletePipe, ListPipes, StartPipe, StopPipe. */
export function pipeOperations(service: PipesService): Partial<Pipes.PipesOperations> {
  const { state } = service;

  const requirePipe = (account: string, region: string, name: string): PipeRow => {
    const pipe = state.pipe(account, region, name);
    if (!pipe) throw pipeNotFound(name);
    return pipe;
  };
  const requireSettled = (pipe: PipeRow): void => {
    if (isTransitional(pipe.currentState)) throw pipeBusy(pipe.name, pipe.currentState);
  };
  const summary = (pipe: PipeRow) => ({
    Arn: pipe.arn,
    Name: pipe.name,
    DesiredState: pipe.desiredState as Exclude<DesiredState, 'DELETED'>,
    CurrentState: pipe.currentState,
    CreationTime: new Date(pipe.createdAt),
    LastModifiedTime: new Date(pipe.modifiedAt),
  });
  /** Changes what the caller asked for and hands the rest to the clock. */
  const moveTo = (pipe: PipeRow, desired: DesiredState, current: CurrentState) => {
    const now = service.clock.now();
    state.setStates(pipe.arn, desired, current, null, now);
    service.scheduleTransition(pipe.arn);
    return { ...summary(pipe), DesiredState: desired, CurrentState: current, LastModifiedTime: new Date(now) };
  };

  return {
    CreatePipe(input, context) {
      if (state.pipe(context.accountId, context.region, input.Name)) throw pipeExists(input.Name);
      const definition = definitionOf(input);
      checkDefinition(definition, { sourceIsFifo: input.Source.endsWith('.fifo') });
      const now = service.clock.now();
      const pipe: PipeRow = {
        arn: arn({ service: 'pipes', region: context.region, account: context.accountId, resource: `pipe/${input.Name}` }),
        account: context.accountId,
        region: context.region,
        name: input.Name,
        definition,
        tags: { ...(input.Tags ?? {}) },
        desiredState: input.DesiredState ?? 'RUNNING',
        currentState: 'CREATING',
        stateReason: null,
        createdAt: now,
        modifiedAt: now,
      };
      state.insert(pipe);
      service.scheduleTransition(pipe.arn);
      return summary(pipe);
    },

    DescribePipe(input, context) {
      const pipe = requirePipe(context.accountId, context.region, input.Name);
      const { definition } = pipe;
      return {
        ...summary(pipe),
        DesiredState: pipe.desiredState,
        StateReason: pipe.stateReason ?? undefined,
        Description: definition.Description,
        Source: definition.Source,
        SourceParameters: definition.SourceParameters,
        Enrichment: definition.Enrichment,
        EnrichmentParameters: definition.EnrichmentParameters,
        Target: definition.Target,
        TargetParameters: definition.TargetParameters,
        RoleArn: definition.RoleArn,
        Tags: pipe.tags,
        LogConfiguration: definition.LogConfiguration,
        KmsKeyIdentifier: definition.KmsKeyIdentifier,
      } as Pipes.DescribePipeResponse;
    },

    UpdatePipe(input, context) {
      const pipe = requirePipe(context.accountId, context.region, input.Name);
      requireSettled(pipe);
      const old = pipe.definition;
      // Fields left out stay; a parameter block given (SqsQueueParameters, FilterCriteria...) replaces the old one whole.
      const definition: PipeDefinition = {
        ...old,
        RoleArn: input.RoleArn,
        Description: input.Description ?? old.Description,
        Enrichment: input.Enrichment === undefined ? old.Enrichment : input.Enrichment || undefined,
        EnrichmentParameters: merged(old.EnrichmentParameters, input.EnrichmentParameters),
        Target: input.Target ?? old.Target,
        TargetParameters: merged(old.TargetParameters, input.TargetParameters),
        SourceParameters: sourceUpdate(old.SourceParameters, input.SourceParameters),
        LogConfiguration: input.LogConfiguration ?? old.LogConfiguration,
        KmsKeyIdentifier: input.KmsKeyIdentifier === undefined ? old.KmsKeyIdentifier : input.KmsKeyIdentifier || undefined,
      };
      checkDefinition(definition, { sourceIsFifo: old.Source.endsWith('.fifo') });
      // The source stops now; the transition waits for a batch in hand before starting it again.
      void service.stopRunner(pipe.arn);
      const desired = input.DesiredState ?? (pipe.desiredState === 'DELETED' ? 'RUNNING' : pipe.desiredState);
      const now = service.clock.now();
      state.updateDefinition(pipe.arn, definition, desired, 'UPDATING', now);
      service.scheduleTransition(pipe.arn);
      return { ...summary(pipe), DesiredState: desired, CurrentState: 'UPDATING', LastModifiedTime: new Date(now) };
    },

    DeletePipe(input, context) {
      const pipe = requirePipe(context.accountId, context.region, input.Name);
      requireSettled(pipe);
      void service.stopRunner(pipe.arn);
      return moveTo(pipe, 'DELETED', 'DELETING') as Pipes.DeletePipeResponse;
    },

    StartPipe(input, context) {
      const pipe = requirePipe(context.accountId, context.region, input.Name);
      requireSettled(pipe);
      if (pipe.currentState === 'RUNNING') return summary(pipe);
      return moveTo(pipe, 'RUNNING', 'STARTING') as Pipes.StartPipeResponse;
    },

    StopPipe(input, context) {
      const pipe = requirePipe(context.accountId, context.region, input.Name);
      requireSettled(pipe);
      if (pipe.currentState === 'STOPPED') return summary(pipe);
      // No new batch once the stop is asked for; STOPPED follows on the clock, after any batch in hand.
      void service.stopRunner(pipe.arn);
      return moveTo(pipe, 'STOPPED', 'STOPPING') as Pipes.StopPipeResponse;
    },

    ListPipes(input, context) {
      const pipes = state
        .pipes(context.accountId, context.region)
        .filter(
          (p) =>
            (input.NamePrefix === undefined || p.name.startsWith(input.NamePrefix)) &&
            (input.SourcePrefix === undefined || p.definition.Source.startsWith(input.SourcePrefix)) &&
            (input.TargetPrefix === undefined || p.definition.Target.startsWith(input.TargetPrefix)) &&
            (input.DesiredState === undefined || p.desiredState === input.DesiredState) &&
            (input.CurrentState === undefined || p.currentState === input.CurrentState),
        );
      const page = pageAfterKey(pipes, (p) => p.name, input.Limit ?? DEFAULT_PAGE, input.NextToken, () =>
        validationFailed([{ path: 'nextToken', constraint: 'Member must be a token a previous ListPipes call returned' }]),
      );
      return {
        Pipes: page.items.map((p) => ({
          ...summary(p),
          Source: p.definition.Source,
          Target: p.definition.Target,
          Enrichment: p.definition.Enrichment,
          StateReason: p.stateReason ?? undefined,
        })) as Pipes.Pipe[],
        NextToken: page.nextToken,
      };
    },
  };
}

function definitionOf(input: Pipes.CreatePipeRequest): PipeDefinition {
  return {
    Description: input.Description,
    Source: input.Source,
    SourceParameters: input.SourceParameters as Record<string, any> | undefined,
    Enrichment: input.Enrichment || undefined,
    EnrichmentParameters: input.EnrichmentParameters as Record<string, any> | undefined,
    Target: input.Target,
    TargetParameters: input.TargetParameters as Record<string, any> | undefined,
    RoleArn: input.RoleArn,
    LogConfiguration: input.LogConfiguration as Record<string, any> | undefined,
    KmsKeyIdentifier: input.KmsKeyIdentifier || undefined,
  };
}

function merged(old: Record<string, any> | undefined, update: object | undefined): Record<string, any> | undefined {
  if (update === undefined) return old;
  return { ...(old ?? {}), ...(update as Record<string, any>) };
}

/** A source block given replaces the old one, but where a stream is read from is set once, at creation. */
function sourceUpdate(old: Record<string, any> | undefined, update: object | undefined): Record<string, any> | undefined {
  const next = merged(old, update);
  if (!next) return next;
  for (const block of ['KinesisStreamParameters', 'DynamoDBStreamParameters']) {
    const before = old?.[block];
    if (before && next[block] && next[block] !== before) {
      next[block] = { ...next[block], StartingPosition: before.StartingPosition, StartingPositionTimestamp: before.StartingPositionTimestamp };
      if (next[block].StartingPositionTimestamp === undefined) delete next[block].StartingPositionTimestamp;
    }
  }
  return next;
}
