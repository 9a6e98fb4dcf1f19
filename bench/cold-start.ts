// cold-start: how long from spawning a server process to its first answered
// HTTP request, and how much memory it holds once idle.
//
// Subjects, measured alternately in the same run (the order rotates every
// round, so none always follows the same neighbour):
//   - the floor: `node bench/floor-server.mjs` (bare node:http, plain JS);
//   - nimbus: `node bin/nimbus.js start` (compiled dist/), polled on
//     GET /_nimbus/health; after the idle RSS reading, one CreateQueue is timed
//     on the now-idle server, which is what the first SQS call costs given that
//     services load lazily;
//   - nimbus (CreateQueue first): the same command, but polled with CreateQueue
//     straight away, i.e. the time a user's first SQS call waits after spawn.
// Both sides run on plain `node` (no tsx), with the same environment.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { median, quantile, round, sleep, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NIMBUS = fileURLToPath(new URL('../bin/nimbus.js', import.meta.url));
const FLOOR = fileURLToPath(new URL('./floor-server.mjs', import.meta.url));

/** Pause between failed attempts while the server is not listening yet. */
const POLL_INTERVAL_MS = 2;
/** How long a server sits idle before its RSS is read. */
const IDLE_MS = 1000;
/** Give up on a server that has not answered by then. */
const START_TIMEOUT_MS = 15_000;

const TARGET_FIRST_ANSWER_MS = 300;
const TARGET_IDLE_RSS_MB = 80;

type Probe = 'health' | 'sqs';

interface Subject {
  key: string;
  name: string;
  args: (port: number) => string[];
  probe: Probe;
  /** After the idle reading, time one CreateQueue on the idle server. */
  timeFirstSqsWhenIdle: boolean;
}

const SUBJECTS: Subject[] = [
  {
    key: 'floor',
    name: 'node:http floor',
    args: (port) => [FLOOR, '--port', String(port)],
    probe: 'health',
    timeFirstSqsWhenIdle: false,
  },
  {
    key: 'nimbus',
    name: 'nimbus',
    args: (port) => [NIMBUS, 'start', '--port', String(port), '--log-level', 'silent'],
    probe: 'health',
    timeFirstSqsWhenIdle: true,
  },
  {
    key: 'nimbusSqsFirst',
    name: 'nimbus (CreateQueue first)',
    args: (port) => [NIMBUS, 'start', '--port', String(port), '--log-level', 'silent'],
    probe: 'sqs',
    timeFirstSqsWhenIdle: false,
  },
];

interface Sample {
  firstAnswerMs: number;
  attempts: number;
  idleRssBytes?: number;
  firstSqsWhenIdleMs?: number;
}

/** Children still running, killed if the bench dies half-way. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function request(port: number, probe: Probe): [string, RequestInit] {
  if (probe === 'health') return [`http://127.0.0.1:${port}/_nimbus/health`, { method: 'GET' }];
  return [
    `http://127.0.0.1:${port}/`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.CreateQueue' },
      body: '{"QueueName":"q"}',
    },
  ];
}

/** One request; throws on a non-2xx answer (that is a bug, not "not up yet"). */
async function ask(port: number, probe: Probe): Promise<void> {
  const [url, init] = request(port, probe);
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method} ${url} answered ${response.status}: ${text.slice(0, 200)}`);
}

function readRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
  live.delete(child);
}

async function measureOnce(subject: Subject, idle: boolean): Promise<Sample> {
  const port = await freePort();
  let stderr = '';
  let exited: string | undefined;

  const t0 = performance.now();
  const child = spawn(process.execPath, subject.args(port), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  live.add(child);
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.once('exit', (code, signal) => (exited = `exited (${signal ?? code})`));

  try {
    // Tight loop: try, and if nothing listens yet, try again a few ms later.
    let attempts = 0;
    let firstAnswerMs: number;
    for (;;) {
      attempts++;
      const [url, init] = request(port, subject.probe);
      let response: Response | undefined;
      try {
        response = await fetch(url, init);
      } catch {
        // Not listening yet (connection refused or reset).
      }
      if (response) {
        const text = await response.text();
        firstAnswerMs = performance.now() - t0;
        if (!response.ok) throw new Error(`${subject.name}: first answer was ${response.status}: ${text.slice(0, 200)}`);
        break;
      }
      if (exited) throw new Error(`${subject.name} ${exited} before answering:\n${stderr}`);
      if (performance.now() - t0 > START_TIMEOUT_MS) throw new Error(`${subject.name} did not answer within ${START_TIMEOUT_MS} ms`);
      await sleep(POLL_INTERVAL_MS);
    }
    const sample: Sample = { firstAnswerMs, attempts };
    if (idle) {
      await sleep(IDLE_MS);
      if (exited) throw new Error(`${subject.name} ${exited} while idle:\n${stderr}`);
      sample.idleRssBytes = readRssBytes(child.pid!);
      if (subject.timeFirstSqsWhenIdle) {
        const start = performance.now();
        await ask(port, 'sqs');
        sample.firstSqsWhenIdleMs = performance.now() - start;
      }
    }
    return sample;
  } finally {
    await stop(child);
  }
}

/** Loads fetch (undici) in this process, so the first measured poll does not pay for it. */
async function warmFetch(): Promise<void> {
  const server = createHttpServer((_req, res) => res.end('{}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  for (let i = 0; i < 5; i++) await (await fetch(`http://127.0.0.1:${port}/`)).text();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  // ...and the refused-connection path too.
  const closed = await freePort();
  await fetch(`http://127.0.0.1:${closed}/`).catch(() => undefined);
}

const ms = (value: number): number => round(value, 1);
const mb = (bytes: number): number => round(bytes / 1e6, 1);

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const iterations = quick ? 3 : 10;
  await warmFetch();

  // One discarded start per subject: warms the file cache and this process's fetch.
  for (const subject of SUBJECTS) await measureOnce(subject, false);

  const samples = new Map<string, Sample[]>(SUBJECTS.map((subject) => [subject.key, []]));
  for (let i = 0; i < iterations; i++) {
    const order = SUBJECTS.map((_, j) => SUBJECTS[(i + j) % SUBJECTS.length]!);
    for (const subject of order) samples.get(subject.key)!.push(await measureOnce(subject, true));
    log(`cold-start: round ${i + 1}/${iterations}`);
  }

  const rows: Row[] = [];
  const data: Record<string, unknown> = {
    iterations,
    warmupStartsPerSubject: 1,
    pollIntervalMs: POLL_INTERVAL_MS,
    idleMs: IDLE_MS,
    subjects: {},
  };
  const scenario = 'cold-start';
  for (const subject of SUBJECTS) {
    const list = samples.get(subject.key)!;
    const first = list.map((s) => s.firstAnswerMs);
    const rss = list.map((s) => s.idleRssBytes!);
    const isNimbus = subject.key !== 'floor';
    const what = subject.probe === 'sqs' ? 'first CreateQueue answered after spawn' : 'first answer after spawn';
    const firstMedian = median(first);
    const rssMedian = median(rss);
    rows.push({
      scenario,
      subject: subject.name,
      metric: `${what}, median`,
      value: ms(firstMedian),
      unit: 'ms',
      ...(subject.key === 'nimbus'
        ? { target: `≤ ${TARGET_FIRST_ANSWER_MS} ms`, met: firstMedian <= TARGET_FIRST_ANSWER_MS }
        : {}),
    });
    rows.push({ scenario, subject: subject.name, metric: `${what}, p90`, value: ms(quantile(first, 0.9)), unit: 'ms' });
    rows.push({
      scenario,
      subject: subject.name,
      metric: subject.probe === 'sqs' ? 'idle RSS (SQS loaded), median' : 'idle RSS, median',
      value: mb(rssMedian),
      unit: 'MB',
      ...(isNimbus ? { target: `< ${TARGET_IDLE_RSS_MB} MB`, met: rssMedian < TARGET_IDLE_RSS_MB * 1e6 } : {}),
    });
    const lazy = list.flatMap((s) => (s.firstSqsWhenIdleMs === undefined ? [] : [s.firstSqsWhenIdleMs]));
    if (lazy.length) {
      rows.push({
        scenario,
        subject: subject.name,
        metric: 'first CreateQueue on the idle server, median',
        value: ms(median(lazy)),
        unit: 'ms',
      });
    }
    (data.subjects as Record<string, unknown>)[subject.key] = {
      name: subject.name,
      command: ['node', ...subject.args(0).map((arg) => arg.replace(ROOT, '')).map((arg) => (arg === '0' ? '<port>' : arg))],
      probe: subject.probe === 'sqs' ? 'POST / AmazonSQS.CreateQueue' : 'GET /_nimbus/health',
      firstAnswerMs: { median: round(firstMedian), p90: round(quantile(first, 0.9)), samples: first.map((v) => round(v)) },
      idleRssBytes: { median: rssMedian, samples: rss },
      attempts: list.map((s) => s.attempts),
      ...(lazy.length
        ? { firstSqsWhenIdleMs: { median: round(median(lazy)), p90: round(quantile(lazy, 0.9)), samples: lazy.map((v) => round(v)) } }
        : {}),
    };
  }
  return { rows, data };
}
