import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { LambdaClient, CreateFunctionCommand, type CreateFunctionCommandInput } from '@aws-sdk/client-lambda';

export const ROLE = 'arn:aws:iam::000000000000:role/lambda-role';

/** A zip of the given files; names ending in `!` are made executable (mode 0755). */
export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [rawName, content] of Object.entries(files)) {
    const executable = rawName.endsWith('!');
    const name = executable ? rawName.slice(0, -1) : rawName;
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    entries[name] = [data, { os: 3, attrs: ((executable ? 0o100755 : 0o100644) << 16) >>> 0 }];
  }
  return zipSync(entries);
}

/** Creates a function from files and waits for nothing: Nimbus functions are Active at once. */
export async function createFunction(lambda: LambdaClient, name: string, files: Record<string, string | Uint8Array>, options: Partial<CreateFunctionCommandInput> = {}) {
  return lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: ROLE,
      Code: { ZipFile: zip(files) },
      ...options,
    }),
  );
}

/** The log tail an Invoke with LogType Tail returns (base64 in LogResult). */
export function logOf(out: { LogResult?: string }): string {
  return Buffer.from(out.LogResult ?? '', 'base64').toString('utf8');
}

export function decode(payload: Uint8Array | undefined): any {
  return JSON.parse(new TextDecoder().decode(payload ?? new Uint8Array()));
}

export function encode(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** Waits until `check` answers truthy (real time, short polls), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, ms = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Processes a cloud started for functions: their command line names its Lambda folder (bootstrap or task root). */
export function lambdaProcesses(lambdaRoot: string): number[] {

  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(lambdaRoot)) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

/**
 * A folder functions can write marks into for the test to read: outside /tmp, which is each
 * function's own where Nimbus gives it a mount namespace.
 */
export function marksFolder(prefix: string): string {
  return mkdtempSync(join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), prefix));
}

/** The JSON lines a function appended to a marks file (none yet: an empty list). */
export function readMarks(file: string): any[] {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
}
