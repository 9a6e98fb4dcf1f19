import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ROOT, startNimbusProcess, type NimbusProcess } from '../support/nimbus-process.js';

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

/** Init folders live inside the repository so that their Node scripts find its node_modules, as a project's would. */
function initFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(ROOT, 'test', '.init-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function health(endpoint: string): Promise<Record<string, any>> {
  return (await fetch(`${endpoint}/_nimbus/health`)).json() as Promise<Record<string, any>>;
}

async function untilInitialized(endpoint: string): Promise<Record<string, any>> {
  for (let i = 0; i < 600; i++) {
    const state = await health(endpoint);
    if (state.initialized) return state;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('init never finished');
}

describe('init scripts (--init)', () => {
  const folders: string[] = [];
  after(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  describe('a folder with a shell script (aws CLI), a Node script (SDK v3) and a Python script (boto3)', () => {
    let nimbus: NimbusProcess;
    before(async () => {
      const dir = initFolder({
        '01-queue.sh': 'set -e\naws sqs create-queue --queue-name from-shell\necho made the queue\n',
        '02-table.mjs': [
          "import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';",
          'const dynamodb = new DynamoDBClient({});',
          "await dynamodb.send(new CreateTableCommand({ TableName: 'from-node', BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }] }));",
        ].join('\n'),
        '03-bucket.py': "import boto3\nboto3.client('s3').create_bucket(Bucket='from-python')\n",
        'README.md': 'not a script: left alone',
      });
      folders.push(dir);
      nimbus = await startNimbusProcess(['--init', dir, '--log-format', 'json'], { env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });
    });
    after(async () => {
      await nimbus.stop();
    });

    test('each runs once the server is ready, in name order, and its resources exist when health says initialized', async () => {
      const state = await untilInitialized(nimbus.endpoint);
      assert.equal(state.init.status, 'done', JSON.stringify(state.init));
      assert.deepEqual(state.init.scripts.map((s: { name: string }) => s.name), ['01-queue.sh', '02-table.mjs', '03-bucket.py']);
      assert.ok(state.init.scripts.every((s: { status: string; exitCode: number }) => s.status === 'ok' && s.exitCode === 0));
      const sqs = new SQSClient({ endpoint: nimbus.endpoint, region: 'us-east-1', credentials });
      const dynamodb = new DynamoDBClient({ endpoint: nimbus.endpoint, region: 'us-east-1', credentials });
      const s3 = new S3Client({ endpoint: nimbus.endpoint, region: 'us-east-1', credentials, forcePathStyle: true });
      try {
        assert.equal((await sqs.send(new GetQueueUrlCommand({ QueueName: 'from-shell' }))).QueueUrl, `${nimbus.endpoint}/000000000000/from-shell`);
        assert.equal((await dynamodb.send(new DescribeTableCommand({ TableName: 'from-node' }))).Table!.TableName, 'from-node');
        await s3.send(new HeadBucketCommand({ Bucket: 'from-python' }));
      } finally {
        sqs.destroy();
        dynamodb.destroy();
        s3.destroy();
      }
      // LocalStack's view of the same run.
      const localstack = (await (await fetch(`${nimbus.endpoint}/_localstack/init`)).json()) as Record<string, any>;
      assert.deepEqual(localstack.completed, { BOOT: true, START: true, READY: true, SHUTDOWN: false });
      assert.deepEqual(localstack.scripts.map((s: { name: string; state: string; stage: string }) => `${s.stage} ${s.name} ${s.state}`), [
        'READY 01-queue.sh SUCCESSFUL',
        'READY 02-table.mjs SUCCESSFUL',
        'READY 03-bucket.py SUCCESSFUL',
      ]);
      const info = (await (await fetch(`${nimbus.endpoint}/_localstack/info`)).json()) as Record<string, any>;
      assert.match(info.version, /^nimbus-\d+\.\d+\.\d+/);
      assert.equal(info.is_docker, false);
    });
  });

  test("LocalStack's layout (ready.d beside start.d) runs start.d first; a failing script is reported with its output and --strict-init exits non-zero", async () => {
    const dir = initFolder({
      'start.d/01-first.sh': 'echo starting\n',
      'ready.d/01-broken.sh': 'echo "about to fail" >&2\nexit 7\n',
      'ready.d/02-after.sh': 'aws sqs create-queue --queue-name after-the-failure\n',
    });
    folders.push(dir);
    const lenient = await startNimbusProcess(['--init', dir, '--log-format', 'json']);
    try {
      const state = await untilInitialized(lenient.endpoint);
      assert.equal(state.init.status, 'failed');
      assert.deepEqual(state.init.scripts.map((s: { stage: string; name: string; status: string; exitCode: number }) => `${s.stage} ${s.name} ${s.status} ${s.exitCode}`), [
        'START 01-first.sh ok 0',
        'READY 01-broken.sh failed 7',
        'READY 02-after.sh ok 0',
      ]);
      await lenient.waitFor(/init: 01-broken\.sh failed with exit code 7\\nabout to fail/);
      // Without --strict-init the server keeps serving.
      assert.equal((await fetch(`${lenient.endpoint}/_nimbus/health`)).status, 200);
    } finally {
      await lenient.stop();
    }
    const strict = await startNimbusProcess(['--init', dir, '--strict-init', '--log-format', 'json']);
    const { code } = await strict.exited;
    assert.equal(code, 3);
    assert.match(strict.output(), /01-broken\.sh failed; exiting \(--strict-init\)/);
  });

  test('a missing init folder is refused at start with a clear message', async () => {
    const missing = join(ROOT, 'test', '.init-missing-folder');
    const nimbus = await startNimbusProcess(['--init', missing], { waitForBanner: false });
    const { code } = await nimbus.exited;
    assert.equal(code, 1);
    assert.ok(nimbus.output().includes(`nimbus: --init ${missing}: no such folder`), nimbus.output());
  });
});
