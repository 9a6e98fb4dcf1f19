import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';

/**
 * Execution environments in a PID and mount namespace of their own, where Linux allows it
 * (util-linux `unshare`; as root directly, otherwise inside a user namespace that maps the
 * user to itself). The function then sees a /proc with only its own processes: not Nimbus's
 * (whose environment holds its settings), not other functions' (whose environments hold
 * their Runtime API tokens). And when the environment's first process ends, the kernel ends
 * every process left in the namespace, however detached.
 *
 * Where the namespace may mount (Nimbus runs as root), it also covers Nimbus's data (the store,
 * every function's code and zips, S3's objects) and shows only the function's own code, its
 * layers and the runtime files, read-only, with the environment's folder as its /tmp. As
 * another user, mounting would need the function to run as root in its user namespace, which
 * is not what AWS runs: there the data keeps its file permissions as its only guard.
 *
 * Inside, a shell is process 1 and the runtime its child: process 1 of a namespace ignores
 * signals it has no handler for, and the runtime must die of a signal as it would anywhere.
 */
export interface Sandbox {
  command: string;
  /** unshare's own options. */
  options: string[];
  /** Whether the namespace may mount (Nimbus runs as root): then Nimbus's data is hidden from the function. */
  canMount: boolean;
}

/** What a function's mount namespace hides (Nimbus's data), what it keeps in sight read-only (its code, layers, runtime files). */
export interface SandboxMounts {
  hide: string[];
  /** A folder holding every kept one: the namespace's first process stands in it to reach them once they are covered. */
  base: string;
  keep: string[];
  /** The environment's own folder, which becomes the function's /tmp (as on AWS, private to the environment). */
  tmp?: string;
  /** The function's ephemeral storage (MB): its /tmp is a tmpfs of this size instead, so writing more fails as on AWS (ENOSPC). */
  tmpSizeMb?: number;
  /** The function's layers, extracted: seen at /opt as on AWS. */
  opt?: string;
}

/**
 * Process 1 of the namespace. Arguments: the base folder, the kept folders (count, then triples
 * of path relative to the base, absolute path, and the absolute source of a folder outside the
 * base, or ''), the hidden ones (count, then paths), the
 * environment's /tmp folder (or ''), /tmp's size in MB (or '': the folder itself), the layers'
 * folder to show at /opt (or ''), then the runtime's command. Standing in the base folder
 * (still reachable through the working directory once covered), it covers each hidden folder
 * with an empty tmpfs made read-only, makes the environment's folder the function's /tmp, and
 * binds the kept folders back at their own paths, read-only. Then it starts the runtime
 * (without the PWD and OLDPWD a shell adds) and exits with its status: 128 + the signal's
 * number if one killed it. A kept folder outside the base (Nimbus's own node_modules, which
 * functions' SDK link points into) is first bound into the base, so that it is reached the same
 * way once /tmp (where Nimbus itself may be installed) is the environment's. Few commands: each
 * costs a process start.
 */
const INIT = [
  'set -e',
  'base=$1; n=$2; shift 2; i=0; targets=',
  'while [ "$i" -lt "$n" ]; do eval "from_$i=\\$1; to_$i=\\$2; pre_$i=\\$3"; targets="$targets \\"\\$to_$i\\""; shift 3; i=$((i+1)); done',
  'm=$1; shift; j=0',
  'while [ "$j" -lt "$m" ]; do eval "hide_$j=\\$1"; shift; j=$((j+1)); done',
  'tmp=$1; tmpmb=$2; opt=$3; shift 3',
  'if [ "$m" -gt 0 ]; then',
  '  start=$(pwd); cd "$base"',
  '  i=0; while [ "$i" -lt "$n" ]; do eval "p=\\$pre_$i"; if [ -n "$p" ]; then eval "mount --no-canonicalize --bind \\"\\$p\\" \\"./\\$from_$i\\""; fi; i=$((i+1)); done',
  '  j=0; while [ "$j" -lt "$m" ]; do eval "mount -t tmpfs -o mode=755 nimbus-hidden \\"\\$hide_$j\\""; j=$((j+1)); done',
  '  eval "mkdir -p $targets"',
  '  j=0; while [ "$j" -lt "$m" ]; do eval "mount -o remount,ro \\"\\$hide_$j\\""; j=$((j+1)); done',
  '  if [ -n "$tmp" ]; then if [ -n "$tmpmb" ]; then mount -t tmpfs -o "size=${tmpmb}m,mode=1777" nimbus-tmp /tmp; else mount --bind "$tmp" /tmp; fi; eval "mkdir -p $targets"; fi',
  '  i=0; while [ "$i" -lt "$n" ]; do eval "mount --no-canonicalize -o bind,ro \\"./\\$from_$i\\" \\"\\$to_$i\\""; i=$((i+1)); done',
  '  if [ -n "$opt" ] && [ -d /opt ]; then mount --no-canonicalize -o bind,ro "$opt" /opt; fi',
  '  cd "$start"',
  'fi',
  'set +e',
  'unset PWD OLDPWD',
  '"$@" & wait $!',
].join('\n');
const UNSHARE_PATHS = ['/usr/bin/unshare', '/bin/unshare'];

let probed: Sandbox | null | undefined;
let probing: Promise<Sandbox | undefined> | undefined;

/** How to start a runtime in its own namespaces here, or undefined where this machine cannot (checked once). */
export function processSandbox(): Sandbox | undefined {
  if (probed !== undefined) return probed ?? undefined;
  probed = null;
  for (const sandbox of sandboxCandidates()) {
    const plain = sandboxLaunch(sandbox, 'true', []);
    if (spawnSync(plain.command, plain.args, { timeout: 5000, stdio: 'ignore' }).status !== 0) continue;
    const probe = mountProbe(sandbox);
    try {
      sandbox.canMount = probe !== undefined && spawnSync(probe.command, probe.args, { timeout: 5000, stdio: 'ignore' }).status === 0;
    } finally {
      probe?.cleanup();
    }
    probed = sandbox;
    return probed;
  }
  return undefined;
}

/**
 * The same answer without holding the event loop: the probe's processes run while other
 * requests are served (spawnSync would hold the loop ~200 ms at the first environment's start).
 */
export function probeSandbox(): Promise<Sandbox | undefined> {
  if (probed !== undefined) return Promise.resolve(probed ?? undefined);
  probing ??= (async () => {
    let found: Sandbox | undefined;
    for (const sandbox of sandboxCandidates()) {
      const plain = sandboxLaunch(sandbox, 'true', []);
      if ((await exitStatus(plain.command, plain.args)) !== 0) continue;
      const probe = mountProbe(sandbox);
      try {
        sandbox.canMount = probe !== undefined && (await exitStatus(probe.command, probe.args)) === 0;
      } finally {
        probe?.cleanup();
      }
      found = sandbox;
      break;
    }
    // A synchronous probe may have answered meanwhile: keep its answer.
    if (probed === undefined) probed = found ?? null;
    return probed ?? undefined;
  })();
  return probing;
}

/** The sandboxes to try, best first: none off Linux or without unshare. */
function sandboxCandidates(): Sandbox[] {
  if (process.platform !== 'linux') return [];
  const command = UNSHARE_PATHS.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!command) return [];
  const namespaces = ['--pid', '--fork', '--mount-proc', '--kill-child'];
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  const userOptions = uid === 0 ? [[]] : [['--user', `--map-user=${uid}`, `--map-group=${gid}`], ['--user', '--map-root-user']];
  return userOptions.map((user) => ({ command, options: [...user, ...namespaces], canMount: false }));
}

/** The status a command exits with (null if it could not start or ran past 5 s). */
function exitStatus(command: string, args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', timeout: 5000 });
    child.once('error', () => resolve(null));
    child.once('exit', (code) => resolve(code));
  });
}

/** The command that starts `command args` in the sandbox, with Nimbus's data hidden where `mounts` say and the sandbox can. */
export function sandboxLaunch(sandbox: Sandbox, command: string, args: string[], mounts?: SandboxMounts): { command: string; args: string[] } {
  const init: string[] = [];
  if (sandbox.canMount && mounts && mounts.hide.length) {
    init.push(mounts.base, String(mounts.keep.length));
    mounts.keep.forEach((path, index) => {
      const inside = relative(mounts.base, path);
      if (!inside.startsWith('..') && !isAbsolute(inside)) {
        init.push(inside || '.', path, '');
        return;
      }
      // Outside the base: bound into a holding folder of the base first (see INIT).
      const holding = join(mounts.base, '.outside', String(index));
      mkdirSync(holding, { recursive: true });
      init.push(relative(mounts.base, holding), path, path);
    });
    init.push(String(mounts.hide.length), ...mounts.hide, mounts.tmp ?? '', mounts.tmpSizeMb ? String(mounts.tmpSizeMb) : '', mounts.opt ?? '');
  } else {
    init.push('', '0', '0', '', '', '');
  }
  return { command: sandbox.command, args: [...sandbox.options, '--', '/bin/sh', '-c', INIT, 'sh', ...init, command, ...args] };
}

/**
 * A command that tries the hiding once on folders of its own (a folder covered, one below it kept
 * and readable) and exits 0 if it worked. Only real root may: a function that sees itself as
 * root (--map-root-user) is not what AWS runs, so as another user there is no probe.
 */
function mountProbe(sandbox: Sandbox): { command: string; args: string[]; cleanup(): void } | undefined {
  if ((process.getuid?.() ?? 0) !== 0) return undefined;
  const base = mkdtempSync(join(tmpdir(), 'nimbus-sandbox-probe-'));
  const cleanup = () => rmSync(base, { recursive: true, force: true });
  try {
    mkdirSync(join(base, 'hidden', 'kept'), { recursive: true });
    writeFileSync(join(base, 'hidden', 'secret'), 'x');
    writeFileSync(join(base, 'hidden', 'kept', 'visible'), 'x');
    const check = `test ! -e '${join(base, 'hidden', 'secret')}' && test -e '${join(base, 'hidden', 'kept', 'visible')}'`;
    const launch = sandboxLaunch({ ...sandbox, canMount: true }, '/bin/sh', ['-c', check], {
      hide: [join(base, 'hidden')],
      base: join(base, 'hidden'),
      keep: [join(base, 'hidden', 'kept')],
    });
    return { ...launch, cleanup };
  } catch {
    cleanup();
    return undefined;
  }
}

/** The signal a sandboxed runtime died of, from its shell's exit status (128 + number). */
export function signalFromStatus(code: number | null): NodeJS.Signals | null {
  if (code === null || code <= 128) return null;
  const number = code - 128;
  const found = Object.entries(osConstants.signals).find(([, value]) => value === number);
  return found ? (found[0] as NodeJS.Signals) : null;
}

/** A process's children (by parent pid). */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // Kernels without CONFIG_PROC_CHILDREN: look at every process's parent.
  }
  const children: number[] = [];
  let names: string[] = [];
  try {
    names = readdirSync('/proc');
  } catch {
    return children;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(name));
    } catch {
      // gone
    }
  }
  return children;
}
