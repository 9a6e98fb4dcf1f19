import { createLogger, type Logger, type LogLevel } from './core/logger.js';
import type { Clock } from './core/clock.js';
import { Runtime } from './core/runtime.js';
import { DEFAULT_REGION } from './core/ids.js';
import { listen } from './gateway/listener.js';
import { SERVICE_LOADERS } from './services/index.js';

export interface CloudOptions {
  /** Port to listen on; 0 picks a free one (default 4566). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Keep state here across restarts; in memory when absent. */
  dataDir?: string;
  /** Region for requests that do not say (default us-east-1). */
  region?: string;
  logLevel?: LogLevel;
  logger?: Logger;
  /** Reject requests whose SigV4 signature does not match `secretAccessKey` (default off). */
  verifySignatures?: boolean;
  secretAccessKey?: string;
  /** Largest request body held in memory (default 64 MiB; streamed uploads are not limited by it). */
  maxBodyBytes?: number;
  /** Lambda's concurrent executions limit per account and region (default 1000, as AWS). */
  lambdaConcurrencyLimit?: number;
  /** How long a client may take to send a request's headers (default 60 s). */
  headersTimeoutMs?: number;
  /** Origins (`http://localhost:3000`, or '*') whose pages may call the AWS APIs (default: none but Nimbus's own). */
  corsOrigins?: string[];
  /** Host names served besides IP addresses, localhost, *.localhost, this machine's name and host.docker.internal ('*' for any). */
  allowedHosts?: string[];
}

export interface Cloud {
  /** e.g. http://127.0.0.1:4566 */
  endpoint: string;
  port: number;
  clock: Clock;
  runtime: Runtime;
  close(): Promise<void>;
}

/** Starts Nimbus inside this process: what `nimbus start` runs, and what test suites embed. */
export async function startCloud(options: CloudOptions = {}): Promise<Cloud> {
  const host = options.host ?? '127.0.0.1';
  const log = options.logger ?? createLogger(options.logLevel ?? 'silent');
  const runtime = new Runtime(
    {
      host,
      port: options.port ?? 4566,
      region: options.region ?? DEFAULT_REGION,
      dataDir: options.dataDir,
      verifySignatures: options.verifySignatures ?? false,
      secretAccessKey: options.secretAccessKey ?? 'test',
      maxBodyBytes: options.maxBodyBytes ?? 64 * 1024 * 1024,
      lambdaConcurrencyLimit: options.lambdaConcurrencyLimit ?? 1000,
      browser: { corsOrigins: options.corsOrigins ?? [], allowedHosts: options.allowedHosts ?? [] },
    },
    log,
    SERVICE_LOADERS,
  );
  const listener = await listen(runtime, host, options.port ?? 4566, { headersTimeoutMs: options.headersTimeoutMs });
  runtime.options.port = listener.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  runtime.endpoint = `http://${shownHost}:${listener.port}`;
  let closed = false;
  return {
    endpoint: runtime.endpoint,
    port: listener.port,
    clock: runtime.clock,
    runtime,
    async close() {
      if (closed) return;
      closed = true;
      await listener.close();
      await runtime.close();
    },
  };
}

export { Clock } from './core/clock.js';
export { AwsError } from './core/errors.js';
