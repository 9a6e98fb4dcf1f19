import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { CreateBucketCommand, PutBucketCorsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud, TEST_CREDENTIALS } from '../support/cloud.js';
import { rawRequest } from '../support/raw-http.js';
import { originAllowed } from '../../src/gateway/browser-boundary.js';
import { signerFor } from '../support/signing.js';
import { expectHealthyWithin } from './support.js';

const EVIL = 'http://evil.example';

async function queueNames(cloud: Cloud): Promise<string[]> {
  const sqs = new SQSClient(clientConfig(cloud));
  const { QueueUrls } = await sqs.send(new ListQueuesCommand({}));
  sqs.destroy();
  return (QueueUrls ?? []).map((url) => url.split('/').pop()!);
}

describe('a web page cannot drive Nimbus', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('a preflight from a page of another origin is refused, with no CORS headers to read', async () => {
    for (const [path, target] of [['/', 'AmazonSQS.CreateQueue'], ['/2015-03-31/functions', '']]) {
      const answer = await rawRequest(cloud, {
        method: 'OPTIONS',
        path,
        headers: { host: `127.0.0.1:${cloud.port}`, origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': target ? 'content-type,x-amz-target' : 'content-type' },
      });
      assert.equal(answer.status, 403);
      assert.equal(answer.headers['access-control-allow-origin'], undefined);
      assert.equal(answer.headers['access-control-allow-credentials'], undefined);
      assert.match(answer.body, /--cors-origins http:\/\/evil\.example/);
    }
    // The 'null' origin of sandboxed frames and file: pages is no exception.
    const fromNull = await rawRequest(cloud, { method: 'OPTIONS', headers: { origin: 'null', 'access-control-request-method': 'POST' } });
    assert.equal(fromNull.status, 403);
    assert.equal(fromNull.headers['access-control-allow-origin'], undefined);
    await expectHealthyWithin(cloud);
  });

  test("a page's simple requests (form posts, text/plain, image GETs) do not reach the AWS APIs", async () => {
    const form = await rawRequest(cloud, {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=CreateQueue&QueueName=planted&Version=2012-11-05',
    });
    assert.equal(form.status, 403);
    const textPlain = await rawRequest(cloud, {
      method: 'POST',
      headers: { origin: 'null', 'content-type': 'text/plain', 'x-amz-target': 'AmazonSQS.CreateQueue' },
      body: JSON.stringify({ QueueName: 'planted' }),
    });
    assert.equal(textPlain.status, 403);
    // An <img src> or a link: no Origin, but the browser says it comes from another site.
    const image = await rawRequest(cloud, { path: '/?Action=CreateQueue&QueueName=planted&Version=2012-11-05', headers: { 'sec-fetch-site': 'cross-site', referer: `${EVIL}/page` } });
    assert.equal(image.status, 403);
    assert.deepEqual(await queueNames(cloud), []);
    await expectHealthyWithin(cloud);
  });

  test('state-changing internal routes take only JSON (or X-Nimbus-Request) requests, and no cross-origin ones', async () => {
    const sqs = new SQSClient(clientConfig(cloud));
    await sqs.send(new (await import('@aws-sdk/client-sqs')).CreateQueueCommand({ QueueName: 'kept' }));
    sqs.destroy();

    // What a page can send without a preflight: text/plain, with or without its Origin.
    const textPlain = await rawRequest(cloud, { method: 'POST', path: '/_nimbus/reset', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: '{}' });
    assert.equal(textPlain.status, 415);
    assert.match(JSON.parse(textPlain.body).error, /Content-Type: application\/json/);
    const fromPage = await rawRequest(cloud, { method: 'POST', path: '/_nimbus/reset', headers: { origin: EVIL, 'content-type': 'application/json' }, body: '{}' });
    assert.equal(fromPage.status, 403);
    const clockFromPage = await rawRequest(cloud, { method: 'POST', path: '/_nimbus/clock', headers: { 'content-type': 'text/plain' }, body: '{"advance":"14d"}' });
    assert.equal(clockFromPage.status, 415);
    assert.deepEqual(await queueNames(cloud), ['kept']);

    // A tool (curl, a test suite) sends JSON or the custom header.
    const withHeader = await rawRequest(cloud, { method: 'POST', path: '/_nimbus/reset', headers: { 'x-nimbus-request': '1' } });
    assert.equal(withHeader.status, 200);
    assert.deepEqual(await queueNames(cloud), []);
    await expectHealthyWithin(cloud);
  });

  test('DNS rebinding: a Host that is a name of someone else is refused, in the protocol of the call', async () => {
    const rebound = await rawRequest(cloud, {
      method: 'POST',
      headers: { host: `attacker.example:${cloud.port}`, origin: `http://attacker.example:${cloud.port}`, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.ListQueues' },
      body: '{}',
    });
    assert.equal(rebound.status, 403);
    const error = JSON.parse(rebound.body) as { __type: string; message: string };
    assert.equal(error.__type, 'AccessDeniedException');
    assert.match(error.message, /the host 'attacker\.example'.*--allowed-hosts attacker\.example/s);
    const internal = await rawRequest(cloud, { path: '/_nimbus/health', headers: { host: 'attacker.example' } });
    assert.equal(internal.status, 403);
    const query = await rawRequest(cloud, {
      method: 'POST',
      headers: { host: 'attacker.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=ListQueues&Version=2012-11-05',
    });
    assert.equal(query.status, 403);
    assert.match(query.body, /<Code>AccessDenied<\/Code>/);

    for (const host of ['127.0.0.1', `127.0.0.1:${cloud.port}`, '[::1]:4566', 'localhost', `localhost:${cloud.port}`, 'bucket.s3.localhost', 'host.docker.internal', hostname()]) {
      const answer = await rawRequest(cloud, { path: '/_nimbus/health', headers: { host } });
      assert.equal(answer.status, 200, host);
    }
  });

  test('S3 follows the bucket CORS configuration: a PUT from a page needs a rule that allows its origin', async () => {
    const s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'web' }));
    const put = () => rawRequest(cloud, { method: 'PUT', path: '/web/from-page.txt', headers: { origin: EVIL, 'content-type': 'text/plain' }, body: 'planted' });
    assert.equal((await put()).status, 403);
    // A read is served (the browser keeps it from the page without CORS headers).
    await s3.send(new PutObjectCommand({ Bucket: 'web', Key: 'public.txt', Body: 'hello' }));
    const read = await rawRequest(cloud, { path: '/web/public.txt', headers: { origin: EVIL } });
    assert.equal(read.status, 200);
    assert.equal(read.headers['access-control-allow-origin'], undefined);

    await s3.send(new PutBucketCorsCommand({ Bucket: 'web', CORSConfiguration: { CORSRules: [{ AllowedOrigins: [EVIL], AllowedMethods: ['PUT', 'GET'] }] } }));
    const allowed = await put();
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers['access-control-allow-origin'], EVIL);
    s3.destroy();
  });
});

describe('origins and hosts the user allows', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud({ corsOrigins: ['http://localhost:3000'], allowedHosts: ['nimbus', '*.svc.test'] });
  });
  after(async () => {
    await cloud.close();
  });

  test('--cors-origins lets exactly those origins call the AWS APIs, without credentials', async () => {
    const preflight = await rawRequest(cloud, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-amz-target' } });
    assert.equal(preflight.status, 200);
    assert.equal(preflight.headers['access-control-allow-origin'], 'http://localhost:3000');
    assert.equal(preflight.headers['access-control-allow-credentials'], undefined);
    const call = await rawRequest(cloud, {
      method: 'POST',
      headers: { origin: 'http://localhost:3000', 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.ListQueues' },
      body: '{}',
    });
    assert.equal(call.status, 200);
    assert.equal(call.headers['access-control-allow-origin'], 'http://localhost:3000');
    const other = await rawRequest(cloud, { method: 'OPTIONS', headers: { origin: 'http://localhost:3001', 'access-control-request-method': 'POST' } });
    assert.equal(other.status, 403);
  });

  test("'*' allows any origin but 'null', which only an explicit 'null' lets in", () => {
    assert.equal(originAllowed({ corsOrigins: ['*'], allowedHosts: [] }, 'http://anything.test'), true);
    assert.equal(originAllowed({ corsOrigins: ['*'], allowedHosts: [] }, 'null'), false);
    assert.equal(originAllowed({ corsOrigins: ['null'], allowedHosts: [] }, 'null'), true);
  });

  test('--allowed-hosts adds names (and *.suffix patterns) to the Host check', async () => {
    for (const host of ['nimbus', 'nimbus:4566', 'queue.svc.test']) assert.equal((await rawRequest(cloud, { path: '/_nimbus/health', headers: { host } })).status, 200, host);
    assert.equal((await rawRequest(cloud, { path: '/_nimbus/health', headers: { host: 'svc.test.evil' } })).status, 403);
  });
});

describe('internal routes under --verify-signatures', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud({ verifySignatures: true, secretAccessKey: 'right-secret' });
  });
  after(async () => {
    await cloud.close();
  });

  test('reset and clock need a SigV4 signature with the secret', async () => {
    const unsigned = await rawRequest(cloud, { method: 'POST', path: '/_nimbus/reset', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(unsigned.status, 403);
    assert.match(JSON.parse(unsigned.body).error, /SigV4-signed/);

    const signed = async (secretAccessKey: string) => {
      const signer = signerFor('nimbus', 'us-east-1', { ...TEST_CREDENTIALS, secretAccessKey });
      const body = JSON.stringify({ advance: '1m' });
      const request = await signer.sign({
        method: 'POST',
        protocol: 'http:',
        hostname: '127.0.0.1',
        port: cloud.port,
        path: '/_nimbus/clock',
        headers: { host: `127.0.0.1:${cloud.port}`, 'content-type': 'application/json' },
        body,
      });
      return rawRequest(cloud, { method: 'POST', path: '/_nimbus/clock', headers: request.headers as Record<string, string>, body });
    };
    assert.equal((await signed('wrong-secret')).status, 403);
    assert.equal((await signed('right-secret')).status, 200);
    // Reading the health stays open: it changes nothing.
    assert.equal((await rawRequest(cloud, { path: '/_nimbus/health' })).status, 200);
  });
});
