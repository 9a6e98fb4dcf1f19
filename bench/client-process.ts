// A bench's client in another process, so that this process's CPU time is the server's alone.
// `script` defines `async function run(task)` (its requires included); the harness adds the loop
// that reads one JSON task a line from stdin and answers `done <JSON result> <ms>` or `error …`.
import { spawn } from 'node:child_process';

const TASK_LOOP = `
let buffered = '';
process.stdin.on('data', (chunk) => {
  buffered += chunk;
  let at;
  while ((at = buffered.indexOf('\\n')) >= 0) {
    const task = JSON.parse(buffered.slice(0, at));
    buffered = buffered.slice(at + 1);
    const started = performance.now();
    run(task).then(
      (result) => process.stdout.write('done ' + JSON.stringify(result) + ' ' + (performance.now() - started) + '\\n'),
      (error) => process.stdout.write('error ' + String((error && error.stack) || error).replace(/\\n/g, ' | ') + '\\n'),
    );
  }
});`;

export interface ClientProcess {
  /** Runs one task in the client; resolves with its result and the client's wall time for it. */
  send<T>(task: Record<string, unknown>): Promise<{ result: T; ms: number }>;
  close(): void;
}

export function startClientProcess(name: string, script: string, cwd: string): ClientProcess {
  const child = spawn(process.execPath, ['-e', script + TASK_LOOP], {
    cwd,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  let pending: ((line: string) => void) | undefined;
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let at: number;
    while ((at = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, at);
      buffered = buffered.slice(at + 1);
      pending?.(line);
    }
  });
  return {
    send: <T>(task: Record<string, unknown>) =>
      new Promise<{ result: T; ms: number }>((resolve, reject) => {
        pending = (line) => {
          const first = line.indexOf(' ');
          const last = line.lastIndexOf(' ');
          if (line.slice(0, first) !== 'done' || last <= first) reject(new Error(`${name} bench client, ${JSON.stringify(task)}: ${line}`));
          else resolve({ result: JSON.parse(line.slice(first + 1, last)) as T, ms: Number(line.slice(last + 1)) });
        };
        child.stdin!.write(`${JSON.stringify(task)}\n`);
      }),
    close: () => child.kill(),
  };
}
