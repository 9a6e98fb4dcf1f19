import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CreateDiscovererCommand, DescribeSchemaCommand, ListSchemasCommand, ListSchemaVersionsCommand, SchemasClient, StopDiscovererCommand } from '@aws-sdk/client-schemas';
import type { Cloud } from '../../src/index.js';
import type { SchemasApi } from '../../src/services/schemas/api.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';

/**
 * Discovery from a bus, through the contract EventBridge calls (SchemasApi.eventsOnBus): the
 * events are handed over as EventBridge's PutEvents would hand them.
 */
let cloud: Cloud;
let schemas: SchemasClient;
before(async () => {
  cloud = await startTestCloud();
  schemas = new SchemasClient(clientConfig(cloud));
});
after(async () => {
  schemas.destroy();
  await cloud.close();
});

const BUS = 'arn:aws:events:us-east-1:000000000000:event-bus/shop';
const event = (detail: Record<string, unknown>, account = '000000000000') => ({
  event: JSON.stringify({ version: '0', id: 'e', 'detail-type': 'Order Placed', source: 'com.shop', account, time: '2026-12-02T10:00:00Z', region: 'us-east-1', resources: [], detail }),
});

test('a started discoverer turns a bus\'s events into versioned schemas in discovered-schemas', async () => {
  const api = await cloud.runtime.api<SchemasApi>('schemas');
  // No discoverer on the bus: nothing is discovered.
  api.eventsOnBus({ busArn: BUS, events: [event({ id: 'o0' })] });
  assert.deepEqual((await schemas.send(new ListSchemasCommand({ RegistryName: 'discovered-schemas' }))).Schemas, []);

  const { DiscovererId } = await schemas.send(new CreateDiscovererCommand({ SourceArn: BUS, CrossAccount: false }));
  api.eventsOnBus({ busArn: BUS, events: [event({ id: 'o1', total: 3 }), { event: 'not json' }, event({ id: 'o2', total: 4.5 })] });
  const listed = await schemas.send(new ListSchemasCommand({ RegistryName: 'discovered-schemas' }));
  assert.deepEqual(listed.Schemas!.map((s) => [s.SchemaName, s.VersionCount]), [['com.shop@OrderPlaced', 1]]);
  const first = JSON.parse((await schemas.send(new DescribeSchemaCommand({ RegistryName: 'discovered-schemas', SchemaName: 'com.shop@OrderPlaced' }))).Content!);
  assert.deepEqual(first.components.schemas.OrderPlaced, { type: 'object', required: ['id', 'total'], properties: { id: { type: 'string' }, total: { type: 'number' } } });

  // The same shape again makes no version; a new member does, and keeps what was seen before.
  api.eventsOnBus({ busArn: BUS, events: [event({ id: 'o3', total: 1 })] });
  api.eventsOnBus({ busArn: BUS, events: [event({ id: 'o4', coupon: 'X' })] });
  const versions = await schemas.send(new ListSchemaVersionsCommand({ RegistryName: 'discovered-schemas', SchemaName: 'com.shop@OrderPlaced' }));
  assert.deepEqual(versions.SchemaVersions!.map((v) => v.SchemaVersion), ['1', '2']);
  const second = JSON.parse((await schemas.send(new DescribeSchemaCommand({ RegistryName: 'discovered-schemas', SchemaName: 'com.shop@OrderPlaced' }))).Content!);
  assert.deepEqual(second.components.schemas.OrderPlaced, {
    type: 'object', required: ['id'], properties: { coupon: { type: 'string' }, id: { type: 'string' }, total: { type: 'number' } },
  });

  // Without CrossAccount another account's events are not discovered; a stopped discoverer sees nothing.
  api.eventsOnBus({ busArn: BUS, events: [{ event: JSON.stringify({ 'detail-type': 'Partner Event', source: 'partner', account: '111122223333', detail: { a: 1 } }) }] });
  await schemas.send(new StopDiscovererCommand({ DiscovererId }));
  api.eventsOnBus({ busArn: BUS, events: [{ event: JSON.stringify({ 'detail-type': 'Other', source: 'com.shop', account: '000000000000', detail: { b: 1 } }) }] });
  const after = await schemas.send(new ListSchemasCommand({ RegistryName: 'discovered-schemas' }));
  assert.deepEqual(after.Schemas!.map((s) => s.SchemaName), ['com.shop@OrderPlaced']);
});

test('events put on a bus through EventBridge reach the bus\'s started discoverer', async () => {
  const { EventBridgeClient, CreateEventBusCommand, PutEventsCommand } = await import('@aws-sdk/client-eventbridge');
  const events = new EventBridgeClient(clientConfig(cloud));
  try {
    const { EventBusArn } = await events.send(new CreateEventBusCommand({ Name: 'orders-live' }));
    await schemas.send(new CreateDiscovererCommand({ SourceArn: EventBusArn! }));
    const put = await events.send(new PutEventsCommand({ Entries: [{ EventBusName: 'orders-live', Source: 'com.live', DetailType: 'Cart Updated', Detail: JSON.stringify({ cartId: 'c1', lines: 2 }) }] }));
    assert.equal(put.FailedEntryCount, 0);
    const described = await schemas.send(new DescribeSchemaCommand({ RegistryName: 'discovered-schemas', SchemaName: 'com.live@CartUpdated' }));
    const content = JSON.parse(described.Content!);
    assert.deepEqual(content.components.schemas.CartUpdated.properties, { cartId: { type: 'string' }, lines: { type: 'integer' } });
  } finally {
    events.destroy();
  }
});
