import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every process an execution environment started, however it left home: its runtime's
 * descendants (by parent pid), and processes that still carry the environment's own
 * variable, which finds children that called setsid and were reparented after their parent
 * died. Linux only (/proc); elsewhere the process group is all there is.
 */
export function environmentProcesses(rootPid: number | undefined, marker: string): number[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const needle = Buffer.from(`${marker}\u0000`);
  const children = new Map<number, number[]>();
  const found = new Set<number>();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (pid === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue;
      const ppid = Number(fields[1]);
      const list = children.get(ppid) ?? [];
      list.push(pid);
      children.set(ppid, list);
    } catch {
      continue;
    }
    try {
      const environ = readFileSync(`/proc/${pid}/environ`);
      const at = environ.indexOf(needle);
      if (at === 0 || (at > 0 && environ[at - 1] === 0)) found.add(pid);
    } catch {
      // another user's process, or gone
    }
  }
  if (rootPid !== undefined) {
    const queue = [rootPid];
    while (queue.length) {
      const pid = queue.pop()!;
      for (const child of children.get(pid) ?? []) {
        if (found.has(child)) continue;
        found.add(child);
        queue.push(child);
      }
    }
  }
  return [...found];
}

/**
 * SIGKILLs the environment's processes until none is left (a few rounds: one may fork while
 * we look). `rootPid` only while the runtime process is alive (a reaped pid may be reused);
 * `group` is its process group, which outlives it while members remain.
 */
export function killEnvironmentProcesses(rootPid: number | undefined, group: number | undefined, marker: string): void {
  // Look before killing: once the runtime is gone its children are reparented and only the marker finds them.
  const first = environmentProcesses(rootPid, marker);
  if (group !== undefined) signal(-group);
  if (rootPid !== undefined) signal(rootPid);
  for (const pid of first) signal(pid);
  for (let round = 0; round < 4; round++) {
    const pids = environmentProcesses(undefined, marker);
    if (!pids.length) return;
    for (const pid of pids) signal(pid);
  }
}

function signal(pid: number): boolean {
  try {
    process.kill(pid, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
}
