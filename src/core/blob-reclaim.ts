import { readdirSync, rmSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** What to do with one entry of a blob folder, named by its path relative to the folder ('/'-separated). */
export type BlobEntryVerdict = 'keep' | 'descend' | 'remove';

/**
 * Reclaims what a crash left in a service's blob folder: files no row names (a body written
 * whose row never committed; a row deleted before its file was unlinked) and partial or
 * staging files. `judge` tells, for each entry, whether a row names it ('keep'), whether it
 * is a folder of such entries ('descend') or neither ('remove', with everything under it).
 * Run it when the service starts, before it writes: a blob being written looks like an orphan.
 * Returns the relative paths removed.
 */
export function reclaimBlobs(dir: string, judge: (relativePath: string, entry: Dirent) => BlobEntryVerdict): string[] {
  const removed: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const verdict = judge(relative, entry);
      if (verdict === 'keep') continue;
      if (verdict === 'descend' && entry.isDirectory()) {
        walk(join(folder, entry.name), relative);
        continue;
      }
      rmSync(join(folder, entry.name), { recursive: true, force: true });
      removed.push(relative);
    }
  };
  walk(dir, '');
  return removed;
}
