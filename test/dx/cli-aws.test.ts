import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { ROOT } from '../support/nimbus-process.js';

function nimbus(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, env: { HOME: process.env.HOME ?? '/tmp', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** `nimbus aws …`: the AWS CLI pointed at Nimbus, as LocalStack's awslocal is. */
describe('nimbus aws', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('runs the AWS CLI against the endpoint in AWS_ENDPOINT_URL with local credentials, passing its exit code on', async () => {
    // Debian's AWS CLI first: it predates AWS_ENDPOINT_URL, so only --endpoint-url reaches Nimbus.
    const env = { PATH: `/usr/bin:/bin:${process.env.PATH ?? ''}`, AWS_ENDPOINT_URL: cloud.endpoint, AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' };
    const created = await nimbus(['aws', 'sqs', 'create-queue', '--queue-name', 'via-wrapper'], env);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(JSON.parse(created.stdout).QueueUrl, `${cloud.endpoint}/000000000000/via-wrapper`);
    const sqs = new SQSClient(clientConfig(cloud));
    try {
      assert.ok((await sqs.send(new GetQueueUrlCommand({ QueueName: 'via-wrapper' }))).QueueUrl);
    } finally {
      sqs.destroy();
    }
    const failed = await nimbus(['aws', 'sqs', 'get-queue-url', '--queue-name', 'nowhere'], env);
    assert.equal(failed.code, 254);
    assert.match(failed.stderr, /NonExistentQueue/);
  });

  test('without an AWS CLI on PATH, a clear message and exit code 127', async () => {
    const missing = await nimbus(['aws', 'sqs', 'list-queues'], { PATH: '/nonexistent', AWS_ENDPOINT_URL: cloud.endpoint });
    assert.equal(missing.code, 127);
    assert.match(missing.stderr, /nimbus aws: the AWS CLI is not installed \(no `aws` on PATH\)/);
  });
});
