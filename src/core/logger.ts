import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';
import type { LogOutput } from './log-output.js';

export type Logger = PinoLogger;
export type LogLevel = LevelWithSilent;

/** The process's logger for everything but the request lines (see request-log.ts); into `output` when given. */
export function createLogger(level: LogLevel = 'info', output?: LogOutput): Logger {
  // Epoch milliseconds, as the request lines carry them (formatting a date a line costs more than the line).
  const options = { level, base: undefined, timestamp: pino.stdTimeFunctions.epochTime };
  return output ? pino(options, output) : pino(options);
}
