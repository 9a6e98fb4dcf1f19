/**
 * The one error type every service throws. `code` is the error's name as the
 * service model knows it (the shape name, e.g. `QueueDoesNotExist`); the
 * protocol serializer turns it into the wire form each protocol uses.
 */
export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  readonly senderFault: boolean;
  /** Extra members of the error shape (e.g. CancellationReasons), serialized with it. */
  readonly fields: Record<string, unknown>;
  /** Extra response headers (e.g. S3's x-amz-delete-marker on a 404). */
  readonly headers: Record<string, string>;
  /**
   * The query-protocol code, for errors the service model does not define
   * (CloudWatch's ValidationException is ValidationError on the query wire);
   * otherwise the model maps the code.
   */
  readonly queryCode?: string;

  constructor(
    code: string,
    message: string,
    status = 400,
    options: { senderFault?: boolean; fields?: Record<string, unknown>; headers?: Record<string, string>; queryCode?: string } = {},
  ) {
    super(message);
    this.name = 'AwsError';
    this.code = code;
    this.status = status;
    this.senderFault = options.senderFault ?? status < 500;
    this.fields = options.fields ?? {};
    this.headers = options.headers ?? {};
    this.queryCode = options.queryCode;
  }
}

export function isAwsError(error: unknown): error is AwsError {
  return error instanceof AwsError;
}

/** Wraps anything thrown by code that is not ours as AWS's generic 500. */
export function internalError(cause: unknown): AwsError {
  // The in-memory store has a size limit (see core/store.ts); say so rather than "unknown error".
  const storeFull = (cause as { code?: unknown } | undefined)?.code === 'SQLITE_FULL';
  const message = storeFull
    ? "Nimbus's in-memory store is full (it holds 1 GiB). Start Nimbus with --data-dir to keep more."
    : 'The request processing has failed because of an unknown error, exception or failure.';
  const error = new AwsError('InternalFailure', message, 500, { senderFault: false });
  (error as { cause?: unknown }).cause = cause;
  return error;
}

export function notImplemented(service: string, operation: string): AwsError {
  return new AwsError(
    'NotImplemented',
    `The operation ${operation} of service ${service} is not implemented by Nimbus yet.`,
    501,
    { senderFault: false },
  );
}
