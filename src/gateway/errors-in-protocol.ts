import { AwsError, internalError, isAwsError } from '../core/errors.js';
import type { Runtime } from '../core/runtime.js';
import type { ProtocolName, WireRequest, WireResponse } from '../core/wire.js';
import { codecFor } from '../protocol/codecs.js';
import type { Model } from '../protocol/model.js';
import type { ProtocolCodec } from '../protocol/types.js';
import { SigV4Error } from './sigv4.js';

/** The gateway's own errors, in the words and shape of each protocol. */

/** The protocol a request that no service claims looks like, to answer it in. */
export function guessProtocol(headers: Record<string, string>, contentType: string): ProtocolName {
  return headers['x-amz-target'] ? 'json' : contentType.startsWith('application/x-www-form-urlencoded') ? 'query' : 'rest-xml';
}

/** Any failure as an AWS error; an unexpected one is logged and becomes InternalFailure. */
export function toAwsError(error: unknown, runtime: Runtime): AwsError {
  if (isAwsError(error)) return error;
  if (error instanceof SigV4Error) return new AwsError(error.code, error.message, error.status);
  runtime.log.error({ err: error instanceof Error ? error.stack : String(error) }, 'operation failed');
  return internalError(error);
}

/** What JSON services (DynamoDB, Lambda, SQS over JSON...) call the SigV4 failures that query services and S3 call by bare names. */
const JSON_AUTH_CODES: Record<string, string> = {
  SignatureDoesNotMatch: 'InvalidSignatureException',
  IncompleteSignature: 'IncompleteSignatureException',
  MissingAuthenticationToken: 'MissingAuthenticationTokenException',
  // A key IAM or STS issued, refused (caller-identity.ts).
  InvalidClientTokenId: 'UnrecognizedClientException',
  ExpiredToken: 'ExpiredTokenException',
};

/**
 * A signature failure in the words of the protocol the request came in. Plain JSON services answer a
 * bad or missing signature with 400; SQS over JSON (query-compatible) and REST JSON services keep 403.
 */
export function authErrorInProtocol(error: AwsError, protocol: ProtocolName, queryCompatible: boolean): AwsError {
  const code = JSON_AUTH_CODES[error.code];
  if (!code || protocol === 'query' || protocol === 'rest-xml') return error;
  const status = (protocol === 'json' || protocol === 'smithy-rpc-v2-cbor') && !queryCompatible ? 400 : error.status;
  return new AwsError(code, error.message, status, error.queryCode ? { queryCode: error.queryCode } : {});
}

export function errorResponse(model: Model, protocol: ProtocolName, codec: ProtocolCodec | undefined, error: AwsError, requestId: string): WireResponse {
  const serializer = codec ?? codecFor(protocol) ?? codecFor('json')!;
  return serializer.serializeError(model, undefined, error, { requestId });
}

export function unknownOperation(model: Model, protocol: ProtocolName, wire: WireRequest): AwsError {
  const service = model.metadata.serviceId;
  if (protocol === 'query') {
    const action = new URLSearchParams(wire.body.toString('utf8')).get('Action') ?? wire.query.get('Action');
    if (!action) return new AwsError('MissingAction', `No Action parameter was given for ${service}.`, 400);
    return new AwsError('InvalidAction', `The action ${action} is not valid for this web service (${service}).`, 400);
  }
  if (protocol === 'json') {
    const target = wire.headers['x-amz-target'] ?? '';
    return new AwsError('UnknownOperationException', `Operation ${target || '(none)'} is not an operation of ${service}.`, 400);
  }
  return new AwsError('UnknownOperationException', `No operation of ${service} matches ${wire.method} ${wire.path}.`, 400);
}

