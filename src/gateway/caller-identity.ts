/**
 * Who is calling, beyond the account: the identity IAM or STS issued the request's key to
 * (core/identity.ts). A key made inactive is refused as an unknown one; a session key must come
 * with its session token and be used before it expires. Each refusal in the words of the protocol
 * the request speaks: query services (IAM, STS, SNS, SQS's query wire) say InvalidClientTokenId /
 * ExpiredToken with 403; JSON services UnrecognizedClientException / ExpiredTokenException with
 * 400 (REST JSON ones, Lambda's family, with 403); S3 InvalidAccessKeyId, InvalidToken, ExpiredToken.
 */
import { AwsError } from '../core/errors.js';
import type { CallerIdentity } from '../core/identity.js';
import type { ProtocolName } from '../core/wire.js';

const INVALID_TOKEN = 'The security token included in the request is invalid.';
const EXPIRED_TOKEN = 'The security token included in the request is expired';

type Refusal = 'invalid-key' | 'invalid-token' | 'expired';

/**
 * Why a request signed by this identity's key must be refused, or undefined when it may go on.
 * `sessionToken` is the X-Amz-Security-Token the request carried (header or presigned parameter).
 */
export function identityRefusal(identity: CallerIdentity, sessionToken: string | undefined, nowMs: number): Refusal | undefined {
  if (!identity.active) return 'invalid-key';
  if (identity.sessionToken !== undefined && sessionToken !== identity.sessionToken) return 'invalid-token';
  if (identity.expiresAt !== undefined && nowMs >= identity.expiresAt) return 'expired';
  return undefined;
}

/**
 * The refusal as the service's protocol words it: S3 its own way; the others by the query names,
 * which the gateway's authErrorInProtocol turns into JSON's (UnrecognizedClientException,
 * ExpiredTokenException) as it does the signature failures.
 */
export function identityError(refusal: Refusal, protocol: ProtocolName, accessKeyId: string): AwsError {
  if (protocol === 'rest-xml') {
    if (refusal === 'invalid-key') return new AwsError('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', 403, { fields: { AWSAccessKeyId: accessKeyId } });
    if (refusal === 'invalid-token') return new AwsError('InvalidToken', 'The provided token is malformed or otherwise invalid.', 400);
    return new AwsError('ExpiredToken', 'The provided token has expired.', 400);
  }
  const code = refusal === 'expired' ? 'ExpiredToken' : 'InvalidClientTokenId';
  return new AwsError(code, refusal === 'expired' ? EXPIRED_TOKEN : INVALID_TOKEN, 403, { queryCode: code });
}
