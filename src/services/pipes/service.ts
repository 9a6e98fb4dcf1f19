import type { Timer } from '../../core/clock.js';
import { parseArn } from '../../core/ids.js';
import type { RunningSource } from '../../core/event-sources/source.js';
import type { Runtime } from '../../core/runtime.js';
import type { DynamoDbStreamsApi } from '../dynamodbstreams/api.js';
import type { KinesisApi } from '../kinesis/api.js';
import type { SqsApi } from '../sqs/api.js';
import { sourceKind } from './pipe-checks.js';
import { startPipeRunner } from './runner.js';
import { PipesState, type CurrentState, type PipeRow } from './state.js';

/** How long each state change takes (CREATING, STARTING, STOPPING, UPDATING, DELETING), in clock time. */
export const TRANSITION_MS = 1_000;

/**
 * What every Pipes operation group shares: the state, the clock, and the pipes' lives: state
 * transitions on the clock, and a running source for each RUNNING pipe.
 */
export class PipesService {
  readonly state: PipesState;
  private readonly runners = new Map<string, RunningSource>();
  private readonly transitions = new Map<string, Timer>();
  private readonly stopping = new Map<string, Promise<void>>();
  private closed = false;

  constructor(readonly runtime: Runtime) {
    this.state = new PipesState(runtime.store);
    // A durable Nimbus restarted: pipes carry on where they were.
    for (const pipe of this.state.allPipes()) {
      if (pipe.currentState === 'RUNNING') {
        void this.startRunner(pipe).then((started) => {
          if (started !== true && !this.closed) this.state.setCurrentState(pipe.arn, 'START_FAILED', started);
        });
      }
      else if (isTransitional(pipe.currentState)) this.scheduleTransition(pipe.arn);
    }
  }

  get clock(): Runtime['clock'] {
    return this.runtime.clock;
  }

  /** Moves the pipe on from a transitional state once TRANSITION_MS has passed. */
  scheduleTransition(arn: string): void {
    this.transitions.get(arn)?.cancel();
    this.transitions.set(
      arn,
      this.clock.setTimeout(() => {
        this.transitions.delete(arn);
        void this.completeTransition(arn).catch((error: unknown) => this.runtime.log.error({ pipe: arn, err: String(error) }, 'pipe state change failed'));
      }, TRANSITION_MS),
    );
  }

  /**
   * Stops the pipe's source at once (no new batch after this call); resolves once the batch in
   * hand, if any, is done. A second call while that batch finishes waits for the same stop.
   */
  stopRunner(arn: string): Promise<void> {
    const runner = this.runners.get(arn);
    if (!runner) return this.stopping.get(arn) ?? Promise.resolve();
    this.runners.delete(arn);
    const stopped = runner.stop().finally(() => this.stopping.delete(arn));
    this.stopping.set(arn, stopped);
    return stopped;
  }

  private async completeTransition(arn: string): Promise<void> {
    const pipe = this.state.pipeByArn(arn);
    if (!pipe || this.closed) return;
    switch (pipe.currentState) {
      case 'DELETING':
        await this.stopRunner(arn);
        this.state.delete(arn);
        return;
      case 'STOPPING':
        await this.stopRunner(arn);
        this.state.setCurrentState(arn, 'STOPPED', null);
        return;
      case 'CREATING':
      case 'UPDATING': {
        const failed: CurrentState = pipe.currentState === 'CREATING' ? 'CREATE_FAILED' : 'UPDATE_FAILED';
        const problem = await this.sourceProblem(pipe);
        if (problem) {
          this.state.setCurrentState(arn, failed, problem);
          return;
        }
        if (pipe.desiredState === 'RUNNING') {
          this.state.setCurrentState(arn, 'STARTING', null);
          this.scheduleTransition(arn);
        } else {
          this.state.setCurrentState(arn, 'STOPPED', null);
        }
        return;
      }
      case 'STARTING': {
        const problem = await this.sourceProblem(pipe);
        if (problem) {
          this.state.setCurrentState(arn, 'START_FAILED', problem);
          return;
        }
        const started = await this.startRunner(pipe);
        if (started !== true) this.state.setCurrentState(arn, 'START_FAILED', started);
        else this.state.setCurrentState(arn, 'RUNNING', null);
        return;
      }
      default:
        return;
    }
  }

  /**
   * Why the pipe cannot run, if it cannot: its source does not exist or is not served, or its
   * enrichment is one Nimbus cannot call for an answer yet (only Lambda functions are).
   */
  async sourceProblem(pipe: PipeRow): Promise<string | undefined> {
    const { Source: source, Enrichment: enrichment } = pipe.definition;
    if (enrichment && parseArn(enrichment)?.service !== 'lambda') return `Nimbus calls only Lambda functions as enrichments yet: ${enrichment} cannot be called.`;
    switch (sourceKind(source)) {
      case 'sqs': {
        const sqs = await this.runtime.api<SqsApi>('sqs');
        return sqs.queueByArn(source) ? undefined : `Amazon SQS queue ${source} does not exist.`;
      }
      case 'kinesis': {
        const kinesis = await this.runtime.optionalApi<KinesisApi>('kinesis');
        if (!kinesis?.streamExists) return `Amazon Kinesis data streams are not served by this Nimbus: ${source} cannot be read.`;
        return kinesis.streamExists(source) ? undefined : `Amazon Kinesis stream ${source} does not exist.`;
      }
      case 'dynamodb': {
        const streams = await this.runtime.optionalApi<DynamoDbStreamsApi>('dynamodbstreams');
        if (!streams?.streamExists) return `DynamoDB Streams are not served by this Nimbus: ${source} cannot be read.`;
        return streams.streamExists(source) ? undefined : `DynamoDB stream ${source} does not exist.`;
      }
      default:
        return `Nimbus does not poll this kind of source yet: ${source} cannot be read.`;
    }
  }

  /** Starts the pipe's source; true, or why it could not start. */
  private async startRunner(pipe: PipeRow): Promise<true | string> {
    await this.stopRunner(pipe.arn);
    try {
      this.runners.set(pipe.arn, await startPipeRunner(this, pipe));
      return true;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  close(): void {
    this.closed = true;
    for (const timer of this.transitions.values()) timer.cancel();
    this.transitions.clear();
    for (const runner of this.runners.values()) void runner.stop();
    this.runners.clear();
  }
}

export function isTransitional(state: CurrentState): boolean {
  return state === 'CREATING' || state === 'UPDATING' || state === 'DELETING' || state === 'STARTING' || state === 'STOPPING';
}
