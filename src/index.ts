import { createLogger, type Logger, type LogLevel } from './core/logger.js';
import { findInitScripts, runInitScripts, type InitProgress } from './core/init-scripts.js';
import { LogOutput } from './core/log-output.js';
import { SnapshotError } from './core/snapshot.js';
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { outputRequestLog } from './core/request-log.js';
import type { Clock } from './core/clock.js';
import { Runtime } from './core/runtime.js';
import { resolveSettings, type Settings } from './core/settings.js';
import { listen } from './gateway/listener.js';
import { createRequestAuthorizer } from './services/authorization.js';
import { DERIVED_BLOB_FOLDERS, SERVICE_ADDRESSING, SERVICE_LOADERS, SERVICE_RESOURCE_TABLES, SERVICE_TABLE_PREFIXES, SERVICE_WAKE_TABLES } from './services/index.js';

/** Any setting of settings.ts (each defaults to its NIMBUS_… variable, then to its default), and a logger. */
export interface CloudOptions extends Partial<Omit<Settings, 'logLevel'>> {
  logLevel?: LogLevel;
  logger?: Logger;
}

export interface Cloud {
  /** e.g. http://127.0.0.1:4566 */
  endpoint: string;
  port: number;
  clock: Clock;
  runtime: Runtime;
  /** Resolves when the --init scripts have run (at once without any), with how they went. */
  initialized: Promise<InitProgress | undefined>;
  /** Forgets all state (or only the named services'), cheaply: for a fresh start between tests. */
  reset(services?: string[]): Promise<void>;
  /** The whole state to a file and back (`nimbus state save|load` in process). */
  state: { save(file: string): Promise<void>; load(file: string): Promise<void> };
  close(): Promise<void>;
}

/** Starts Nimbus inside this process: what `nimbus start` runs, and what test suites embed. */
export async function startCloud(options: CloudOptions = {}): Promise<Cloud> {
  const { logger, ...given } = options;
  // Embedded, Nimbus is silent unless asked; `nimbus start` asks for info.
  const settings = resolveSettings(given, process.env, { logLevel: 'silent' });
  // A missing init folder or snapshot is a mistake to say at once, before anything starts.
  const initScripts = settings.initDir ? findInitScripts(settings.initDir) : undefined;
  if (settings.load && !existsSync(settings.load)) throw new SnapshotError(`--load ${settings.load}: no such file`);
  // Nimbus's own output unless the embedding program brings a logger (or wants silence).
  const output = !logger && settings.logLevel !== 'silent' ? LogOutput.forStdout(settings.logFormat) : undefined;
  const log = logger ?? createLogger(settings.logLevel as LogLevel, output);
  const runtime = new Runtime(settings, log, SERVICE_LOADERS, SERVICE_ADDRESSING);
  runtime.stateLayout = {
    tablePrefixes: SERVICE_TABLE_PREFIXES,
    resourceTables: SERVICE_RESOURCE_TABLES,
    derivedBlobFolders: DERIVED_BLOB_FOLDERS,
    wakeTables: SERVICE_WAKE_TABLES,
  };
  if (output) runtime.requestLog = outputRequestLog(output, settings.logLevel);
  if (settings.enforceIam) runtime.authorizer = createRequestAuthorizer(runtime);
  let listener: Awaited<ReturnType<typeof listen>>;
  try {
    if (settings.load) await loadStartingState(runtime, settings.load);
    // A data directory's schedules and alarms run from the start (a load wakes them itself).
    else if (runtime.store.durable) await runtime.wakeServicesWithTimers();
    listener = await listen(runtime);
  } catch (error) {
    await runtime.close();
    output?.close();
    throw error;
  }
  settings.port = listener.port;
  const host = settings.host;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  runtime.endpoint = `http://${shownHost}:${listener.port}`;
  let initialized: Promise<InitProgress | undefined> = Promise.resolve(undefined);
  if (initScripts && settings.initDir) {
    const progress: InitProgress = { dir: settings.initDir, status: 'running', scripts: initScripts };
    runtime.initProgress = progress;
    initialized = runInitScripts(progress, { endpoint: runtime.endpoint, region: settings.region, log, binDir: runtime.scratch.dir('init-bin') }).then(() => progress);
  }
  let closed = false;
  return {
    endpoint: runtime.endpoint,
    initialized,
    port: listener.port,
    clock: runtime.clock,
    runtime,
    reset: (services) => (services?.length ? Promise.all(services.map((service) => runtime.resetService(service))).then(() => undefined) : runtime.reset()),
    state: {
      save: async (file) => {
        const partial = `${file}.part-${process.pid}`;
        try {
          await runtime.saveState(createWriteStream(partial));
          renameSync(partial, file);
        } finally {
          rmSync(partial, { force: true });
        }
      },
      load: (file) => loadStartingState(runtime, file),
    },
    async close() {
      if (closed) return;
      closed = true;
      await listener.close();
      await runtime.close();
      output?.close();
    },
  };
}

async function loadStartingState(runtime: Runtime, file: string): Promise<void> {
  if (!existsSync(file)) throw new SnapshotError(`--load ${file}: no such file`);
  try {
    await runtime.loadState(createReadStream(file));
  } catch (error) {
    if (error instanceof SnapshotError) throw new SnapshotError(`--load ${file}: ${error.message}`);
    throw error;
  }
}

export { Clock } from './core/clock.js';
export { AwsError } from './core/errors.js';
export { SETTINGS, type Settings } from './core/settings.js';
