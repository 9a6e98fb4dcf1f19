import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { invalidParameter, requestTooLarge } from './errors.js';
import type { CodeRecord } from './state.js';

/** A zip uploaded directly (ZipFile) may be at most 50 MB; AWS words the limit as the base64 request size. */
export const MAX_DIRECT_ZIP_BYTES = 50 * 1024 * 1024;
const DIRECT_REQUEST_LIMIT = 69_905_067;
/** Function code and all its layers, unzipped. */
export const MAX_UNZIPPED_BYTES = 262_144_000;
/** A zip fetched from S3 may be larger than a direct upload, but not beyond this. */
export const MAX_S3_ZIP_BYTES = MAX_UNZIPPED_BYTES;

const UNZIP_FAILED = 'Could not unzip uploaded file. Please check your file, then try to upload again.';

interface ZipEntry {
  name: string;
  uncompressedSize: number;
  /** Unix mode from the external attributes, when the zip was made on Unix. */
  mode?: number;
}

/** Reads a zip's central directory: names, sizes and modes, without inflating anything. */
export function readCentralDirectory(zip: Buffer): ZipEntry[] {
  const fail = () => invalidParameter(UNZIP_FAILED);
  if (zip.length < 22) throw fail();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw fail();
  let count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && zip.readUInt32LE(eocd - 20) === 0x07064b50) {
    const zip64 = Number(zip.readBigUInt64LE(eocd - 20 + 8));
    if (zip64 + 56 > zip.length || zip.readUInt32LE(zip64) !== 0x06064b50) throw fail();
    count = Number(zip.readBigUInt64LE(zip64 + 32));
    offset = Number(zip.readBigUInt64LE(zip64 + 48));
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw fail();
    const madeBy = zip.readUInt16LE(at + 4) >> 8;
    let size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const external = zip.readUInt32LE(at + 38);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (size === 0xffffffff) {
      // The zip64 extra field holds the real size first.
      let extra = at + 46 + nameLength;
      const end = extra + extraLength;
      while (extra + 4 <= end) {
        const id = zip.readUInt16LE(extra);
        const length = zip.readUInt16LE(extra + 2);
        if (id === 0x0001 && length >= 8) size = Number(zip.readBigUInt64LE(extra + 4));
        extra += 4 + length;
      }
    }
    const mode = madeBy === 3 ? external >>> 16 : undefined;
    entries.push({ name, uncompressedSize: size, mode: mode || undefined });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Checks a zip as CreateFunction/UpdateFunctionCode/PublishLayerVersion do, and describes it. */
export function inspectZip(zip: Buffer, options: { direct: boolean; operation: string }): CodeRecord {
  if (options.direct && zip.length > MAX_DIRECT_ZIP_BYTES) throw requestTooLarge(DIRECT_REQUEST_LIMIT, options.operation);
  const entries = readCentralDirectory(zip);
  let unzipped = 0;
  for (const entry of entries) {
    if (!safeEntryName(entry.name)) throw invalidParameter(UNZIP_FAILED);
    unzipped += entry.uncompressedSize;
  }
  if (unzipped > MAX_UNZIPPED_BYTES) throw invalidParameter(`Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`);
  const digest = createHash('sha256').update(zip).digest();
  return { sha256: digest.toString('base64'), hex: digest.toString('hex'), size: zip.length, unzippedSize: unzipped };
}

/** A zip entry name that stays inside the folder it is extracted to. */
function safeEntryName(name: string): boolean {
  if (name.includes('\u0000') || isAbsolute(name) || /^[a-zA-Z]:/.test(name) || name.startsWith('\\')) return false;
  const parts = name.replaceAll('\\', '/').split('/');
  let depth = 0;
  for (const part of parts) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return false;
  }
  return true;
}

/** Content-addressed code: zips by SHA, extracted once into folders named by SHA. */
export class CodeStore {
  constructor(private readonly root: string) {
    mkdirSync(join(root, 'zips'), { recursive: true });
    mkdirSync(join(root, 'tasks'), { recursive: true });
    mkdirSync(join(root, 'layers'), { recursive: true });
    mkdirSync(join(root, 'opt'), { recursive: true });
  }

  get tasksDir(): string {
    return join(this.root, 'tasks');
  }

  zipPath(code: CodeRecord): string {
    return join(this.root, 'zips', `${code.hex}.zip`);
  }

  save(zip: Buffer, code: CodeRecord): void {
    const path = this.zipPath(code);
    if (existsSync(path)) return;
    const partial = `${path}.${randomUUID()}.part`;
    writeFileSync(partial, zip);
    renameSync(partial, path);
  }

  read(code: CodeRecord): Buffer {
    return readFileSync(this.zipPath(code));
  }

  /** The function's code, unzipped (once) into a folder of its own: LAMBDA_TASK_ROOT. */
  taskRoot(code: CodeRecord): string {
    return this.extractOnce(code, join(this.root, 'tasks', code.hex));
  }

  /** The /opt of a function: its layers extracted in order, later ones over earlier ones. */
  optRoot(layers: CodeRecord[]): string | undefined {
    if (!layers.length) return undefined;
    const key = createHash('sha256').update(layers.map((l) => l.hex).join(',')).digest('hex').slice(0, 32);
    const target = join(this.root, 'opt', key);
    if (existsSync(join(target, '.nimbus-complete'))) return target;
    const staging = `${target}.${randomUUID()}`;
    mkdirSync(staging, { recursive: true });
    for (const layer of layers) extractZip(this.read(layer), staging);
    writeFileSync(join(staging, '.nimbus-complete'), '');
    publish(staging, target);
    return target;
  }

  /** Removes zips and folders no version or layer refers to any more. */
  prune(used: Set<string>, hex: string): void {
    if (used.has(hex)) return;
    rmSync(join(this.root, 'zips', `${hex}.zip`), { force: true });
    rmSync(join(this.root, 'tasks', hex), { recursive: true, force: true });
  }

  private extractOnce(code: CodeRecord, target: string): string {
    if (existsSync(join(target, '.nimbus-complete'))) return target;
    const staging = `${target}.${randomUUID()}`;
    mkdirSync(staging, { recursive: true });
    extractZip(this.read(code), staging);
    writeFileSync(join(staging, '.nimbus-complete'), '');
    publish(staging, target);
    return target;
  }
}

function publish(staging: string, target: string): void {
  try {
    renameSync(staging, target);
  } catch {
    // Someone else finished first: theirs is as good as ours.
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Extracts a zip into `dest`, refusing entries (and symbolic links) that would land outside it. */
export function extractZip(zip: Buffer, dest: string): void {
  const modes = new Map<string, number | undefined>();
  for (const entry of readCentralDirectory(zip)) {
    if (!safeEntryName(entry.name)) throw invalidParameter(UNZIP_FAILED);
    modes.set(entry.name, entry.mode);
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    throw invalidParameter(UNZIP_FAILED);
  }
  const root = resolve(dest);
  for (const [name, data] of Object.entries(files)) {
    const target = resolve(root, name);
    if (target !== root && !target.startsWith(root + sep)) throw invalidParameter(UNZIP_FAILED);
    if (name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    const mode = modes.get(name);
    const type = mode === undefined ? 0 : mode & 0o170000;
    if (type === 0o120000) {
      const link = Buffer.from(data).toString('utf8');
      const pointsTo = resolve(dirname(target), link);
      if (pointsTo !== root && !pointsTo.startsWith(root + sep)) throw invalidParameter(UNZIP_FAILED);
      rmSync(target, { force: true });
      symlinkSync(link, target);
      continue;
    }
    writeFileSync(target, data);
    // Unix permissions travel in the zip; AWS keeps them (a `bootstrap` must be executable).
    const permissions = mode === undefined ? 0o644 : mode & 0o777;
    chmodSync(target, permissions | 0o400);
  }
}
