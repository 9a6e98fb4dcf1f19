/**
 * The digests an upload needs (the ETag's MD5, the checksums a client asked for, the
 * x-amz-content-sha256 check), fed once per chunk. For a large body the cryptographic ones are
 * the costliest part of a PUT, about 1 ms a megabyte each, so from 1 MiB on they run on a worker
 * thread: on the other core, beside the reading and writing of the body instead of in its way.
 * CRCs stay here (CRC32 is native and fast); small bodies hash in place, as posting them would
 * cost more than it saves.
 */
import { Worker } from 'node:worker_threads';
import { createHasher, type ChecksumAlgorithm, type Hasher } from './checksums.js';

export type DigestAlgorithm = ChecksumAlgorithm | 'MD5';

/** Bodies from this size on have their cryptographic digests computed on the worker. */
export const OFFLOAD_FROM_BYTES = 1024 * 1024;

/** node:crypto's names for the digests the worker computes. */
const WORKER_ALGORITHMS: Partial<Record<DigestAlgorithm, string>> = { MD5: 'md5', SHA1: 'sha1', SHA256: 'sha256' };

export class UploadDigests {
  private readonly local = new Map<DigestAlgorithm, Hasher>();
  private readonly offloaded: DigestAlgorithm[] = [];
  private readonly id = nextId++;

  constructor(algorithms: Iterable<DigestAlgorithm>, expectedBytes: number | undefined) {
    const large = expectedBytes !== undefined && expectedBytes >= OFFLOAD_FROM_BYTES;
    for (const algorithm of new Set(algorithms)) {
      if (large && WORKER_ALGORITHMS[algorithm]) this.offloaded.push(algorithm);
      else this.local.set(algorithm, createHasher(algorithm));
    }
    if (this.offloaded.length) {
      digestWorker().postMessage({ id: this.id, algorithms: this.offloaded.map((a) => WORKER_ALGORITHMS[a]) });
    }
  }

  update(data: Uint8Array): void {
    for (const hasher of this.local.values()) hasher.update(data);
    if (!this.offloaded.length) return;
    // One copy of just these bytes (a chunk is often a view into a larger buffer, which
    // postMessage would clone whole), then handed over without a second one.
    const chunk = new Uint8Array(data);
    digestWorker().postMessage({ id: this.id, chunk }, [chunk.buffer]);
  }

  /** Every digest, once the worker has sent its share. */
  async results(): Promise<Map<DigestAlgorithm, Buffer>> {
    const out = new Map<DigestAlgorithm, Buffer>([...this.local].map(([algorithm, hasher]) => [algorithm, hasher.digest()]));
    if (this.offloaded.length) {
      const digests = await new Promise<Buffer[]>((resolve, reject) => {
        pending.set(this.id, { resolve, reject });
        digestWorker().postMessage({ id: this.id, end: true });
      });
      this.offloaded.forEach((algorithm, i) => out.set(algorithm, digests[i]!));
    }
    return out;
  }

  /** The upload failed: nothing more will come. */
  abandon(): void {
    if (this.offloaded.length) digestWorker().postMessage({ id: this.id, drop: true });
  }
}

/**
 * The worker: the hashes of each upload id, fed chunk by chunk. Its source is given inline so that
 * it loads the same way from dist/ and under tsx (a worker does not inherit tsx's loader).
 */
const WORKER_SOURCE = `
const { createHash } = require('node:crypto');
const { parentPort } = require('node:worker_threads');
const uploads = new Map();
parentPort.on('message', ({ id, algorithms, chunk, end, drop }) => {
  if (algorithms) uploads.set(id, algorithms.map((algorithm) => createHash(algorithm)));
  const hashes = uploads.get(id);
  if (!hashes) return;
  if (drop) {
    uploads.delete(id);
    return;
  }
  if (chunk) for (const hash of hashes) hash.update(chunk);
  if (end) {
    uploads.delete(id);
    parentPort.postMessage({ id, digests: hashes.map((hash) => hash.digest()) });
  }
});
`;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (digests: Buffer[]) => void; reject: (error: Error) => void }>();

function digestWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_SOURCE, { eval: true });
  started.on('message', ({ id, digests }: { id: number; digests: Uint8Array[] }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    waiting?.resolve(digests.map((digest) => Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength)));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the digest worker exited (${code})`)));
  // Idle, it must not keep a process alive that is otherwise done (after the listeners: adding one refs it again).
  started.unref();
  worker = started;
  return started;
}
