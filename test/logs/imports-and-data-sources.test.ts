import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CancelImportTaskCommand,
  CloudWatchLogsClient,
  CreateImportTaskCommand,
  CreateLogGroupCommand,
  DeleteLogGroupCommand,
  DescribeImportTaskBatchesCommand,
  DescribeImportTasksCommand,
  DescribeLogGroupsCommand,
  GetLogFieldsCommand,
  GetLogObjectCommand,
  ListAggregateLogGroupSummariesCommand,
  PutBearerTokenAuthenticationCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ROLE = 'arn:aws:iam::000000000000:role/import';
const STORE = 'arn:aws:cloudtrail:us-east-1:000000000000:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';

/** Import tasks (from CloudTrail Lake, which Nimbus lacks), data sources, bearer-token authentication and log objects. */
describe('Logs imports, data sources, bearer tokens, log objects (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app/web' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app/worker' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'audit', logGroupClass: 'INFREQUENT_ACCESS' }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('import tasks: a CloudTrail event data store is not found, any other source refused; none to list, describe or cancel', async () => {
    await expectAwsError(logs.send(new CreateImportTaskCommand({ importSourceArn: STORE, importRoleArn: ROLE })), {
      name: 'ResourceNotFoundException',
      message: `The event data store ${STORE} does not exist for account ID '000000000000'.`,
      status: 400,
    });
    await expectAwsError(logs.send(new CreateImportTaskCommand({ importSourceArn: 'arn:aws:s3:::bucket/key', importRoleArn: ROLE })), {
      name: 'InvalidParameterException',
      message: 'Invalid import source ARN: arn:aws:s3:::bucket/key. Only CloudTrail Lake event data stores can be imported from.',
      status: 400,
    });
    await expectAwsError(logs.send(new CreateImportTaskCommand({ importSourceArn: STORE, importRoleArn: ROLE, importFilter: { startEventTime: 2000, endEventTime: 1000 } })), {
      name: 'InvalidParameterException',
      message: 'The import filter startEventTime must not be after its endEventTime.',
    });
    assert.deepEqual((await logs.send(new DescribeImportTasksCommand({}))).imports, []);
    await expectAwsError(logs.send(new DescribeImportTaskBatchesCommand({ importId: 'abc-123' })), {
      name: 'ResourceNotFoundException',
      message: 'The import task abc-123 does not exist.',
      status: 400,
    });
    await expectAwsError(logs.send(new CancelImportTaskCommand({ importId: 'abc-123' })), { name: 'ResourceNotFoundException', message: 'The import task abc-123 does not exist.' });
    await expectAwsError(logs.send(new CancelImportTaskCommand({ importId: 'not valid!' })), { name: 'InvalidParameterException', status: 400 });
  });

  test('bearer-token authentication is set on a group, shown by DescribeLogGroups, and goes with the group', async () => {
    const describe = async (name: string) => (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name }))).logGroups?.[0];
    assert.equal((await describe('app/web'))?.bearerTokenAuthenticationEnabled, false);
    await logs.send(new PutBearerTokenAuthenticationCommand({ logGroupIdentifier: 'app/web', bearerTokenAuthenticationEnabled: true }));
    assert.equal((await describe('app/web'))?.bearerTokenAuthenticationEnabled, true);
    const arn = (await describe('app/web'))!.logGroupArn!;
    await logs.send(new PutBearerTokenAuthenticationCommand({ logGroupIdentifier: arn, bearerTokenAuthenticationEnabled: false }));
    assert.equal((await describe('app/web'))?.bearerTokenAuthenticationEnabled, false);
    await expectAwsError(logs.send(new PutBearerTokenAuthenticationCommand({ logGroupIdentifier: 'nope', bearerTokenAuthenticationEnabled: true })), {
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
      status: 400,
    });
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'short-lived' }));
    await logs.send(new PutBearerTokenAuthenticationCommand({ logGroupIdentifier: 'short-lived', bearerTokenAuthenticationEnabled: true }));
    await logs.send(new DeleteLogGroupCommand({ logGroupName: 'short-lived' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'short-lived' }));
    assert.equal((await describe('short-lived'))?.bearerTokenAuthenticationEnabled, false, 'a new group of the same name starts without it');
    await logs.send(new DeleteLogGroupCommand({ logGroupName: 'short-lived' }));
  });

  test('data sources: the aggregate summary counts the groups (which have none), filtered by class and name; no fields for a data source', async () => {
    const all = await logs.send(new ListAggregateLogGroupSummariesCommand({ groupBy: 'DATA_SOURCE_NAME_AND_TYPE' }));
    assert.deepEqual(all.aggregateLogGroupSummaries, [{ groupingIdentifiers: [], logGroupCount: 3 }]);
    const standardApp = await logs.send(new ListAggregateLogGroupSummariesCommand({ groupBy: 'DATA_SOURCE_NAME_TYPE_AND_FORMAT', logGroupClass: 'STANDARD', logGroupNamePattern: '^app' }));
    assert.deepEqual(standardApp.aggregateLogGroupSummaries, [{ groupingIdentifiers: [], logGroupCount: 2 }]);
    const vpc = await logs.send(new ListAggregateLogGroupSummariesCommand({ groupBy: 'DATA_SOURCE_NAME_AND_TYPE', dataSources: [{ name: 'amazon_vpc', type: 'flow' }] }));
    assert.deepEqual(vpc.aggregateLogGroupSummaries, []);
    await expectAwsError(logs.send(new ListAggregateLogGroupSummariesCommand({ groupBy: 'BY_COLOUR' as never })), {
      name: 'InvalidParameterException',
      message: "1 validation error detected: Value 'BY_COLOUR' at 'groupBy' failed to satisfy constraint: Member must satisfy enum value set: [DATA_SOURCE_NAME_TYPE_AND_FORMAT, DATA_SOURCE_NAME_AND_TYPE]",
      status: 400,
    });
    await expectAwsError(logs.send(new GetLogFieldsCommand({ dataSourceName: 'amazon_vpc', dataSourceType: 'flow' })), {
      name: 'ResourceNotFoundException',
      message: 'The data source amazon_vpc of type flow does not exist.',
      status: 400,
    });
  });

  test('GetLogObject: Nimbus gives out no log object pointers, so none is valid; the server still answers', async () => {
    // Its endpoint has the host prefix "stream-", which 127.0.0.1 cannot take (as with StartLiveTail).
    const streaming = new CloudWatchLogsClient({ ...clientConfig(cloud), disableHostPrefix: true });
    await expectAwsError(streaming.send(new GetLogObjectCommand({ logObjectPointer: 'bm90LWEtcG9pbnRlcg==' })), {
      name: 'InvalidParameterException',
      message: 'The specified log object pointer is not valid: bm90LWEtcG9pbnRlcg==',
      status: 400,
    });
    streaming.destroy();
    assert.equal((await logs.send(new DescribeLogGroupsCommand({}))).logGroups?.length, 3);
  });
});
