import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { CreateDeliveryStreamCommand, FirehoseClient, PutRecordBatchCommand, type HttpEndpointDestinationConfiguration } from '@aws-sdk/client-firehose';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { eventually } from '../lambda/support.js';

const ROLE = 'arn:aws:iam::000000000000:role/firehose';

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

describe('Firehose to HTTP endpoints', () => {
  let cloud: Cloud;
  let firehose: FirehoseClient;
  let s3: S3Client;
  let server: Server;
  let url: string;
  const received: Received[] = [];
  /** How the endpoint answers each path: how many requests fail first, or always a given answer. */
  const behaviour = new Map<string, { failFirst?: number; status?: number; wrongRequestId?: boolean }>();
  let certDir: string;

  before(async () => {
    certDir = mkdtempSync(join(tmpdir(), 'fh-cert-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem'), '-subj', '/CN=localhost', '-days', '1'], { stdio: 'ignore' });
    server = createServer({ key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) }, (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        let raw = Buffer.concat(chunks);
        if (request.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
        const body = JSON.parse(raw.toString());
        received.push({ path: request.url!, headers: request.headers, body });
        const rule = behaviour.get(request.url!) ?? {};
        const seen = received.filter((r) => r.path === request.url).length;
        if (rule.status || (rule.failFirst && seen <= rule.failFirst)) {
          response.writeHead(rule.status ?? 500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ requestId: body.requestId, timestamp: Date.now(), errorMessage: 'not now' }));
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ requestId: rule.wrongRequestId ? 'another' : body.requestId, timestamp: Date.now() }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://localhost:${(server.address() as AddressInfo).port}`;
    cloud = await startTestCloud();
    firehose = new FirehoseClient(clientConfig(cloud));
    s3 = new S3Client({ ...clientConfig(cloud), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'fh-http-backup' }));
  });
  after(async () => {
    firehose.destroy();
    s3.destroy();
    await cloud.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(certDir, { recursive: true, force: true });
  });

  const createStream = (name: string, config: Partial<HttpEndpointDestinationConfiguration>) =>
    firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: name,
        HttpEndpointDestinationConfiguration: {
          EndpointConfiguration: { Url: `${url}/${name}`, Name: 'local', AccessKey: 'secret-key' },
          BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 0 },
          S3Configuration: { BucketARN: 'arn:aws:s3:::fh-http-backup', RoleARN: ROLE, Prefix: `${name}/`, ErrorOutputPrefix: `${name}-errors/` },
          ...config,
        },
      }),
    );
  const put = (name: string, records: string[]) => firehose.send(new PutRecordBatchCommand({ DeliveryStreamName: name, Records: records.map((r) => ({ Data: Buffer.from(r) })) }));
  const requestsTo = (name: string) => received.filter((r) => r.path === `/${name}`);
  const objects = async (prefix: string) => ((await s3.send(new ListObjectsV2Command({ Bucket: 'fh-http-backup', Prefix: prefix }))).Contents ?? []).map((c) => c.Key!);
  const body = async (key: string) => Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: 'fh-http-backup', Key: key }))).Body!.transformToByteArray()).toString();

  it("POSTs AWS's request body and headers, gzip'd when asked, and backs all data up with AllData", async () => {
    await createStream('http-ok', {
      RequestConfiguration: { ContentEncoding: 'GZIP', CommonAttributes: [{ AttributeName: 'env', AttributeValue: 'test' }] },
      S3BackupMode: 'AllData',
    });
    await put('http-ok', ['first', 'second']);
    const [request] = await eventually(() => (requestsTo('http-ok').length ? requestsTo('http-ok') : undefined), 5_000, 'the POST');
    assert.equal(request!.headers['x-amz-firehose-access-key'], 'secret-key');
    assert.equal(request!.headers['x-amz-firehose-protocol-version'], '1.0');
    assert.equal(request!.headers['x-amz-firehose-request-id'], request!.body.requestId);
    assert.equal(request!.headers['x-amz-firehose-source-arn'], 'arn:aws:firehose:us-east-1:000000000000:deliverystream/http-ok');
    assert.equal(request!.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(String(request!.headers['x-amz-firehose-common-attributes'])), { commonAttributes: { env: 'test' } });
    assert.equal(typeof request!.body.timestamp, 'number');
    assert.deepEqual(request!.body.records.map((r: { data: string }) => Buffer.from(r.data, 'base64').toString()), ['first', 'second']);
    const backup = await eventually(async () => {
      const keys = await objects('http-ok/');
      return keys.length ? keys : undefined;
    }, 5_000, 'the AllData backup');
    assert.equal(await body(backup[0]!), 'firstsecond');
  });

  it('retries a failing endpoint on the clock until it accepts', async () => {
    behaviour.set('/http-retry', { failFirst: 2 });
    await createStream('http-retry', { RetryOptions: { DurationInSeconds: 60 } });
    await put('http-retry', ['again']);
    await eventually(() => requestsTo('http-retry').length === 1 || undefined, 5_000, 'the first attempt');
    await advanceClock(cloud, '1s');
    await eventually(() => requestsTo('http-retry').length === 2 || undefined, 5_000, 'the second attempt');
    await advanceClock(cloud, '2s');
    await eventually(() => requestsTo('http-retry').length === 3 || undefined, 5_000, 'the third attempt');
    const ids = new Set(requestsTo('http-retry').map((r) => r.body.requestId));
    assert.equal(ids.size, 3, 'each attempt is its own request');
    await advanceClock(cloud, '60s');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(requestsTo('http-retry').length, 3, 'an accepted delivery is not sent again');
    assert.deepEqual(await objects('http-retry-errors/'), []);
  });

  it('writes what the endpoint never accepted to the S3 error output once the retry duration has passed', async () => {
    behaviour.set('/http-down', { status: 503 });
    behaviour.set('/http-wrong-id', { wrongRequestId: true });
    await createStream('http-down', { RetryOptions: { DurationInSeconds: 10 } });
    await createStream('http-wrong-id', { RetryOptions: { DurationInSeconds: 0 } });
    await put('http-down', ['lost?']);
    await put('http-wrong-id', ['mismatch']);
    await eventually(() => requestsTo('http-down').length >= 1 || undefined, 5_000, 'the first attempt');
    for (let i = 0; i < 5; i++) {
      await advanceClock(cloud, '4s');
      await new Promise((r) => setTimeout(r, 30));
    }
    const [failedKey] = await eventually(async () => {
      const keys = await objects('http-down-errors/');
      return keys.length ? keys : undefined;
    }, 5_000, 'the failed records');
    assert.match(failedKey!, /^http-down-errors\/http-endpoint-failed\/\d{4}\/\d\d\/\d\d\/\d\d\/http-down-1-/);
    const failure = JSON.parse(await body(failedKey!));
    assert.equal(failure.errorCode, 'HttpEndpoint.InvalidStatusCode');
    assert.equal(failure.errorMessage, 'The endpoint answered with HTTP status 503.');
    assert.equal(Buffer.from(failure.rawData, 'base64').toString(), 'lost?');
    assert.equal(failure.EndpointUrl, `${url}/http-down`);
    assert.ok(failure.attemptsMade >= 3 && failure.attemptsMade === requestsTo('http-down').length, `attempts: ${failure.attemptsMade}`);

    const [wrongKey] = await eventually(async () => {
      const keys = await objects('http-wrong-id-errors/');
      return keys.length ? keys : undefined;
    }, 5_000, 'the record answered with another request id');
    const wrong = JSON.parse(await body(wrongKey!));
    assert.equal(wrong.errorCode, 'HttpEndpoint.InvalidResponseFromDestination');
    assert.equal(wrong.attemptsMade, 1);
  });
});
