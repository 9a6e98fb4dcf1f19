import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';

/**
 * Execution environments in a PID and mount namespace of their own, where Linux allows it
 * (util-linux `unshare`; as root directly, otherwise inside a user namespace that maps the
 * user to itself). The function then sees a /proc with only its own processes: not Nimbus's
 * (whose environment holds its settings), not other functions' (whose environments hold
 * their Runtime API tokens). And when the environment's first process ends, the kernel ends
 * every process left in the namespace, however detached.
 *
 * Inside, a shell is process 1 and the runtime its child: process 1 of a namespace ignores
 * signals it has no handler for, and the runtime must die of a signal as it would anywhere.
 */
export interface Sandbox {
  command: string;
  /** unshare's arguments up to and including the shell that starts the runtime. */
  prefix: string[];
}

/** The shell (process 1) starts the runtime (without the PWD it would add) and exits with its status: 128 + the signal's number if one killed it. */
const INIT = 'unset PWD; "$@" & wait $!';
const UNSHARE_PATHS = ['/usr/bin/unshare', '/bin/unshare'];

let probed: Sandbox | null | undefined;

/** How to start a runtime in its own namespaces here, or undefined where this machine cannot (checked once). */
export function processSandbox(): Sandbox | undefined {
  if (probed !== undefined) return probed ?? undefined;
  probed = null;
  if (process.platform !== 'linux') return undefined;
  const command = UNSHARE_PATHS.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!command) return undefined;
  const namespaces = ['--pid', '--fork', '--mount-proc', '--kill-child'];
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  const userOptions = uid === 0 ? [[]] : [['--user', `--map-user=${uid}`, `--map-group=${gid}`], ['--user', '--map-root-user']];
  for (const user of userOptions) {
    const prefix = [...user, ...namespaces, '--', '/bin/sh', '-c', INIT, 'sh'];
    const check = spawnSync(command, [...prefix, 'true'], { timeout: 5000, stdio: 'ignore' });
    if (check.status === 0) {
      probed = { command, prefix };
      return probed;
    }
  }
  return undefined;
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
