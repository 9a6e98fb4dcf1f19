import type { Timer } from '../../../core/clock.js';
import { arn } from '../../../core/ids.js';
import { SourceUnavailable, type RunningSource } from '../../../core/event-sources/source.js';
import { MinuteMetrics } from '../../cloudwatch/minute-metrics.js';
import type { SqsApi } from '../../sqs/api.js';
import { parseFunctionName } from '../arns.js';
import type { LambdaService } from '../service.js';
import type { EventSourceMapping, MappingRunnerHost } from './runner.js';
import { startSqsMapping } from './sqs-runner.js';
import { EventSourceMappingState, TRANSITIONAL_STATES, type MappingRow, type MappingState } from './state.js';
import { forgetStreamMapping, startStreamMapping } from './stream-runner.js';
import { filterPatterns, sourceKindOf, type SourceKind } from './validation.js';

/**
 * How long each state change takes on the clock (Creating, Enabling, Disabling, Updating,
 * Deleting). AWS takes a few seconds; one second keeps the states visible without slowing tests.
 */
export const STATE_TRANSITION_MS = 1_000;

/** What LastProcessingResult says before the first batch, as on AWS. */
export const NO_RECORDS = 'No records processed';

/** Sources Nimbus accepts but does not read: their mappings say so in LastProcessingResult. */
const NOT_POLLED: Partial<Record<SourceKind, string>> = {
  msk: 'Amazon MSK',
  kafka: 'self-managed Apache Kafka',
  mq: 'Amazon MQ',
  documentdb: 'Amazon DocumentDB',
};

const engines = new WeakMap<LambdaService, MappingEngine>();

/** The one mapping engine of a Lambda service (made, and its enabled mappings started, on first use). */
export function mappingEngine(service: LambdaService): MappingEngine {
  let engine = engines.get(service);
  if (!engine) {
    engine = new MappingEngine(service);
    engines.set(service, engine);
  }
  return engine;
}

/** Stops every runner of a Lambda service that is closing. */
export function closeMappingEngine(service: LambdaService): void {
  engines.get(service)?.close();
  engines.delete(service);
}

/**
 * The mappings' lives: state transitions on the clock, and one runner for each Enabled mapping
 * (the SQS runner here, the stream runner for Kinesis and DynamoDB Streams). A restarted Nimbus
 * carries on: enabled mappings start again, transitions under way finish.
 */
export class MappingEngine {
  readonly state: EventSourceMappingState;
  private readonly runners = new Map<string, RunningSource>();
  private readonly stopping = new Map<string, Promise<void>>();
  private readonly transitions = new Map<string, Timer>();
  /** Runner starts under way, so a state change during one waits for it. */
  private readonly starting = new Map<string, Promise<void>>();
  private closed = false;
  /** AWS/Lambda's per-mapping event counts, for mappings whose MetricsConfig asks for them. */
  private readonly metrics: MinuteMetrics;

  constructor(private readonly service: LambdaService) {
    this.state = new EventSourceMappingState(service.runtime.store);
    this.metrics = new MinuteMetrics(service.runtime, 'AWS/Lambda');
    for (const row of this.state.allMappings()) {
      if (row.state === 'Enabled') this.startRunner(row);
      else if (TRANSITIONAL_STATES.has(row.state)) this.scheduleTransition(row.uuid);
    }
  }

  private get clock() {
    return this.service.runtime.clock;
  }

  /** Moves a mapping into a transitional state; the clock finishes it after STATE_TRANSITION_MS. */
  beginTransition(uuid: string, state: MappingState): void {
    this.state.setState(uuid, state, this.clock.now());
    this.scheduleTransition(uuid);
  }

  private scheduleTransition(uuid: string): void {
    this.transitions.get(uuid)?.cancel();
    this.transitions.set(
      uuid,
      this.clock.setTimeout(() => {
        this.transitions.delete(uuid);
        void this.completeTransition(uuid).catch((error: unknown) =>
          this.service.runtime.log.error({ eventSourceMapping: uuid, err: String(error) }, 'lambda: event source mapping state change failed'),
        );
      }, STATE_TRANSITION_MS),
    );
  }

  private async completeTransition(uuid: string): Promise<void> {
    const row = this.state.mapping(uuid);
    if (!row || this.closed) return;
    const now = this.clock.now();
    switch (row.state) {
      case 'Deleting':
        await this.stopRunner(uuid);
        this.state.delete(uuid);
        forgetStreamMapping(this.service, uuid);
        return;
      case 'Disabling':
        await this.stopRunner(uuid);
        this.state.setState(uuid, 'Disabled', now);
        return;
      case 'Creating':
      case 'Enabling':
      case 'Updating':
        // An update restarts the runner with the new settings (or leaves it stopped when disabled).
        await this.stopRunner(uuid);
        if (row.enabled) {
          this.state.setState(uuid, 'Enabled', now);
          this.startRunner({ ...row, state: 'Enabled' });
        } else {
          this.state.setState(uuid, 'Disabled', now);
        }
        return;
      default:
        return;
    }
  }

  private startRunner(row: MappingRow): void {
    const started = this.launch(row)
      .then((runner) => {
        if (!runner) return;
        // Closed, stopped or changed while it started: it must not run on.
        if (this.closed || this.state.mapping(row.uuid)?.state !== 'Enabled') void runner.stop();
        else this.runners.set(row.uuid, runner);
      })
      .catch((error: unknown) => {
        // After close() the store may be gone: nothing is left to report to.
        if (this.closed) return;
        const reason = error instanceof SourceUnavailable ? error.message : `could not start polling: ${error instanceof Error ? error.message : String(error)}`;
        try {
          this.state.setLastProcessingResult(row.uuid, `PROBLEM: ${reason}`);
        } catch (failure) {
          this.service.runtime.log.warn({ eventSourceMapping: row.uuid, err: String(failure) }, 'lambda: could not record why a mapping does not poll');
        }
      })
      .finally(() => this.starting.delete(row.uuid));
    this.starting.set(row.uuid, started);
  }

  private async launch(row: MappingRow): Promise<RunningSource | undefined> {
    const kind = sourceKindOf(row.eventSourceArn, row.settings.SelfManagedEventSource as never);
    const notPolled = NOT_POLLED[kind];
    if (notPolled) {
      this.state.setLastProcessingResult(row.uuid, `PROBLEM: Nimbus stores ${notPolled} event source mappings but does not poll them.`);
      return undefined;
    }
    const mapping = runnerView(row);
    // Kinesis records name the function's execution role as invokeIdentityArn.
    mapping.executionRoleArn = this.service.state.getFunction(row.account, row.region, parseFunctionName(row.functionArn, { accountId: row.account, region: row.region }).name)?.latest.config.role;
    const host = this.host(row);
    if (kind === 'sqs') {
      const sqs = await this.service.runtime.api<SqsApi>('sqs');
      const queue = sqs.queueByArn(mapping.eventSourceArn);
      if (!queue) throw new SourceUnavailable(`Amazon SQS queue ${mapping.eventSourceArn} does not exist.`);
      return startSqsMapping(host, mapping, sqs, this.metrics);
    }
    return startStreamMapping(host, mapping);
  }

  /** What a runner is given: its function to invoke, its LastProcessingResult, the log. */
  private host(row: MappingRow): MappingRunnerHost {
    const { service } = this;
    const { uuid, functionArn, account, region } = row;
    return {
      runtime: service.runtime,
      async invokeFunction(event, options) {
        const target = service.target(parseFunctionName(functionArn, { accountId: account, region }));
        // The record's X-Ray header carries the chain's lineage: recursive loop detection counts it.
        const outcome = await service.invoker.invoke(target, { payload: Buffer.from(JSON.stringify(event)), mode: 'sync', traceHeader: options?.traceHeader });
        return { ok: outcome.result.ok, payload: outcome.result.payload, functionError: outcome.result.ok ? undefined : 'Unhandled', executedVersion: outcome.executedVersion };
      },
      setLastProcessingResult: (result) => {
        if (!this.closed) this.state.setLastProcessingResult(uuid, result);
      },
      log: { warn: (fields, message) => service.runtime.log.warn({ eventSourceMapping: uuid, ...fields }, message) },
    };
  }

  /** Stops a mapping's runner at once; resolves once its batch in hand, if any, is done. */
  async stopRunner(uuid: string): Promise<void> {
    await this.starting.get(uuid);
    const runner = this.runners.get(uuid);
    if (!runner) return this.stopping.get(uuid);
    this.runners.delete(uuid);
    const stopped = runner.stop().finally(() => this.stopping.delete(uuid));
    this.stopping.set(uuid, stopped);
    return stopped;
  }

  close(): void {
    this.closed = true;
    this.metrics.close();
    for (const timer of this.transitions.values()) timer.cancel();
    this.transitions.clear();
    for (const runner of this.runners.values()) void runner.stop();
    this.runners.clear();
  }
}

/** A mapping's settings as a runner reads them (runner.ts). */
export function runnerView(row: MappingRow): EventSourceMapping {
  const s = row.settings as Record<string, any>;
  const timestamp = s.StartingPositionTimestamp as number | undefined;
  return {
    uuid: row.uuid,
    arn: mappingArn(row),
    account: row.account,
    region: row.region,
    functionArn: row.functionArn,
    eventSourceArn: row.eventSourceArn ?? '',
    batchSize: row.settings.BatchSize,
    maximumBatchingWindowInSeconds: s.MaximumBatchingWindowInSeconds ?? 0,
    startingPosition: s.StartingPosition,
    startingPositionTimestamp: timestamp === undefined ? undefined : Math.round(timestamp * 1000),
    parallelizationFactor: s.ParallelizationFactor ?? 1,
    maximumRetryAttempts: s.MaximumRetryAttempts ?? -1,
    maximumRecordAgeInSeconds: s.MaximumRecordAgeInSeconds ?? -1,
    bisectBatchOnFunctionError: s.BisectBatchOnFunctionError ?? false,
    reportBatchItemFailures: ((s.FunctionResponseTypes as string[] | undefined) ?? []).includes('ReportBatchItemFailures'),
    tumblingWindowInSeconds: s.TumblingWindowInSeconds ?? 0,
    onFailureDestination: s.DestinationConfig?.OnFailure?.Destination,
    filterPatterns: filterPatterns(row.settings),
    maximumConcurrency: s.ScalingConfig?.MaximumConcurrency,
    eventCountMetrics: ((s.MetricsConfig?.Metrics as string[] | undefined) ?? []).includes('EventCount'),
  };
}

/** arn:aws:lambda:<region>:<account>:event-source-mapping:<uuid> */
export function mappingArn(row: { uuid: string; account: string; region: string }): string {
  return arn({ service: 'lambda', region: row.region, account: row.account, resource: `event-source-mapping:${row.uuid}` });
}
