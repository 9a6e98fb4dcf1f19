import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CreateApplicationCommand, DescribeApplicationCommand, KinesisAnalyticsV2Client, ListApplicationVersionsCommand, StartApplicationCommand, UpdateApplicationCommand } from '@aws-sdk/client-kinesis-analytics-v2';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-kda-durable-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('an application, its versions and a start under way survive a restart with --data-dir', async () => {
  let cloud = await startTestCloud({ dataDir });
  let kda = new KinesisAnalyticsV2Client(clientConfig(cloud));
  const code = { ApplicationCodeConfiguration: { CodeContentType: 'PLAINTEXT' as const, CodeContent: { TextContent: 'job' } } };
  await kda.send(new CreateApplicationCommand({ ApplicationName: 'kept', RuntimeEnvironment: 'FLINK-1_18', ServiceExecutionRole: 'arn:aws:iam::000000000000:role/r', ApplicationConfiguration: code }));
  await kda.send(new UpdateApplicationCommand({ ApplicationName: 'kept', CurrentApplicationVersionId: 1, ServiceExecutionRoleUpdate: 'arn:aws:iam::000000000000:role/r2' }));
  await kda.send(new StartApplicationCommand({ ApplicationName: 'kept' }));
  kda.destroy();
  await cloud.close();

  cloud = await startTestCloud({ dataDir });
  kda = new KinesisAnalyticsV2Client(clientConfig(cloud));
  try {
    const describe = async () => (await kda.send(new DescribeApplicationCommand({ ApplicationName: 'kept' }))).ApplicationDetail!;
    const detail = await describe();
    assert.deepEqual([detail.ApplicationStatus, detail.ApplicationVersionId, detail.ServiceExecutionRole], ['STARTING', 2, 'arn:aws:iam::000000000000:role/r2']);
    await advanceClock(cloud, '30s');
    assert.equal((await describe()).ApplicationStatus, 'RUNNING');
    const versions = await kda.send(new ListApplicationVersionsCommand({ ApplicationName: 'kept' }));
    assert.deepEqual(versions.ApplicationVersionSummaries!.map((v) => v.ApplicationVersionId), [2, 1]);
  } finally {
    kda.destroy();
    await cloud.close();
  }
});
