import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CloudWatchLogsClient, CreateLogGroupCommand, ListLogGroupsCommand, PutIndexPolicyCommand, type ListLogGroupsCommandInput } from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('Logs ListLogGroups (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/lambda/orders', tags: { env: 'prod', team: 'pay' } }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/lambda/billing', tags: { env: 'production' } }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'discovery-api', tags: { env: 'dev' } }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'archive', logGroupClass: 'INFREQUENT_ACCESS' }));
    await logs.send(new PutIndexPolicyCommand({ logGroupIdentifier: 'discovery-api', policyDocument: '{"Fields":["requestId"]}' }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  const names = async (input: ListLogGroupsCommandInput) => (await logs.send(new ListLogGroupsCommand(input))).logGroups?.map((g) => g.logGroupName);

  test('summaries with ARN and class, paged by limit', async () => {
    const first = await logs.send(new ListLogGroupsCommand({ limit: 2 }));
    assert.deepEqual(first.logGroups, [
      { logGroupName: '/aws/lambda/billing', logGroupArn: 'arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/billing', logGroupClass: 'STANDARD' },
      { logGroupName: '/aws/lambda/orders', logGroupArn: 'arn:aws:logs:us-east-1:000000000000:log-group:/aws/lambda/orders', logGroupClass: 'STANDARD' },
    ]);
    const rest = await logs.send(new ListLogGroupsCommand({ nextToken: first.nextToken }));
    assert.deepEqual(rest.logGroups?.map((g) => [g.logGroupName, g.logGroupClass]), [['archive', 'INFREQUENT_ACCESS'], ['discovery-api', 'STANDARD']]);
    assert.equal(rest.nextToken, undefined);
  });

  test('filters: name pattern (prefix ^, substring, |), class, tags (wildcard, negation) and field indexes', async () => {
    assert.deepEqual(await names({ logGroupNamePattern: '^/aws/lambda|discovery' }), ['/aws/lambda/billing', '/aws/lambda/orders', 'discovery-api']);
    assert.deepEqual(await names({ logGroupNamePattern: 'ord' }), ['/aws/lambda/orders']);
    assert.deepEqual(await names({ logGroupNamePattern: 'ORD' }), [], 'case-sensitive');
    assert.deepEqual(await names({ logGroupClass: 'INFREQUENT_ACCESS' }), ['archive']);
    assert.deepEqual(await names({ logGroupTags: [{ key: 'env', values: ['PROD*'] }] }), ['/aws/lambda/billing', '/aws/lambda/orders']);
    assert.deepEqual(await names({ logGroupTags: [{ key: 'env', values: ['!prod'] }] }), ['/aws/lambda/billing', 'discovery-api']);
    assert.deepEqual(await names({ logGroupTags: [{ key: 'team' }] }), ['/aws/lambda/orders']);
    assert.deepEqual(await names({ fieldIndexNames: ['requestId'] }), ['discovery-api']);
    assert.deepEqual(await names({ fieldIndexNames: ['traceId'] }), ['/aws/lambda/billing', '/aws/lambda/orders', 'archive', 'discovery-api']);
    assert.deepEqual(await names({ logGroupNamePattern: '^/aws/lambda', logGroupTags: [{ key: 'team', values: ['pay'] }] }), ['/aws/lambda/orders']);
  });

  test('AWS’s errors for a pattern or limit outside the model, and a token it did not give', async () => {
    await expectAwsError(logs.send(new ListLogGroupsCommand({ logGroupNamePattern: 'ab' })), { name: 'InvalidParameterException', status: 400, message: /logGroupNamePattern/ });
    await expectAwsError(logs.send(new ListLogGroupsCommand({ limit: 1001 })), { name: 'InvalidParameterException', status: 400, message: /limit/ });
    await expectAwsError(logs.send(new ListLogGroupsCommand({ nextToken: 'bogus' })), {
      name: 'InvalidParameterException',
      message: 'The specified nextToken is invalid.',
      status: 400,
    });
  });
});
