// logs: PutLogEvents (10 events a call) and FilterLogEvents (a JSON filter pattern over a
// 10,000-event log group, 1% matching, 100 events returned) with the real CloudWatch Logs SDK
// client, against Nimbus and against a Logs floor.
//
// The floor is the least a Logs server on node:http can do and still answer honestly: it keeps
// the events of each log group in an in-memory array, appends on PutLogEvents, and on
// FilterLogEvents scans the group in order with the cheapest test that finds the same events
// (a substring check for "level":"ERROR") and returns them in the same JSON shape. Nimbus
// validates the batch, stores events in SQLite, runs metric filters and subscriptions (none
// here), parses the filter pattern and each JSON message. As in sqs-round-trip, both servers
// run in this process (same event loop, same core topology) and runs alternate in ABBA blocks.
//
// The regex engine, side by side: user-supplied regexes run on RE2 (src/core/safe-regex.ts, the
// re2js port: linear time) instead of V8's backtracking RegExp. The scenario measures (1)
// FilterLogEvents with a %regex% pattern, Nimbus on RE2 against the floor testing each event with
// RegExp; (2) the engines alone over the same 10,000 messages, RE2 against RegExp, in alternating
// blocks; (3) each engine's start-up (load and first compile, in a fresh process) and memory;
// (4) (a+)+b, which RegExp backtracks on exponentially, on a short subject each engine can finish.
import { execFileSync } from 'node:child_process';
import { inAlternatingBlocks } from './alternation.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenForBench } from './floor-server.mjs';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  FilterLogEventsCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { startCloud } from '../dist/index.js';
import { compileSafeRegex } from '../dist/core/safe-regex.js';
import { mean, median, quantile, round, type Row, type ScenarioOptions, type ScenarioResult } from './stats.js';

const PUT_TARGET_RATIO = 2;
const FILTER_TARGET_RATIO = 3;
const BLOCK = 25;
const SEARCH_EVENTS = 10_000;
const PATTERN = '{ $.level = "ERROR" }';
/** The same 1% of events, as a regex in AWS's filter-pattern subset (no quotes, no groups). */
const REGEX = 'level...ERROR';
const REGEX_PATTERN = `%${REGEX}%`;
/** Regexes for the engine-only comparison: the filter's, a class-and-count one, an anchored alternation. */
const ENGINE_REGEXES = [REGEX, 'req-[0-9]{2}5.,', '^.{2}level|latency.:9[0-9]{2}'];


interface Floor {
  endpoint: string;
  close(): Promise<void>;
}

interface FloorEvent {
  logStreamName: string;
  timestamp: number;
  message: string;
  ingestionTime: number;
  eventId: string;
}

/** A Logs floor: events in arrays per group; FilterLogEvents is a linear scan with a substring test. */
async function startLogsFloor(): Promise<Floor> {
  const groups = new Map<string, FloorEvent[]>();
  let sequence = 0;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>;
      let output: unknown = {};
      if (target.endsWith('.CreateLogGroup')) groups.set(input.logGroupName, []);
      else if (target.endsWith('.PutLogEvents')) {
        const events = groups.get(input.logGroupName) ?? [];
        const now = Date.now();
        for (const event of input.logEvents as Array<{ timestamp: number; message: string }>) {
          events.push({ logStreamName: input.logStreamName, timestamp: event.timestamp, message: event.message, ingestionTime: now, eventId: String(++sequence).padStart(56, '0') });
        }
        groups.set(input.logGroupName, events);
        output = { nextSequenceToken: String(sequence).padStart(56, '0') };
      } else if (target.endsWith('.FilterLogEvents')) {
        const limit = input.limit ?? 10_000;
        const found: FloorEvent[] = [];
        // A %regex% pattern runs on today's RegExp; the JSON pattern on its cheapest equivalent.
        const regex = typeof input.filterPattern === 'string' && input.filterPattern.startsWith('%') ? new RegExp(input.filterPattern.slice(1, -1)) : undefined;
        for (const event of groups.get(input.logGroupName) ?? []) {
          if (regex ? !regex.test(event.message) : !event.message.includes('"level":"ERROR"')) continue;
          found.push(event);
          if (found.length === limit) break;
        }
        output = { events: found, searchedLogStreams: [] };
      }
      const body = Buffer.from(JSON.stringify(output));
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'content-length': body.length, 'x-amzn-requestid': '00000000-0000-4000-8000-000000000000' });
      res.end(body);
    });
  };
  return listenForBench(createServer(handle));
}

interface Side {
  key: 'nimbus' | 'floor';
  name: string;
  client: CloudWatchLogsClient;
  put: number[];
  filter: number[];
  regexFilter: number[];
}

function client(endpoint: string): CloudWatchLogsClient {
  return new CloudWatchLogsClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
}

function message(i: number): string {
  return JSON.stringify({ level: i % 100 === 0 ? 'ERROR' : 'INFO', requestId: `req-${i}`, latency: i % 977, path: `/api/items/${i % 50}` });
}

async function prepare(side: Side): Promise<void> {
  for (const group of ['bench-write', 'bench-search']) {
    await side.client.send(new CreateLogGroupCommand({ logGroupName: group }));
    await side.client.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: 'main' }));
  }
  const start = Date.now() - 3_600_000;
  for (let batch = 0; batch < SEARCH_EVENTS / 1000; batch++) {
    const logEvents = Array.from({ length: 1000 }, (_, i) => {
      const n = batch * 1000 + i;
      return { timestamp: start + n, message: message(n) };
    });
    await side.client.send(new PutLogEventsCommand({ logGroupName: 'bench-search', logStreamName: 'main', logEvents }));
  }
}

let written = 0;

async function putOnce(side: Side, record: boolean): Promise<void> {
  const now = Date.now();
  const logEvents = Array.from({ length: 10 }, (_, i) => ({ timestamp: now, message: message(written + i) }));
  written += 10;
  const start = performance.now();
  await side.client.send(new PutLogEventsCommand({ logGroupName: 'bench-write', logStreamName: 'main', logEvents }));
  if (record) side.put.push(performance.now() - start);
}

async function filterOnce(side: Side, record: boolean): Promise<void> {
  const start = performance.now();
  const out = await side.client.send(new FilterLogEventsCommand({ logGroupName: 'bench-search', filterPattern: PATTERN, limit: 1000 }));
  if (record) side.filter.push(performance.now() - start);
  if (out.events?.length !== SEARCH_EVENTS / 100) throw new Error(`${side.name}: FilterLogEvents found ${out.events?.length} events, not ${SEARCH_EVENTS / 100}`);
}

/** A search as a client makes it: following nextToken (a call may stop early, as AWS's do) until the group is done. */
async function regexFilterOnce(side: Side, record: boolean): Promise<void> {
  const start = performance.now();
  let found = 0;
  let nextToken: string | undefined;
  do {
    const out = await side.client.send(new FilterLogEventsCommand({ logGroupName: 'bench-search', filterPattern: REGEX_PATTERN, limit: 1000, nextToken }));
    found += out.events?.length ?? 0;
    nextToken = out.nextToken;
  } while (nextToken);
  if (record) side.regexFilter.push(performance.now() - start);
  if (found !== SEARCH_EVENTS / 100) throw new Error(`${side.name}: FilterLogEvents ${REGEX_PATTERN} found ${found} events, not ${SEARCH_EVENTS / 100}`);
}

interface Engine {
  name: string;
  compile(source: string): { test(text: string): boolean };
  scans: number[];
}

/** One pass of every engine regex over the messages: the work a FilterLogEvents scan does per pattern. */
function scanOnce(engine: Engine, compiled: Array<{ test(text: string): boolean }>, messages: string[], record: boolean): void {
  const start = performance.now();
  let hits = 0;
  for (const regex of compiled) for (const text of messages) if (regex.test(text)) hits++;
  if (record) engine.scans.push(performance.now() - start);
  if (hits === 0) throw new Error(`${engine.name}: no regex matched`);
}

/** Load time, first compile and heap of an engine in a fresh process (nothing else loaded). */
function startUp(engine: 're2' | 'regexp'): { loadMs: number; firstCompileMs: number; heapKiB: number } {
  const safeRegex = new URL('../dist/core/safe-regex.js', import.meta.url).href;
  const script = `
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const compile = ${engine === 're2' ? `(await import(${JSON.stringify(safeRegex)})).compileSafeRegex` : '(s) => new RegExp(s)'};
    const t1 = performance.now();
    compile(${JSON.stringify(REGEX)}).test('{"level":"ERROR"}');
    const t2 = performance.now();
    console.log(JSON.stringify({ loadMs: t1 - t0, firstCompileMs: t2 - t1, heapKiB: (process.memoryUsage().heapUsed - heap0) / 1024 }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { loadMs: number; firstCompileMs: number; heapKiB: number };
}

/** (a+)+b over `length` a's: RegExp tries 2^length ways to fail; RE2 one pass. */
function hostileMs(compile: (source: string) => { test(text: string): boolean }, length: number): number {
  const regex = compile('(a+)+b');
  const start = performance.now();
  regex.test('a'.repeat(length));
  return performance.now() - start;
}

async function alternate(sides: [Side, Side], total: number, op: (side: Side, record: boolean) => Promise<void>, record: boolean): Promise<void> {
  await inAlternatingBlocks(sides, total, BLOCK, async (side, count) => {
    for (let i = 0; i < count; i++) await op(side, record);
  });
}

const ms = (value: number): number => round(value, 3);

export async function run({ quick, log }: ScenarioOptions): Promise<ScenarioResult> {
  const puts = quick ? 200 : 2000;
  const filters = quick ? 50 : 400;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const cloud = await startCloud({ port: 0 });
  const floor = await startLogsFloor();
  const nimbus: Side = { key: 'nimbus', name: 'nimbus', client: client(cloud.endpoint), put: [], filter: [], regexFilter: [] };
  const bare: Side = { key: 'floor', name: 'node:http floor', client: client(floor.endpoint), put: [], filter: [], regexFilter: [] };
  try {
    await prepare(nimbus);
    await prepare(bare);
    await alternate([nimbus, bare], quick ? 25 : 100, putOnce, false);
    await alternate([nimbus, bare], quick ? 10 : 25, filterOnce, false);
    log(`logs: warmed up, measuring ${puts} PutLogEvents and ${filters} FilterLogEvents each`);
    await alternate([nimbus, bare], puts, putOnce, true);
    await alternate([nimbus, bare], filters, filterOnce, true);
    await alternate([nimbus, bare], quick ? 10 : 25, regexFilterOnce, false);
    await alternate([nimbus, bare], filters, regexFilterOnce, true);

    // The engines alone, over the same messages, in alternating blocks.
    const messages = Array.from({ length: SEARCH_EVENTS }, (_, i) => message(i));
    const re2: Engine = { name: 'RE2 (re2js)', compile: (source) => compileSafeRegex(source), scans: [] };
    const regexp: Engine = { name: 'RegExp (V8)', compile: (source) => new RegExp(source), scans: [] };
    const compiledBy = new Map<Engine, Array<{ test(text: string): boolean }>>();
    const compileMs: Record<string, number> = {};
    for (const engine of [re2, regexp]) {
      const start = performance.now();
      compiledBy.set(engine, ENGINE_REGEXES.map((source) => engine.compile(source)));
      compileMs[engine.name] = (performance.now() - start) / ENGINE_REGEXES.length;
    }
    const scans = quick ? 20 : 100;
    await inAlternatingBlocks([re2, regexp] as const, 5, 5, async (engine, count) => {
      for (let i = 0; i < count; i++) scanOnce(engine, compiledBy.get(engine)!, messages, false);
    });
    await inAlternatingBlocks([re2, regexp] as const, scans, 5, async (engine, count) => {
      for (let i = 0; i < count; i++) scanOnce(engine, compiledBy.get(engine)!, messages, true);
    });
    const startUps = { re2: startUp('re2'), regexp: startUp('regexp') };
    const hostileLength = 22;
    const hostile = { re2: hostileMs(re2.compile, hostileLength), regexp: hostileMs(regexp.compile, hostileLength), re2At100k: hostileMs(re2.compile, 100_000) };

    const scenario = 'logs';
    const rows: Row[] = [];
    const data: Record<string, unknown> = { puts, filters, eventsPerPut: 10, searchEvents: SEARCH_EVENTS, matched: SEARCH_EVENTS / 100, pattern: PATTERN, blockSize: BLOCK, subjects: {} };
    const summary = (values: number[]) => ({ meanMs: mean(values), medianMs: median(values), p90Ms: quantile(values, 0.9), p99Ms: quantile(values, 0.99), perSecond: 1000 / mean(values) });
    for (const side of [nimbus, bare]) {
      const put = summary(side.put);
      const filter = summary(side.filter);
      const regexFilter = summary(side.regexFilter);
      rows.push(
        { scenario, subject: side.name, metric: 'PutLogEvents (10 events)/s', value: round(put.perSecond, 0), unit: '/s' },
        { scenario, subject: side.name, metric: 'PutLogEvents latency, median', value: ms(put.medianMs), unit: 'ms' },
        { scenario, subject: side.name, metric: 'PutLogEvents latency, p99', value: ms(put.p99Ms), unit: 'ms' },
        { scenario, subject: side.name, metric: 'FilterLogEvents (10k events)/s', value: round(filter.perSecond, 1), unit: '/s' },
        { scenario, subject: side.name, metric: 'FilterLogEvents latency, median', value: ms(filter.medianMs), unit: 'ms' },
        { scenario, subject: side.name, metric: 'FilterLogEvents latency, p99', value: ms(filter.p99Ms), unit: 'ms' },
        { scenario, subject: side.key === 'nimbus' ? 'nimbus (RE2)' : 'floor (RegExp)', metric: `FilterLogEvents ${REGEX_PATTERN}, median`, value: ms(regexFilter.medianMs), unit: 'ms' },
      );
      (data.subjects as Record<string, unknown>)[side.key] = {
        name: side.name,
        put: Object.fromEntries(Object.entries(put).map(([k, v]) => [k, round(v, 4)])),
        filter: Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, round(v, 4)])),
        putLatenciesMs: side.put.map((v) => round(v, 4)),
        filterLatenciesMs: side.filter.map((v) => round(v, 4)),
        regexFilter: Object.fromEntries(Object.entries(regexFilter).map(([k, v]) => [k, round(v, 4)])),
        regexFilterLatenciesMs: side.regexFilter.map((v) => round(v, 4)),
      };
    }
    const regexFilterRatio = mean(nimbus.regexFilter) / mean(bare.regexFilter);
    const engineRatio = mean(re2.scans) / mean(regexp.scans);
    const perScan = `${ENGINE_REGEXES.length} regexes × ${SEARCH_EVENTS.toLocaleString('en-US')} messages`;
    for (const engine of [re2, regexp]) {
      rows.push(
        { scenario, subject: engine.name, metric: `engine scan (${perScan}), median`, value: ms(median(engine.scans)), unit: 'ms' },
        { scenario, subject: engine.name, metric: 'compile, mean per regex (warm)', value: ms(compileMs[engine.name]), unit: 'ms' },
      );
    }
    rows.push(
      { scenario, subject: 'RE2 (re2js)', metric: 'start-up: load + first compile (fresh process)', value: ms(startUps.re2.loadMs + startUps.re2.firstCompileMs), unit: 'ms' },
      { scenario, subject: 'RegExp (V8)', metric: 'start-up: load + first compile (fresh process)', value: ms(startUps.regexp.loadMs + startUps.regexp.firstCompileMs), unit: 'ms' },
      { scenario, subject: 'RE2 (re2js)', metric: 'start-up heap', value: round(startUps.re2.heapKiB, 0), unit: 'KiB' },
      { scenario, subject: 'RE2 (re2js)', metric: `(a+)+b over ${hostileLength} a's`, value: ms(hostile.re2), unit: 'ms' },
      { scenario, subject: 'RegExp (V8)', metric: `(a+)+b over ${hostileLength} a's`, value: ms(hostile.regexp), unit: 'ms' },
      { scenario, subject: 'RE2 (re2js)', metric: '(a+)+b over 100,000 a\'s', value: ms(hostile.re2At100k), unit: 'ms' },
      // What linear time costs on ordinary patterns: informational, the scenario's target is the FilterLogEvents ratio below.
      { scenario, subject: 'RE2 / RegExp', metric: 'engine scan cost ratio (mean)', value: round(engineRatio, 2), unit: '×' },
      { scenario, subject: 'nimbus / floor', metric: `FilterLogEvents ${REGEX_PATTERN} cost ratio (mean)`, value: round(regexFilterRatio, 2), unit: '×', target: `≤ ${FILTER_TARGET_RATIO}×`, met: regexFilterRatio <= FILTER_TARGET_RATIO },
    );
    data.regex = {
      pattern: REGEX_PATTERN,
      engineRegexes: ENGINE_REGEXES,
      engineScansMs: { re2: re2.scans.map((v) => round(v, 4)), regexp: regexp.scans.map((v) => round(v, 4)) },
      compileMsPerRegex: compileMs,
      startUp: startUps,
      hostile: { length: hostileLength, ...hostile },
      ratio: { engineScanMean: round(engineRatio, 4), regexFilterMean: round(regexFilterRatio, 4) },
    };
    const putRatio = mean(nimbus.put) / mean(bare.put);
    const filterRatio = mean(nimbus.filter) / mean(bare.filter);
    rows.push(
      { scenario, subject: 'nimbus / floor', metric: 'PutLogEvents cost ratio (mean)', value: round(putRatio, 2), unit: '×', target: `≤ ${PUT_TARGET_RATIO}×`, met: putRatio <= PUT_TARGET_RATIO },
      { scenario, subject: 'nimbus / floor', metric: 'FilterLogEvents cost ratio (mean)', value: round(filterRatio, 2), unit: '×', target: `≤ ${FILTER_TARGET_RATIO}×`, met: filterRatio <= FILTER_TARGET_RATIO },
    );
    data.ratio = { putLogEventsMean: round(putRatio, 4), filterLogEventsMean: round(filterRatio, 4), putTarget: PUT_TARGET_RATIO, filterTarget: FILTER_TARGET_RATIO };
    return { rows, data };
  } finally {
    nimbus.client.destroy();
    bare.client.destroy();
    await floor.close();
    await cloud.close();
  }
}
