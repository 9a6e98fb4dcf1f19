import type { Readable } from 'node:stream';

/**
 * What a request and an answer look like between the gateway, the protocol codecs and the
 * services: plain data, so that core, the protocols and the services share it without core
 * depending on the protocol layer.
 */
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

/** A model constraint an input breaks, as validation reports it to a service's wording. */
export interface Violation {
  /** Member path as AWS prints it: lowerCamel names, lists as `.1.member`. */
  path: string;
  /** The member's name as the model spells it (for services that quote it). */
  memberName: string;
  kind: 'required' | 'enum' | 'length' | 'range' | 'pattern';
  value: unknown;
  constraint: string;
}
