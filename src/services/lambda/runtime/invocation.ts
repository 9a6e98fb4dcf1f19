/** One invocation as an execution environment takes it and gives its result back. */
export interface InvocationRequest {
  requestId: string;
  payload: Buffer;
  invokedArn: string;
  /** JSON text (already decoded from the X-Amz-Client-Context base64). */
  clientContext?: string;
  identity?: string;
  traceId?: string;
  tenantId?: string;
  /** Streaming handlers' chunks, as they arrive. */
  onChunk?: (chunk: Buffer) => void;
}

export type InvocationStatus = 'success' | 'error' | 'timeout';

export interface InvocationResult {
  /** The handler returned (as opposed to a function error). */
  ok: boolean;
  payload: Buffer;
  errorType?: string;
  status: InvocationStatus;
  durationMs: number;
  /** Set on the first invocation of an environment that started on demand. */
  initDurationMs?: number;
  maxMemoryMb: number;
  /** Log events of this invocation, as the function wrote them (newlines inside an event preserved). */
  logs: string[];
  /** A line Lambda itself adds after the function's output (Task timed out…, Runtime exited…). */
  platformLine?: string;
  streamed: boolean;
}
