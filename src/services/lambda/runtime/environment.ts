import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sameSecret } from '../../../core/secrets.js';
import { cutAtBytes, keepTail, logEvents, MAX_LOG_EVENT_BYTES } from './log-events.js';
import { describeExit, readStatus } from './process-status.js';
import { killEnvironmentProcesses } from './process-sweep.js';
import { accepted, errorBody, errorTypeOf, json, readBody } from './runtime-api-messages.js';
import type { InvocationRequest, InvocationResult, InvocationStatus } from './invocation.js';
import { childrenOf, probeSandbox, sandboxLaunch, signalFromStatus, type Sandbox, type SandboxMounts } from './sandbox.js';

/** Largest synchronous response a function may return (AWS: 6 MB plus a little framing). */
export const MAX_RESPONSE_BYTES = 6_291_556;
const RUNTIME_API = '/2018-06-01/runtime';
/** How long a runtime may take to initialise before Lambda gives up on it (AWS: 10 s). */
const INIT_LIMIT_MS = 10_000;
const WATCHDOG_INTERVAL_MS = 20;

/** How to start one execution environment's process, and what it needs to know. */
export interface LaunchPlan {
  command: string;
  args: string[];
  cwd: string;
  /** Environment variables before the per-environment ones (runtime API, log stream, TMPDIR) are added. */
  env: Record<string, string>;
  /** Makes the environment's /tmp: a new folder of its own, under Nimbus's scratch space. */
  tmpDir(): string;
  /** In a sandbox that can mount: Nimbus's data to hide from the function, and what of it the function needs. */
  mounts?: SandboxMounts;
  memoryMb: number;
  timeoutSec: number;
  /**
   * The runtime writes END_MARKER + request id on stdout after the handler's output and
   * before it answers, so the invocation's log is complete when its result is (Nimbus's own
   * bootstraps do; a custom runtime's output is taken as it comes).
   */
  endMarker?: boolean;
}

/** The line Nimbus's bootstraps write after an invocation's output: never shown in logs. */
export const END_MARKER = '\u001enimbus:end:';
const MARKER_WAIT_MS = 200;
/** While output still flows the wait goes on (a large write drains slowly), but never beyond this. */
const MARKER_WAIT_LIMIT_MS = 5_000;

export type { InvocationRequest, InvocationResult, InvocationStatus } from './invocation.js';

interface Pending {
  request: InvocationRequest;
  delivered: boolean;
  startedAt: number;
  logs: string[];
  logChars: number;
  timer?: NodeJS.Timeout;
  watchdog?: NodeJS.Timeout;
  resolve: (result: InvocationResult) => void;
  done: boolean;
  streamed: boolean;
}

export type EnvironmentState = 'starting' | 'idle' | 'busy' | 'dead';

/**
 * One execution environment: a real OS process running the function's runtime,
 * and the Lambda Runtime API it talks to, served on a loopback port of its own
 * (never on Nimbus's public port). One invocation at a time.
 */
export class Environment {
  readonly id = randomBytes(16).toString('hex');
  /**
   * The path prefix of this environment's Runtime API (AWS_LAMBDA_RUNTIME_API is host:port/<token>):
   * only its own process knows it, so no other function can take its events or answer for it.
   * The whole variable also marks every process the environment starts, to find them at the end.
   */
  private readonly token = randomBytes(24).toString('hex');
  private runtimeApi = '';
  state: EnvironmentState = 'starting';
  /** Set by the pool: environments kept warm by provisioned concurrency are never reaped. */
  provisioned = false;
  /** The provisioned concurrency config it was started for (qualified function key). */
  provisionedFor?: string;
  /** Set when the pool stops handing it out: it ends soon (the pool ends retiring ones in slices). */
  retiring = false;
  idleTimer?: { cancel(): void };
  /** Log events written while no invocation ran (init): they open the first invocation's log tail. */
  private initLogs: string[] = [];
  private initLogChars = 0;
  private server!: Server;
  private child?: ChildProcess;
  /** Set when the runtime runs in namespaces of its own (then `child` is unshare, and the runtime its grandchild). */
  private sandbox?: Sandbox;
  private runtimePidFound?: number;
  private swept = false;
  private tmpDir = '';
  private pendingNext?: ServerResponse;
  private current?: Pending;
  private spawnedAt = 0;
  private initDurationMs?: number;
  private initReported = false;
  private initError?: Buffer;
  private oomKilled = false;
  private killed = false;
  private stdoutRest = '';
  private stderrRest = '';
  private readonly readyWaiters: Array<(ok: boolean) => void> = [];
  /** The last invocation whose output has fully arrived (END_MARKER seen), and who waits for it. */
  private markedId?: string;
  private markerWaiter?: { id: string; resolve: () => void; stillWriting: () => void };
  private initGuard?: NodeJS.Timeout;

  constructor(
    readonly poolKey: string,
    readonly logStream: string,
    private readonly plan: LaunchPlan,
    private readonly hooks: {
      /** Every log event, as it is written (to CloudWatch Logs). */
      log(env: Environment, message: string): void;
      /** The process is gone. */
      died(env: Environment): void;
    },
  ) {}

  /** Starts the Runtime API and the process. Resolves once the process is spawned (not initialised). */
  async start(): Promise<void> {
    this.sandbox = await probeSandbox();
    this.server = createServer((req, res) => this.serve(req, res));
    this.server.keepAliveTimeout = 0;
    this.server.requestTimeout = 0;
    this.server.headersTimeout = 0;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    if (this.killed) {
      // Retired while its Runtime API opened: no process starts.
      this.die();
      throw new Error('the environment was retired before it started');
    }
    const port = (this.server.address() as AddressInfo).port;
    this.tmpDir = this.plan.tmpDir();
    this.runtimeApi = `127.0.0.1:${port}/${this.token}`;
    // Where the sandbox can mount, the environment's folder is the function's /tmp, as on AWS.
    const mounts = this.sandbox?.canMount && this.plan.mounts ? { ...this.plan.mounts, tmp: this.tmpDir } : undefined;
    const tmp = mounts ? '/tmp' : this.tmpDir;
    const env = {
      ...this.plan.env,
      AWS_LAMBDA_RUNTIME_API: this.runtimeApi,
      AWS_LAMBDA_LOG_STREAM_NAME: this.logStream,
      TMPDIR: tmp,
      TMP: tmp,
      TEMP: tmp,
    };
    this.spawnedAt = performance.now();
    let child: ChildProcess;
    try {
      const { command, args } = this.sandbox ? sandboxLaunch(this.sandbox, this.plan.command, this.plan.args, mounts) : this.plan;
      child = spawn(command, args, { cwd: this.plan.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    } catch (error) {
      this.die();
      throw error;
    }
    this.child = child;
    LIVE.add(this);
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (text: string) => {
      this.markerWaiter?.stillWriting();
      this.stdoutRest = this.lines(this.stdoutRest + text);
    });
    child.stderr!.on('data', (text: string) => {
      this.markerWaiter?.stillWriting();
      this.stderrRest = this.lines(this.stderrRest + text);
    });
    child.on('error', (error) => {
      this.emitLog(`Error: ${error.message}`);
      this.exited(null, null, error);
    });
    child.on('exit', (code, signal) => {
      // Under a sandbox the runtime's death by a signal arrives as its shell's status, 128 + the number.
      const died = this.sandbox && !signal ? signalFromStatus(code) : null;
      this.exited(died ? null : code, died ?? signal);
    });
    this.initGuard = setTimeout(() => {
      if (this.initDurationMs === undefined) {
        this.emitLog(`${new Date().toISOString()} INIT_REPORT Init Duration: ${INIT_LIMIT_MS.toFixed(2)} ms\tPhase: init\tStatus: timeout`);
        this.kill();
      }
    }, INIT_LIMIT_MS + this.plan.timeoutSec * 1000);
    this.initGuard.unref();
  }

  /** Resolves true once the runtime asked for its first event (init done), false if it died first. */
  ready(): Promise<boolean> {
    if (this.initDurationMs !== undefined) return Promise.resolve(true);
    if (this.state === 'dead') return Promise.resolve(false);
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The runtime's own process (for its memory): under a sandbox, unshare's grandchild once it has started. */
  private get runtimePid(): number | undefined {
    const pid = this.child?.pid;
    if (pid === undefined || !this.sandbox) return pid;
    if (this.runtimePidFound === undefined) {
      const init = childrenOf(pid)[0];
      if (init !== undefined) this.runtimePidFound = childrenOf(init)[0];
    }
    return this.runtimePidFound;
  }

  /** Runs one invocation; the environment must be reserved for it (busy). */
  invoke(request: InvocationRequest): Promise<InvocationResult> {
    return new Promise((resolve) => {
      if (this.state === 'dead') {
        resolve(this.exitResult(request, [], 0, 'Runtime exited without providing a reason'));
        return;
      }
      this.state = 'busy';
      const logs = this.initReported ? [] : this.initLogs;
      const logChars = this.initReported ? 0 : this.initLogChars;
      this.initLogs = [];
      this.initLogChars = 0;
      this.current = { request, delivered: false, startedAt: performance.now(), logs, logChars, resolve, done: false, streamed: false };
      if (this.initError) {
        this.finishWithInitError();
        return;
      }
      if (this.pendingNext) this.deliver();
    });
  }

  /** Back to the pool after an invocation that left the process alive. */
  markIdle(): void {
    if (this.usable) this.state = 'idle';
  }

  /** False once the environment was told to die (its process may take a moment to go). */
  get usable(): boolean {
    return this.state !== 'dead' && !this.killed && !this.retiring;
  }

  /** Ends the environment: its runtime and every process it started, detached or not. */
  kill(): void {
    this.killed = true;
    this.killProcesses();
    if (!this.child) this.die();
  }

  private killProcesses(): void {
    const child = this.child;
    if (!child || this.swept) return;
    const running = child.exitCode === null && child.signalCode === null;
    if (this.sandbox && child.pid !== undefined) {
      // The group holds unshare, the namespace's process 1 and the runtime; once process 1 dies the kernel ends the rest.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    } else {
      killEnvironmentProcesses(running ? child.pid : undefined, child.pid, `AWS_LAMBDA_RUNTIME_API=${this.runtimeApi}`);
    }
    // Once the environment is dead and swept, its pid and group id may be reused by another process: never signal them again.
    if (this.state === 'dead') this.swept = true;
  }

  // -------------------------------------------------------------------------
  // The Runtime API

  private serve(req: IncomingMessage, res: ServerResponse): void {
    const raw = req.url ?? '';
    const prefix = `/${this.token}/`;
    if (!sameSecret(raw.slice(0, prefix.length), prefix)) {
      // Another process on this machine (another function) knocking on this environment's port.
      req.resume();
      json(res, 403, { errorMessage: 'Forbidden', errorType: 'AccessDeniedException' });
      return;
    }
    const url = raw.slice(prefix.length - 1);
    if (req.method === 'GET' && url === `${RUNTIME_API}/invocation/next`) {
      this.next(res);
      return;
    }
    if (req.method === 'POST' && url === `${RUNTIME_API}/init/error`) {
      readBody(req, MAX_RESPONSE_BYTES).then(({ body }) => {
        this.initError = errorBody(body, req.headers['lambda-runtime-function-error-type']);
        accepted(res);
        if (this.current) this.finishWithInitError();
      });
      return;
    }
    const match = /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/.exec(url);
    if (req.method === 'POST' && match) {
      const id = decodeURIComponent(match[1]);
      const current = this.current;
      if (!current || current.done || current.request.requestId !== id || !current.delivered) {
        req.resume();
        json(res, 400, { errorMessage: `Invalid request ID: "${id}"`, errorType: 'InvalidRequestID' });
        return;
      }
      if (match[2] === 'error') {
        readBody(req, MAX_RESPONSE_BYTES).then(({ body }) => {
          accepted(res);
          const payload = errorBody(body, req.headers['lambda-runtime-function-error-type']);
          this.complete(current, { ok: false, payload, errorType: errorTypeOf(payload), status: 'error' });
        });
        return;
      }
      if (String(req.headers['lambda-runtime-function-response-mode'] ?? '').toLowerCase() === 'streaming' && current.request.onChunk) {
        this.streamResponse(req, res, current);
        return;
      }
      readBody(req, MAX_RESPONSE_BYTES).then(({ body, tooLarge }) => {
        if (tooLarge) {
          json(res, 413, { errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`, errorType: 'RequestEntityTooLarge' });
          const payload = Buffer.from(JSON.stringify({ errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`, errorType: 'Function.ResponseSizeTooLarge' }));
          this.complete(current, { ok: false, payload, errorType: 'Function.ResponseSizeTooLarge', status: 'error' });
          return;
        }
        accepted(res);
        const trailerError = req.trailers['lambda-runtime-function-error-type'];
        if (trailerError) {
          const detail = req.trailers['lambda-runtime-function-error-body'];
          const payload = detail ? Buffer.from(detail, 'base64') : Buffer.from(JSON.stringify({ errorType: trailerError, errorMessage: '' }));
          this.complete(current, { ok: false, payload, errorType: trailerError, status: 'error' });
          return;
        }
        this.complete(current, { ok: true, payload: body, status: 'success' });
      });
      return;
    }
    req.resume();
    json(res, 404, { errorMessage: 'Not Found', errorType: 'InvalidRequest' });
  }

  private next(res: ServerResponse): void {
    if (this.initDurationMs === undefined) {
      this.initDurationMs = performance.now() - this.spawnedAt;
      if (this.initGuard) clearTimeout(this.initGuard);
      if (this.state === 'starting') this.state = 'idle';
      for (const waiter of this.readyWaiters.splice(0)) waiter(true);
    }
    res.on('close', () => {
      if (this.pendingNext === res && !res.writableEnded) this.pendingNext = undefined;
    });
    this.pendingNext = res;
    if (this.current && !this.current.delivered && !this.current.done) this.deliver();
  }

  private deliver(): void {
    const current = this.current!;
    const res = this.pendingNext!;
    this.pendingNext = undefined;
    current.delivered = true;
    current.startedAt = performance.now();
    const request = current.request;
    const headers: Record<string, string | number> = {
      'Content-Type': 'application/json',
      'Lambda-Runtime-Aws-Request-Id': request.requestId,
      // The function's process lives in real time (its own clock computes getRemainingTimeInMillis),
      // so its deadline and the timeout that enforces it are real time, not the virtual clock.
      'Lambda-Runtime-Deadline-Ms': String(Date.now() + this.plan.timeoutSec * 1000),
      'Lambda-Runtime-Invoked-Function-Arn': request.invokedArn,
      'Content-Length': request.payload.length,
    };
    if (request.traceId) headers['Lambda-Runtime-Trace-Id'] = request.traceId;
    if (request.clientContext) headers['Lambda-Runtime-Client-Context'] = request.clientContext;
    if (request.identity) headers['Lambda-Runtime-Cognito-Identity'] = request.identity;
    if (request.tenantId) headers['Lambda-Runtime-Aws-Tenant-Id'] = request.tenantId;
    res.writeHead(200, headers);
    res.end(request.payload);
    current.timer = setTimeout(() => this.timedOut(current), this.plan.timeoutSec * 1000);
    current.watchdog = setInterval(() => this.checkMemory(), WATCHDOG_INTERVAL_MS);
  }

  private streamResponse(req: IncomingMessage, res: ServerResponse, current: Pending): void {
    current.streamed = true;
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (!current.done) current.request.onChunk?.(chunk);
    });
    req.on('end', () => {
      accepted(res);
      const errorType = req.trailers['lambda-runtime-function-error-type'];
      if (errorType) {
        const detail = req.trailers['lambda-runtime-function-error-body'];
        const payload = detail ? Buffer.from(detail, 'base64') : Buffer.from(JSON.stringify({ errorType, errorMessage: '' }));
        this.complete(current, { ok: false, payload, errorType, status: 'error' });
        return;
      }
      this.complete(current, { ok: true, payload: Buffer.alloc(0), status: 'success' });
    });
    req.on('error', () => undefined);
    void size;
  }

  private complete(current: Pending, outcome: { ok: boolean; payload: Buffer; errorType?: string; status: InvocationStatus; platformLine?: string }, awaitMarker = true): void {
    if (current.done) return;
    // Lambda's deadline is inclusive: an answer that arrives once the timeout has elapsed is a timeout, even if its timer has not fired yet.
    if (outcome.status !== 'timeout' && current.delivered && performance.now() - current.startedAt >= this.plan.timeoutSec * 1000) {
      this.timedOut(current);
      return;
    }
    current.done = true;
    if (current.timer) clearTimeout(current.timer);
    if (current.watchdog) clearInterval(current.watchdog);
    const durationMs = current.delivered ? performance.now() - current.startedAt : 0;
    let initDurationMs: number | undefined;
    if (!this.initReported && !this.provisioned && this.initDurationMs !== undefined) initDurationMs = this.initDurationMs;
    this.initReported = true;
    const finish = () => {
      if (this.current === current) this.current = undefined;
      current.resolve({
        ...outcome,
        durationMs,
        initDurationMs,
        maxMemoryMb: this.maxMemoryMb(),
        logs: current.logs,
        streamed: current.streamed,
      });
    };
    const id = current.request.requestId;
    if (!awaitMarker || !this.plan.endMarker || this.markedId === id || outcome.status === 'timeout') {
      // Output written just before the answer may still be in the pipe: one more turn lets it arrive.
      setImmediate(finish);
      return;
    }
    // The handler's output is complete once the runtime's end marker arrives (it is written before the answer).
    const giveUpAt = performance.now() + MARKER_WAIT_LIMIT_MS;
    const timer = setTimeout(() => {
      this.markerWaiter = undefined;
      finish();
    }, MARKER_WAIT_MS);
    this.markerWaiter = {
      id,
      resolve: () => {
        clearTimeout(timer);
        this.markerWaiter = undefined;
        finish();
      },
      stillWriting: () => {
        if (performance.now() < giveUpAt) timer.refresh();
      },
    };
  }

  private finishWithInitError(): void {
    const current = this.current!;
    const payload = this.initError!;
    this.complete(current, { ok: false, payload, errorType: errorTypeOf(payload), status: 'error' }, false);
    this.kill();
  }

  private timedOut(current: Pending): void {
    if (current.done) return;
    const seconds = this.plan.timeoutSec.toFixed(2);
    const id = current.request.requestId;
    const payload = Buffer.from(JSON.stringify({ errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${id} Error: Task timed out after ${seconds} seconds` }));
    this.complete(current, { ok: false, payload, errorType: 'Sandbox.Timedout', status: 'timeout', platformLine: `${new Date().toISOString()} ${id} Task timed out after ${seconds} seconds` });
    this.kill();
  }

  private checkMemory(): void {
    const pid = this.runtimePid;
    if (pid === undefined) return;
    const rssKb = readStatus(pid, 'VmRSS');
    if (rssKb !== undefined && rssKb > this.plan.memoryMb * 1024) {
      this.oomKilled = true;
      this.kill();
    }
  }

  private maxMemoryMb(): number {
    if (this.oomKilled) return this.plan.memoryMb;
    const pid = this.runtimePid;
    const peakKb = pid === undefined ? undefined : readStatus(pid, 'VmHWM');
    if (peakKb === undefined) return this.plan.memoryMb;
    return Math.min(this.plan.memoryMb, Math.ceil(peakKb / 1024));
  }

  private exited(code: number | null, signal: NodeJS.Signals | null, error?: Error): void {
    if (this.state === 'dead') return;
    const rest = [this.stdoutRest, this.stderrRest].filter(Boolean);
    this.stdoutRest = this.stderrRest = '';
    for (const line of rest) this.emitLog(line.replaceAll('\r', '\n'));
    const current = this.current;
    if (current && !current.done) {
      const reason = error ? `Runtime exited with error: ${error.message}` : describeExit(code, signal);
      const result = this.exitResult(current.request, current.logs, current.delivered ? performance.now() - current.startedAt : 0, reason);
      current.done = true;
      if (current.timer) clearTimeout(current.timer);
      if (current.watchdog) clearInterval(current.watchdog);
      setImmediate(() => {
        if (this.current === current) this.current = undefined;
        current.resolve(result);
      });
    }
    this.die();
  }

  private exitResult(request: InvocationRequest, logs: string[], durationMs: number, reason: string): InvocationResult {
    const errorType = this.oomKilled ? 'Runtime.OutOfMemory' : 'Runtime.ExitError';
    const message = `RequestId: ${request.requestId} Error: ${reason}`;
    return {
      ok: false,
      payload: Buffer.from(JSON.stringify({ errorType, errorMessage: message })),
      errorType,
      status: 'error',
      durationMs,
      maxMemoryMb: this.oomKilled ? this.plan.memoryMb : this.maxMemoryMb(),
      logs,
      platformLine: `${message}\n${errorType}`,
      streamed: false,
    };
  }

  private die(): void {
    if (this.state === 'dead') return;
    this.state = 'dead';
    LIVE.delete(this);
    if (this.initGuard) clearTimeout(this.initGuard);
    this.idleTimer?.cancel();
    for (const waiter of this.readyWaiters.splice(0)) waiter(false);
    this.pendingNext?.destroy();
    this.pendingNext = undefined;
    this.server?.close();
    this.server?.closeAllConnections();
    // A process the runtime left behind (its own children, detached ones too) ends with it.
    this.killProcesses();
    // Off the event loop: an rmdir waits while the kernel tears down the sandbox's mounts of it (~10 ms each).
    if (this.tmpDir) void rm(this.tmpDir, { recursive: true, force: true }).catch(() => undefined);
    this.hooks.died(this);
  }

  /** Splits process output into log events; returns the unfinished rest. */
  private lines(text: string): string {
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      const line = text.slice(start, end);
      start = end + 1;
      if (line.startsWith(END_MARKER)) {
        this.markedId = line.slice(END_MARKER.length);
        if (this.markerWaiter?.id === this.markedId) this.markerWaiter.resolve();
        continue;
      }
      this.emitLog(line.replaceAll('\r', '\n'));
    }
    let rest = text.slice(start);
    // A line still unfinished is held only up to one event's worth: beyond that it is cut, as Lambda does.
    while (rest.length > MAX_LOG_EVENT_BYTES / 4 && Buffer.byteLength(rest) > MAX_LOG_EVENT_BYTES) {
      const [head, tail] = cutAtBytes(rest, MAX_LOG_EVENT_BYTES);
      this.emitLog(head.replaceAll('\r', '\n'));
      rest = tail;
    }
    return rest;
  }

  private emitLog(text: string): void {
    for (const message of logEvents(text)) {
      const current = this.current;
      if (current && (!current.done || this.markerWaiter?.id === current.request.requestId)) current.logChars = keepTail(current.logs, current.logChars, message);
      else if (!this.initReported) this.initLogChars = keepTail(this.initLogs, this.initLogChars, message);
      this.hooks.log(this, message);
    }
  }
}


/** Every environment whose process may still run, so none outlives Nimbus. */
const LIVE = new Set<Environment>();
process.once('exit', () => {
  for (const env of LIVE) env.kill();
});
