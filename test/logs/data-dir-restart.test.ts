import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateExportTaskCommand,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeExportTasksCommand,
  GetQueryResultsCommand,
  PutLogEventsCommand,
  StartQueryCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateBucketCommand, GetObjectCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { gunzipSync } from 'node:zlib';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';

/**
 * Export tasks and Insights queries live in the store: a process stopped while one is PENDING or
 * RUNNING (Scheduled or Running) leaves it so in a --data-dir, and the next process finishes it.
 * Before, it stayed RUNNING for ever, and every later CreateExportTask was LimitExceededException.
 */
describe('Logs: unfinished export tasks and queries survive a restart with --data-dir (SDK v3)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-logs-restart-'));
  const opened: Cloud[] = [];
  after(async () => {
    for (const cloud of opened) await cloud.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function open(): Promise<{ cloud: Cloud; logs: CloudWatchLogsClient; s3: S3Client }> {
    const cloud = await startTestCloud({ dataDir });
    opened.push(cloud);
    return { cloud, logs: new CloudWatchLogsClient(clientConfig(cloud)), s3: new S3Client({ ...clientConfig(cloud), forcePathStyle: true }) };
  }

  test('an export task and a query left unfinished complete after the restart; a new export is then accepted', async () => {
    const first = await open();
    await first.s3.send(new CreateBucketCommand({ Bucket: 'archive' }));
    await first.s3.send(
      new PutBucketPolicyCommand({
        Bucket: 'archive',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'logs.us-east-1.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::archive' },
            { Effect: 'Allow', Principal: { Service: 'logs.us-east-1.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::archive/*' },
          ],
        }),
      }),
    );
    await first.logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await first.logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'web-1' }));
    const now = first.cloud.clock.now();
    await first.logs.send(
      new PutLogEventsCommand({
        logGroupName: 'app',
        logStreamName: 'web-1',
        logEvents: [
          { timestamp: now - 2, message: 'first line' },
          { timestamp: now - 1, message: 'second line' },
        ],
      }),
    );
    const { taskId } = await first.logs.send(new CreateExportTaskCommand({ logGroupName: 'app', from: now - 1000, to: now + 1000, destination: 'archive' }));
    const { queryId } = await first.logs.send(
      new StartQueryCommand({ logGroupName: 'app', startTime: Math.floor(now / 1000) - 60, endTime: Math.floor(now / 1000) + 60, queryString: 'fields @message | sort @timestamp asc' }),
    );
    // The task reports its outcome a clock second after it starts: it is still unfinished when this process stops.
    const before = await first.logs.send(new DescribeExportTasksCommand({ taskId }));
    assert.ok(['PENDING', 'RUNNING'].includes(before.exportTasks![0].status!.code!), `still unfinished at the stop: ${before.exportTasks![0].status!.code}`);
    first.logs.destroy();
    first.s3.destroy();
    await first.cloud.close();
    opened.pop();

    const second = await open();
    let code: string | undefined;
    for (let step = 0; step < 50 && (code === undefined || code === 'PENDING' || code === 'RUNNING'); step++) {
      code = (await second.logs.send(new DescribeExportTasksCommand({ taskId }))).exportTasks![0].status!.code;
      await advanceClock(second.cloud, '1s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.equal(code, 'COMPLETED');
    const object = await second.s3.send(new GetObjectCommand({ Bucket: 'archive', Key: `exportedlogs/${taskId}/web-1/000000.gz` }));
    const lines = gunzipSync(Buffer.from(await object.Body!.transformToByteArray())).toString().trim().split('\n');
    assert.deepEqual(lines.map((line) => line.slice(line.indexOf(' ') + 1)), ['first line', 'second line']);

    const results = await second.logs.send(new GetQueryResultsCommand({ queryId }));
    assert.equal(results.status, 'Complete');
    assert.deepEqual(results.results?.map((row) => row.find((field) => field.field === '@message')?.value), ['first line', 'second line']);

    const started = Date.now();
    const next = await second.logs.send(new CreateExportTaskCommand({ logGroupName: 'app', from: now - 1000, to: now + 1000, destination: 'archive' }));
    assert.match(next.taskId!, /^[0-9a-f-]{36}$/);
    assert.ok(Date.now() - started < 2000, 'answered promptly');
    second.logs.destroy();
    second.s3.destroy();
  });
});
