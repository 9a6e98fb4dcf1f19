/**
 * MD5 (the ETag of an upload) on a worker thread. For a large body it is the costliest step of a
 * PUT, about 1 ms a megabyte; on the other core it runs while this one reads the body and writes
 * it to disk. Small bodies hash in place: posting them would cost more than it saves.
 */
import { Worker } from 'node:worker_threads';
import { createHasher, type Hasher } from './checksums.js';

/** Bodies from this size on are hashed on the worker. */
export const OFFLOAD_FROM_BYTES = 1024 * 1024;

/** An MD5 whose digest may still be on its way. */
export interface Md5 {
  update(data: Uint8Array): void;
  result(): Promise<Buffer>;
  /** The upload failed: nothing more will come. */
  abandon(): void;
}

export function md5For(expectedBytes: number | undefined): Md5 {
  return expectedBytes !== undefined && expectedBytes >= OFFLOAD_FROM_BYTES ? new OffloadedMd5() : new LocalMd5();
}

class LocalMd5 implements Md5 {
  private readonly hasher: Hasher = createHasher('MD5');
  update(data: Uint8Array): void {
    this.hasher.update(data);
  }
  result(): Promise<Buffer> {
    return Promise.resolve(this.hasher.digest());
  }
  abandon(): void {}
}

/**
 * The worker: one MD5 per upload id, fed chunk by chunk. Its source is given inline so that it
 * loads the same way from dist/ and under tsx (a worker does not inherit tsx's loader).
 */
const WORKER_SOURCE = `
const { createHash } = require('node:crypto');
const { parentPort } = require('node:worker_threads');
const hashes = new Map();
parentPort.on('message', ({ id, chunk, end, drop }) => {
  if (drop) {
    hashes.delete(id);
    return;
  }
  let hash = hashes.get(id);
  if (!hash) hashes.set(id, (hash = createHash('md5')));
  if (chunk) hash.update(chunk);
  if (end) {
    hashes.delete(id);
    parentPort.postMessage({ id, digest: hash.digest() });
  }
});
`;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (digest: Buffer) => void; reject: (error: Error) => void }>();

function md5Worker(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_SOURCE, { eval: true });
  started.on('message', ({ id, digest }: { id: number; digest: Uint8Array }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    waiting?.resolve(Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the MD5 worker exited (${code})`)));
  // Idle, it must not keep a process alive that is otherwise done (after the listeners: adding one refs it again).
  started.unref();
  worker = started;
  return started;
}

class OffloadedMd5 implements Md5 {
  private readonly id = nextId++;
  private readonly worker = md5Worker();

  update(data: Uint8Array): void {
    // One copy of just these bytes (a chunk is often a view into a larger buffer, which
    // postMessage would clone whole), then handed over without a second one.
    const chunk = new Uint8Array(data);
    this.worker.postMessage({ id: this.id, chunk }, [chunk.buffer]);
  }

  result(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      pending.set(this.id, { resolve, reject });
      this.worker.postMessage({ id: this.id, end: true });
    });
  }

  abandon(): void {
    this.worker.postMessage({ id: this.id, drop: true });
  }
}
