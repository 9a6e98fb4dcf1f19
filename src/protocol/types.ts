import type { Readable } from 'node:stream';
import type { AwsError } from '../core/errors.js';
import type { Model, Operation } from './model.js';

export type ProtocolName = 'json' | 'query' | 'rest-json' | 'rest-xml' | 'smithy-rpc-v2-cbor' | 'ec2';

/** A request as the gateway hands it to a protocol codec. */
export interface WireRequest {
  method: string;
  /** Raw path as received, percent-encoding untouched, without the query string. */
  path: string;
  query: URLSearchParams;
  /** Lowercased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /**
   * The decoded payload (aws-chunked framing removed). For rest protocols the
   * gateway leaves it empty when the operation's input payload is a stream and
   * sets `bodyStream` instead, so a 5 GiB upload never sits in memory.
   */
  body: Buffer;
  bodyStream?: Readable;
  /** Trailing headers of an aws-chunked body (x-amz-checksum-*), once read. */
  trailers?: Record<string, string>;
  /** Host header value without the port. */
  host: string;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string | Readable;
  /** Set when the service's own CORS rules decided the CORS headers: the gateway adds none. */
  corsApplied?: boolean;
}

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
