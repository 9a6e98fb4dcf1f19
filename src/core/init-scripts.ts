import { spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, extname, join } from 'node:path';
import type { Logger } from './logger.js';

/** One script of an init folder and how it went. */
export interface InitScript {
  name: string;
  /** LocalStack's stage when the folder has LocalStack's layout (boot.d, start.d, ready.d); else READY. */
  stage: 'BOOT' | 'START' | 'READY';
  path: string;
  status: 'pending' | 'running' | 'ok' | 'failed';
  exitCode?: number | null;
  /** What it printed (stdout and stderr interleaved), kept for a failure's report. */
  output?: string;
  /** Why it failed when it did not run at all (no runner on this machine, a template). */
  reason?: string;
}

/** The init run, as /_nimbus/health and /_localstack/init report it. */
export interface InitProgress {
  dir: string;
  status: 'running' | 'done' | 'failed';
  scripts: InitScript[];
}

export class InitError extends Error {}

/** LocalStack's stage folders, in the order it runs them (shutdown.d runs at shutdown: not here). */
const LOCALSTACK_STAGES = [
  ['boot.d', 'BOOT'],
  ['start.d', 'START'],
  ['ready.d', 'READY'],
] as const;

/** What runs a script, by its extension. */
const RUNNERS: Record<string, () => string[]> = {
  '.sh': () => ['bash'],
  '.mjs': () => [process.execPath],
  '.js': () => [process.execPath],
  '.cjs': () => [process.execPath],
  '.py': () => ['python3'],
};
const TEMPLATES = new Set(['.yaml', '.yml', '.json', '.template']);

/**
 * The scripts of an init folder in the order they run: name order, or LocalStack's layout
 * (`boot.d`, `start.d`, `ready.d`, each in name order) when the folder has it, so a project's
 * `/etc/localstack/init` moves over unchanged. Files that are neither scripts nor templates
 * (a README) are left alone.
 */
export function findInitScripts(dir: string): InitScript[] {
  if (!existsSync(dir)) throw new InitError(`--init ${dir}: no such folder`);
  if (!statSync(dir).isDirectory()) throw new InitError(`--init ${dir}: not a folder`);
  const stageDirs = LOCALSTACK_STAGES.filter(([folder]) => existsSync(join(dir, folder)));
  const sources: Array<[string, InitScript['stage']]> = stageDirs.length ? stageDirs.map(([folder, stage]) => [join(dir, folder), stage]) : [[dir, 'READY']];
  const scripts: InitScript[] = [];
  for (const [folder, stage] of sources) {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const ext = extname(name).toLowerCase();
      if (!statSync(path).isFile() || (!(ext in RUNNERS) && !TEMPLATES.has(ext))) continue;
      scripts.push({ name, stage, path, status: 'pending' });
    }
  }
  return scripts;
}

/**
 * Runs the scripts one after another, each with AWS_ENDPOINT_URL, a region and credentials set
 * so the AWS CLI, the SDKs and boto3 reach this Nimbus unchanged. A failed script is reported
 * with its output; the ones after it still run (as LocalStack does).
 */
export async function runInitScripts(progress: InitProgress, options: { endpoint: string; region: string; log: Logger; binDir: string }): Promise<void> {
  const shims = writeAwsShims(options.binDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // `aws` and LocalStack's `awslocal` reach this Nimbus even where the AWS CLI predates AWS_ENDPOINT_URL.
    PATH: shims ? `${options.binDir}${delimiter}${process.env.PATH ?? ''}` : process.env.PATH,
    AWS_ENDPOINT_URL: options.endpoint,
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'test',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'test',
    AWS_DEFAULT_REGION: options.region,
    AWS_REGION: options.region,
    AWS_PAGER: '',
  };
  for (const script of progress.scripts) {
    script.status = 'running';
    const started = performance.now();
    const ext = extname(script.name).toLowerCase();
    if (TEMPLATES.has(ext)) {
      script.status = 'failed';
      script.reason = 'a CloudFormation template: Nimbus does not serve CloudFormation yet, so it was not deployed';
    } else {
      const [command, ...args] = RUNNERS[ext]!();
      const result = await run(command!, [...args, script.path], env, progress.dir);
      script.exitCode = result.code;
      script.output = result.output;
      if (result.spawnError) script.reason = `${command} could not be started (${result.spawnError}); install it to run ${ext} scripts`;
      script.status = result.code === 0 ? 'ok' : 'failed';
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (script.status === 'ok') options.log.info(`init: ${script.name} ran (${seconds} s)`);
    else options.log.error(`init: ${script.name} failed${script.reason ? `: ${script.reason}` : ` with exit code ${script.exitCode}`}${script.output ? `\n${script.output.trimEnd()}` : ''}`);
  }
  progress.status = progress.scripts.some((script) => script.status === 'failed') ? 'failed' : 'done';
  options.log.info(`init: ${progress.scripts.length} script(s) from ${progress.dir}: ${progress.status === 'done' ? 'all ran' : 'some failed'}`);
}

/**
 * `aws` and `awslocal` commands that call the machine's AWS CLI with --endpoint-url
 * $AWS_ENDPOINT_URL: AWS CLI releases before 2.13 (Debian's among them) ignore the variable, and
 * LocalStack's init scripts call `awslocal`. False when the machine has no AWS CLI.
 */
export function writeAwsShims(binDir: string): boolean {
  const cli = findOnPath('aws', binDir);
  if (!cli) return false;
  mkdirSync(binDir, { recursive: true });
  const script = `#!/bin/sh\nexec '${cli.replaceAll("'", "'\\''")}' --endpoint-url "$AWS_ENDPOINT_URL" "$@"\n`;
  for (const name of ['aws', 'awslocal']) {
    writeFileSync(join(binDir, name), script);
    chmodSync(join(binDir, name), 0o755);
  }
  return true;
}

/** The first executable of that name on PATH, skipping one folder (the shims' own). */
export function findOnPath(name: string, skip?: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir === skip) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number | null; output: string; spawnError?: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      // A script that prints without end keeps only its last 64 KiB.
      output = (output + chunk.toString('utf8')).slice(-65_536);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error) => resolve({ code: null, output, spawnError: (error as NodeJS.ErrnoException).code ?? error.message }));
    child.once('close', (code) => resolve({ code, output }));
  });
}

/** The answer of LocalStack's /_localstack/init (and /_localstack/init/<stage>). */
export function localStackInitReport(progress: InitProgress | undefined, stage?: string) {
  const scripts = (progress?.scripts ?? []).map((script) => ({
    stage: script.stage,
    name: script.name,
    state: script.status === 'pending' ? 'INITIALIZED' : script.status === 'running' ? 'RUNNING' : script.status === 'ok' ? 'SUCCESSFUL' : 'ERROR',
  }));
  const finished = !progress || progress.status !== 'running';
  const stageDone = (name: string) => finished || (progress?.scripts ?? []).filter((s) => s.stage === name).every((s) => s.status === 'ok' || s.status === 'failed');
  if (stage) {
    const upper = stage.toUpperCase();
    return { completed: upper === 'SHUTDOWN' ? false : stageDone(upper), scripts: scripts.filter((script) => script.stage === upper) };
  }
  return { completed: { BOOT: stageDone('BOOT'), START: stageDone('START'), READY: stageDone('READY'), SHUTDOWN: false }, scripts };
}
