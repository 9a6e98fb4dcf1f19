// s3-large-object: a 1 GiB upload (lib-storage multipart Upload, streamed from a generator)
// and download (streamed and hashed, never held) through the SDK, with Nimbus running as a
// child process whose resident memory (/proc/<pid>/status VmRSS) is sampled every 25 ms.
// Target: the Nimbus process stays under 150 MB RSS throughout.
// Nimbus runs as a user runs it: `nimbus start` from the compiled dist/.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const TARGET_MB = 150;
const MiB = 1024 * 1024;

function rssBytes(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Deterministic pseudo-random bytes, generated chunk by chunk (a 1 GiB body never exists whole). */
function* chunks(total: number, chunkSize: number): Generator<Buffer> {
  let seed = 0x9e3779b9;
  for (let sent = 0; sent < total; sent += chunkSize) {
    const chunk = Buffer.allocUnsafe(Math.min(chunkSize, total - sent));
    for (let i = 0; i + 4 <= chunk.length; i += 4) {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      chunk.writeUInt32LE(seed, i);
    }
    yield chunk;
  }
}

/** `nimbus start` from the compiled dist/ (as a user runs it), on a free port, once it answers. */
async function startChild(): Promise<{ child: ChildProcess; port: number }> {
  const cli = fileURLToPath(new URL('../bin/nimbus.js', import.meta.url));
  if (!existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)))) {
    throw new Error('s3-large-object runs the compiled CLI: run `npm run build` first (`npm run bench` does it for you)');
  }
  const port = await new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address() as AddressInfo;
      probe.close(() => resolve(address.port));
    });
  });
  const child = spawn(process.execPath, [cli, 'start', '--port', String(port), '--log-level', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nimbus exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/_nimbus/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('nimbus did not start within 30 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, port };
}

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const size = quick ? 256 * MiB : 1024 * MiB;
  const { child, port } = await startChild();
  const pid = child.pid!;
  const samples: Array<{ phase: string; rss: number }> = [];
  let phase = 'idle';
  const timer = setInterval(() => {
    const rss = rssBytes(pid);
    if (rss !== undefined) samples.push({ phase, rss });
  }, 25);
  const s3 = new S3Client({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, forcePathStyle: true, maxAttempts: 1 });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: 'large' }));
    await new Promise((r) => setTimeout(r, 200));
    const baseline = rssBytes(pid) ?? 0;
    log(`s3-large-object: nimbus child pid ${pid}, RSS at rest ${(baseline / MiB).toFixed(1)} MB; uploading ${size / MiB} MiB`);

    phase = 'upload';
    let started = performance.now();
    const sent = createHash('md5');
    const source = Readable.from(
      (function* () {
        for (const chunk of chunks(size, MiB)) {
          sent.update(chunk);
          yield chunk;
        }
      })(),
    );
    await new Upload({ client: s3, params: { Bucket: 'large', Key: 'one-gib.bin', Body: source }, partSize: 8 * MiB, queueSize: 4 }).done();
    const uploadMs = performance.now() - started;

    phase = 'download';
    started = performance.now();
    const got = await s3.send(new GetObjectCommand({ Bucket: 'large', Key: 'one-gib.bin' }));
    const received = createHash('md5');
    let bytes = 0;
    for await (const chunk of got.Body as Readable) {
      received.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    const downloadMs = performance.now() - started;
    phase = 'done';
    if (bytes !== size) throw new Error(`downloaded ${bytes} bytes, expected ${size}`);
    if (received.digest('hex') !== sent.digest('hex')) throw new Error('downloaded bytes differ from the uploaded ones');

    const peak = (p: string) => Math.max(0, ...samples.filter((s) => s.phase === p).map((s) => s.rss));
    const peakUpload = peak('upload');
    const peakDownload = peak('download');
    const peakAll = Math.max(peakUpload, peakDownload);
    const scenario = 's3-large-object';
    const label = `${size / MiB} MiB`;
    const rows: Row[] = [
      { scenario, subject: 'nimbus (child process)', metric: 'RSS at rest', value: round(baseline / MiB, 1), unit: 'MB' },
      { scenario, subject: 'nimbus (child process)', metric: `peak RSS, ${label} upload`, value: round(peakUpload / MiB, 1), unit: 'MB', target: `< ${TARGET_MB} MB`, met: peakUpload / MiB < TARGET_MB },
      { scenario, subject: 'nimbus (child process)', metric: `peak RSS, ${label} download`, value: round(peakDownload / MiB, 1), unit: 'MB', target: `< ${TARGET_MB} MB`, met: peakDownload / MiB < TARGET_MB },
      { scenario, subject: 'sdk → nimbus', metric: `${label} upload (lib-storage, 8 MiB parts ×4)`, value: round((size / MiB) / (uploadMs / 1000), 1), unit: 'MB/s' },
      { scenario, subject: 'nimbus → sdk', metric: `${label} download (GetObject stream)`, value: round((size / MiB) / (downloadMs / 1000), 1), unit: 'MB/s' },
    ];
    return {
      rows,
      data: {
        sizeBytes: size,
        baselineRssBytes: baseline,
        peakRssBytes: { upload: peakUpload, download: peakDownload, overall: peakAll },
        uploadMs: round(uploadMs, 1),
        downloadMs: round(downloadMs, 1),
        samples: samples.length,
        targetMB: TARGET_MB,
      },
    };
  } finally {
    clearInterval(timer);
    s3.destroy();
    child.kill('SIGTERM');
  }
}
