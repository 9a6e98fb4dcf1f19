import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * `nimbus status | reset | clock`: talking to a running Nimbus through its internal routes, for
 * scripts and people. Exit codes a script can rely on: 0 done, 1 Nimbus refused (the reason is
 * printed), 2 Nimbus could not be reached.
 */
export class ControlError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/** The endpoint to talk to: --endpoint, else AWS_ENDPOINT_URL, else the default port on this machine. */
export function controlEndpoint(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return (given ?? env.AWS_ENDPOINT_URL ?? 'http://localhost:4566').replace(/\/+$/, '');
}

async function call(endpoint: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await reach(endpoint, path, {
    method: body === undefined ? 'GET' : 'POST',
    // The internal routes that change state take JSON only (a web page cannot send it).
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new ControlError(`${endpoint} answered ${response.status} but not as Nimbus does: ${text.slice(0, 200)}`, 1);
  }
  if (!response.ok) throw new ControlError(String(parsed.error ?? `${endpoint}${path} answered ${response.status}`), 1);
  return parsed;
}

interface ClockState {
  now: number;
  iso: string;
  offsetMs: number;
  pendingTimers: number;
}

function describeClock(clock: ClockState): string {
  const ahead = clock.offsetMs >= 1000 ? ` (${formatDuration(clock.offsetMs)} ahead of real time)` : '';
  return `${clock.iso}${ahead}, ${clock.pendingTimers} timer${clock.pendingTimers === 1 ? '' : 's'} waiting`;
}

function formatDuration(ms: number): string {
  const units: Array<[string, number]> = [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]];
  const parts: string[] = [];
  let rest = Math.round(ms);
  for (const [unit, size] of units) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return parts.slice(0, 2).join(' ') || '0s';
}

export async function status(endpoint: string): Promise<string> {
  const health = (await call(endpoint, '/_nimbus/health?resources')) as {
    version: string;
    services: Record<string, string>;
    store: { durable: boolean; dataDir?: string };
    resources?: Record<string, Record<string, number>>;
    clock: ClockState;
  };
  const counts = Object.entries(health.resources ?? {}).map(([service, kinds]) => `${service}: ${Object.entries(kinds).map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
  const running = Object.entries(health.services).filter(([, state]) => state === 'running').map(([name]) => name);
  const available = Object.entries(health.services).filter(([, state]) => state !== 'disabled').map(([name]) => name);
  return [
    `Nimbus ${health.version} at ${endpoint}`,
    `  services: ${running.length ? `${running.join(', ')} running` : 'none started yet'}; ${available.length} served (${available.join(', ')})`,
    `  state:    ${health.store.durable ? `kept in ${health.store.dataDir}` : 'in memory'}`,
    ...(counts.length ? counts.map((line, i) => `  ${i === 0 ? 'holds:   ' : '         '} ${line}`) : ['  holds:    nothing yet']),
    `  clock:    ${describeClock(health.clock)}`,
  ].join('\n');
}

export async function reset(endpoint: string, services: string[] = []): Promise<string> {
  await call(endpoint, '/_nimbus/reset', services.length ? { services } : {});
  return services.length ? `Nimbus at ${endpoint} forgot the state of ${services.join(', ')}.` : `Nimbus at ${endpoint} forgot all its state.`;
}

/** `nimbus state save <file>`: the running Nimbus's whole state, streamed into the file (written whole or not at all). */
export async function saveState(endpoint: string, file: string): Promise<string> {
  const response = await reach(endpoint, '/_nimbus/state/save', { method: 'POST', headers: { 'x-nimbus-request': 'state save' } });
  if (!response.ok || !response.body) throw new ControlError(await refusal(endpoint, response), 1);
  const partial = `${file}.part-${process.pid}`;
  try {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(partial));
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new ControlError(`The snapshot could not be written to ${file}: ${(error as Error).message}`, 1);
  }
  return `Saved the state of Nimbus at ${endpoint} to ${file} (${statSync(file).size} bytes).`;
}

/** `nimbus state load <file>`: replaces the running Nimbus's whole state with the file's. */
export async function loadState(endpoint: string, file: string): Promise<string> {
  if (!existsSync(file)) throw new ControlError(`No snapshot file ${file}`, 1);
  const response = await reach(endpoint, '/_nimbus/state/load', {
    method: 'POST',
    headers: { 'x-nimbus-request': 'state load', 'content-type': 'application/octet-stream' },
    body: Readable.toWeb(createReadStream(file)) as unknown as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  if (!response.ok) throw new ControlError(await refusal(endpoint, response), 1);
  const loaded = (await response.json()) as { nimbus: string; createdAt: string };
  return `Nimbus at ${endpoint} now holds the state saved in ${file} (by Nimbus ${loaded.nimbus} at ${loaded.createdAt}).`;
}

async function reach(endpoint: string, path: string, init: RequestInit): Promise<Response> {
  try {
    // undici wraps the socket's error (an AggregateError when several addresses were tried).
    return await fetch(`${endpoint}${path}`, init);
  } catch (error) {
    const inner = (error as { cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> } }).cause;
    const cause = inner?.code ?? inner?.errors?.[0]?.code ?? inner?.message ?? (error as Error).message;
    throw new ControlError(`Nimbus is not answering at ${endpoint} (${cause}). Start it with \`nimbus start\`, or give --endpoint.`, 2);
  }
}

async function refusal(endpoint: string, response: Response): Promise<string> {
  const text = await response.text();
  try {
    return String((JSON.parse(text) as { error?: unknown }).error ?? `${endpoint} answered ${response.status}`);
  } catch {
    return `${endpoint} answered ${response.status} but not as Nimbus does: ${text.slice(0, 200)}`;
  }
}

export async function clock(endpoint: string, action: string | undefined, value: string | undefined): Promise<string> {
  if (action === undefined) return describeClock((await call(endpoint, '/_nimbus/clock')) as unknown as ClockState);
  if (value === undefined) throw new ControlError(`nimbus clock ${action} needs a value: e.g. \`nimbus clock advance 15m\` or \`nimbus clock set 2030-01-01T00:00:00Z\``, 1);
  if (action !== 'advance' && action !== 'set') throw new ControlError(`nimbus clock takes advance or set, not '${action}'`, 1);
  const state = (await call(endpoint, '/_nimbus/clock', { [action]: /^\d+$/.test(value) ? Number(value) : value })) as unknown as ClockState;
  return describeClock(state);
}
