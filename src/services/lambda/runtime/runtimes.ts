import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Runtimes AWS still accepts for new functions. */
export const SUPPORTED_RUNTIMES = [
  'nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x',
  'python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13', 'python3.14',
  'java8.al2', 'java11', 'java17', 'java21', 'java25',
  'dotnet8', 'dotnet10',
  'ruby3.2', 'ruby3.3', 'ruby3.4',
  'provided.al2', 'provided.al2023',
];

/** Runtimes Nimbus runs as local processes. */
export const RUNNABLE_RUNTIMES = [
  'nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x',
  'python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13',
  'provided.al2', 'provided.al2023',
];

export type RuntimeFamily = 'nodejs' | 'python' | 'provided';

export function runtimeFamily(runtime: string): RuntimeFamily | undefined {
  if (!RUNNABLE_RUNTIMES.includes(runtime)) return undefined;
  if (runtime.startsWith('nodejs')) return 'nodejs';
  if (runtime.startsWith('python')) return 'python';
  return 'provided';
}

/** Why a runtime cannot run here, for the invoke error. */
export function cannotRun(runtime: string): string {
  return `Nimbus cannot run the ${runtime} runtime: it runs nodejs18.x–nodejs24.x, python3.9–python3.13, provided.al2 and provided.al2023 functions as local processes.`;
}

function onPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

const pythonCache = new Map<string, string | null>();

/**
 * The local interpreter for a python3.x runtime: python3.x itself if installed, else python3,
 * whichever the PATH finds first, as the user's shell would. A version manager's shim (pyenv)
 * is resolved once to the interpreter it runs: a shim is a shell script costing tens of
 * milliseconds a start, and the interpreter behind it is the one whose packages (boto3) the user installed.
 */
export function findPython(runtime: string, path = process.env.PATH ?? ''): string | undefined {
  const cached = pythonCache.get(runtime);
  if (cached !== undefined) return cached ?? undefined;
  let found: string | undefined;
  for (const name of [runtime, 'python3']) {
    const candidate = onPath(name, path);
    found = candidate && candidate.split('/').at(-2) === 'shims' ? behindShim(candidate) : candidate;
    if (found) break;
  }
  pythonCache.set(runtime, found ?? null);
  return found;
}

const pythonVersions = new Map<string, string>();

/** What `python --version` says (e.g. "Python 3.11.2"), asked once per interpreter. */
export function pythonVersion(python: string): string {
  let version = pythonVersions.get(python);
  if (version === undefined) {
    const probe = spawnSync(python, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    version = `${probe.stdout ?? ''}${probe.stderr ?? ''}`.trim() || 'Python';
    pythonVersions.set(python, version);
  }
  return version;
}

/** The interpreter a shim runs (undefined when the shim has none for this name, as pyenv's python3.12 without a 3.12). */
function behindShim(shim: string): string | undefined {
  const probe = spawnSync(shim, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8', timeout: 10_000 });
  const executable = probe.status === 0 ? probe.stdout.trim() : '';
  return executable && existsSync(executable) ? executable : undefined;
}

/** The `bootstrap` of a provided runtime: the function's own, else one from a layer (/opt). */
export function findBootstrap(taskRoot: string, optRoot: string | undefined): string | undefined {
  for (const candidate of [join(taskRoot, 'bootstrap'), optRoot ? join(optRoot, 'bootstrap') : undefined]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The major Node.js version a nodejs runtime names (for /opt/nodejs/nodeXX/node_modules). */
export function nodeMajor(runtime: string): string {
  return runtime.replace(/^nodejs/, '').replace(/\.x$/, '');
}
