import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { signerFor } from '../support/signing.js';

const SECRET = 'right-secret';
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET };
const DAY = 86_400_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Signs a request as an SDK would, at `signingDate`, and sends it with the given (possibly other) body and extra headers. */
async function signedFetch(
  cloud: Cloud,
  options: { service: string; method?: string; path?: string; headers: Record<string, string>; signedBody: string; sentBody?: string; extraHeaders?: Record<string, string>; signingDate?: Date; unsignable?: string[] },
): Promise<Response> {
  const signer = signerFor(options.service, 'us-east-1', CREDENTIALS, { uriEscapePath: options.service !== 's3' });
  const signed = await signer.sign(
    {
      method: options.method ?? 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: cloud.port,
      path: options.path ?? '/',
      headers: { host: `127.0.0.1:${cloud.port}`, ...options.headers },
      body: options.signedBody,
    },
    { signingDate: options.signingDate, unsignableHeaders: new Set(options.unsignable ?? []) },
  );
  const headers = { ...(signed.headers as Record<string, string>), ...(options.extraHeaders ?? {}) };
  delete headers.host;
  const method = options.method ?? 'POST';
  const body = method === 'GET' || method === 'HEAD' ? undefined : (options.sentBody ?? options.signedBody);
  return fetch(`${cloud.endpoint}${options.path ?? '/'}`, { method, headers, body });
}

describe('--verify-signatures refuses edited and stale requests', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud({ verifySignatures: true, secretAccessKey: SECRET });
  });
  after(async () => {
    await cloud.close();
  });

  const ddbHeaders = { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.CreateTable' };
  const table = (name: string) =>
    JSON.stringify({ TableName: name, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' });

  test('a different body under an added, unsigned x-amz-content-sha256 of the signed one is refused (DynamoDB, SQS)', async () => {
    const original = table('original');
    const swapped = await signedFetch(cloud, { service: 'dynamodb', headers: ddbHeaders, signedBody: original, sentBody: table('planted'), extraHeaders: { 'x-amz-content-sha256': sha256(original) } });
    assert.equal(swapped.status, 400);
    const error = (await swapped.json()) as { __type: string; message: string };
    assert.equal(error.__type, 'InvalidSignatureException');
    assert.match(error.message, /^The request signature we calculated does not match the signature you provided/);

    const sqsBody = JSON.stringify({ QueueName: 'original' });
    const sqsSwapped = await signedFetch(cloud, {
      service: 'sqs',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.CreateQueue' },
      signedBody: sqsBody,
      sentBody: JSON.stringify({ QueueName: 'planted' }),
      extraHeaders: { 'x-amz-content-sha256': sha256(sqsBody) },
    });
    assert.equal(sqsSwapped.status, 403);
    assert.equal(((await sqsSwapped.json()) as { __type: string }).__type, 'InvalidSignatureException');

    // The untouched request is served, and nothing planted exists.
    const honest = await signedFetch(cloud, { service: 'dynamodb', headers: ddbHeaders, signedBody: original });
    assert.equal(honest.status, 200);
    const ddb = new DynamoDBClient({ ...clientConfig(cloud), credentials: CREDENTIALS });
    assert.deepEqual((await ddb.send(new ListTablesCommand({}))).TableNames, ['original']);
    ddb.destroy();
  });

  test('S3: an x-amz-content-sha256 left out of the signed headers is refused', async () => {
    const create = await signedFetch(cloud, { service: 's3', method: 'PUT', path: '/tamper', headers: { 'x-amz-content-sha256': sha256('') }, signedBody: '' });
    assert.equal(create.status, 200, await create.text());
    const unsigned = await signedFetch(cloud, {
      service: 's3',
      method: 'PUT',
      path: '/tamper/key',
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      signedBody: 'original',
      sentBody: 'planted',
      unsignable: ['x-amz-content-sha256'],
    });
    assert.equal(unsigned.status, 403);
    const body = await unsigned.text();
    assert.match(body, /<Code>AccessDenied<\/Code>/);
    assert.match(body, /<Message>There were headers present in the request which were not signed<\/Message>/);
    assert.match(body, /<HeadersNotSigned>x-amz-content-sha256<\/HeadersNotSigned>/);
  });

  test('a request signed 400 days ago (or ahead) is refused as AWS refuses it, per protocol', async () => {
    const longAgo = new Date(Date.now() - 400 * DAY);
    const ddb = await signedFetch(cloud, { service: 'dynamodb', headers: ddbHeaders, signedBody: table('stale'), signingDate: longAgo });
    assert.equal(ddb.status, 400);
    const ddbError = (await ddb.json()) as { __type: string; message: string };
    assert.equal(ddbError.__type, 'InvalidSignatureException');
    assert.match(ddbError.message, /^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/);

    const query = await signedFetch(cloud, {
      service: 'sqs',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      signedBody: 'Action=ListQueues&Version=2012-11-05',
      signingDate: new Date(Date.now() + 2 * 3_600_000),
    });
    assert.equal(query.status, 403);
    const queryBody = await query.text();
    assert.match(queryBody, /<Code>SignatureDoesNotMatch<\/Code>/);
    assert.match(queryBody, /<Message>Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 15 min\.\)<\/Message>/);

    const s3 = await signedFetch(cloud, { service: 's3', method: 'GET', path: '/', headers: { 'x-amz-content-sha256': sha256('') }, signedBody: '', signingDate: longAgo });
    assert.equal(s3.status, 403);
    const s3Body = await s3.text();
    assert.match(s3Body, /<Code>RequestTimeTooSkewed<\/Code>/);
    assert.match(s3Body, /<Message>The difference between the request time and the current time is too large\.<\/Message>/);
    assert.match(s3Body, /<MaxAllowedSkewMilliseconds>900000<\/MaxAllowedSkewMilliseconds>/);
  });

  test('requests signed now are served after the virtual clock moves days ahead', async () => {
    const advance = await signedFetch(cloud, { service: 'nimbus', path: '/_nimbus/clock', headers: { 'content-type': 'application/json' }, signedBody: JSON.stringify({ advance: '30d' }) });
    assert.equal(advance.status, 200);
    const ddb = new DynamoDBClient({ ...clientConfig(cloud), credentials: CREDENTIALS });
    assert.ok((await ddb.send(new ListTablesCommand({}))).TableNames);
    ddb.destroy();
    // advanceClock sends no signature: refused under --verify-signatures.
    await assert.rejects(advanceClock(cloud, '1m'), /403/);
  });
});
