/** Function output as CloudWatch Logs events, cut to size as Lambda cuts it, and what an invocation keeps of it. */

/**
 * Lambda cuts function output into CloudWatch Logs events of at most 256 KB, the Logs event
 * limit of 262,144 bytes less its 26 bytes of per-event overhead: a longer line becomes several events.
 */
export const MAX_LOG_EVENT_BYTES = 262_144 - 26;
/** What an invocation keeps of its own output for the log tail (LogType Tail returns the last 4 KB). */
const KEPT_LOG_CHARS = 64 * 1024;

const encoder = new TextEncoder();
const cutBuffer = new Uint8Array(MAX_LOG_EVENT_BYTES);

/** The first `bytes` bytes of `text` (never half a character), and the rest. */
export function cutAtBytes(text: string, bytes: number): [string, string] {
  const { read } = encoder.encodeInto(text, bytes === cutBuffer.length ? cutBuffer : new Uint8Array(bytes));
  return [text.slice(0, read), text.slice(read)];
}

/** One line of output as log events: cut into pieces of at most MAX_LOG_EVENT_BYTES. */
export function logEvents(text: string): string[] {
  if (text.length <= MAX_LOG_EVENT_BYTES / 4 || Buffer.byteLength(text) <= MAX_LOG_EVENT_BYTES) return [text];
  const events: string[] = [];
  let rest = text;
  while (Buffer.byteLength(rest) > MAX_LOG_EVENT_BYTES) {
    const [head, tail] = cutAtBytes(rest, MAX_LOG_EVENT_BYTES);
    events.push(head);
    rest = tail;
  }
  if (rest) events.push(rest);
  return events;
}

/** Appends to an invocation's kept output, dropping its oldest events beyond KEPT_LOG_CHARS; returns the new size. */
export function keepTail(list: string[], chars: number, message: string): number {
  list.push(message);
  let total = chars + message.length;
  while (total > KEPT_LOG_CHARS && list.length > 1) total -= list.shift()!.length;
  return total;
}
