import { readFileSync } from 'node:fs';

/** Why a runtime's process ended, as Lambda says it in the invocation's error (Runtime.ExitError). */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) {
    const names: Record<string, string> = { SIGKILL: 'killed', SIGABRT: 'aborted', SIGTERM: 'terminated', SIGSEGV: 'segmentation fault', SIGINT: 'interrupt', SIGBUS: 'bus error' };
    return `Runtime exited with error: signal: ${names[signal] ?? signal}`;
  }
  if (code === 0 || code === null) return 'Runtime exited without providing a reason';
  return `Runtime exited with error: exit status ${code}`;
}

/** A field of a process's /proc status in kB (VmRSS, VmHWM), or undefined when it is gone or not Linux. */
export function readStatus(pid: number, field: string): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
