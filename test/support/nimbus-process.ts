import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface NimbusProcess {
  child: ChildProcess;
  endpoint: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves once `output()` matches, or rejects after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpExecArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

/**
 * `nimbus start` as a user runs it, from the sources (no build needed). `terminal`: under
 * script(1), so its stdout is a pseudo-terminal as in a user's shell.
 */
export async function startNimbusProcess(
  args: string[],
  options: { terminal?: boolean; env?: Record<string, string>; cwd?: string; waitForBanner?: boolean } = {},
): Promise<NimbusProcess> {
  const command = [process.execPath, '--import', 'tsx', join(ROOT, 'src/cli.ts'), 'start', '--port', '0', ...args];
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    TMPDIR: process.env.TMPDIR ?? '/tmp',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...options.env,
  };
  const quoted = command.map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  const child = options.terminal
    ? spawn('script', ['-q', '-e', '-c', `exec ${quoted}`, '/dev/null'], { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(command[0]!, command.slice(1), { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = (pattern: RegExp, ms = 30_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(out);
        if (!match) return;
        cleanup();
        resolve(match);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ${pattern} within ${ms} ms in:\n${out}`));
      }, ms);
      const gone = () => {
        setImmediate(() => {
          check();
          cleanup();
          reject(new Error(`nimbus exited before printing ${pattern}:\n${out}`));
        });
      };
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
        child.removeListener('exit', gone);
      };
      listeners.add(check);
      child.once('exit', gone);
      check();
    });
  let endpoint = '';
  if (options.waitForBanner !== false) endpoint = (await waitFor(/serving AWS on (http:\/\/[^\s\x1b]+)/))[1]!;
  return {
    child,
    endpoint,
    output: () => out,
    waitFor,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
