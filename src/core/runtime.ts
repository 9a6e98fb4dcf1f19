import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { AwsError } from './errors.js';
import type { RequestContext } from './context.js';
import type { Violation, WireRequest, WireResponse } from './wire.js';
import { Clock } from './clock.js';
import { Delivery } from './delivery.js';
import type { InitProgress } from './init-scripts.js';
import type { Logger } from './logger.js';
import { loggerRequestLog, type RequestLog } from './request-log.js';
import { ScratchSpace } from './scratch.js';
import { readSnapshot, STAGING_PREFIX, writeSnapshot, type SnapshotHeader } from './snapshot.js';
import type { Settings } from './settings.js';
import { Store } from './store.js';
import { IdentityRegistry } from './identity.js';
import type { RequestAuthorizer } from './request-authorization.js';

export type OperationHandler = (input: any, context: RequestContext) => unknown;

/** A service: operation handlers typed from the model, plus its state. It knows nothing of HTTP. */
export interface Provider {
  operations: Record<string, OperationHandler | undefined>;
  /**
   * Which model constraints the service enforces (default: all). Services
   * that check values themselves with their own messages (SQS) narrow this.
   */
  enforcedConstraints?: Array<Violation['kind']>;
  /** How this service words model-validation failures (default: ValidationException). */
  validationError?(violations: Violation[], context: RequestContext): AwsError;
  /** Drop timers and caches; the store is emptied by the runtime. */
  close?(): void;
  /**
   * What other services may call (S3 notifications → SQS, alarms → SNS):
   * services talk through code, never over HTTP. Each service exports the
   * type of its api from its own folder (e.g. SqsApi in services/sqs/api.ts).
   */
  api?: unknown;
  /** For the few services that must touch HTTP: hooks they register, apart from their operations. */
  http?: HttpHooks;
}

/** What a service may do at the HTTP level, beside its model's operations. */
export interface HttpHooks {
  /**
   * Headers the service puts on every answer it gives, errors included, from the
   * serialized response (DynamoDB's x-amz-crc32 of the body).
   */
  responseHeaders?(response: WireResponse): Record<string, string> | undefined;
  /**
   * Requests the service answers itself, outside its model's operations (S3's website
   * endpoints and browser POST form uploads, function URLs). Called once a request is routed
   * to the service, before its operation is matched and before signatures are checked (such
   * requests carry their own authentication, or none). `request.bodyStream` is the raw
   * request body. Answer undefined to let the request take the normal way.
   */
  serveHttp?(request: WireRequest, context: RequestContext): Promise<HttpAnswer | undefined> | HttpAnswer | undefined;
  /**
   * The service's own CORS rules (S3 bucket CORS, function URL CORS), which decide for the
   * requests they cover instead of the origins the user allowed. Each hook answers undefined
   * to leave a request to the gateway.
   */
  cors?: {
    /** The answer to a browser preflight (OPTIONS with Origin and Access-Control-Request-Method). */
    preflight(request: WireRequest, context: RequestContext): Promise<WireResponse | undefined> | WireResponse | undefined;
    /** The CORS headers for the response to an actual request with an Origin ({} for none). */
    headers(request: WireRequest, context: RequestContext): Promise<Record<string, string> | undefined> | Record<string, string> | undefined;
  };
}

/** A response a service produced through HttpHooks.serveHttp, named for the request log. */
export interface HttpAnswer {
  operation: string;
  response: WireResponse;
}

/**
 * How a service is addressed beyond what its model says, registered by the service (its
 * addressing.ts) and read by the gateway's router, which names no service itself.
 */
export interface ServiceAddressing {
  /** The service's model id. */
  service: string;
  /** Claims a request by its (lowercased) host name: S3's virtual hosts, function URL hosts. */
  claimsHost?(host: string): boolean;
  /** Claims an unsigned request by its path and content type: SQS queue URLs. */
  claimsPath?(path: string, contentType: string): boolean;
  /** The path the model's URIs expect for a request to this host (S3 virtual hosts → path style). */
  modelPath?(host: string, path: string): string;
  /** Takes what no other service claims (S3, whose endpoint answers any path). */
  catchAll?: boolean;
}

export interface ServiceModule {
  createProvider(runtime: Runtime): Provider;
}

/** Facts about how services keep state, given by the service registry (services/index.ts). */
export interface StateLayout {
  /** Service id → the prefix of its table names. */
  tablePrefixes: Record<string, string>;
  /** Service id → resource kind → the table with a row for each. */
  resourceTables: Record<string, Record<string, string>>;
  /** Blob folders rebuilt from the store on demand: left out of snapshots. */
  derivedBlobFolders: string[];
  /**
   * Service id → tables whose rows mean the service has work on the clock (schedules, alarms,
   * pollers): a service with a row in one of them starts with Nimbus (or after a state load)
   * instead of at its first request, so its timers run after a restart.
   */
  wakeTables?: Record<string, string[]>;
}

/** The settings in force (see settings.ts); the runtime's port is the one bound. */
export type RuntimeOptions = Settings;

/**
 * What every service shares: the clock, the store, the delivery mechanism,
 * the logger, and the other services (loaded on first use, called through
 * their module API, never over HTTP).
 */
export class Runtime {
  readonly clock = new Clock();
  readonly store: Store;
  /** This process's temporary folders (blobs of an in-memory store, Lambda /tmp), removed at close. */
  readonly scratch = new ScratchSpace();
  readonly delivery: Delivery;
  /** The identities IAM and STS issued, by access key (see identity.ts). */
  readonly identities = new IdentityRegistry();
  /** Authorizes requests by IAM policies when --enforce-iam is on (set by the entry point: see request-authorization.ts). */
  authorizer: RequestAuthorizer | undefined;
  /** Public base URL, set once the port is bound. */
  endpoint = '';
  /** This process's run, as LocalStack's info calls it. */
  readonly sessionId = randomUUID();
  /** The init scripts' run (--init), for health; undefined without one. */
  initProgress: InitProgress | undefined;
  /** A line a request (see request-log.ts); through `log` unless the entry point gives a faster one. */
  requestLog: RequestLog;
  private readonly providers = new Map<string, Promise<Provider>>();
  /** Providers whose creation has finished, so a request need not wait a turn for them. */
  private readonly ready = new Map<string, Provider>();

  constructor(
    readonly options: RuntimeOptions,
    readonly log: Logger,
    private readonly loaders: Record<string, () => Promise<ServiceModule>>,
    readonly addressing: readonly ServiceAddressing[] = [],
  ) {
    this.clock.onTimerError = (error) => log.error({ err: error instanceof Error ? error.stack : String(error) }, 'a timer failed');
    this.store = new Store({ dataDir: options.dataDir, scratchDir: () => this.scratch.dir('blobs') });
    // The clock's time is state like any other: a durable store keeps it across restarts.
    if (this.store.durable) {
      this.clock.resume(this.store.clockOffset());
      this.clock.onMoved = (offsetMs) => {
        if (this.store.db.open) this.store.keepClockOffset(offsetMs);
      };
    }
    this.delivery = new Delivery(this.clock, log);
    this.requestLog = loggerRequestLog(log);
  }

  /** True when Nimbus has an implementation for this service id. */
  implements(service: string): boolean {
    if (!Object.prototype.hasOwnProperty.call(this.loaders, service)) return false;
    // --services (LocalStack's SERVICES) narrows what is served.
    const chosen = this.options.services;
    return !chosen || chosen.length === 0 || chosen.includes(service);
  }

  /** The service's provider, created on first use. */
  provider(service: string): Promise<Provider> | undefined {
    let provider = this.providers.get(service);
    if (!provider) {
      const load = this.loaders[service];
      if (!load) return undefined;
      const pending = load().then((module) => module.createProvider(this));
      pending.then(
        (created) => {
          if (this.providers.get(service) === pending) this.ready.set(service, created);
        },
        () => this.providers.delete(service),
      );
      this.providers.set(service, pending);
      provider = pending;
    }
    return provider;
  }

  /** The service's provider if it has been created already (else undefined: use provider()). */
  startedProvider(service: string): Provider | undefined {
    return this.ready.get(service);
  }

  /**
   * Another service's module API (see Provider.api), loading it if need be. T is the contract the
   * producer defines in its own api.ts (SqsApi in services/sqs/api.ts), never one the caller makes up.
   */
  async api<T>(service: string): Promise<T> {
    const api = await this.optionalApi<T>(service);
    if (!api) throw new Error(`Nimbus has no ${service} service, or it offers no api to other services`);
    return api;
  }

  /** The same, for a service Nimbus may not serve yet (SNS for alarm actions): undefined when absent. */
  async optionalApi<T>(service: string): Promise<T | undefined> {
    const provider = this.provider(service);
    if (!provider) return undefined;
    return (await provider).api as T | undefined;
  }

  /** Services that have been started, for health output. */
  started(): string[] {
    return [...this.providers.keys()];
  }

  /** How the services keep their state (services/index.ts says): for snapshots, per-service reset and status. */
  stateLayout: StateLayout = { tablePrefixes: {}, resourceTables: {}, derivedBlobFolders: [] };

  /**
   * Starts the services whose stored state holds work on the clock (see StateLayout.wakeTables):
   * a schedule kept in a data directory or a loaded snapshot fires without waiting for a request.
   */
  async wakeServicesWithTimers(): Promise<string[]> {
    const woken: string[] = [];
    for (const [service, tables] of Object.entries(this.stateLayout.wakeTables ?? {})) {
      if (!this.implements(service) || this.providers.has(service)) continue;
      if (!tables.some((table) => this.store.hasRows(table))) continue;
      try {
        await this.provider(service);
        woken.push(service);
      } catch (error) {
        this.log.error({ service, err: error instanceof Error ? error.stack : String(error) }, 'a service with stored timers failed to start');
      }
    }
    return woken;
  }

  /** The whole state as a snapshot stream (see snapshot.ts), taken at one instant while requests go on. */
  async saveState(out: Writable): Promise<void> {
    const source = {
      image: this.store.db.serialize(),
      blobRoot: this.store.blobRootPath(),
      derived: this.stateLayout.derivedBlobFolders,
      stagingDir: this.stagingDir('snapshot'),
      clockOffsetMs: this.clock.offset(),
    };
    await writeSnapshot(source, out);
  }

  /**
   * Replaces the whole state with a snapshot's: read and checked in full first (a bad or newer
   * snapshot changes nothing), then every service stops, the store takes the snapshot's database
   * and files, and services start again on it at their next request (those with work on the clock at once). The clock keeps its time
   * if the snapshot's is earlier: it never moves back.
   */
  async loadState(input: Readable): Promise<SnapshotHeader> {
    const dir = this.stagingDir('load');
    try {
      const snapshot = await readSnapshot(input, dir);
      const image = readFileSync(snapshot.imagePath);
      await this.closeProviders();
      this.delivery.clear();
      this.clock.clear();
      this.store.replaceWith(image, snapshot.blobsDir, () => this.scratch.dir('blobs'));
      this.clock.resume(snapshot.header.clockOffsetMs);
      if (this.store.durable) this.store.keepClockOffset(this.clock.offset());
      await this.wakeServicesWithTimers();
      return snapshot.header;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** A folder on the blob root's file system (files move from it by rename, or are hard-linked). */
  private stagingDir(name: string): string {
    const dataDir = this.options.dataDir;
    if (!dataDir) return this.scratch.dir(name);
    mkdirSync(dataDir, { recursive: true });
    return mkdtempSync(join(dataDir, `${STAGING_PREFIX}${name}-`));
  }

  /** Resources per service, counted for status: { sqs: { queues: 2, messages: 10 } } (services that never ran: none). */
  resourceCounts(): Record<string, Record<string, number>> {
    const counts: Record<string, Record<string, number>> = {};
    for (const [service, kinds] of Object.entries(this.stateLayout.resourceTables)) {
      for (const [kind, table] of Object.entries(kinds)) {
        const n = this.store.count(table);
        if (n !== undefined) (counts[service] ??= {})[kind] = n;
      }
    }
    return counts;
  }

  /** Forget one service's state (its tables, its blob files); the others keep theirs. */
  async resetService(service: string): Promise<void> {
    const tablePrefix = this.stateLayout.tablePrefixes[service];
    if (!tablePrefix) throw new Error(`Nimbus has no service ${service} to reset`);
    const pending = this.providers.get(service);
    this.providers.delete(service);
    this.ready.delete(service);
    if (pending) {
      try {
        (await pending).close?.();
      } catch (error) {
        this.log.warn({ err: String(error) }, 'service close failed');
      }
    }
    this.store.resetService(tablePrefix, service);
  }

  /** Forget all state: every service starts empty again on its next request. */
  async reset(): Promise<void> {
    await this.closeProviders();
    this.delivery.clear();
    this.clock.clear();
    this.store.reset();
  }

  async close(): Promise<void> {
    await this.closeProviders();
    this.delivery.clear();
    this.clock.clear();
    this.store.close();
    this.scratch.close();
  }

  private async closeProviders(): Promise<void> {
    const providers = [...this.providers.values()];
    this.providers.clear();
    this.ready.clear();
    for (const pending of providers) {
      try {
        (await pending).close?.();
      } catch (error) {
        this.log.warn({ err: String(error) }, 'service close failed');
      }
    }
  }
}
