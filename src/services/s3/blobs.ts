/**
 * Object bodies on disk, under the store's blob folder: each file is named by a generated
 * id (never by its key, so no key can reach outside the folder), written to a temporary
 * file and renamed into place once complete (a crash never leaves half a body under a
 * real name), and read back as streams in constant memory.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fsyncSync, mkdirSync, openSync, promises as fsp, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { reclaimBlobs } from '../../core/blob-reclaim.js';
import type { Hasher } from './checksums.js';
import type { Segment } from './state.js';

const READ_CHUNK = 256 * 1024;
/**
 * Bodies up to this size are written and read in one synchronous call each: for small objects
 * the round trips through the thread pool cost more than the copy itself.
 */
export const SMALL_BLOB = 64 * 1024;

/**
 * Encrypts a new blob's bytes where they start at `offset` in it, the blob's id choosing the
 * counter start (a stream cipher). Bodies of SSE-C objects are written through one.
 */
export interface BlobCipher {
  stream(id: string, offset: number): Transform;
  apply(id: string, offset: number, data: Buffer): Buffer;
}

export class SizeLimitExceeded extends Error {
  constructor(readonly size: number) {
    super('body larger than allowed');
  }
}

export class BlobStore {
  private rootDir: string | undefined;
  private readonly made = new Set<string>();

  constructor(
    private readonly root: () => string,
    private readonly durable: boolean,
  ) {}

  private dir(): string {
    if (!this.rootDir) {
      this.rootDir = this.root();
      // Temporary files of writes a crash interrupted are never part of an object.
      rmSync(join(this.rootDir, 'tmp'), { recursive: true, force: true });
      mkdirSync(join(this.rootDir, 'tmp'), { recursive: true });
    }
    return this.rootDir;
  }

  path(id: string): string {
    if (!/^[0-9a-f]{32}$/.test(id)) throw new Error(`not a blob id: ${id}`);
    return join(this.dir(), id.slice(0, 2), id);
  }

  /**
   * Streams `source` into a new blob, feeding every byte to `hashers`. Throws
   * SizeLimitExceeded past `maxSize` bytes. Nothing is visible until it resolves.
   */
  async write(source: Readable, hashers: Hasher[], maxSize = Number.POSITIVE_INFINITY, cipher?: BlobCipher): Promise<Segment> {
    const id = randomBytes(16).toString('hex');
    const dir = this.dir();
    const tmp = join(dir, 'tmp', id);
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        size += chunk.length;
        if (size > maxSize) {
          callback(new SizeLimitExceeded(size));
          return;
        }
        for (const hasher of hashers) hasher.update(chunk);
        callback(null, chunk);
      },
    });
    const out = createWriteStream(tmp, { flags: 'wx', flush: this.durable, highWaterMark: READ_CHUNK });
    try {
      // Hashers see the plain bytes; the file holds what the cipher makes of them.
      if (cipher) await pipeline(source, tap, cipher.stream(id, 0), out);
      else await pipeline(source, tap, out);
      const shard = join(dir, id.slice(0, 2));
      if (!this.made.has(shard)) {
        mkdirSync(shard, { recursive: true });
        this.made.add(shard);
      }
      await fsp.rename(tmp, join(shard, id));
    } catch (error) {
      await fsp.unlink(tmp).catch(() => undefined);
      throw error;
    }
    return { id, size };
  }

  /** A small body already in memory, as a new blob (same temp-file-then-rename discipline). */
  writeBuffer(plain: Buffer, cipher?: BlobCipher): Segment {
    const id = randomBytes(16).toString('hex');
    const data = cipher ? cipher.apply(id, 0, plain) : plain;
    const dir = this.dir();
    const tmp = join(dir, 'tmp', id);
    const fd = openSync(tmp, 'wx');
    try {
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      if (this.durable) fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      unlinkSync(tmp);
      throw error;
    }
    closeSync(fd);
    const shard = join(dir, id.slice(0, 2));
    if (!this.made.has(shard)) {
      mkdirSync(shard, { recursive: true });
      this.made.add(shard);
    }
    renameSync(tmp, join(shard, id));
    return { id, size: data.length };
  }

  /** A small object's whole body (see SMALL_BLOB). */
  readSmall(segments: Segment[]): Buffer {
    if (segments.length === 1) return readFileSync(this.path(segments[0]!.id));
    return Buffer.concat(segments.map((s) => (s.size ? readFileSync(this.path(s.id)) : Buffer.alloc(0))));
  }

  /** A copy of bytes [start, end] of an object's segments, as a new blob. */
  async copyRange(segments: Segment[], start: number, end: number, hashers: Hasher[], ciphers: { from?: Transform; to?: BlobCipher } = {}): Promise<Segment> {
    const source = await this.read(segments, start, end, ciphers.from);
    return this.write(source, hashers, Number.POSITIVE_INFINITY, ciphers.to);
  }

  /**
   * Bytes [start, end] (inclusive) of the concatenated segments. Every file is opened
   * before this resolves, so a delete that follows cannot take the body from under a reader.
   */
  async read(segments: Segment[], start: number, end: number, decipher?: Transform): Promise<Readable> {
    const raw = await this.readRaw(segments, start, end);
    if (!decipher) return raw;
    // Errors go forward and an abandoned read closes the files (pipe alone does neither).
    raw.on('error', (error) => decipher.destroy(error));
    decipher.on('close', () => raw.destroy());
    return raw.pipe(decipher);
  }

  private async readRaw(segments: Segment[], start: number, end: number): Promise<Readable> {
    const pieces: Array<{ fd: fsp.FileHandle; start: number; end: number }> = [];
    let offset = 0;
    try {
      for (const segment of segments) {
        const segStart = offset;
        const segEnd = offset + segment.size - 1;
        offset += segment.size;
        if (segment.size === 0 || segEnd < start || segStart > end) continue;
        const fd = await fsp.open(this.path(segment.id), 'r');
        pieces.push({ fd, start: Math.max(start, segStart) - segStart, end: Math.min(end, segEnd) - segStart });
      }
    } catch (error) {
      for (const piece of pieces) await piece.fd.close();
      throw error;
    }
    if (pieces.length === 0) return Readable.from([], { objectMode: false });
    const open = (piece: (typeof pieces)[0]): Readable => createReadStream('', { fd: piece.fd, start: piece.start, end: piece.end, highWaterMark: READ_CHUNK });
    if (pieces.length === 1) return open(pieces[0]!);
    const out = new PassThrough({ highWaterMark: READ_CHUNK });
    void (async () => {
      let index = 0;
      try {
        for (; index < pieces.length; index++) {
          const piece = pieces[index]!;
          await pipeline(open(piece), out, { end: false });
        }
        out.end();
      } catch (error) {
        out.destroy(error as Error);
      } finally {
        for (let rest = index + 1; rest < pieces.length; rest++) await pieces[rest]!.fd.close().catch(() => undefined);
      }
    })();
    return out;
  }

  /** Deletes blobs no longer referenced; missing files are fine. */
  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      fsp.unlink(this.path(id)).catch(() => undefined);
    }
  }

  /**
   * Removes blob files no row names and anything else a crash left (the temporary files of
   * interrupted writes). Only at start, before any write: an unfinished write looks the same.
   */
  reclaim(referenced: Set<string>): string[] {
    return reclaimBlobs(this.dir(), (path, entry) => {
      // Shards hold bodies; tmp holds writes in progress (none yet at start), and stays as a folder.
      if (entry.isDirectory() && (/^[0-9a-f]{2}$/.test(path) || path === 'tmp')) return 'descend';
      const slash = path.indexOf('/');
      const id = path.slice(slash + 1);
      return slash === 2 && entry.isFile() && id.startsWith(path.slice(0, 2)) && referenced.has(id) ? 'keep' : 'remove';
    });
  }

  /** Ids of every blob on disk (for tests of leaks, and tidying). */
  list(): string[] {
    const dir = this.dir();
    const ids: string[] = [];
    for (const shard of readdirSync(dir)) {
      if (shard === 'tmp') continue;
      for (const name of readdirSync(join(dir, shard))) ids.push(name);
    }
    return ids;
  }
}
