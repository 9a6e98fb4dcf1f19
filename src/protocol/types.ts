import type { AwsError } from '../core/errors.js';
import type { Model, Operation } from './model.js';

export type { ProtocolName, WireRequest, WireResponse } from '../core/wire.js';
import type { ProtocolName, WireRequest, WireResponse } from '../core/wire.js';

export interface ResponseMeta {
  requestId: string;
}

/** One protocol: the parser and serializers, driven entirely by the model. */
export interface ProtocolCodec {
  readonly name: ProtocolName;
  /**
   * The operation a request calls, or undefined if none matches. JSON and
   * query read headers and the (already read) body; rest protocols match the
   * method, path and query against the operations' requestUri templates and
   * must not touch the body.
   */
  operationName(model: Model, request: WireRequest): string | undefined;
  /** Wire → input values (see values.ts). Throws AwsError on malformed input. */
  parse(model: Model, operation: Operation, request: WireRequest): Record<string, unknown>;
  serialize(model: Model, operation: Operation, output: Record<string, unknown> | undefined, meta: ResponseMeta): WireResponse;
  serializeError(model: Model, operation: Operation | undefined, error: AwsError, meta: ResponseMeta): WireResponse;
}
