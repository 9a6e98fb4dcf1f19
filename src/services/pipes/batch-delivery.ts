import { parseArn } from '../../core/ids.js';
import type { BatchOutcome, SourceRecord } from '../../core/event-sources/source.js';
import type { Runtime } from '../../core/runtime.js';
import type { EventsApi, TargetDelivery, TargetFailure } from '../events/api.js';
import type { LambdaApi } from '../lambda/api.js';
import { renderTemplate, templateValue, valueAtPath, type TemplateVariables } from './input-template.js';
import { targetBatchLimit } from './pipe-checks.js';
import type { PipeRow } from './state.js';

/** One event on its way through the pipe: as received (or as the enrichment returned it), and as paths read it. */
interface PipeEvent {
  event: unknown;
  data: unknown;
}

/** Why a batch failed, carried to the source (which decides what a failure means: redrive, retry, DLQ). */
export class BatchFailure extends Error {
  constructor(
    readonly errorCode: string,
    readonly errorMessage: string,
  ) {
    super(`${errorCode}: ${errorMessage}`);
  }
}

/**
 * What a pipe does with a batch its source hands over: the enrichment (a Lambda function called
 * synchronously with the batch as a JSON array, its answer becoming the events), the target's
 * InputTemplate and dynamic parameters, and the delivery. A Lambda or Step Functions target takes
 * the batch as one array; every other target gets one delivery per event, in order. Any failure
 * fails the whole batch.
 */
export class BatchDelivery {
  constructor(
    private readonly runtime: Runtime,
    private readonly pipe: PipeRow,
  ) {}

  async deliver(records: SourceRecord[]): Promise<void | BatchOutcome> {
    const ingestionTime = new Date(this.runtime.clock.now()).toISOString();
    let events: PipeEvent[] = records.map((r) => ({ event: r.event, data: r.data }));
    if (this.pipe.definition.Enrichment) events = await this.enrich(events, ingestionTime);
    if (!events.length) return;
    // An enrichment may answer more events than it was given, but not more than the target takes at once.
    const limit = targetBatchLimit(this.pipe.definition.Target);
    if (limit !== undefined && events.length > limit) {
      throw new BatchFailure('SDK_CLIENT_ERROR', `The enrichment returned ${events.length} events; the target takes at most ${limit} at once.`);
    }
    return this.sendToTarget(records, events, ingestionTime);
  }

  /** Sends a record to a dead-letter queue (SQS or SNS); a failure there is logged, as AWS drops it. */
  async deadLetter(arn: string | undefined, record: Record<string, unknown>): Promise<void> {
    if (!arn) return;
    try {
      const events = await this.runtime.api<EventsApi>('events');
      await events.deliverToTarget({ ...this.envelope(arn), input: JSON.stringify(record) });
    } catch (error) {
      this.runtime.log.warn({ pipe: this.pipe.arn, deadLetterQueue: arn, err: describe(error) }, 'could not send to the dead-letter queue');
    }
  }

  private async enrich(events: PipeEvent[], ingestionTime: string): Promise<PipeEvent[]> {
    const enrichment = this.pipe.definition.Enrichment!;
    const arn = parseArn(enrichment);
    if (arn?.service !== 'lambda') throw new BatchFailure('RESOURCE_NOT_FOUND', `Nimbus does not call this kind of enrichment yet: ${enrichment}`);
    const template = this.pipe.definition.EnrichmentParameters?.InputTemplate as string | undefined;
    const payload = events.map((e) => (template === undefined ? e.event : templateValue(renderTemplate(template, e.data, this.variables(e, ingestionTime)))));
    const result = await this.invokeFunction(enrichment, JSON.stringify(payload));
    const text = result.trim();
    if (!text) return [];
    const output = templateValue(text);
    // An array answers one event each; anything else is one event; null drops the batch.
    const items = Array.isArray(output) ? output : output === null ? [] : [output];
    return items.map((item) => ({ event: item, data: item }));
  }

  private async sendToTarget(records: SourceRecord[], events: PipeEvent[], ingestionTime: string): Promise<void | BatchOutcome> {
    const { Target: target, TargetParameters: parameters = {} } = this.pipe.definition;
    const template = parameters.InputTemplate as string | undefined;
    const inputs = events.map((e) => (template === undefined ? JSON.stringify(e.event) : renderTemplate(template, e.data, this.variables(e, ingestionTime))));
    const service = parseArn(target)?.service;
    if (service === 'lambda' || service === 'states') {
      const batch = `[${inputs.map((input) => (template === undefined ? input : JSON.stringify(templateValue(input)))).join(',')}]`;
      const invocationType = (service === 'lambda' ? parameters.LambdaFunctionParameters : parameters.StepFunctionStateMachineParameters)?.InvocationType ?? 'REQUEST_RESPONSE';
      // A synchronous Lambda target's function error fails the batch, as on AWS: Nimbus calls it as the enrichment is called.
      if (service === 'lambda' && invocationType === 'REQUEST_RESPONSE') return partialFailure(await this.invokeFunction(target, batch), records);
      await this.viaEvents({ ...this.envelope(target), input: batch, otherParameters: otherParameters(parameters) });
      return;
    }
    for (const [index, input] of inputs.entries()) {
      const data = events[index]!.data;
      const delivery: TargetDelivery = {
        ...this.envelope(target),
        input: service === 'events' && parseArn(target)!.resource.startsWith('event-bus/') ? this.busEvent(input, data, template !== undefined) : input,
        sqsParameters: dynamic(parameters.SqsQueueParameters, data),
        kinesisParameters: dynamic(parameters.KinesisStreamParameters, data),
        httpParameters: parameters.HttpParameters,
        otherParameters: otherParameters(parameters),
      };
      await this.viaEvents(delivery);
    }
  }

  /** The event a pipe puts on an event bus: its payload is the detail (EventBridgeEventBusParameters name the rest). */
  private busEvent(input: string, data: unknown, templated: boolean): string {
    const bus = this.pipe.definition.TargetParameters?.EventBridgeEventBusParameters ?? {};
    const sourceArn = parseArn(this.pipe.definition.Source);
    return JSON.stringify({
      version: '0',
      'detail-type': resolved(bus.DetailType, data) ?? `Event from aws:${sourceArn?.service ?? 'pipes'}`,
      source: resolved(bus.Source, data) ?? `Pipe ${this.pipe.name}`,
      account: this.pipe.account,
      time: resolved(bus.Time, data) ?? new Date(this.runtime.clock.now()).toISOString(),
      region: this.pipe.region,
      resources: bus.Resources ?? [],
      detail: templated ? templateValue(input) : JSON.parse(input),
    });
  }

  private envelope(arn: string): Pick<TargetDelivery, 'arn' | 'account' | 'region' | 'roleArn' | 'sourceArn'> {
    return { arn, account: this.pipe.account, region: this.pipe.region, roleArn: this.pipe.definition.RoleArn, sourceArn: this.pipe.arn };
  }

  private async viaEvents(delivery: TargetDelivery): Promise<void> {
    const events = await this.runtime.api<EventsApi>('events');
    try {
      await events.deliverToTarget(delivery);
    } catch (error) {
      const failure = error as Partial<TargetFailure>;
      if (typeof failure?.errorCode === 'string') throw new BatchFailure(failure.errorCode, failure.errorMessage ?? '');
      throw error;
    }
  }

  /** A synchronous invocation; a function error fails the batch. Answers the function's output. */
  private async invokeFunction(functionArn: string, payload: string): Promise<string> {
    const lambda = await this.runtime.api<LambdaApi>('lambda');
    let result: Awaited<ReturnType<LambdaApi['invoke']>>;
    try {
      result = await lambda.invoke({ functionArn, payload, account: this.pipe.account });
    } catch (error) {
      const aws = error as { code?: string; message?: string };
      throw new BatchFailure(aws.code === 'ResourceNotFoundException' ? 'RESOURCE_NOT_FOUND' : 'SDK_CLIENT_ERROR', aws.message ?? String(error));
    }
    const output = result.payload.toString('utf8');
    if (result.functionError) throw new BatchFailure('FUNCTION_ERROR', `${functionArn} failed (${result.functionError}): ${output}`);
    return output;
  }

  private variables(event: PipeEvent, ingestionTime: string): TemplateVariables {
    const { definition } = this.pipe;
    return {
      'pipe-arn': this.pipe.arn,
      'pipe-name': this.pipe.name,
      'source-arn': definition.Source,
      'enrichment-arn': definition.Enrichment ?? '',
      'target-arn': definition.Target,
      event: event.event,
      'event.json': event.data,
      'event.ingestion-time': ingestionTime,
    };
  }
}

/**
 * A synchronous Lambda target may answer `{"batchItemFailures": [{"itemIdentifier": ...}]}`, naming
 * source records by SQS messageId or Kinesis sequence number: those failed, the rest succeeded. An
 * identifier that is empty or names no record of the batch fails the whole batch, as AWS rules.
 */
function partialFailure(output: string, records: SourceRecord[]): BatchOutcome | undefined {
  const answer = templateValue(output.trim()) as { batchItemFailures?: unknown } | null;
  const failures = answer !== null && typeof answer === 'object' && !Array.isArray(answer) ? answer.batchItemFailures : undefined;
  if (!Array.isArray(failures) || !failures.length) return undefined;
  const failed = new Set<SourceRecord>();
  for (const failure of failures) {
    const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    const record = typeof id === 'string' && id ? records.find((r) => r.event.messageId === id || r.data.sequenceNumber === id) : undefined;
    if (!record) throw new BatchFailure('FUNCTION_ERROR', `The function reported a batch item failure that names no record of the batch: ${JSON.stringify(failure)}`);
    failed.add(record);
  }
  return { failed: [...failed] };
}

/** Target parameters given as `$.path` take their value from each event (dynamic path parameters). */
function dynamic<T extends Record<string, unknown>>(parameters: T | undefined, data: unknown): T | undefined {
  if (!parameters) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parameters)) out[name] = typeof value === 'string' ? (resolved(value, data) ?? value) : value;
  return out as T;
}

function resolved(value: unknown, data: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('$.')) return value;
  const found = valueAtPath(data, value);
  if (found === undefined || found === null) return undefined;
  return typeof found === 'string' ? found : JSON.stringify(found);
}

/** The parameter blocks the delivery contract has no field for, recorded with the delivery. */
function otherParameters(parameters: Record<string, unknown>): Record<string, unknown> | undefined {
  const { InputTemplate: _template, SqsQueueParameters: _sqs, KinesisStreamParameters: _kinesis, HttpParameters: _http, ...rest } = parameters;
  return Object.keys(rest).length ? rest : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error);
}
