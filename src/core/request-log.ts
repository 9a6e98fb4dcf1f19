import type { Logger } from './logger.js';
import { LEVELS, type LogOutput, type RequestEntry } from './log-output.js';

export type { RequestEntry } from './log-output.js';

/** The request log: a line a request at info level; health checks only at debug. */
export interface RequestLog {
  /** False when the level is above info: the gateway then builds no entry at all. */
  readonly enabled: boolean;
  /** True at debug or finer: health checks are logged, and error messages with their codes. */
  readonly verbose: boolean;
  record(entry: RequestEntry): void;
}

/** Nimbus's own output (the CLI, or startCloud without a logger): lines written straight to it. */
export function outputRequestLog(output: LogOutput, level: string): RequestLog {
  const threshold = LEVELS[level] ?? LEVELS.info;
  const verbose = threshold <= LEVELS.debug;
  return { enabled: threshold <= LEVELS.info, verbose, record: (entry) => output.request(entry, verbose) };
}

/** A logger the embedding program gave: the same fields, through its own pino. */
export function loggerRequestLog(log: Logger): RequestLog {
  const verbose = log.isLevelEnabled('debug');
  return {
    enabled: log.isLevelEnabled('info'),
    verbose,
    record(entry) {
      const { method, path, message, ...fields } = entry;
      const level = entry.status >= 500 || entry.status === 0 ? 'error' : 'info';
      log[level]({ ...fields, ...(verbose && message !== undefined ? { error: message } : {}) }, `${method} ${path}`);
    },
  };
}
