import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AssociateSourceToS3TableIntegrationCommand,
  CloudWatchLogsClient,
  DeleteIntegrationCommand,
  DisassociateSourceFromS3TableIntegrationCommand,
  GetIntegrationCommand,
  ListIntegrationsCommand,
  ListSourcesForS3TableIntegrationCommand,
  PutIntegrationCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ROLE = 'arn:aws:iam::000000000000:role/opensearch-access';
const TABLES = 'arn:aws:observabilityadmin:us-east-1:000000000000:s3tableintegration/abc123';

/** OpenSearch integrations kept as configuration (no OpenSearch behind them); S3 Tables integrations, which Nimbus cannot make. */
describe('Logs integrations (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('an OpenSearch integration is PROVISIONING, then ACTIVE on the clock; listed by prefix and status; deleted', async () => {
    const put = await logs.send(
      new PutIntegrationCommand({
        integrationName: 'search-app',
        integrationType: 'OPENSEARCH',
        resourceConfig: { openSearchResourceConfig: { dataSourceRoleArn: ROLE, dashboardViewerPrincipals: [ROLE], retentionDays: 7 } },
      }),
    );
    assert.deepEqual([put.integrationName, put.integrationStatus], ['search-app', 'PROVISIONING']);
    assert.deepEqual((await logs.send(new ListIntegrationsCommand({ integrationStatus: 'ACTIVE' }))).integrationSummaries, []);
    await advanceClock(cloud, '2s');
    const got = await logs.send(new GetIntegrationCommand({ integrationName: 'search-app' }));
    assert.equal(got.integrationType, 'OPENSEARCH');
    assert.equal(got.integrationStatus, 'ACTIVE');
    assert.equal(got.integrationDetails?.openSearchIntegrationDetails?.dataSource?.dataSourceName, 'search-app');
    await logs.send(
      new PutIntegrationCommand({
        integrationName: 'other',
        integrationType: 'OPENSEARCH',
        resourceConfig: { openSearchResourceConfig: { dataSourceRoleArn: ROLE, dashboardViewerPrincipals: [ROLE], retentionDays: 30 } },
      }),
    );
    const listed = await logs.send(new ListIntegrationsCommand({ integrationNamePrefix: 'search' }));
    assert.deepEqual(listed.integrationSummaries, [{ integrationName: 'search-app', integrationType: 'OPENSEARCH', integrationStatus: 'ACTIVE' }]);
    await logs.send(new DeleteIntegrationCommand({ integrationName: 'search-app', force: true }));
    await expectAwsError(logs.send(new GetIntegrationCommand({ integrationName: 'search-app' })), {
      name: 'ResourceNotFoundException',
      message: 'The integration search-app does not exist.',
      status: 400,
    });
    assert.deepEqual((await logs.send(new ListIntegrationsCommand({}))).integrationSummaries?.map((s) => s.integrationName), ['other']);
  });

  test('errors: retention outside 1-30 days, no OpenSearch config, deleting an unknown integration', async () => {
    await expectAwsError(
      logs.send(
        new PutIntegrationCommand({
          integrationName: 'x',
          integrationType: 'OPENSEARCH',
          resourceConfig: { openSearchResourceConfig: { dataSourceRoleArn: ROLE, dashboardViewerPrincipals: [ROLE], retentionDays: 31 } },
        }),
      ),
      { name: 'InvalidParameterException', message: /retentionDays.*less than or equal to 30/, status: 400 },
    );
    await expectAwsError(logs.send(new PutIntegrationCommand({ integrationName: 'x', integrationType: 'OPENSEARCH', resourceConfig: {} as never })), {
      name: 'InvalidParameterException',
      status: 400,
    });
    await expectAwsError(logs.send(new DeleteIntegrationCommand({ integrationName: 'nope' })), {
      name: 'ResourceNotFoundException',
      message: 'The integration nope does not exist.',
      status: 400,
    });
  });

  test('S3 Tables: no integration exists to associate sources with, list or disassociate', async () => {
    await expectAwsError(logs.send(new AssociateSourceToS3TableIntegrationCommand({ integrationArn: TABLES, dataSource: { name: 'amazon_vpc', type: 'flow' } })), {
      name: 'ResourceNotFoundException',
      message: `The S3 Table integration ${TABLES} does not exist.`,
      status: 400,
    });
    await expectAwsError(logs.send(new ListSourcesForS3TableIntegrationCommand({ integrationArn: TABLES })), { name: 'ResourceNotFoundException', status: 400 });
    await expectAwsError(logs.send(new DisassociateSourceFromS3TableIntegrationCommand({ identifier: 'src-1' })), {
      name: 'ResourceNotFoundException',
      message: 'The S3 Table integration source src-1 does not exist.',
      status: 400,
    });
    await expectAwsError(logs.send(new AssociateSourceToS3TableIntegrationCommand({ integrationArn: TABLES, dataSource: { name: '' } })), {
      name: 'ValidationException',
      message: 'The data source name must not be empty.',
      status: 400,
    });
  });
});
