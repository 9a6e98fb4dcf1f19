import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Folders of this kind are `<tmpdir>/nimbus-<pid>-<random>`: the pid says whether their owner still runs. */
const PREFIX = 'nimbus-';
const OWNED = /^nimbus-(\d+)-[A-Za-z0-9]{6}$/;

/**
 * One temporary folder per Nimbus process for everything that lives only as long as it does
 * (in-memory mode's blob files, Lambda environments' /tmp): removed whole at close, and swept
 * at the next start when a crash or SIGKILL left it behind.
 */
export class ScratchSpace {
  readonly root: string;
  private closed = false;

  constructor(base = tmpdir()) {
    ScratchSpace.sweep(base);
    this.root = mkdtempSync(join(base, `${PREFIX}${process.pid}-`));
  }

  /** A new, empty folder under the root, readable by this user only. */
  dir(name: string): string {
    if (this.closed) throw new Error('the scratch space is closed');
    mkdirSync(this.root, { recursive: true, mode: 0o700 });
    return mkdtempSync(join(this.root, `${name.replace(/[^A-Za-z0-9_-]/g, '_')}-`));
  }

  /** Removes the root and everything under it. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    rmSync(this.root, { recursive: true, force: true });
  }

  /** Removes the scratch folders of Nimbus processes that no longer run. */
  static sweep(base = tmpdir()): string[] {
    const removed: string[] = [];
    let names: string[];
    try {
      names = readdirSync(base);
    } catch {
      return removed;
    }
    for (const name of names) {
      const match = OWNED.exec(name);
      if (!match) continue;
      const pid = Number(match[1]);
      if (pid === process.pid || isRunning(pid)) continue;
      rmSync(join(base, name), { recursive: true, force: true });
      removed.push(name);
    }
    return removed;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
