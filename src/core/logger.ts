import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';
import type { LogOutput } from './log-output.js';

export type Logger = PinoLogger;
export type LogLevel = LevelWithSilent;

/** The process's logger for everything but the request lines (see request-log.ts); into `output` when given. */
export function createLogger(level: LogLevel = 'info', output?: LogOutput): Logger {
  const options = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  return output ? pino(options, output) : pino(options);
}
