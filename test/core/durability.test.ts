import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { TEST_CREDENTIALS } from '../support/cloud.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `nimbus start --data-dir` as its own process and waits until it answers. */
async function startNimbus(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start', '--port', String(port), '--data-dir', dataDir, '--log-level', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/_nimbus/health`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`nimbus exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('nimbus did not start within 30 s');
}

describe('durable mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-durable-'));
  const children: ChildProcess[] = [];
  after(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a message acknowledged to a client survives kill -9 and a restart', async () => {
    const port = await freePort();
    const first = await startNimbus(port, dataDir);
    children.push(first);
    const sqs = new SQSClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'durable' }));
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'survive this', MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } } }));

    // No warning, no shutdown hook: the process is killed the moment the send was acknowledged.
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));

    const second = await startNimbus(port, dataDir);
    children.push(second);
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['All'] }));
    sqs.destroy();
    assert.equal(received.Messages?.length, 1);
    assert.equal(received.Messages![0].MessageId, sent.MessageId);
    assert.equal(received.Messages![0].Body, 'survive this');
    assert.equal(received.Messages![0].MessageAttributes?.k.StringValue, 'v');
    second.kill('SIGKILL');
  });
});
