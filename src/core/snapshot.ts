import { copyFileSync, createReadStream, createWriteStream, linkSync, lstatSync, mkdirSync, readdirSync, rmSync, type WriteStream } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { VERSION } from '../version.js';

/**
 * A state snapshot: the whole state of a Nimbus (the store, S3 objects, Lambda code) as one gzip
 * stream. Inside: a magic line, a JSON header line, then entries, each a 4-byte name length, the
 * name (UTF-8), an 8-byte size and the bytes. Entry `store.sqlite` is the database image; entries
 * `blobs/<service>/...` are the services' files. The header's `format` says how to read the rest:
 * a snapshot of a format this release does not know is refused before any state is touched.
 */
export const SNAPSHOT_FORMAT = 1;
const MAGIC = 'NIMBUS-STATE\n';
const STORE_ENTRY = 'store.sqlite';
/** No single header line is longer than this; a longer one is not a snapshot. */
const MAX_HEADER_BYTES = 64 * 1024;

export interface SnapshotHeader {
  format: number;
  nimbus: string;
  createdAt: string;
  /** The virtual clock's offset from real time when it was taken. */
  clockOffsetMs: number;
}

export class SnapshotError extends Error {}

/** Folders a snapshot is staged in, inside a data dir; a crash may leave one, which the next start removes. */
export const STAGING_PREFIX = '.staging-';

/** What a snapshot is taken from: the pieces the runtime hands over, captured in one synchronous step. */
export interface SnapshotSource {
  /** The database image (sqlite3_serialize: a consistent copy). */
  image: Buffer;
  /** The blob root, or undefined when nothing was ever written there. */
  blobRoot: string | undefined;
  /** Folders under the blob root the services rebuild from the store (extracted code): left out. */
  derived: string[];
  /** Where hard links of the blob files may be staged (same file system as the blob root). */
  stagingDir: string;
  clockOffsetMs: number;
}

/**
 * Captures the state at one instant (the image, and hard links to every blob file, taken without
 * yielding, so no request can come between them), then streams it out compressed. Blob files are
 * written once and never changed in place, so a link keeps the content the image refers to even if
 * the object is deleted while the archive is written.
 */
export async function writeSnapshot(source: SnapshotSource, out: Writable): Promise<void> {
  const files = source.blobRoot ? stageBlobs(source.blobRoot, source.derived, source.stagingDir) : [];
  const gzip = createGzip({ level: 6 });
  const piped = gzip.pipe(out);
  try {
    const header: SnapshotHeader = { format: SNAPSHOT_FORMAT, nimbus: VERSION, createdAt: new Date().toISOString(), clockOffsetMs: source.clockOffsetMs };
    await write(gzip, Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`));
    await write(gzip, entryHead(STORE_ENTRY, source.image.length));
    await write(gzip, source.image);
    for (const file of files) {
      await write(gzip, entryHead(`blobs/${file.name}`, file.size));
      for await (const chunk of createReadStream(file.staged)) await write(gzip, chunk as Buffer);
    }
    gzip.end();
    await finished(piped);
  } finally {
    rmSync(source.stagingDir, { recursive: true, force: true });
  }
}

/** A snapshot read into a folder: `store.sqlite` and `blobs/`, checked, ready to be swapped in. */
export interface ReadSnapshot {
  header: SnapshotHeader;
  imagePath: string;
  blobsDir: string;
}

/** Reads a snapshot stream into `dir`, refusing anything that is not one this release can load. */
export async function readSnapshot(input: Readable, dir: string): Promise<ReadSnapshot> {
  mkdirSync(dir, { recursive: true });
  const reader = new EntryReader(dir);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  try {
    for await (const chunk of gunzip) await reader.take(chunk as Buffer);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw new SnapshotError('This is not a Nimbus state snapshot (it is not gzip data, or it is cut short).');
    throw error;
  }
  return reader.finish();
}

function entryHead(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(4 + nameBytes.length + 8);
  head.writeUInt32BE(nameBytes.length, 0);
  nameBytes.copy(head, 4);
  head.writeBigUInt64BE(BigInt(size), 4 + nameBytes.length);
  return head;
}

function write(stream: Writable, chunk: Buffer): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    stream.once('error', onError);
    stream.once('drain', () => {
      stream.removeListener('error', onError);
      resolve();
    });
  });
}

/** Hard links (copies where links cannot be made) of every regular file under the blob root, but the derived folders. */
function stageBlobs(root: string, derived: string[], staging: string): Array<{ name: string; staged: string; size: number }> {
  const files: Array<{ name: string; staged: string; size: number }> = [];
  const skip = new Set(derived.map((folder) => join(root, folder)));
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (skip.has(path)) continue;
      const stat = lstatSync(path);
      if (stat.isDirectory()) visit(path);
      else if (stat.isFile()) {
        const rel = relative(root, path).split(sep).join('/');
        const staged = join(staging, rel);
        mkdirSync(dirname(staged), { recursive: true });
        try {
          linkSync(path, staged);
        } catch {
          copyFileSync(path, staged);
        }
        files.push({ name: rel, staged, size: stat.size });
      }
      // Symbolic links (Lambda's link to Nimbus's own SDK) point at this machine: never archived.
    }
  };
  mkdirSync(staging, { recursive: true });
  visit(root);
  return files;
}

/** Parses the uncompressed stream a chunk at a time: magic, header, then entries written to files. */
class EntryReader {
  private buffer: Buffer = Buffer.alloc(0);
  private header: SnapshotHeader | undefined;
  private current: { out: WriteStream; remaining: bigint } | undefined;
  private sawStore = false;

  constructor(private readonly dir: string) {}

  async take(chunk: Buffer): Promise<void> {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (!this.header) {
        if (!this.readHeader()) return;
        continue;
      }
      if (this.current) {
        const take = Number(this.current.remaining < BigInt(this.buffer.length) ? this.current.remaining : BigInt(this.buffer.length));
        if (take > 0) await write(this.current.out, this.buffer.subarray(0, take));
        this.buffer = this.buffer.subarray(take);
        this.current.remaining -= BigInt(take);
        if (this.current.remaining > 0n) return;
        this.current.out.end();
        await finished(this.current.out);
        this.current = undefined;
        continue;
      }
      if (this.buffer.length < 4) return;
      const nameLength = this.buffer.readUInt32BE(0);
      if (nameLength === 0 || nameLength > 4096) throw new SnapshotError('The snapshot is damaged (an entry with an impossible name).');
      if (this.buffer.length < 4 + nameLength + 8) return;
      const name = this.buffer.subarray(4, 4 + nameLength).toString('utf8');
      const size = this.buffer.readBigUInt64BE(4 + nameLength);
      this.buffer = this.buffer.subarray(4 + nameLength + 8);
      const target = this.pathOf(name);
      mkdirSync(dirname(target), { recursive: true });
      this.current = { out: createWriteStream(target), remaining: size };
      if (name === STORE_ENTRY) this.sawStore = true;
    }
  }

  finish(): ReadSnapshot {
    if (!this.header) throw new SnapshotError('This is not a Nimbus state snapshot (it has no header).');
    if (this.current || this.buffer.length) throw new SnapshotError('The snapshot is cut short or damaged (an entry ends early).');
    if (!this.sawStore) throw new SnapshotError('The snapshot is damaged (it holds no store).');
    return { header: this.header, imagePath: join(this.dir, STORE_ENTRY), blobsDir: join(this.dir, 'blobs') };
  }

  /** An entry's file under the folder: only `store.sqlite` and plain relative paths under `blobs/`. */
  private pathOf(name: string): string {
    if (name === STORE_ENTRY) return join(this.dir, STORE_ENTRY);
    const parts = name.split('/');
    if (parts[0] !== 'blobs' || parts.length < 3 || parts.some((part) => part === '' || part === '.' || part === '..' || part.includes('\\') || part.includes('\0'))) {
      throw new SnapshotError(`The snapshot is damaged or unsafe (an entry named ${JSON.stringify(name)}).`);
    }
    return join(this.dir, ...parts);
  }

  private readHeader(): boolean {
    const magic = Buffer.from(MAGIC);
    if (this.buffer.length < magic.length) return false;
    if (!this.buffer.subarray(0, magic.length).equals(magic)) throw new SnapshotError('This is not a Nimbus state snapshot.');
    const end = this.buffer.indexOf(0x0a, magic.length);
    if (end < 0) {
      if (this.buffer.length > MAX_HEADER_BYTES) throw new SnapshotError('This is not a Nimbus state snapshot (its header never ends).');
      return false;
    }
    let header: SnapshotHeader;
    try {
      header = JSON.parse(this.buffer.subarray(magic.length, end).toString('utf8')) as SnapshotHeader;
    } catch {
      throw new SnapshotError('This is not a Nimbus state snapshot (its header is not JSON).');
    }
    if (!Number.isInteger(header.format) || header.format < 1) throw new SnapshotError('This is not a Nimbus state snapshot (its header has no format).');
    if (header.format > SNAPSHOT_FORMAT) {
      throw new SnapshotError(
        `This snapshot was written by Nimbus ${header.nimbus} in state format ${header.format}; this Nimbus (${VERSION}) reads format ${SNAPSHOT_FORMAT}. Load it with Nimbus ${header.nimbus} or newer.`,
      );
    }
    this.header = header;
    this.buffer = this.buffer.subarray(end + 1);
    return true;
  }
}
