import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Logger } from '../../../core/logger.js';

/**
 * The SDK a function's runtime ships, as AWS's runtimes ship it: for nodejs* every
 * `@aws-sdk/*` package (not only the clients Nimbus itself happens to have), installed
 * from the npm registry on first need into a cache shared by every Nimbus on the machine
 * (~/.cache/nimbus/lambda-sdk/<runtime>/<version>); for python* the machine's boto3.
 *
 * What a function needs is read from its code before its environment starts (the install
 * must not count against the function's init or invocation time): `@aws-sdk/<name>` in
 * its .js/.mjs/.cjs files (bundled packages included), minus what its package or layers bring.
 */

/**
 * The SDK for JavaScript release each Node.js runtime carries. AWS does not publish a
 * fixed number (it updates supported runtimes and stops at deprecation), so: nodejs18.x
 * the last release before its deprecation (2025-09-01), nodejs20.x the last before its
 * deprecation (2026-04-30), nodejs22.x and nodejs24.x the release Nimbus is tested with.
 * A package is installed at its newest version not above the runtime's release.
 */
export const NODE_SDK_RELEASES: Record<string, string> = {
  'nodejs18.x': '3.879.0',
  'nodejs20.x': '3.1038.0',
  'nodejs22.x': '3.1175.0',
  'nodejs24.x': '3.1175.0',
};

/** A function the SDK it needs could not be given to: the invocation fails as an import failure does on AWS. */
export class SdkUnavailableError extends Error {
  readonly errorType = 'Runtime.ImportModuleError';
}

const SDK_REFERENCE = /@aws-sdk\/([a-z0-9][a-z0-9-]*)/g;
const BOTO_IMPORT = /^\s*(?:import|from)\s+(?:boto3|botocore)\b/m;
/** How much of a function's code is read looking for SDK references: enough for any real function, bounded for a hostile one. */
const SCAN_LIMITS = { files: 5_000, fileBytes: 16 * 1024 * 1024, totalBytes: 128 * 1024 * 1024 };
const NPM_TIME_LIMIT_MS = 5 * 60_000;
const LOCK_STALE_MS = 10 * 60_000;

export interface Needs {
  /** @aws-sdk package names (without the scope) the code refers to and does not bring itself. */
  node: string[];
  python: boolean;
}

export class FunctionSdk {
  /** What each code (task root + /opt) needs, read once; and the answers already in. */
  private readonly needs = new Map<string, Promise<Needs>>();
  private readonly known = new Map<string, Needs>();
  /** Installs under way or done in this process, by runtime and package: concurrent first invokes share one. */
  private readonly installs = new Map<string, Promise<void>>();
  /** Packages waiting for the next npm run of a runtime, and the runtime's chain of runs (one npm at a time per folder). */
  private readonly pending = new Map<string, Array<{ name: string; resolve: () => void; reject: (error: Error) => void }>>();
  private readonly chains = new Map<string, Promise<void>>();
  /** Packages the registry does not have (a mention in a comment, a typo): not installed, not retried. */
  private readonly absent = new Set<string>();
  private readonly boto3 = new Map<string, Promise<boolean>>();

  constructor(
    readonly root: string,
    private readonly log: Logger,
  ) {}

  /** The cache folder of a Node.js runtime: its node_modules goes on NODE_PATH and behind the ES module hook. */
  nodeDir(runtime: string): string {
    return join(this.root, runtime, NODE_SDK_RELEASES[runtime] ?? 'latest');
  }

  /** Makes sure what the code needs is there before its environment starts; throws SdkUnavailableError naming what failed. */
  async prepare(runtime: string, family: 'nodejs' | 'python' | 'provided', taskRoot: string, optRoot: string | undefined, python?: string): Promise<void> {
    if (family === 'provided') return;
    const key = needsKey(family, taskRoot, optRoot);
    let needs = this.needs.get(key);
    if (!needs) {
      needs = scanCode(family, taskRoot, optRoot);
      needs.then((found) => this.known.set(key, found), () => this.needs.delete(key));
      this.needs.set(key, needs);
    }
    const found = await needs;
    if (family === 'python') {
      if (found.python && python && !(await this.hasBoto3(python))) {
        throw new SdkUnavailableError(`boto3 is not installed for ${runtime} (${python}): pip install boto3`);
      }
      return;
    }
    const dir = this.nodeDir(runtime);
    const missing = found.node.filter((name) => !this.absent.has(`${runtime}/${name}`) && !installedIn(dir, name));
    if (!missing.length) return;
    await Promise.all(missing.map((name) => this.install(runtime, name)));
  }

  /** What a code needs, if it has been read (prepare reads it). */
  knownNeeds(family: 'nodejs' | 'python', taskRoot: string, optRoot: string | undefined): Needs | undefined {
    return this.known.get(needsKey(family, taskRoot, optRoot));
  }

  private install(runtime: string, name: string): Promise<void> {
    const key = `${runtime}/${name}`;
    let install = this.installs.get(key);
    if (!install) {
      install = new Promise<void>((resolve, reject) => {
        const queue = this.pending.get(runtime) ?? [];
        queue.push({ name, resolve, reject });
        this.pending.set(runtime, queue);
        // Packages asked for in the same turn go to npm together.
        if (queue.length === 1) setImmediate(() => this.flush(runtime));
      });
      // A failed install may succeed later (the network is back): only success is remembered.
      install.catch(() => this.installs.delete(key));
      this.installs.set(key, install);
    }
    return install;
  }

  private flush(runtime: string): void {
    const batch = this.pending.get(runtime) ?? [];
    this.pending.delete(runtime);
    const run = (this.chains.get(runtime) ?? Promise.resolve()).then(() => this.runNpm(runtime, batch.map((item) => item.name)));
    this.chains.set(runtime, run.catch(() => undefined));
    run.then(
      () => batch.forEach((item) => item.resolve()),
      (error: Error) => batch.forEach((item) => item.reject(error)),
    );
  }

  /** One `npm install` of the packages still missing, under a lock other Nimbus processes respect. */
  private async runNpm(runtime: string, names: string[]): Promise<void> {
    const dir = this.nodeDir(runtime);
    const release = NODE_SDK_RELEASES[runtime];
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'nimbus-lambda-sdk', private: true }) + '\n');
    const unlock = await lockFolder(join(dir, '.nimbus-install-lock'));
    try {
      let wanted = names.filter((name) => !installedIn(dir, name));
      while (wanted.length) {
        const specs = wanted.map((name) => `@aws-sdk/${name}${release ? `@<=${release}` : ''}`);
        const started = Date.now();
        const outcome = await npmInstall(dir, specs);
        if (outcome.ok) {
          this.log.info({ runtime, packages: specs, ms: Date.now() - started }, 'lambda: installed the SDK packages functions need');
          return;
        }
        // A name the registry does not know is no SDK package: drop it and install the rest.
        const unknown = wanted.filter((name) => outcome.output.includes(`@aws-sdk/${name}`) && /E404|404 Not Found|No matching version/.test(outcome.output));
        if (!unknown.length) {
          throw new SdkUnavailableError(
            `Nimbus could not install ${specs.join(', ')} for the ${runtime} runtime into ${dir}: ${outcome.reason}. Functions on ${runtime} get the AWS SDK from the npm registry on first use; make the registry reachable (or npm available), or bundle the SDK with the function.`,
          );
        }
        for (const name of unknown) this.absent.add(`${runtime}/${name}`);
        wanted = wanted.filter((name) => !unknown.includes(name));
      }
    } finally {
      unlock();
    }
  }

  private hasBoto3(python: string): Promise<boolean> {
    let known = this.boto3.get(python);
    if (!known) {
      known = new Promise((resolve) => execFile(python, ['-c', 'import boto3'], { timeout: 30_000 }, (error) => resolve(!error)));
      this.boto3.set(python, known);
    }
    return known;
  }
}

/** Where the SDK cache lives: the user's cache folder, else the system's temporary one. */
export function defaultSdkCacheRoot(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const candidates = [join(base, 'nimbus', 'lambda-sdk'), join(tmpdir(), `nimbus-lambda-sdk-${process.getuid?.() ?? 'user'}`)];
  for (const candidate of candidates) {
    try {
      mkdirSync(candidate, { recursive: true });
      return candidate;
    } catch {
      // not writable: next
    }
  }
  return candidates[candidates.length - 1];
}

function needsKey(family: string, taskRoot: string, optRoot: string | undefined): string {
  return `${family}\u0000${taskRoot}\u0000${optRoot ?? ''}`;
}

function installedIn(dir: string, name: string): boolean {
  return existsSync(join(dir, 'node_modules', '@aws-sdk', name, 'package.json'));
}

/** Reads a function's code (and /opt) for what it needs from the runtime's SDK. */
async function scanCode(family: 'nodejs' | 'python', taskRoot: string, optRoot: string | undefined): Promise<Needs> {
  const referenced = new Set<string>();
  let python = false;
  const budget = { files: SCAN_LIMITS.files, bytes: SCAN_LIMITS.totalBytes };
  const extensions = family === 'nodejs' ? ['.js', '.mjs', '.cjs'] : ['.py'];
  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (budget.files <= 0 || budget.bytes <= 0) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // Packages a function bundles may import the runtime's SDK too (read them); Python's site-packages bring their own.
        if (entry.name === 'site-packages' || entry.name.startsWith('.')) continue;
        await visit(path);
        continue;
      }
      if (!entry.isFile() || !extensions.some((ext) => entry.name.endsWith(ext))) continue;
      const info = await lstat(path).catch(() => undefined);
      if (!info || info.size > SCAN_LIMITS.fileBytes) continue;
      budget.files--;
      budget.bytes -= info.size;
      const text = await readFile(path, 'utf8').catch(() => '');
      if (family === 'python') {
        if (BOTO_IMPORT.test(text)) python = true;
      } else {
        for (const match of text.matchAll(SDK_REFERENCE)) referenced.add(match[1]!);
      }
    }
  };
  await visit(taskRoot);
  if (optRoot) await visit(optRoot);
  const own = (name: string) =>
    [join(taskRoot, 'node_modules'), ...(optRoot ? [join(optRoot, 'nodejs', 'node_modules'), ...nodeVersionFolders(optRoot)] : [])].some((modules) =>
      existsSync(join(modules, '@aws-sdk', name, 'package.json')),
    );
  return { node: [...referenced].filter((name) => !own(name)).sort(), python };
}

/** /opt/nodejs/node<major>/node_modules folders a layer may bring. */
function nodeVersionFolders(optRoot: string): string[] {
  try {
    return ['18', '20', '22', '24'].map((major) => join(optRoot, 'nodejs', `node${major}`, 'node_modules')).filter((dir) => existsSync(dir));
  } catch {
    return [];
  }
}

/** `npm install` into a folder; npm itself is found beside this node or on the PATH. */
function npmInstall(dir: string, specs: string[]): Promise<{ ok: boolean; output: string; reason: string }> {
  const beside = join(dirname(process.execPath), 'npm');
  const npm = existsSync(beside) ? beside : 'npm';
  const args = ['install', '--prefix', dir, '--save-exact', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...specs];
  return new Promise((resolve) => {
    let output = '';
    let child;
    try {
      child = spawn(npm, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
    } catch (error) {
      resolve({ ok: false, output: '', reason: `npm could not be started (${(error as Error).message})` });
      return;
    }
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8192);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const guard = setTimeout(() => child.kill('SIGKILL'), NPM_TIME_LIMIT_MS);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(guard);
      resolve({ ok: false, output, reason: error.code === 'ENOENT' ? 'npm was not found (beside node or on the PATH)' : `npm could not be started (${error.message})` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      // npm's first error lines say what failed (its code, the request); the rest is a dump and a log path.
      const lines = output.split('\n').map((line) => line.replace(/^npm (?:error|ERR!)\s*/, '').trim());
      const said = lines.filter((line) => /^(code|errno|syscall) /.test(line) || /^(request to|404|No matching version|notarget)/i.test(line)).slice(0, 4);
      const tail = (said.length ? said : lines.filter(Boolean).slice(0, 4)).join('; ');
      resolve({ ok: code === 0, output, reason: signal ? `npm install was stopped (${signal}) after ${NPM_TIME_LIMIT_MS / 1000} s` : `npm install exited with ${code}: ${tail}` });
    });
  });
}

/** A folder lock between processes (mkdir is atomic); a lock left by a dead or stuck installer is taken over. */
async function lockFolder(path: string): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      return () => rmSync(path, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (lockAbandoned(path)) {
      rmSync(path, { recursive: true, force: true });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function lockAbandoned(path: string): boolean {
  try {
    if (Date.now() - statSync(path).mtimeMs > LOCK_STALE_MS) return true;
    let pid = 0;
    try {
      pid = Number(readFileSync(join(path, 'pid'), 'utf8'));
    } catch {
      return false; // being written
    }
    if (!pid) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The ES module resolve hook node environments register (CommonJS has NODE_PATH): a bare
 * `@aws-sdk/...` import the function's own folders cannot satisfy resolves from the runtime's
 * SDK cache instead, as on AWS it resolves from the runtime's own node_modules.
 */
export const SDK_RESOLVE_HOOK = String.raw`
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
let base;
export function initialize(data) {
  base = pathToFileURL(join(data.sdkDir, 'resolve-from.mjs')).href;
}
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!base || !specifier.startsWith('@aws-sdk/') || !error || error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return next(specifier, { ...context, parentURL: base });
  }
}
`;
