import { randomBytes } from 'node:crypto';
import type { Runtime } from '../../../core/runtime.js';
import type { Engine } from '../engine.js';
import type { TableDef } from '../state.js';
import { ImportExportState } from './state.js';

/**
 * How long an export or import takes on the clock at the least: it shows IN_PROGRESS until then
 * (and until its work is done), as AWS's take minutes.
 */
export const TASK_MIN_DURATION_MS = 10_000;

/** A client token is good for 8 hours after the request that used it. */
export const CLIENT_TOKEN_MS = 8 * 3600_000;

/** What the export and import operations share. */
export class ImportExportService {
  readonly state: ImportExportState;

  constructor(
    readonly engine: Engine,
    readonly runtime: Runtime,
  ) {
    this.state = new ImportExportState(runtime.store);
  }

  get clock() {
    return this.engine.clock;
  }

  /** The table a table ARN names, if it exists in that account and region. */
  tableByArn(tableArn: string): TableDef | undefined {
    const match = /^arn:aws[a-z-]*:dynamodb:([^:]+):(\d{12}):table\/([^/]+)$/.exec(tableArn);
    return match ? this.engine.state.findTable(match[2], match[1], match[3]) : undefined;
  }

  /** A task id as AWS makes them: the start time in ms (14 digits), a dash, 8 hex digits. */
  taskId(): string {
    return `${String(this.clock.now()).padStart(14, '0')}-${randomBytes(4).toString('hex')}`;
  }

  /**
   * Runs `finish` when the task's minimum duration has passed on the clock (now, if it has), and
   * answers the time it finished at.
   */
  finishAfterMinimum(startTime: number, finish: (endTime: number) => void): void {
    const due = startTime + TASK_MIN_DURATION_MS;
    if (this.clock.now() >= due) finish(this.clock.now());
    else this.clock.at(due, () => finish(due));
  }
}
