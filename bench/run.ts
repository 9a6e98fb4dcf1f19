// Nimbus benchmarks, each run side by side with a peer in the same run.
//
//   npm run bench                       all scenarios (~1–2 min on 2 cores)
//   npm run bench -- --quick            fewer iterations: a smoke run (< 30 s)
//   npm run bench -- --only cold-start  one scenario (cold-start, sqs-round-trip)
//
// Prints a table (scenario, subject, metric, value, target, met?) and writes
// every number, with the machine it ran on, to bench/results/latest.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Row, ScenarioOptions, ScenarioResult } from './stats.js';

type Scenario = { run(options: ScenarioOptions): Promise<ScenarioResult> };

// Loaded only when chosen: cold-start runs before anything of Nimbus is loaded
// into this process, and `--only cold-start` never loads it.
const SCENARIOS: Record<string, () => Promise<Scenario>> = {
  'cold-start': () => import('./cold-start.js'),
  'sqs-round-trip': () => import('./sqs-round-trip.js'),
  's3-put-get': () => import('./s3-put-get.js'),
  's3-large-object': () => import('./s3-large-object.js'),
  dynamodb: () => import('./dynamodb.js'),
  'dynamodb-partiql': () => import('./dynamodb-partiql.js'),
  'dynamodb-streams': () => import('./dynamodb-streams.js'),
  lambda: () => import('./lambda.js'),
  'sqs-fifo-throughput': () => import('./sqs-fifo-throughput.js'),
  logs: () => import('./logs.js'),
  'browser-boundary': () => import('./browser-boundary.js'),
  'request-log': () => import('./request-log.js'),
  'state-snapshot': () => import('./state-snapshot.js'),
  'event-pattern': () => import('./event-pattern.js'),
  'sns-fanout': () => import('./sns-fanout.js'),
  kinesis: () => import('./kinesis.js'),
  eventbridge: () => import('./eventbridge.js'),
  firehose: () => import('./firehose.js'),
  'iam-enforcement': () => import('./iam-enforcement.js'),
  'lambda-event-sources': () => import('./lambda-event-sources.js'),
};

const USAGE = `usage: node --import tsx bench/run.ts [--quick] [--only <${Object.keys(SCENARIOS).join('|')}>]`;

function parseArgs(argv: string[]): { quick: boolean; only?: string } {
  let quick = false;
  let only: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--only') only = argv[++i];
    else if (arg.startsWith('--only=')) only = arg.slice('--only='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${arg}`);
  }
  if (argv.includes('--only') && !only) fail('--only needs a scenario name');
  if (only !== undefined && !(only in SCENARIOS)) fail(`no scenario "${only}"`);
  return { quick, only };
}

function fail(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

function formatValue(row: Row): string {
  const digits = Number.isInteger(row.value) ? 0 : String(row.value).split('.')[1]!.length;
  const value = row.value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return row.unit === '×' ? `${value}×` : row.unit === '/s' ? `${value}/s` : `${value} ${row.unit}`;
}

function printTable(rows: Row[]): void {
  const header = ['scenario', 'subject', 'metric', 'value', 'target', 'met?'];
  const cells = rows.map((row) => [
    row.scenario,
    row.subject,
    row.metric,
    formatValue(row),
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, c) => Math.max(title.length, ...cells.map((line) => line[c]!.length)));
  const right = new Set([3]);
  const line = (values: string[]) =>
    values.map((value, c) => (right.has(c) ? value.padStart(widths[c]!) : value.padEnd(widths[c]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  let previous: string | undefined;
  for (const [i, values] of cells.entries()) {
    if (previous !== undefined && rows[i]!.scenario !== previous) console.log('');
    previous = rows[i]!.scenario;
    console.log(line(values));
  }
}

async function main(): Promise<void> {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const chosen = only ? [only] : Object.keys(SCENARIOS);
  if (chosen.includes('cold-start') && !existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)))) {
    fail('cold-start runs the compiled CLI: run `npm run build` first (`npm run bench` does it for you)');
  }

  const cpus = os.cpus();
  const machine = {
    node: process.version,
    v8: process.versions.v8,
    platform: process.platform,
    arch: process.arch,
    osRelease: os.release(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryBytes: os.totalmem(),
    loadAverageAtStart: os.loadavg(),
  };
  const log = (message: string) => process.stderr.write(`${message}\n`);
  log(`bench: ${chosen.join(', ')}${quick ? ' (quick)' : ''} on ${machine.cpuModel} ×${machine.cpuCount}, Node ${machine.node}`);

  const started = performance.now();
  const rows: Row[] = [];
  const scenarios: Record<string, unknown> = {};
  for (const name of chosen) {
    const scenarioStart = performance.now();
    const scenario = await SCENARIOS[name]!();
    const result = await scenario.run({ quick, log });
    rows.push(...result.rows);
    scenarios[name] = { ...result.data, durationMs: Math.round(performance.now() - scenarioStart) };
    log(`bench: ${name} done in ${((performance.now() - scenarioStart) / 1000).toFixed(1)} s`);
  }

  console.log('');
  printTable(rows);

  const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(resultsDir, { recursive: true });
  const out = `${resultsDir}latest.json`;
  const report = {
    date: new Date().toISOString(),
    options: { quick, only: only ?? null },
    machine,
    durationMs: Math.round(performance.now() - started),
    rows,
    scenarios,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${fileURLToPath(new URL('./results/latest.json', import.meta.url)).replace(process.cwd() + '/', '')} (${(report.durationMs / 1000).toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
