import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DeleteItemCommand, DeleteTableCommand, DescribeTableCommand, DescribeTableReplicaAutoScalingCommand, DynamoDBClient, GetItemCommand, PutItemCommand,
  UpdateTableCommand, UpdateTableReplicaAutoScalingCommand, CreateTableCommand, CreateGlobalTableCommand, DescribeGlobalTableCommand,
  ListGlobalTablesCommand, UpdateGlobalTableCommand,
} from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createTable, validation } from './support.js';
import type { Cloud } from '../../src/index.js';

describe('DynamoDB global tables (version 2019.11.21)', () => {
  let cloud: Cloud;
  let east: DynamoDBClient;
  let west: DynamoDBClient;
  let europe: DynamoDBClient;

  before(async () => {
    cloud = await startTestCloud({ dynamodbStatusDelayMs: 2000 });
    east = new DynamoDBClient(clientConfig(cloud, 'us-east-1'));
    west = new DynamoDBClient(clientConfig(cloud, 'us-west-2'));
    europe = new DynamoDBClient(clientConfig(cloud, 'eu-west-1'));
  });
  after(async () => {
    for (const client of [east, west, europe]) client.destroy();
    await cloud.close();
  });

  async function activeTable(client: DynamoDBClient, name: string, extra = {}) {
    await createTable(client, name, extra, null);
    await advanceClock(cloud, '2s');
  }

  async function get(client: DynamoDBClient, table: string, pk: string) {
    return (await client.send(new GetItemCommand({ TableName: table, Key: { pk: { S: pk } }, ConsistentRead: true }))).Item;
  }

  it('creates a replica in another region: CREATING then ACTIVE, with the items, keys, indexes and a stream; Replicas in DescribeTable', async () => {
    await east.send(new CreateTableCommand({
      TableName: 'music', BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'genre', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'by-genre', KeySchema: [{ AttributeName: 'genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }));
    await advanceClock(cloud, '2s');
    await east.send(new PutItemCommand({ TableName: 'music', Item: { pk: { S: 'before' }, genre: { S: 'jazz' } } }));

    const updated = await east.send(new UpdateTableCommand({ TableName: 'music', ReplicaUpdates: [{ Create: { RegionName: 'us-west-2' } }] }));
    assert.equal(updated.TableDescription?.TableStatus, 'UPDATING');
    assert.equal(updated.TableDescription?.GlobalTableVersion, '2019.11.21');
    assert.deepEqual(updated.TableDescription?.Replicas?.map((r) => [r.RegionName, r.ReplicaStatus]), [['us-west-2', 'CREATING']]);
    await expectAwsError(west.send(new GetItemCommand({ TableName: 'music', Key: { pk: { S: 'before' } } })), { name: 'ResourceNotFoundException', status: 400 });

    await advanceClock(cloud, '2s');
    const replica = (await west.send(new DescribeTableCommand({ TableName: 'music' }))).Table!;
    assert.equal(replica.TableStatus, 'ACTIVE');
    assert.equal(replica.TableArn, `arn:aws:dynamodb:us-west-2:000000000000:table/music`);
    assert.deepEqual(replica.KeySchema, [{ AttributeName: 'pk', KeyType: 'HASH' }]);
    assert.equal(replica.GlobalSecondaryIndexes?.[0]?.IndexName, 'by-genre');
    assert.equal(replica.GlobalSecondaryIndexes?.[0]?.ItemCount, 1);
    assert.deepEqual(replica.StreamSpecification, { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    assert.match(replica.LatestStreamArn ?? '', /^arn:aws:dynamodb:us-west-2:000000000000:table\/music\/stream\//);
    assert.deepEqual(replica.Replicas?.map((r) => [r.RegionName, r.ReplicaStatus]), [['us-east-1', 'ACTIVE']]);
    assert.equal(replica.GlobalTableVersion, '2019.11.21');
    assert.deepEqual(await get(west, 'music', 'before'), { pk: { S: 'before' }, genre: { S: 'jazz' } });

    const source = (await east.send(new DescribeTableCommand({ TableName: 'music' }))).Table!;
    assert.equal(source.TableStatus, 'ACTIVE');
    assert.deepEqual(source.Replicas?.map((r) => [r.RegionName, r.ReplicaStatus]), [['us-west-2', 'ACTIVE']]);
  });

  it('replicates writes both ways after a short delay on the clock, without echoing them back', async () => {
    await east.send(new PutItemCommand({ TableName: 'music', Item: { pk: { S: 'a' }, genre: { S: 'rock' } } }));
    assert.equal(await get(west, 'music', 'a'), undefined, 'not yet replicated');
    await advanceClock(cloud, '1s');
    assert.deepEqual(await get(west, 'music', 'a'), { pk: { S: 'a' }, genre: { S: 'rock' } });

    await west.send(new PutItemCommand({ TableName: 'music', Item: { pk: { S: 'b' }, genre: { S: 'pop' } } }));
    await west.send(new DeleteItemCommand({ TableName: 'music', Key: { pk: { S: 'a' } } }));
    await advanceClock(cloud, '1s');
    assert.deepEqual(await get(east, 'music', 'b'), { pk: { S: 'b' }, genre: { S: 'pop' } });
    assert.equal(await get(east, 'music', 'a'), undefined);

    // An echo would come back after another delay and count as a second write; nothing changes.
    await advanceClock(cloud, '5s');
    const counts = await Promise.all([east, west].map(async (c) => (await c.send(new DescribeTableCommand({ TableName: 'music' }))).Table!.ItemCount));
    assert.deepEqual(counts, [2, 2]);
    assert.equal(await get(west, 'music', 'a'), undefined);
  });

  it('records replicated writes in the replica\'s own stream', async () => {
    const streams = new DynamoDBStreamsClient(clientConfig(cloud, 'us-west-2'));
    try {
      const streamArn = (await west.send(new DescribeTableCommand({ TableName: 'music' }))).Table!.LatestStreamArn!;
      const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription!.Shards!;
      const events: Array<[string | undefined, string | undefined]> = [];
      for (const shard of shards) {
        const iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
        const records = (await streams.send(new GetRecordsCommand({ ShardIterator: iterator }))).Records ?? [];
        for (const record of records) events.push([record.eventName, record.dynamodb?.Keys?.pk?.S]);
      }
      // 'a' came from us-east-1 and was deleted here; 'b' was written here. The copy of the items made with the replica is no stream record.
      assert.deepEqual(events, [['INSERT', 'a'], ['INSERT', 'b'], ['REMOVE', 'a']]);
      assert.equal(streamArn.startsWith('arn:aws:dynamodb:us-west-2:'), true);
    } finally {
      streams.destroy();
    }
  });

  it('resolves concurrent writes of one item by last writer wins, the same on every replica', async () => {
    await east.send(new PutItemCommand({ TableName: 'music', Item: { pk: { S: 'c' }, genre: { S: 'first' } } }));
    await advanceClock(cloud, 300);
    await west.send(new PutItemCommand({ TableName: 'music', Item: { pk: { S: 'c' }, genre: { S: 'second' } } }));
    await advanceClock(cloud, '2s');
    assert.deepEqual(await get(east, 'music', 'c'), { pk: { S: 'c' }, genre: { S: 'second' } });
    assert.deepEqual(await get(west, 'music', 'c'), { pk: { S: 'c' }, genre: { S: 'second' } });
  });

  it('refuses bad replica updates with AWS errors', async () => {
    await validation(east.send(new UpdateTableCommand({ TableName: 'music', ReplicaUpdates: [{ Create: { RegionName: 'us-west-2' } }] })),
      'Failed to create a the new replica of table with name: \u2018music\u2019 because one or more replicas already existed as tables.');
    await validation(east.send(new UpdateTableCommand({ TableName: 'music', ReplicaUpdates: [{ Create: { RegionName: 'us-east-1' } }] })),
      'Cannot add or delete the local region through ReplicaUpdates. Use CreateTable, DeleteTable, or UpdateTable as required.');
    await validation(east.send(new UpdateTableCommand({ TableName: 'music', ReplicaUpdates: [{ Delete: { RegionName: 'ca-central-1' } }] })),
      'Update global table operation failed because one or more replicas were not part of the global table. Please retry the request without these replicas: [ca-central-1].');
    await validation(east.send(new UpdateTableCommand({ TableName: 'music', ReplicaUpdates: [{}] })),
      'There are no actions specified in the Replica Update Action of the request.');
    await validation(east.send(new UpdateTableCommand({ TableName: 'music', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' }, Delete: { RegionName: 'us-west-2' } }] })),
      'Update table operation with more than one type of replica actions not allowed.');
    await validation(east.send(new UpdateTableCommand({ TableName: 'music', ReplicaUpdates: [{ Create: { RegionName: 'us-fake' } }] })),
      /^Region us-fake is not supported\. The latest version of global tables are only supported in the following regions: \[/);

    await createTable(east, 'provisioned', { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }, null);
    await advanceClock(cloud, '2s');
    await validation(east.send(new UpdateTableCommand({ TableName: 'provisioned', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' } }] })),
      'Table write capacity should either be Pay-Per-Request or AutoScaled.');
    // With write auto scaling stored, the replica is taken.
    const scaling = await east.send(new UpdateTableReplicaAutoScalingCommand({
      TableName: 'provisioned',
      ProvisionedWriteCapacityAutoScalingUpdate: { MinimumUnits: 5, MaximumUnits: 100, ScalingPolicyUpdate: { TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } } },
    }));
    assert.deepEqual(scaling.TableAutoScalingDescription?.Replicas?.[0]?.ReplicaProvisionedWriteCapacityAutoScalingSettings?.MaximumUnits, 100);
    const created = await east.send(new UpdateTableCommand({ TableName: 'provisioned', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1', ProvisionedThroughputOverride: { ReadCapacityUnits: 9 } } }] }));
    assert.deepEqual(created.TableDescription?.Replicas?.[0]?.ProvisionedThroughputOverride, { ReadCapacityUnits: 9 });
    await advanceClock(cloud, '2s');
    const replica = (await europe.send(new DescribeTableCommand({ TableName: 'provisioned' }))).Table!;
    assert.deepEqual([replica.ProvisionedThroughput?.ReadCapacityUnits, replica.ProvisionedThroughput?.WriteCapacityUnits], [9, 5]);
    const described = await europe.send(new DescribeTableReplicaAutoScalingCommand({ TableName: 'provisioned' }));
    assert.deepEqual(described.TableAutoScalingDescription?.Replicas?.map((r) => r.RegionName), ['eu-west-1', 'us-east-1']);
  });

  it('removes a replica: DELETING, then gone, and writes stop reaching it; a lone table is no longer global', async () => {
    const deleting = await east.send(new UpdateTableCommand({ TableName: 'music', ReplicaUpdates: [{ Delete: { RegionName: 'us-west-2' } }] }));
    assert.deepEqual(deleting.TableDescription?.Replicas?.map((r) => [r.RegionName, r.ReplicaStatus]), [['us-west-2', 'DELETING']]);
    assert.equal((await west.send(new DescribeTableCommand({ TableName: 'music' }))).Table?.TableStatus, 'DELETING');
    await advanceClock(cloud, '2s');
    await expectAwsError(west.send(new DescribeTableCommand({ TableName: 'music' })), {
      name: 'ResourceNotFoundException', message: 'Requested resource not found: Table: music not found', status: 400,
    });
    const alone = (await east.send(new DescribeTableCommand({ TableName: 'music' }))).Table!;
    assert.equal(alone.Replicas, undefined);
    assert.equal(alone.GlobalTableVersion, undefined);
    await east.send(new PutItemCommand({ TableName: 'music', Item: { pk: { S: 'after' } } }));
    await advanceClock(cloud, '2s');
    await expectAwsError(west.send(new GetItemCommand({ TableName: 'music', Key: { pk: { S: 'after' } } })), { name: 'ResourceNotFoundException' });
  });

  it('leaves a replica deleted with DeleteTable out of the group, and does not take in a table made later under its name', async () => {
    await activeTable(east, 'solo');
    await east.send(new UpdateTableCommand({ TableName: 'solo', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' } }] }));
    await advanceClock(cloud, '2s');
    await europe.send(new DeleteTableCommand({ TableName: 'solo' }));
    assert.equal((await east.send(new DescribeTableCommand({ TableName: 'solo' }))).Table?.Replicas, undefined);
    await activeTable(europe, 'solo');
    assert.equal((await europe.send(new DescribeTableCommand({ TableName: 'solo' }))).Table?.Replicas, undefined);
    await east.send(new PutItemCommand({ TableName: 'solo', Item: { pk: { S: 'only-here' } } }));
    await advanceClock(cloud, '2s');
    assert.equal(await get(europe, 'solo', 'only-here'), undefined);
  });

  it('answers the 2017.11.29 operations over the same replication', async () => {
    for (const client of [east, west]) {
      await activeTable(client, 'legacy', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } });
    }
    const created = await east.send(new CreateGlobalTableCommand({ GlobalTableName: 'legacy', ReplicationGroup: [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }] }));
    assert.equal(created.GlobalTableDescription?.GlobalTableStatus, 'CREATING');
    assert.equal(created.GlobalTableDescription?.GlobalTableArn, 'arn:aws:dynamodb::000000000000:global-table/legacy');
    await expectAwsError(east.send(new CreateGlobalTableCommand({ GlobalTableName: 'legacy', ReplicationGroup: [{ RegionName: 'us-east-1' }] })), {
      name: 'GlobalTableAlreadyExistsException', message: 'Global table with this name already exists', status: 400,
    });
    const described = await west.send(new DescribeGlobalTableCommand({ GlobalTableName: 'legacy' }));
    assert.deepEqual(described.GlobalTableDescription?.ReplicationGroup, [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }]);
    assert.equal((await east.send(new DescribeTableCommand({ TableName: 'legacy' }))).Table?.GlobalTableVersion, '2017.11.29');
    const listed = await east.send(new ListGlobalTablesCommand({}));
    assert.deepEqual(listed.GlobalTables?.map((t) => t.GlobalTableName), ['legacy']);

    await west.send(new PutItemCommand({ TableName: 'legacy', Item: { pk: { S: 'x' } } }));
    await advanceClock(cloud, '1s');
    assert.deepEqual(await get(east, 'legacy', 'x'), { pk: { S: 'x' } });

    await expectAwsError(east.send(new UpdateGlobalTableCommand({ GlobalTableName: 'legacy', ReplicaUpdates: [{ Create: { RegionName: 'us-west-2' } }] })), {
      name: 'ReplicaAlreadyExistsException', status: 400,
    });
    await expectAwsError(east.send(new DescribeGlobalTableCommand({ GlobalTableName: 'music' })), {
      name: 'GlobalTableNotFoundException', message: 'Global table not found', status: 400,
    });
    await validation(east.send(new UpdateTableCommand({ TableName: 'legacy', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' } }] })), /version 2017\.11\.29 global table/);
  });
});
