import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AddPermissionCommand,
  CreateTopicCommand,
  DeleteTopicCommand,
  GetDataProtectionPolicyCommand,
  PutDataProtectionPolicyCommand,
  GetTopicAttributesCommand,
  ListTagsForResourceCommand,
  ListTopicsCommand,
  RemovePermissionCommand,
  SetTopicAttributesCommand,
  SNSClient,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-sns';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('SNS topics', () => {
  let cloud: Cloud;
  let sns: SNSClient;

  before(async () => {
    cloud = await startTestCloud();
    sns = new SNSClient(clientConfig(cloud));
  });
  after(async () => {
    sns.destroy();
    await cloud.close();
  });

  test('create (idempotent), get attributes with AWS defaults, set, delete', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'orders', Attributes: { DisplayName: 'Orders' } }));
    assert.equal(TopicArn, 'arn:aws:sns:us-east-1:000000000000:orders');
    const again = await sns.send(new CreateTopicCommand({ Name: 'orders', Attributes: { DisplayName: 'Orders' } }));
    assert.equal(again.TopicArn, TopicArn);
    await expectAwsError(sns.send(new CreateTopicCommand({ Name: 'orders', Attributes: { DisplayName: 'Other' } })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: Attributes Reason: Topic already exists with different attributes',
      status: 400,
    });

    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    assert.equal(Attributes?.Owner, '000000000000');
    assert.equal(Attributes?.DisplayName, 'Orders');
    assert.equal(Attributes?.SubscriptionsConfirmed, '0');
    assert.equal(Attributes?.SubscriptionsPending, '0');
    assert.equal(Attributes?.SubscriptionsDeleted, '0');
    assert.equal(Attributes?.TopicArn, TopicArn);
    const policy = JSON.parse(Attributes!.Policy!);
    assert.equal(policy.Id, '__default_policy_ID');
    assert.equal(policy.Statement[0].Condition.StringEquals['AWS:SourceOwner'], '000000000000');
    assert.equal(JSON.parse(Attributes!.EffectiveDeliveryPolicy!).http.defaultHealthyRetryPolicy.numRetries, 3);

    await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'DisplayName', AttributeValue: 'Renamed' }));
    const renamed = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    assert.equal(renamed.Attributes?.DisplayName, 'Renamed');
    await expectAwsError(sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'Colour', AttributeValue: 'x' })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: AttributeName',
      status: 400,
    });

    await sns.send(new DeleteTopicCommand({ TopicArn }));
    await expectAwsError(sns.send(new GetTopicAttributesCommand({ TopicArn })), { name: 'NotFoundException', message: 'Topic does not exist', status: 404 });
    // Deleting again succeeds, as on AWS.
    await sns.send(new DeleteTopicCommand({ TopicArn }));
  });

  test('names and FIFO topics', async () => {
    await expectAwsError(sns.send(new CreateTopicCommand({ Name: 'bad name' })), { name: 'InvalidParameterException', message: 'Invalid parameter: Topic Name', status: 400 });
    await expectAwsError(sns.send(new CreateTopicCommand({ Name: 'x'.repeat(257) })), { name: 'InvalidParameterException', message: 'Invalid parameter: Topic Name' });
    await expectAwsError(sns.send(new CreateTopicCommand({ Name: 'events.fifo' })), { name: 'InvalidParameterException', message: 'Invalid parameter: Topic Name' });
    await expectAwsError(sns.send(new CreateTopicCommand({ Name: 'events', Attributes: { FifoTopic: 'true' } })), {
      name: 'InvalidParameterException',
      message: /^Invalid parameter: Fifo Topic names must end with \.fifo/,
    });
    const fifo = await sns.send(new CreateTopicCommand({ Name: 'events.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } }));
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn: fifo.TopicArn }));
    assert.equal(Attributes?.FifoTopic, 'true');
    assert.equal(Attributes?.ContentBasedDeduplication, 'true');
    await expectAwsError(sns.send(new CreateTopicCommand({ Name: 'events.fifo', Attributes: { FifoTopic: 'true' } })).then(() => sns.send(new CreateTopicCommand({ Name: 'events.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'false' } }))), {
      message: 'Invalid parameter: Attributes Reason: Topic already exists with different attributes',
    });
    await expectAwsError(sns.send(new CreateTopicCommand({ Name: 'plain', Attributes: { ContentBasedDeduplication: 'true' } })), { name: 'InvalidParameterException' });
  });

  test('ListTopics pages by 100 with NextToken; a made-up token is refused', async () => {
    for (let i = 0; i < 105; i++) await sns.send(new CreateTopicCommand({ Name: `page-${String(i).padStart(3, '0')}` }));
    const first = await sns.send(new ListTopicsCommand({}));
    assert.equal(first.Topics?.length, 100);
    assert.ok(first.NextToken);
    const second = await sns.send(new ListTopicsCommand({ NextToken: first.NextToken }));
    const all = [...first.Topics!, ...second.Topics!].map((t) => t.TopicArn!);
    assert.equal(new Set(all).size, all.length);
    assert.ok(all.filter((a) => a.includes(':page-')).length === 105);
    assert.equal(second.NextToken, undefined);
    await expectAwsError(sns.send(new ListTopicsCommand({ NextToken: 'garbage' })), { name: 'InvalidParameterException', message: 'Invalid parameter: NextToken' });
  });

  test('tags', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'tagged', Tags: [{ Key: 'team', Value: 'a' }] }));
    await sns.send(new TagResourceCommand({ ResourceArn: TopicArn, Tags: [{ Key: 'env', Value: 'dev' }] }));
    const listed = await sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }));
    assert.deepEqual(listed.Tags?.sort((a, b) => a.Key!.localeCompare(b.Key!)), [{ Key: 'env', Value: 'dev' }, { Key: 'team', Value: 'a' }]);
    await sns.send(new UntagResourceCommand({ ResourceArn: TopicArn, TagKeys: ['team'] }));
    assert.deepEqual((await sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags, [{ Key: 'env', Value: 'dev' }]);
    const tooMany = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    await expectAwsError(sns.send(new TagResourceCommand({ ResourceArn: TopicArn, Tags: tooMany })), {
      name: 'TagLimitExceededException',
      message: 'Could not complete request: tag quota of per resource exceeded',
      status: 400,
    });
    await expectAwsError(sns.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:sns:us-east-1:000000000000:nope' })), {
      name: 'ResourceNotFoundException',
      message: 'Resource does not exist',
      status: 404,
    });
  });

  test('AddPermission and RemovePermission edit the Policy', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'shared' }));
    await sns.send(new AddPermissionCommand({ TopicArn, Label: 'partner', AWSAccountId: ['111122223333'], ActionName: ['Publish'] }));
    let policy = JSON.parse((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes!.Policy!);
    const added = policy.Statement.find((s: { Sid: string }) => s.Sid === 'partner');
    assert.deepEqual(added, { Sid: 'partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: ['SNS:Publish'], Resource: TopicArn });
    await expectAwsError(sns.send(new AddPermissionCommand({ TopicArn, Label: 'partner', AWSAccountId: ['111122223333'], ActionName: ['Publish'] })), {
      name: 'InvalidParameterException',
      message: 'Invalid parameter: Statement already exists',
    });
    await sns.send(new RemovePermissionCommand({ TopicArn, Label: 'partner' }));
    policy = JSON.parse((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes!.Policy!);
    assert.equal(policy.Statement.length, 1);
  });

  test('data protection policies are kept with the topic', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'protected' }));
    assert.equal((await sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: TopicArn }))).DataProtectionPolicy, '');
    const policy = JSON.stringify({ Name: 'p', Description: '', Version: '2021-06-01', Statement: [] });
    await sns.send(new PutDataProtectionPolicyCommand({ ResourceArn: TopicArn, DataProtectionPolicy: policy }));
    assert.equal((await sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: TopicArn }))).DataProtectionPolicy, policy);
    await expectAwsError(sns.send(new PutDataProtectionPolicyCommand({ ResourceArn: TopicArn, DataProtectionPolicy: '{not json' })), { name: 'InvalidParameterException', status: 400 });
    await expectAwsError(sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: `${TopicArn}-gone` })), { name: 'NotFoundException', message: 'Topic does not exist', status: 404 });
  });

  test('the AWS CLI (query protocol) creates, lists and fails as AWS does', async () => {
    const created = await aws(cloud, ['sns', 'create-topic', '--name', 'cli-topic']);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.json.TopicArn, 'arn:aws:sns:us-east-1:000000000000:cli-topic');
    const attrs = await aws(cloud, ['sns', 'get-topic-attributes', '--topic-arn', created.json.TopicArn]);
    assert.equal(attrs.json.Attributes.TopicArn, created.json.TopicArn);
    const missing = await aws(cloud, ['sns', 'get-topic-attributes', '--topic-arn', 'arn:aws:sns:us-east-1:000000000000:absent']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /\(NotFound\) when calling the GetTopicAttributes operation.*: Topic does not exist/);
  });
});
