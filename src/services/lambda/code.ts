import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reclaimBlobs } from '../../core/blob-reclaim.js';
import { invalidParameter, requestTooLarge } from './errors.js';
import type { CodeRecord } from './state.js';
import { planUnpack, readCentralDirectory, unpackZips } from './zip-archive.js';

/** A zip uploaded directly (ZipFile) may be at most 50 MB; AWS words the limit as the base64 request size. */
export const MAX_DIRECT_ZIP_BYTES = 50 * 1024 * 1024;
const DIRECT_REQUEST_LIMIT = 69_905_067;
/** Function code and all its layers, unzipped. */
export const MAX_UNZIPPED_BYTES = 262_144_000;
/** A zip fetched from S3 may be larger than a direct upload, but not beyond this. */
export const MAX_S3_ZIP_BYTES = MAX_UNZIPPED_BYTES;

/** Checks a zip as CreateFunction/UpdateFunctionCode/PublishLayerVersion do, and describes it. */
export function inspectZip(zip: Buffer, options: { direct: boolean; operation: string }): CodeRecord {
  if (options.direct && zip.length > MAX_DIRECT_ZIP_BYTES) throw requestTooLarge(DIRECT_REQUEST_LIMIT, options.operation);
  const entries = readCentralDirectory(zip);
  let unzipped = 0;
  for (const entry of entries) unzipped += entry.uncompressedSize;
  if (unzipped > MAX_UNZIPPED_BYTES) throw invalidParameter(`Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`);
  // Every path, through the links the zip makes, must stay in the folder: refused now, not at the first Invoke.
  planUnpack([zip]);
  const digest = createHash('sha256').update(zip).digest();
  return { sha256: digest.toString('base64'), hex: digest.toString('hex'), size: zip.length, unzippedSize: unzipped };
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

  zipPath(code: Pick<CodeRecord, 'hex'>): string {
    return join(this.root, 'zips', `${code.hex}.zip`);
  }

  save(zip: Buffer, code: CodeRecord): void {
    const path = this.zipPath(code);
    if (existsSync(path)) return;
    const partial = `${path}.${randomUUID()}.part`;
    writeFileSync(partial, zip);
    renameSync(partial, path);
  }

  read(code: Pick<CodeRecord, 'hex'>): Buffer {
    return readFileSync(this.zipPath(code));
  }

  /** The function's code, unzipped (once) into a folder of its own: LAMBDA_TASK_ROOT. */
  taskRoot(code: CodeRecord): string {
    return this.extractOnce(code, join(this.root, 'tasks', code.hex));
  }

  /** The /opt of a function: its layers extracted in order, later ones over earlier ones. */
  optRoot(layers: CodeRecord[]): string | undefined {
    if (!layers.length) return undefined;
    const target = join(this.root, 'opt', optKey(layers));
    if (existsSync(join(target, '.nimbus-complete'))) return target;
    const staging = `${target}.${randomUUID()}`;
    mkdirSync(staging, { recursive: true });
    unpackInto(layers.map((layer) => this.read(layer)), staging);
    publish(staging, target);
    return target;
  }

  /** Removes zips and folders no version or layer refers to any more. */
  prune(used: Set<string>, hex: string): void {
    if (used.has(hex)) return;
    rmSync(join(this.root, 'zips', `${hex}.zip`), { force: true });
    rmSync(join(this.root, 'tasks', hex), { recursive: true, force: true });
  }

  /**
   * Removes what no version or layer refers to any more and what a crash left half-written:
   * zips of code no row names and their partial writes (`*.part`), task roots of such code and
   * unfinished extractions (`<hex>.<uuid>` staging folders, or folders without their
   * `.nimbus-complete`), /opt folders no function's layers make, and anything else. The runtime
   * files and the SDK link (`tasks/node_modules`) stay. Only at start, before any write.
   */
  reclaim(used: { code: Set<string>; opt: Set<string> }): string[] {
    const complete = (relative: string) => existsSync(join(this.root, relative, '.nimbus-complete'));
    return reclaimBlobs(this.root, (path, entry) => {
      const [top, name, deeper] = path.split('/');
      if (deeper !== undefined) return 'keep';
      if (name === undefined) {
        if (top === 'runtime') return 'keep';
        return ['zips', 'tasks', 'opt', 'layers'].includes(top) && entry.isDirectory() ? 'descend' : 'remove';
      }
      if (top === 'zips') return entry.isFile() && /^[0-9a-f]{64}\.zip$/.test(name) && used.code.has(name.slice(0, 64)) ? 'keep' : 'remove';
      if (top === 'tasks') {
        if (name === 'node_modules') return 'keep';
        return entry.isDirectory() && /^[0-9a-f]{64}$/.test(name) && used.code.has(name) && complete(path) ? 'keep' : 'remove';
      }
      if (top === 'opt') return entry.isDirectory() && /^[0-9a-f]{32}$/.test(name) && used.opt.has(name) && complete(path) ? 'keep' : 'remove';
      // Layer versions keep their zips in zips/ like functions: nothing belongs in layers/.
      return 'remove';
    });
  }

  private extractOnce(code: CodeRecord, target: string): string {
    if (existsSync(join(target, '.nimbus-complete'))) return target;
    const staging = `${target}.${randomUUID()}`;
    mkdirSync(staging, { recursive: true });
    unpackInto([this.read(code)], staging);
    publish(staging, target);
    return target;
  }
}

/** The name of the /opt folder a list of layers makes, in order. */
export function optKey(layers: CodeRecord[]): string {
  return createHash('sha256').update(layers.map((l) => l.hex).join(',')).digest('hex').slice(0, 32);
}

/** Unpacks into a fresh staging folder, removed again if the zips turn out bad. */
function unpackInto(zips: Buffer[], staging: string): void {
  try {
    unpackZips(zips, staging);
    rmSync(join(staging, '.nimbus-complete'), { recursive: true, force: true });
    writeFileSync(join(staging, '.nimbus-complete'), '');
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
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
