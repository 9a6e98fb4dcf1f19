/**
 * Lambda deployment packages: reading a zip's entries, and unpacking one or more zips (a
 * function's code, or a stack of layers into one /opt) so nothing lands outside the folder.
 *
 * Every entry's path is resolved against the tree built so far, through the symbolic links
 * earlier entries made, before anything touches the disk: a chain such as `l1 → .`,
 * `l2 → l1/..`, then `l2/x` is caught when the code is uploaded, not when it first runs.
 */
import { closeSync, constants, fchmodSync, lstatSync, mkdirSync, openSync, realpathSync, symlinkSync, writeSync } from 'node:fs';
import { join, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { invalidParameter } from './errors.js';

export const UNZIP_FAILED = 'Could not unzip uploaded file. Please check your file, then try to upload again.';
/** Linux's limit on links followed while resolving one path (ELOOP). */
const MAX_LINK_HOPS = 40;
/** A link's target is a path, never more than PATH_MAX. */
const MAX_LINK_TARGET = 4096;

export interface ZipEntry {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
  method: number;
  localHeader: number;
  /** Unix mode from the external attributes, when the zip was made on Unix. */
  mode?: number;
}

const unzipFailed = () => invalidParameter(UNZIP_FAILED);

/** Reads a zip's central directory: names, sizes, modes and where each entry's data is, inflating nothing. */
export function readCentralDirectory(zip: Buffer): ZipEntry[] {
  if (zip.length < 22) throw unzipFailed();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unzipFailed();
  let count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && zip.readUInt32LE(eocd - 20) === 0x07064b50) {
    const zip64 = Number(zip.readBigUInt64LE(eocd - 20 + 8));
    if (zip64 + 56 > zip.length || zip.readUInt32LE(zip64) !== 0x06064b50) throw unzipFailed();
    count = Number(zip.readBigUInt64LE(zip64 + 32));
    offset = Number(zip.readBigUInt64LE(zip64 + 48));
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw unzipFailed();
    const madeBy = zip.readUInt16LE(at + 4) >> 8;
    const method = zip.readUInt16LE(at + 10);
    let compressedSize = zip.readUInt32LE(at + 20);
    let size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const external = zip.readUInt32LE(at + 38);
    let localHeader = zip.readUInt32LE(at + 42);
    if (at + 46 + nameLength + extraLength + commentLength > zip.length) throw unzipFailed();
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeader === 0xffffffff) {
      // The zip64 extra field holds, in this order, only the fields that overflowed.
      let extra = at + 46 + nameLength;
      const end = extra + extraLength;
      while (extra + 4 <= end) {
        const id = zip.readUInt16LE(extra);
        const length = zip.readUInt16LE(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          const take = () => {
            if (field + 8 > extra + 4 + length) throw unzipFailed();
            const value = Number(zip.readBigUInt64LE(field));
            field += 8;
            return value;
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localHeader === 0xffffffff) localHeader = take();
        }
        extra += 4 + length;
      }
    }
    const mode = madeBy === 3 ? external >>> 16 : undefined;
    entries.push({ name, uncompressedSize: size, compressedSize, method, localHeader, mode: mode || undefined });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's bytes, inflated (stored and deflated entries; anything else is refused). */
export function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeader;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw unzipFailed();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw unzipFailed();
  const raw = zip.subarray(start, end);
  let data: Buffer;
  try {
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    else throw unzipFailed();
  } catch {
    throw unzipFailed();
  }
  if (data.length !== entry.uncompressedSize) throw unzipFailed();
  return data;
}

type EntryKind = 'file' | 'dir' | 'link';

function kindOf(entry: ZipEntry): EntryKind {
  const type = entry.mode === undefined ? 0 : entry.mode & 0o170000;
  if (type === 0o120000) return 'link';
  if (type === 0o040000 || entry.name.endsWith('/') || entry.name.endsWith('\\')) return 'dir';
  return 'file';
}

/** What unpacking does, in order, on paths that are already resolved (no link in them) and inside the folder. */
export type UnpackStep =
  | { kind: 'dir'; path: string }
  | { kind: 'file'; path: string; zip: Buffer; entry: ZipEntry; mode: number }
  | { kind: 'link'; path: string; target: string };

/**
 * The tree a stack of zips makes, kept in memory: each node is a folder, a file or a link
 * (with its target as written). Paths are arrays of names below the root.
 */
class PlannedTree {
  private readonly nodes = new Map<string, { kind: EntryKind; target?: string }>([['', { kind: 'dir' }]]);
  readonly steps: UnpackStep[] = [];

  add(zip: Buffer, entry: ZipEntry): void {
    const name = entry.name.replaceAll('\\', '/');
    if (!name || name.includes('\u0000') || name.startsWith('/') || /^[a-zA-Z]:/.test(name)) throw unzipFailed();
    const kind = kindOf(entry);
    const parts = name.split('/').filter((part) => part !== '' && part !== '.');
    if (!parts.length) {
      if (kind === 'dir') return;
      throw unzipFailed();
    }
    const last = parts.pop()!;
    // The folder the entry goes in, through any links made so far; `..` may not climb above the root.
    const parent = this.resolve(parts, []);
    if (last === '..') {
      if (kind === 'dir' && parent.length) return;
      throw unzipFailed();
    }
    const path = [...parent, last];
    const key = path.join('/');
    const existing = this.nodes.get(key);
    if (kind === 'dir') {
      if (existing?.kind === 'link') {
        // A folder entry through a link: the link must lead to a folder inside.
        const resolved = this.resolve([last], parent);
        if (this.nodes.get(resolved.join('/'))?.kind !== 'dir') throw unzipFailed();
        return;
      }
      if (existing && existing.kind !== 'dir') throw unzipFailed();
      this.makeDirs(path);
      return;
    }
    // Files and links never replace a folder or a link: what earlier entries resolved through stays put.
    if (existing && existing.kind !== 'file') throw unzipFailed();
    this.makeDirs(parent);
    if (kind === 'file') {
      this.nodes.set(key, { kind: 'file' });
      const permissions = entry.mode === undefined ? 0o644 : entry.mode & 0o777;
      this.steps.push({ kind: 'file', path: key, zip, entry, mode: permissions | 0o400 });
      return;
    }
    if (entry.uncompressedSize === 0 || entry.uncompressedSize > MAX_LINK_TARGET) throw unzipFailed();
    const target = entryData(zip, entry).toString('utf8');
    if (target.includes('\u0000') || target.startsWith('/')) throw unzipFailed();
    this.nodes.set(key, { kind: 'link', target });
    // Where the link leads now must be inside; later entries are checked as they come, and all links again at the end.
    this.resolve(path, [], true);
    this.steps.push({ kind: 'link', path: key, target });
  }

  /** Checks, once every zip is in, that each link still leads inside. */
  finish(): UnpackStep[] {
    for (const [key, node] of this.nodes) if (node.kind === 'link') this.resolve(key.split('/'), [], true);
    return this.steps;
  }

  /**
   * Resolves `parts` below `base` (a resolved folder), following links as the kernel would.
   * Names not in the tree yet are taken as folders to be made. Refuses anything that leaves the root.
   */
  private resolve(parts: string[], base: string[], fileAtEnd = false, hops = { count: 0 }): string[] {
    const current = [...base];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const last = i === parts.length - 1;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (!current.length) throw unzipFailed();
        current.pop();
        continue;
      }
      const node = this.nodes.get([...current, part].join('/'));
      if (node?.kind === 'file') {
        // Nothing can be below a file.
        if (!(last && fileAtEnd)) throw unzipFailed();
        current.push(part);
        continue;
      }
      if (node?.kind !== 'link') {
        current.push(part);
        continue;
      }
      if (++hops.count > MAX_LINK_HOPS) throw unzipFailed();
      const resolved = this.resolve(node.target!.split('/'), current, last && fileAtEnd, hops);
      current.splice(0, current.length, ...resolved);
    }
    return current;
  }

  private makeDirs(path: string[]): void {
    for (let i = 1; i <= path.length; i++) {
      const key = path.slice(0, i).join('/');
      const node = this.nodes.get(key);
      if (node?.kind === 'dir') continue;
      if (node) throw unzipFailed();
      this.nodes.set(key, { kind: 'dir' });
      this.steps.push({ kind: 'dir', path: key });
    }
  }
}

/** Plans unpacking `zips` one over the other into one folder; throws InvalidParameterValueException if any path would leave it. */
export function planUnpack(zips: Buffer[]): UnpackStep[] {
  const tree = new PlannedTree();
  for (const zip of zips) for (const entry of readCentralDirectory(zip)) tree.add(zip, entry);
  return tree.finish();
}

/** Unpacks `zips` (in order) into `dest`, an empty folder. */
export function unpackZips(zips: Buffer[], dest: string): void {
  const steps = planUnpack(zips);
  const root = realpathSync(dest);
  const inside = (path: string) => {
    // The plan resolved every link already; the disk must agree (nothing else writes here).
    const parent = realpathSync(join(root, path, '..'));
    if (parent !== root && !parent.startsWith(root + sep)) throw unzipFailed();
  };
  for (const step of steps) {
    const path = join(root, step.path);
    inside(step.path);
    if (step.kind === 'dir') {
      mkdirSync(path);
    } else if (step.kind === 'link') {
      symlinkSync(step.target, path);
    } else {
      try {
        if (lstatSync(path).isSymbolicLink()) throw unzipFailed();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const data = entryData(step.zip, step.entry);
      const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, step.mode);
      try {
        for (let written = 0; written < data.length; ) written += writeSync(fd, data, written);
        // Unix permissions travel in the zip; AWS keeps them (a `bootstrap` must be executable).
        fchmodSync(fd, step.mode);
      } finally {
        closeSync(fd);
      }
    }
  }
}
