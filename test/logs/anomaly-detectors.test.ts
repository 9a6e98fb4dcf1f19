import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogAnomalyDetectorCommand,
  CreateLogGroupCommand,
  DeleteLogAnomalyDetectorCommand,
  GetLogAnomalyDetectorCommand,
  ListAnomaliesCommand,
  ListLogAnomalyDetectorsCommand,
  UpdateAnomalyCommand,
  UpdateLogAnomalyDetectorCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const GROUP_ARN = 'arn:aws:logs:us-east-1:000000000000:log-group:app';

describe('Logs anomaly detectors, as state (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'other' }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('create, get, list (by group), pause and resume, delete', async () => {
    const { anomalyDetectorArn } = await logs.send(
      new CreateLogAnomalyDetectorCommand({ logGroupArnList: [GROUP_ARN], detectorName: 'app-detector', evaluationFrequency: 'FIVE_MIN', filterPattern: 'ERROR', anomalyVisibilityTime: 14 }),
    );
    assert.match(anomalyDetectorArn!, /^arn:aws:logs:us-east-1:000000000000:anomaly-detector:[0-9a-f-]{36}$/);
    const got = await logs.send(new GetLogAnomalyDetectorCommand({ anomalyDetectorArn }));
    assert.equal(got.detectorName, 'app-detector');
    assert.deepEqual(got.logGroupArnList, [GROUP_ARN]);
    assert.equal(got.evaluationFrequency, 'FIVE_MIN');
    assert.equal(got.anomalyVisibilityTime, 14);
    assert.equal(got.anomalyDetectorStatus, 'INITIALIZING');
    const { anomalyDetectorArn: second } = await logs.send(new CreateLogAnomalyDetectorCommand({ logGroupArnList: ['arn:aws:logs:us-east-1:000000000000:log-group:other'] }));
    assert.deepEqual((await logs.send(new ListLogAnomalyDetectorsCommand({ filterLogGroupArn: GROUP_ARN }))).anomalyDetectors?.map((d) => d.anomalyDetectorArn), [anomalyDetectorArn]);
    assert.equal((await logs.send(new ListLogAnomalyDetectorsCommand({}))).anomalyDetectors?.length, 2);

    await logs.send(new UpdateLogAnomalyDetectorCommand({ anomalyDetectorArn, enabled: false, evaluationFrequency: 'ONE_HOUR' }));
    const paused = await logs.send(new GetLogAnomalyDetectorCommand({ anomalyDetectorArn }));
    assert.equal(paused.anomalyDetectorStatus, 'PAUSED');
    assert.equal(paused.evaluationFrequency, 'ONE_HOUR');
    await logs.send(new UpdateLogAnomalyDetectorCommand({ anomalyDetectorArn, enabled: true }));
    assert.equal((await logs.send(new GetLogAnomalyDetectorCommand({ anomalyDetectorArn }))).anomalyDetectorStatus, 'INITIALIZING');

    // Nimbus trains no model: a detector has found nothing.
    assert.deepEqual((await logs.send(new ListAnomaliesCommand({ anomalyDetectorArn }))).anomalies, []);
    await expectAwsError(logs.send(new UpdateAnomalyCommand({ anomalyDetectorArn, anomalyId: '00000000-0000-0000-0000-000000000001', suppressionType: 'INFINITE' })), { name: 'ResourceNotFoundException', status: 400 });

    await logs.send(new DeleteLogAnomalyDetectorCommand({ anomalyDetectorArn }));
    await logs.send(new DeleteLogAnomalyDetectorCommand({ anomalyDetectorArn: second }));
    await expectAwsError(logs.send(new GetLogAnomalyDetectorCommand({ anomalyDetectorArn })), {
      name: 'ResourceNotFoundException',
      message: 'The specified anomaly detector does not exist.',
      status: 400,
    });
  });

  test('errors: one log group that exists, a filter pattern that parses, visibility of 7 to 90 days', async () => {
    await expectAwsError(logs.send(new CreateLogAnomalyDetectorCommand({ logGroupArnList: [GROUP_ARN, 'arn:aws:logs:us-east-1:000000000000:log-group:other'] })), {
      name: 'InvalidParameterException',
      message: 'You can specify only one log group ARN in logGroupArnList.',
      status: 400,
    });
    await expectAwsError(logs.send(new CreateLogAnomalyDetectorCommand({ logGroupArnList: ['arn:aws:logs:us-east-1:000000000000:log-group:missing'] })), {
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
      status: 400,
    });
    await expectAwsError(logs.send(new CreateLogAnomalyDetectorCommand({ logGroupArnList: [GROUP_ARN], filterPattern: '{ $.a = ' })), { name: 'InvalidParameterException', status: 400 });
    await expectAwsError(logs.send(new CreateLogAnomalyDetectorCommand({ logGroupArnList: [GROUP_ARN], anomalyVisibilityTime: 91 })), { name: 'InvalidParameterException', status: 400 });
    await expectAwsError(logs.send(new GetLogAnomalyDetectorCommand({ anomalyDetectorArn: 'arn:aws:logs:us-east-1:000000000000:anomaly-detector:nope' })), {
      name: 'ResourceNotFoundException',
      status: 400,
    });
  });
});
