import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DeleteItemCommand, DeleteResourcePolicyCommand, DescribeContributorInsightsCommand, DescribeKinesisStreamingDestinationCommand, DescribeTableCommand,
  DisableKinesisStreamingDestinationCommand, DynamoDBClient, EnableKinesisStreamingDestinationCommand, GetResourcePolicyCommand, ListContributorInsightsCommand,
  PutItemCommand, PutResourcePolicyCommand, TransactWriteItemsCommand, UpdateContributorInsightsCommand, UpdateItemCommand, UpdateKinesisStreamingDestinationCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateStreamCommand, DescribeStreamSummaryCommand, GetRecordsCommand, GetShardIteratorCommand, KinesisClient, ListShardsCommand } from '@aws-sdk/client-kinesis';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable, validation } from './support.js';
import type { Cloud } from '../../src/index.js';

const ACCOUNT = '000000000000';
const policy = (action: string) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: action, Resource: '*' }],
});

describe('DynamoDB resource policies, contributor insights and Kinesis streaming destinations', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let kinesis: KinesisClient;
  let tableArn: string;
  let streamArn: string;

  before(async () => {
    cloud = await startTestCloud({ dynamodbStatusDelayMs: 1000 });
    ddb = new DynamoDBClient(clientConfig(cloud));
    kinesis = new KinesisClient(clientConfig(cloud));
    tableArn = (await createTable(ddb, 'orders', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } })).TableDescription!.TableArn!;
    await advanceClock(cloud, '1s');
  });
  after(async () => {
    ddb.destroy();
    kinesis.destroy();
    await cloud.close();
  });

  it('puts, gets and deletes a resource policy on a table and on its stream, with revisions', async () => {
    await expectAwsError(ddb.send(new GetResourcePolicyCommand({ ResourceArn: tableArn })), {
      name: 'PolicyNotFoundException', message: `Resource-based policy not found for the provided ResourceArn: ${tableArn}`, status: 400,
    });
    const first = await ddb.send(new PutResourcePolicyCommand({ ResourceArn: tableArn, Policy: policy('dynamodb:GetItem') }));
    assert.match(first.RevisionId ?? '', /^\d+$/);
    const got = await ddb.send(new GetResourcePolicyCommand({ ResourceArn: tableArn }));
    assert.deepEqual([got.Policy, got.RevisionId], [policy('dynamodb:GetItem'), first.RevisionId]);

    // The same document again keeps its revision; a new one gets a new revision, checked against ExpectedRevisionId.
    assert.equal((await ddb.send(new PutResourcePolicyCommand({ ResourceArn: tableArn, Policy: policy('dynamodb:GetItem') }))).RevisionId, first.RevisionId);
    await expectAwsError(ddb.send(new PutResourcePolicyCommand({ ResourceArn: tableArn, Policy: policy('dynamodb:Query'), ExpectedRevisionId: '123' })), {
      name: 'PolicyNotFoundException',
      message: `Resource-based policy not found for the provided ResourceArn: Requested update for policy with revision id 123, but the policy associated to target table orders has revision id ${first.RevisionId}.`,
      status: 400,
    });
    await expectAwsError(ddb.send(new PutResourcePolicyCommand({ ResourceArn: tableArn, Policy: policy('dynamodb:Query'), ExpectedRevisionId: 'NO_POLICY' })), {
      name: 'PolicyNotFoundException',
      message: `Resource-based policy not found for the provided ResourceArn: Requested policy update expecting none to be present for table orders, but a policy exists with revision id ${first.RevisionId}.`,
    });
    await advanceClock(cloud, 5);
    const second = await ddb.send(new PutResourcePolicyCommand({ ResourceArn: tableArn, Policy: policy('dynamodb:Query'), ExpectedRevisionId: first.RevisionId, ConfirmRemoveSelfResourceAccess: true }));
    assert.notEqual(second.RevisionId, first.RevisionId);

    // A stream has its own policy.
    const streamArnOfTable = (await ddb.send(new DescribeTableCommand({ TableName: 'orders' }))).Table!.LatestStreamArn!;
    await expectAwsError(ddb.send(new GetResourcePolicyCommand({ ResourceArn: streamArnOfTable })), { name: 'PolicyNotFoundException' });
    await ddb.send(new PutResourcePolicyCommand({ ResourceArn: streamArnOfTable, Policy: policy('dynamodb:GetRecords') }));
    assert.equal((await ddb.send(new GetResourcePolicyCommand({ ResourceArn: streamArnOfTable }))).Policy, policy('dynamodb:GetRecords'));

    const deleted = await ddb.send(new DeleteResourcePolicyCommand({ ResourceArn: tableArn }));
    assert.equal(deleted.RevisionId, second.RevisionId);
    await expectAwsError(ddb.send(new GetResourcePolicyCommand({ ResourceArn: tableArn })), { name: 'PolicyNotFoundException' });
    await expectAwsError(ddb.send(new DeleteResourcePolicyCommand({ ResourceArn: tableArn })), { name: 'PolicyNotFoundException', status: 400 });
  });

  it('refuses bad policies and unknown resources', async () => {
    await validation(ddb.send(new PutResourcePolicyCommand({ ResourceArn: tableArn, Policy: 'not json' })), "Invalid policy document: Policies must be valid JSON and the first byte must be '{'");
    await validation(ddb.send(new PutResourcePolicyCommand({ ResourceArn: tableArn, Policy: '{"Statement":[{"Action":"*"}]}' })), 'Invalid policy document: Missing required field Effect');
    const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'x'.repeat(21 * 1024), Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] });
    await expectAwsError(ddb.send(new PutResourcePolicyCommand({ ResourceArn: tableArn, Policy: big })), { name: 'LimitExceededException', status: 400 });
    await expectAwsError(ddb.send(new GetResourcePolicyCommand({ ResourceArn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/missing` })), {
      name: 'ResourceNotFoundException', message: 'Requested resource not found: Table: missing not found', status: 400,
    });
    await validation(ddb.send(new GetResourcePolicyCommand({ ResourceArn: `${tableArn}/index/by-x` })),
      `One or more parameter values were invalid: Invalid resource arn provided, only table or stream is accepted. Provided resource arn: ${tableArn}/index/by-x`);
  });

  it('attaches CreateTable\'s ResourcePolicy to the new table, and refuses a bad one before making the table', async () => {
    const created = await createTable(ddb, 'with-policy', { ResourcePolicy: policy('dynamodb:PutItem') });
    assert.equal((await ddb.send(new GetResourcePolicyCommand({ ResourceArn: created.TableDescription!.TableArn! }))).Policy, policy('dynamodb:PutItem'));
    await validation(createTable(ddb, 'bad-policy', { ResourcePolicy: '[]' }), "Invalid policy document: Policies must be valid JSON and the first byte must be '{'");
    await expectAwsError(ddb.send(new DescribeTableCommand({ TableName: 'bad-policy' })), { name: 'ResourceNotFoundException' });
  });

  it('moves contributor insights through ENABLING and DISABLING on the clock, naming the rules', async () => {
    const before = await ddb.send(new DescribeContributorInsightsCommand({ TableName: 'orders' }));
    assert.equal(before.ContributorInsightsStatus, 'DISABLED');
    const enabling = await ddb.send(new UpdateContributorInsightsCommand({ TableName: 'orders', ContributorInsightsAction: 'ENABLE' }));
    assert.deepEqual([enabling.ContributorInsightsStatus, enabling.ContributorInsightsMode], ['ENABLING', 'ACCESSED_AND_THROTTLED_KEYS']);
    await validation(ddb.send(new UpdateContributorInsightsCommand({ TableName: 'orders', ContributorInsightsAction: 'DISABLE' })), /while it is enabling/);
    await advanceClock(cloud, '1s');
    const enabled = await ddb.send(new DescribeContributorInsightsCommand({ TableName: 'orders' }));
    assert.equal(enabled.ContributorInsightsStatus, 'ENABLED');
    assert.deepEqual(enabled.ContributorInsightsRuleList?.map((name) => name.replace(/-\d+$/, '')), [
      'DynamoDBContributorInsights-PKC-orders', 'DynamoDBContributorInsights-PKT-orders', 'DynamoDBContributorInsights-SKC-orders', 'DynamoDBContributorInsights-SKT-orders',
    ]);
    const listed = await ddb.send(new ListContributorInsightsCommand({}));
    assert.deepEqual(listed.ContributorInsightsSummaries, [{ TableName: 'orders', ContributorInsightsStatus: 'ENABLED', ContributorInsightsMode: 'ACCESSED_AND_THROTTLED_KEYS' }]);

    const disabling = await ddb.send(new UpdateContributorInsightsCommand({ TableName: 'orders', ContributorInsightsAction: 'DISABLE' }));
    assert.equal(disabling.ContributorInsightsStatus, 'DISABLING');
    await advanceClock(cloud, '1s');
    assert.equal((await ddb.send(new DescribeContributorInsightsCommand({ TableName: 'orders' }))).ContributorInsightsStatus, 'DISABLED');

    await expectAwsError(ddb.send(new DescribeContributorInsightsCommand({ TableName: 'orders', IndexName: 'nope' })), {
      name: 'ResourceNotFoundException', message: 'Requested resource not found: Index: nope not found', status: 400,
    });
    await expectAwsError(ddb.send(new UpdateContributorInsightsCommand({ TableName: 'missing', ContributorInsightsAction: 'ENABLE' })), {
      name: 'ResourceNotFoundException', message: 'Requested resource not found: Table: missing not found',
    });
  });

  it('delivers every item change to a Kinesis stream in AWS\'s record format, read back with GetRecords', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'orders-changes', ShardCount: 1 }));
    await advanceClock(cloud, '1m');
    streamArn = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'orders-changes' }))).StreamDescriptionSummary!.StreamARN!;

    const enabling = await ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'orders', StreamArn: streamArn }));
    assert.deepEqual([enabling.DestinationStatus, enabling.EnableKinesisStreamingConfiguration?.ApproximateCreationDateTimePrecision], ['ENABLING', 'MILLISECOND']);
    await advanceClock(cloud, '1s');
    const described = await ddb.send(new DescribeKinesisStreamingDestinationCommand({ TableName: 'orders' }));
    assert.deepEqual(described.KinesisDataStreamDestinations, [{ StreamArn: streamArn, DestinationStatus: 'ACTIVE', ApproximateCreationDateTimePrecision: 'MILLISECOND' }]);

    const at = Number((await (await fetch(`${cloud.endpoint}/_nimbus/clock`)).json() as { now: number }).now);
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { pk: { S: 'o1' }, sk: { N: '1' }, amount: { N: '10' }, blob: { B: Buffer.from('hi') } } }));
    await ddb.send(new UpdateItemCommand({ TableName: 'orders', Key: { pk: { S: 'o1' }, sk: { N: '1' } }, UpdateExpression: 'SET amount = :t', ExpressionAttributeValues: { ':t': { N: '12' } } }));
    await ddb.send(new DeleteItemCommand({ TableName: 'orders', Key: { pk: { S: 'o1' }, sk: { N: '1' } } }));
    // A transaction that fails sends nothing.
    await expectAwsError(ddb.send(new TransactWriteItemsCommand({ TransactItems: [
      { Put: { TableName: 'orders', Item: { pk: { S: 'o2' }, sk: { N: '1' } } } },
      { ConditionCheck: { TableName: 'orders', Key: { pk: { S: 'none' }, sk: { N: '1' } }, ConditionExpression: 'attribute_exists(pk)' } },
    ] })), { name: 'TransactionCanceledException' });

    const shardId = (await kinesis.send(new ListShardsCommand({ StreamName: 'orders-changes' }))).Shards![0]!.ShardId!;
    const iterator = (await kinesis.send(new GetShardIteratorCommand({ StreamName: 'orders-changes', ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    const records = (await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator }))).Records!;
    const changes = records.map((r) => JSON.parse(Buffer.from(r.Data!).toString('utf8')));
    assert.deepEqual(changes.map((c) => c.eventName), ['INSERT', 'MODIFY', 'REMOVE']);
    const [insert, modify, remove] = changes;
    assert.deepEqual(Object.keys(insert), ['awsRegion', 'eventID', 'eventName', 'userIdentity', 'recordFormat', 'tableName', 'dynamodb', 'eventSource']);
    assert.equal(insert.awsRegion, 'us-east-1');
    assert.match(insert.eventID, /^[0-9a-f-]{36}$/);
    assert.deepEqual([insert.recordFormat, insert.tableName, insert.eventSource, insert.userIdentity], ['application/json', 'orders', 'aws:dynamodb', null]);
    assert.deepEqual(insert.dynamodb.Keys, { pk: { S: 'o1' }, sk: { N: '1' } });
    assert.deepEqual(insert.dynamodb.NewImage, { pk: { S: 'o1' }, sk: { N: '1' }, amount: { N: '10' }, blob: { B: Buffer.from('hi').toString('base64') } });
    assert.equal(insert.dynamodb.OldImage, undefined);
    assert.equal(typeof insert.dynamodb.SizeBytes, 'number');
    assert.ok(insert.dynamodb.ApproximateCreationDateTime >= at && insert.dynamodb.ApproximateCreationDateTime < at + 60_000);
    assert.deepEqual([modify.dynamodb.OldImage.amount, modify.dynamodb.NewImage.amount], [{ N: '10' }, { N: '12' }]);
    assert.deepEqual([remove.dynamodb.OldImage.amount, remove.dynamodb.NewImage], [{ N: '12' }, undefined]);
    assert.equal(records[0]!.PartitionKey, records[2]!.PartitionKey, 'one item, one partition key');

    // MICROSECOND precision: the same clock, a thousand times finer.
    const updated = await ddb.send(new UpdateKinesisStreamingDestinationCommand({ TableName: 'orders', StreamArn: streamArn, UpdateKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MICROSECOND' } }));
    assert.equal(updated.DestinationStatus, 'UPDATING');
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { pk: { S: 'o3' }, sk: { N: '1' } } }));
    const next = (await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator }))).Records!;
    const micro = JSON.parse(Buffer.from(next.at(-1)!.Data!).toString('utf8'));
    assert.equal(micro.dynamodb.ApproximateCreationDateTimePrecision, 'MICROSECOND');
    assert.ok(micro.dynamodb.ApproximateCreationDateTime > at * 1000);
  });

  it('disables a destination (DISABLING, then DISABLED, nothing more delivered) and refuses bad requests with AWS errors', async () => {
    await validation(ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'orders', StreamArn: streamArn })),
      `Table orders is already streaming to the Kinesis data stream ${streamArn}`);
    const wrongArn = `arn:aws:sqs:us-east-1:${ACCOUNT}:not-a-kinesis-stream`;
    await validation(ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'orders', StreamArn: wrongArn })), `Invalid StreamArn provided as input ${wrongArn}`);
    await validation(ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'orders', StreamArn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/missing` })),
      `Kinesis data stream not found: arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/missing`);
    await expectAwsError(ddb.send(new EnableKinesisStreamingDestinationCommand({ TableName: 'missing', StreamArn: streamArn })), {
      name: 'ResourceNotFoundException', message: 'Requested resource not found: Table: missing not found', status: 400,
    });

    const disabling = await ddb.send(new DisableKinesisStreamingDestinationCommand({ TableName: 'orders', StreamArn: streamArn }));
    assert.equal(disabling.DestinationStatus, 'DISABLING');
    await advanceClock(cloud, '1s');
    const described = await ddb.send(new DescribeKinesisStreamingDestinationCommand({ TableName: 'orders' }));
    assert.equal(described.KinesisDataStreamDestinations?.[0]?.DestinationStatus, 'DISABLED');
    await validation(ddb.send(new DisableKinesisStreamingDestinationCommand({ TableName: 'orders', StreamArn: streamArn })),
      `Table orders is not streaming to an ACTIVE Kinesis data stream ${streamArn}`);

    const shardId = (await kinesis.send(new ListShardsCommand({ StreamName: 'orders-changes' }))).Shards![0]!.ShardId!;
    const iterator = (await kinesis.send(new GetShardIteratorCommand({ StreamName: 'orders-changes', ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    const before = (await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator }))).Records!.length;
    await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { pk: { S: 'o4' }, sk: { N: '1' } } }));
    assert.equal((await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator }))).Records!.length, before);
  });

  it('works through the AWS CLI', async () => {
    // (The Debian CLI, v2.9, predates resource policies.)
    const enable = await aws(cloud, ['dynamodb', 'update-contributor-insights', '--table-name', 'orders', '--contributor-insights-action', 'ENABLE']);
    assert.equal(enable.code, 0, enable.stderr);
    assert.equal(enable.json.ContributorInsightsStatus, 'ENABLING');
    const destinations = await aws(cloud, ['dynamodb', 'describe-kinesis-streaming-destination', '--table-name', 'orders']);
    assert.equal(destinations.json.KinesisDataStreamDestinations[0].DestinationStatus, 'DISABLED');
  });
});
