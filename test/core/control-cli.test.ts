import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CreateQueueCommand, ListQueuesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { SERVICE_LOADERS } from '../../src/services/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `nimbus <args>` as a script runs it (from the sources: no build needed). */
function nimbus(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('nimbus status, reset and clock against a running Nimbus', () => {
  let cloud: Cloud;
  let sqs: SQSClient;
  before(async () => {
    cloud = await startTestCloud();
    sqs = new SQSClient(clientConfig(cloud));
  });
  after(async () => {
    sqs.destroy();
    await cloud.close();
  });

  test('nimbus clock advance 5m makes a delayed message visible', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'later' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'in five minutes', DelaySeconds: 300 }));
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 0 }))).Messages, undefined);
    const advanced = await nimbus(['clock', 'advance', '5m', '--endpoint', cloud.endpoint]);
    assert.equal(advanced.code, 0, advanced.stderr);
    assert.match(advanced.stdout, /^\d{4}-\d\d-\d\dT[\d:.]+Z \((4m 5\ds|5m( \d+s)?) ahead of real time\), \d+ timers? waiting\n$/);
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 0 }));
    assert.equal(Messages?.[0]?.Body, 'in five minutes');
  });

  test('status names what runs; reset forgets it; AWS_ENDPOINT_URL is the default endpoint', async () => {
    const shown = await nimbus(['status'], { AWS_ENDPOINT_URL: cloud.endpoint });
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, new RegExp(`^Nimbus [\\d.]+ at http://127\\.0\\.0\\.1:\\d+\\n {2}services: (cloudwatch, )?sqs running; ${Object.keys(SERVICE_LOADERS).length} served \\(`));
    assert.match(shown.stdout, / {2}state: {4}in memory\n/);
    const wiped = await nimbus(['reset', '--endpoint', cloud.endpoint]);
    assert.equal(wiped.code, 0, wiped.stderr);
    assert.equal((await sqs.send(new ListQueuesCommand({}))).QueueUrls, undefined);
  });

  test('scripts can rely on the exit codes: 1 for a refusal, 2 when Nimbus is not there', async () => {
    const backwards = await nimbus(['clock', 'set', '2001-01-01T00:00:00Z', '--endpoint', cloud.endpoint]);
    assert.equal(backwards.code, 1);
    assert.match(backwards.stderr, /^nimbus: The clock only moves forward: 2001-01-01T00:00:00\.000Z is before its time now/);
    const unknown = await nimbus(['clock', 'rewind', '5m', '--endpoint', cloud.endpoint]);
    assert.equal(unknown.code, 1);
    // A port nothing listens on: one just freed.
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', () => resolve()));
    const port = (free.address() as AddressInfo).port;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    const away = await nimbus(['status', '--endpoint', `http://127.0.0.1:${port}`]);
    assert.equal(away.code, 2);
    assert.match(away.stderr, new RegExp(`^nimbus: Nimbus is not answering at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`));
  });
});
