import { writeSync } from 'node:fs';
import { pino } from 'pino';

/** How log lines look: aligned and coloured for a person at a terminal, JSON lines for a machine. */
export type LogFormat = 'pretty' | 'json';

/** What the request log says of one request. */
export interface RequestEntry {
  id: string;
  method: string;
  path: string;
  service: string;
  op: string;
  status: number;
  ms: number;
  /** The queue, table, bucket/key or function it touched, when cheap to know. */
  resource?: string;
  /** The AWS error code of a failed request, and its message (shown at debug). */
  code?: string;
  message?: string;
}

/** pino's numeric levels. */
export const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };
const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/**
 * How long a log line may wait to be written with others (short enough that a person sees a line
 * as the request ends; long enough that a slow client's requests still share a write), and how
 * many requests or bytes make a batch.
 */
const FLUSH_MS = 100;
const BATCH_LINES = 128;
const BATCH_BYTES = 32 * 1024;

/** A request slower than this is highlighted. */
const SLOW_MS = 1000;

const ansi = (code: string) => (text: string) => `\x1b[${code}m${text}\x1b[0m`;
const PAINT = { red: ansi('31'), boldRed: ansi('1;31'), yellow: ansi('33'), dim: ansi('2'), cyan: ansi('36'), magenta: ansi('35') };
const PLAIN = { red: String, boldRed: String, yellow: String, dim: String, cyan: String, magenta: String } as typeof PAINT;

/**
 * Where Nimbus's log lines go: stdout, written asynchronously in batches (a synchronous write a
 * line cost a request more than its own work did), flushed when the process exits or crashes.
 * It is also the destination of the process's pino logger, whose lines it re-renders for a terminal.
 *
 * A request's line costs the request almost nothing: the request keeps its entry (and the time)
 * in a slot, and the lines of a whole batch are formatted, encoded and written together when the
 * batch is handed over. Formatted one at a time between a request's own work, the same lines
 * cost several times more (cold caches, one encoding call a line).
 */
export class LogOutput {
  private readonly stream: ReturnType<typeof pino.destination>;
  private readonly fd: number;
  /** Bytes handed to the stream that it has not reported written (its writes run on libuv's threads). */
  private unwritten = 0;
  private readonly paint: typeof PAINT;
  private readonly flushAtExit = () => this.flush();
  private readonly writePendingLater = () => {
    this.timerArmed = false;
    this.writePending();
  };
  /** Requests whose lines are not formatted yet: their entries, when each was logged, and at which detail. */
  private readonly pending: Array<RequestEntry | undefined> = new Array<RequestEntry | undefined>(BATCH_LINES).fill(undefined);
  private readonly pendingTimes = new Float64Array(BATCH_LINES);
  private readonly pendingDebug = new Uint8Array(BATCH_LINES);
  private pendingCount = 0;
  /**
   * Lines formatted but not yet handed to the stream, as UTF-8 in one reused buffer: one write a
   * batch, not a system call a line.
   */
  private readonly batch = Buffer.allocUnsafe(BATCH_BYTES * 2);
  private used = 0;
  /** One timer for the life of the output, re-armed (refresh) for each batch rather than made anew. */
  private timer: NodeJS.Timeout | undefined;
  private timerArmed = false;

  constructor(
    readonly format: LogFormat,
    options: { colors?: boolean; fd?: number } = {},
  ) {
    this.fd = options.fd ?? 1;
    this.stream = pino.destination({ dest: this.fd, sync: false, minLength: 0, contentMode: 'buffer' });
    this.stream.on('write', (bytes: number) => {
      this.unwritten -= bytes;
    });
    // A destination that is gone (a closed pipe): there is nowhere left to say so.
    this.stream.on('error', () => undefined);
    this.paint = options.colors ? PAINT : PLAIN;
    process.once('exit', this.flushAtExit);
  }

  /** The choice `--log-format auto` makes: pretty when stdout is a terminal, colours unless NO_COLOR. */
  static forStdout(format: 'auto' | LogFormat): LogOutput {
    const tty = Boolean(process.stdout.isTTY) || Boolean(process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0');
    const chosen = format === 'auto' ? (tty ? 'pretty' : 'json') : format;
    return new LogOutput(chosen, { colors: tty && !process.env.NO_COLOR });
  }

  /** pino's destination interface: one JSON line at a time (after the request lines before it). */
  write(line: string): boolean {
    this.formatPending();
    this.queue(this.format === 'json' ? line : this.prettyFromJson(line));
    this.writePendingSoon();
    return true;
  }

  /** One request's line, formatted with its batch. `debug`: include error messages. The entry must not change after. */
  request(entry: RequestEntry, debug: boolean): void {
    const slot = this.pendingCount++;
    this.pending[slot] = entry;
    this.pendingTimes[slot] = Date.now();
    this.pendingDebug[slot] = debug ? 1 : 0;
    if (this.pendingCount === BATCH_LINES) this.writePending();
    else this.writePendingSoon();
  }

  /** What is pending, formatted and handed to the stream now (written asynchronously, as a batch always is). */
  writePending(): void {
    // A timer still armed fires later and finds the batch empty, or the next one begun.
    this.formatPending();
    this.writeBatch();
  }

  /** Everything queued, written now (at exit, on a crash, at close). */
  flush(): void {
    this.formatPending();
    // Nothing of the stream's own in flight: the batch is written here and now, synchronously.
    if (this.unwritten === 0 && this.writeBatchNow()) return;
    this.writeBatch();
    try {
      this.stream.flushSync();
    } catch {
      // A write still in flight (EAGAIN on a full pipe): what is queued goes with it.
    }
  }

  close(): void {
    process.removeListener('exit', this.flushAtExit);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerArmed = false;
    this.flush();
  }

  /** Lines wait at most FLUSH_MS, BATCH_LINES requests or BATCH_BYTES. */
  private writePendingSoon(): void {
    if (this.timerArmed) return;
    this.timerArmed = true;
    if (this.timer) this.timer.refresh();
    else this.timer = setTimeout(this.writePendingLater, FLUSH_MS).unref();
  }

  /** The pending requests' lines, made into one string and encoded into the batch at once. */
  private formatPending(): void {
    const count = this.pendingCount;
    if (count === 0) return;
    const { pending, pendingTimes, pendingDebug } = this;
    const json = this.format === 'json';
    let text = '';
    for (let slot = 0; slot < count; slot++) {
      const entry = pending[slot]!;
      pending[slot] = undefined;
      text += json ? jsonRequestLine(entry, pendingTimes[slot]!, pendingDebug[slot] === 1) : this.prettyRequestLine(entry, pendingTimes[slot]!, pendingDebug[slot] === 1);
    }
    this.pendingCount = 0;
    this.queue(text);
  }

  /** Text into the batch; a batch of BATCH_BYTES goes to the stream at once. */
  private queue(text: string): void {
    // UTF-8 takes at most three bytes a UTF-16 unit: counted exactly only when that bound does not fit.
    if (this.used + text.length * 3 > this.batch.length) {
      const bytes = Buffer.byteLength(text, 'utf8');
      if (this.used + bytes > this.batch.length) this.writeBatch();
      if (bytes > this.batch.length) {
        this.unwritten += bytes;
        this.stream.write(Buffer.from(text, 'utf8') as unknown as string);
        return;
      }
    }
    this.used += this.batch.write(text, this.used, 'utf8');
    if (this.used >= BATCH_BYTES) this.writeBatch();
  }

  /** The batch written synchronously; false if the destination would block (what is left stays queued). */
  private writeBatchNow(): boolean {
    let written = 0;
    try {
      while (written < this.used) written += writeSync(this.fd, this.batch, written, this.used - written);
    } catch {
      this.batch.copy(this.batch, 0, written, this.used);
      this.used -= written;
      return false;
    }
    this.used = 0;
    return true;
  }

  private writeBatch(): void {
    if (this.used === 0) return;
    const chunk = Buffer.from(this.batch.subarray(0, this.used));
    this.unwritten += chunk.length;
    this.used = 0;
    // The stream is in buffer mode (contentMode: 'buffer'); its types know only strings.
    this.stream.write(chunk as unknown as string);
  }

  private prettyRequestLine(entry: RequestEntry, time: number, debug: boolean): string {
    const { paint } = this;
    const ms = `${entry.ms.toFixed(1).padStart(7)} ms`;
    let line = `${this.prettyClock(time)} ${this.prettyServiceAndOperation(entry.service, entry.op)} ${this.prettyStatus(entry.status)} ${entry.ms >= SLOW_MS ? paint.yellow(ms) : ms}`;
    if (entry.resource) line += `  ${entry.resource}`;
    if (entry.code) line += `  ${paint.red(entry.code)}`;
    if (debug && entry.message) line += paint.dim(`: ${entry.message}`);
    return `${line}\n`;
  }

  /** The time column, painted once per millisecond (a batch's requests mostly share one). */
  private prettyClock(ms: number): string {
    if (ms !== this.lastPrettyClock.ms) this.lastPrettyClock = { ms, text: this.paint.dim(clockTime(ms)) };
    return this.lastPrettyClock.text;
  }

  private lastPrettyClock = { ms: -1, text: '' };

  /** The service and operation columns, padded and painted once per pair: the same few hundred pairs come back. */
  private prettyServiceAndOperation(service: string, op: string): string {
    const key = `${service} ${op}`;
    let fragment = this.prettyColumns.get(key);
    if (fragment === undefined) {
      fragment = `${this.paint.cyan(service.padEnd(10))} ${op.padEnd(26)}`;
      // A client's made-up names could grow the cache without end: past a bound they are made each time.
      if (this.prettyColumns.size < 5000) this.prettyColumns.set(key, fragment);
    }
    return fragment;
  }

  private readonly prettyColumns = new Map<string, string>();

  /** The status column: plain for success, red for a client error, bold red for a server error or none. */
  private prettyStatus(status: number): string {
    let text = this.prettyStatuses.get(status);
    if (text === undefined) {
      const shown = String(status || '---');
      text = status >= 500 || status === 0 ? this.paint.boldRed(shown) : status >= 400 ? this.paint.red(shown) : shown;
      this.prettyStatuses.set(status, text);
    }
    return text;
  }

  private readonly prettyStatuses = new Map<number, string>();

  /** A pino JSON line as a person reads it: time, level, message, then the other fields as key=value. */
  private prettyFromJson(line: string): string {
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return line;
    }
    const { paint } = this;
    const { level, time, msg, fn, ...fields } = record;
    const when = paint.dim(clockTime(typeof time === 'string' || typeof time === 'number' ? new Date(time).getTime() : Date.now()));
    // A Lambda function's own output, prefixed with the function's name.
    if (typeof fn === 'string') return `${when} ${paint.magenta(`λ ${fn}`)} │ ${String(msg ?? '')}\n`;
    const name = LEVEL_NAMES[Number(level)] ?? String(level);
    const shownLevel = Number(level) >= 50 ? paint.boldRed(name.padEnd(5)) : Number(level) >= 40 ? paint.yellow(name.padEnd(5)) : Number(level) <= 20 ? paint.dim(name.padEnd(5)) : name.padEnd(5);
    const rest = Object.entries(fields)
      .map(([key, value]) => `${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`)
      .join(' ');
    return `${when} ${shownLevel} ${String(msg ?? '')}${rest ? `  ${paint.dim(rest)}` : ''}\n`;
  }
}

/** HH:MM:SS.mmm in local time (requests in the same millisecond share one). */
let lastClock = { ms: -1, text: '' };
function clockTime(ms: number): string {
  if (ms !== lastClock.ms) lastClock = { ms, text: formatClock(ms) };
  return lastClock.text;
}

function formatClock(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  const millis = d.getMilliseconds();
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : millis}`;
}

/**
 * The same fields pino writes (level, time in epoch milliseconds, id, service, op, status, ms,
 * msg), by string concatenation: text goes through `quote`, which only calls JSON.stringify for
 * the rare value that needs escaping.
 */
function jsonRequestLine(entry: RequestEntry, time: number, debug: boolean): string {
  const level = entry.status >= 500 || entry.status === 0 ? 50 : 30;
  let line = `{"level":${level},"time":${time},"id":"${entry.id}"${serviceAndOperation(entry.service, entry.op)}${entry.status},"ms":${entry.ms}`;
  if (entry.resource !== undefined) line += `,"resource":${quote(entry.resource)}`;
  if (entry.code !== undefined) line += `,"code":${quote(entry.code)}`;
  if (debug && entry.message !== undefined) line += `,"error":${JSON.stringify(entry.message)}`;
  // RPC calls all go to "/": their msg is one of a handful of strings.
  return `${line},"msg":${entry.path === '/' ? (ROOT_MESSAGES[entry.method] ?? quote(`${entry.method} /`)) : quote(`${entry.method} ${entry.path}`)}}\n`;
}

const ROOT_MESSAGES: Record<string, string> = { POST: '"POST /"', GET: '"GET /"' };

/** `,"service":"sqs","op":"SendMessage","status":` made once per pair: the same few hundred pairs come back. */
const serviceOperationFragments = new Map<string, Map<string, string>>();
function serviceAndOperation(service: string, op: string): string {
  let ofService = serviceOperationFragments.get(service);
  if (!ofService) {
    // A client's unknown service name could grow the cache without end: those are not kept.
    if (serviceOperationFragments.size >= 200) return `,"service":${quote(service)},"op":${quote(op)},"status":`;
    serviceOperationFragments.set(service, (ofService = new Map()));
  }
  let fragment = ofService.get(op);
  if (fragment === undefined) {
    fragment = `,"service":${quote(service)},"op":${quote(op)},"status":`;
    if (ofService.size < 1000) ofService.set(op, fragment);
  }
  return fragment;
}

/** A JSON string literal; the common case (no quote, backslash, control or non-ASCII character) without JSON.stringify. */
function quote(text: string): string {
  return plain(text) ? `"${text}"` : JSON.stringify(text);
}

function plain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c > 0x7e) return false;
  }
  return true;
}
