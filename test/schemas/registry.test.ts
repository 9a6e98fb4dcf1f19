import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateDiscovererCommand,
  CreateRegistryCommand,
  CreateSchemaCommand,
  DeleteDiscovererCommand,
  DeleteRegistryCommand,
  DeleteResourcePolicyCommand,
  DeleteSchemaCommand,
  DeleteSchemaVersionCommand,
  DescribeCodeBindingCommand,
  DescribeDiscovererCommand,
  DescribeRegistryCommand,
  DescribeSchemaCommand,
  ExportSchemaCommand,
  GetCodeBindingSourceCommand,
  GetDiscoveredSchemaCommand,
  GetResourcePolicyCommand,
  ListDiscoverersCommand,
  ListRegistriesCommand,
  ListSchemasCommand,
  ListSchemaVersionsCommand,
  ListTagsForResourceCommand,
  PutCodeBindingCommand,
  PutResourcePolicyCommand,
  SchemasClient,
  SearchSchemasCommand,
  StartDiscovererCommand,
  StopDiscovererCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateDiscovererCommand,
  UpdateRegistryCommand,
  UpdateSchemaCommand,
} from '@aws-sdk/client-schemas';
import { unzipSync, strFromU8 } from 'fflate';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const openapi = (properties: Record<string, unknown>) =>
  JSON.stringify({
    openapi: '3.0.0',
    info: { version: '1.0.0', title: 'Order' },
    paths: {},
    components: { schemas: { AWSEvent: { type: 'object', properties: { detail: { $ref: '#/components/schemas/Order' } } }, Order: { type: 'object', properties } } },
  });

describe('EventBridge schema registry', () => {
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

  test('registries: create, describe, update, list by prefix and scope, delete; the AWS-managed ones are there', async () => {
    const created = await schemas.send(new CreateRegistryCommand({ RegistryName: 'orders', Description: 'order events', Tags: { team: 'shop' } }));
    assert.equal(created.RegistryArn, 'arn:aws:schemas:us-east-1:000000000000:registry/orders');
    assert.equal(created.$metadata.httpStatusCode, 201);
    await schemas.send(new CreateRegistryCommand({ RegistryName: 'orders-archive' }));
    await expectAwsError(schemas.send(new CreateRegistryCommand({ RegistryName: 'orders' })), {
      name: 'ConflictException', message: 'Registry with name orders already exists.', status: 409,
    });
    await expectAwsError(schemas.send(new CreateRegistryCommand({ RegistryName: 'bad name!' })), { name: 'BadRequestException', status: 400 });

    const updated = await schemas.send(new UpdateRegistryCommand({ RegistryName: 'orders', Description: 'all order events' }));
    assert.equal(updated.Description, 'all order events');
    const described = await schemas.send(new DescribeRegistryCommand({ RegistryName: 'orders' }));
    assert.deepEqual([described.RegistryName, described.Description, described.Tags], ['orders', 'all order events', { team: 'shop' }]);

    const all = await schemas.send(new ListRegistriesCommand({}));
    assert.deepEqual(all.Registries!.map((r) => r.RegistryName), ['aws.events', 'discovered-schemas', 'orders', 'orders-archive']);
    const local = await schemas.send(new ListRegistriesCommand({ Scope: 'LOCAL' }));
    assert.deepEqual(local.Registries!.map((r) => r.RegistryName), ['discovered-schemas', 'orders', 'orders-archive']);
    const managed = await schemas.send(new ListRegistriesCommand({ Scope: 'AWS' }));
    assert.deepEqual(managed.Registries!.map((r) => r.RegistryName), ['aws.events']);
    const prefixed = await schemas.send(new ListRegistriesCommand({ RegistryNamePrefix: 'orders', Limit: 1 }));
    assert.deepEqual(prefixed.Registries!.map((r) => r.RegistryName), ['orders']);
    const next = await schemas.send(new ListRegistriesCommand({ RegistryNamePrefix: 'orders', Limit: 1, NextToken: prefixed.NextToken }));
    assert.deepEqual(next.Registries!.map((r) => r.RegistryName), ['orders-archive']);
    assert.equal(next.NextToken, undefined);

    await expectAwsError(schemas.send(new DeleteRegistryCommand({ RegistryName: 'aws.events' })), { name: 'ForbiddenException', status: 403 });
    await schemas.send(new DeleteRegistryCommand({ RegistryName: 'orders-archive' }));
    await expectAwsError(schemas.send(new DescribeRegistryCommand({ RegistryName: 'orders-archive' })), {
      name: 'NotFoundException', message: 'Registry with name orders-archive does not exist.', status: 404,
    });
    const error = await expectAwsError(schemas.send(new DeleteRegistryCommand({ RegistryName: 'orders-archive' })), { name: 'NotFoundException', status: 404 });
    assert.equal(error.Code, 'NotFoundException');
  });

  test('schemas: versions on update, describe a version, list, search, export, delete a version and the schema', async () => {
    await schemas.send(new CreateRegistryCommand({ RegistryName: 'shop' }));
    const created = await schemas.send(new CreateSchemaCommand({
      RegistryName: 'shop', SchemaName: 'OrderPlaced', Type: 'OpenApi3', Content: openapi({ id: { type: 'string' } }), Description: 'v1', Tags: { a: '1' },
    }));
    assert.equal(created.SchemaVersion, '1');
    assert.equal(created.SchemaArn, 'arn:aws:schemas:us-east-1:000000000000:schema/shop/OrderPlaced');
    assert.ok(created.VersionCreatedDate instanceof Date);
    await expectAwsError(schemas.send(new CreateSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced', Type: 'OpenApi3', Content: openapi({}) })), {
      name: 'ConflictException', message: 'Schema with name OrderPlaced already exists.', status: 409,
    });
    await schemas.send(new CreateSchemaCommand({
      RegistryName: 'shop', SchemaName: 'OrderShipped', Type: 'JSONSchemaDraft4',
      Content: JSON.stringify({ $schema: 'http://json-schema.org/draft-04/schema#', title: 'Shipped', type: 'object', properties: { carrier: { type: 'string' } } }),
    }));

    const second = await schemas.send(new UpdateSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced', Content: openapi({ id: { type: 'string' }, total: { type: 'number' } }) }));
    assert.equal(second.SchemaVersion, '2');
    assert.equal(second.Description, 'v1');
    const same = await schemas.send(new UpdateSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced', Description: 'described again' }));
    assert.equal(same.SchemaVersion, '2');
    assert.equal(same.Description, 'described again');

    const latest = await schemas.send(new DescribeSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced' }));
    assert.equal(latest.SchemaVersion, '2');
    assert.ok(JSON.parse(latest.Content!).components.schemas.Order.properties.total);
    const first = await schemas.send(new DescribeSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced', SchemaVersion: '1' }));
    assert.equal(JSON.parse(first.Content!).components.schemas.Order.properties.total, undefined);
    await expectAwsError(schemas.send(new DescribeSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced', SchemaVersion: '9' })), {
      name: 'NotFoundException', message: 'Schema with name OrderPlaced and version 9 does not exist.', status: 404,
    });
    await expectAwsError(schemas.send(new DescribeSchemaCommand({ RegistryName: 'shop', SchemaName: 'Nope' })), {
      name: 'NotFoundException', message: 'Schema with name Nope does not exist.', status: 404,
    });

    const listed = await schemas.send(new ListSchemasCommand({ RegistryName: 'shop', SchemaNamePrefix: 'OrderP' }));
    assert.deepEqual(listed.Schemas!.map((s) => [s.SchemaName, s.VersionCount, s.Tags]), [['OrderPlaced', 2, { a: '1' }]]);
    const versions = await schemas.send(new ListSchemaVersionsCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced' }));
    assert.deepEqual(versions.SchemaVersions!.map((v) => [v.SchemaVersion, v.Type]), [['1', 'OpenApi3'], ['2', 'OpenApi3']]);
    const found = await schemas.send(new SearchSchemasCommand({ RegistryName: 'shop', Keywords: 'shipped' }));
    assert.deepEqual(found.Schemas!.map((s) => [s.SchemaName, s.SchemaVersions!.map((v) => v.SchemaVersion)]), [['OrderShipped', ['1']]]);

    const exported = await schemas.send(new ExportSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced', Type: 'JSONSchemaDraft4' }));
    assert.deepEqual(JSON.parse(exported.Content!), {
      $schema: 'http://json-schema.org/draft-04/schema#', title: 'AWSEvent', type: 'object',
      properties: { detail: { $ref: '#/definitions/Order' } },
      definitions: { Order: { type: 'object', properties: { id: { type: 'string' }, total: { type: 'number' } } } },
    });
    await expectAwsError(schemas.send(new ExportSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced', Type: 'OpenApi3' })), { name: 'BadRequestException', status: 400 });

    await schemas.send(new DeleteSchemaVersionCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced', SchemaVersion: '1' }));
    const remaining = await schemas.send(new ListSchemaVersionsCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced' }));
    assert.deepEqual(remaining.SchemaVersions!.map((v) => v.SchemaVersion), ['2']);
    // Version numbers are not reused.
    const third = await schemas.send(new UpdateSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced', Content: openapi({ id: { type: 'integer' } }) }));
    assert.equal(third.SchemaVersion, '3');
    await schemas.send(new DeleteSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced' }));
    await expectAwsError(schemas.send(new DeleteSchemaCommand({ RegistryName: 'shop', SchemaName: 'OrderPlaced' })), { name: 'NotFoundException', status: 404 });
    await expectAwsError(schemas.send(new ListSchemasCommand({ RegistryName: 'ghost' })), { name: 'NotFoundException', message: 'Registry with name ghost does not exist.', status: 404 });
    await expectAwsError(schemas.send(new CreateSchemaCommand({ RegistryName: 'aws.events', SchemaName: 'x', Type: 'OpenApi3', Content: openapi({}) })), { name: 'ForbiddenException', status: 403 });
  });

  test('schema content is checked as JSON and as its type', async () => {
    await schemas.send(new CreateRegistryCommand({ RegistryName: 'checked' }));
    const create = (Type: 'OpenApi3' | 'JSONSchemaDraft4', Content: string) => schemas.send(new CreateSchemaCommand({ RegistryName: 'checked', SchemaName: 's', Type, Content }));
    await expectAwsError(create('OpenApi3', '{not json'), { name: 'BadRequestException', message: 'Invalid Content. The schema content must be a valid JSON document.', status: 400 });
    await expectAwsError(create('OpenApi3', JSON.stringify({ openapi: '2.0', info: { title: 't', version: '1' }, paths: {} })), {
      name: 'BadRequestException', message: 'Invalid Content for type OpenApi3: \'openapi\' must be an OpenAPI 3 version such as "3.0.0".', status: 400,
    });
    await expectAwsError(create('OpenApi3', JSON.stringify({ openapi: '3.0.0', paths: {} })), { name: 'BadRequestException', message: "Invalid Content for type OpenApi3: 'info' must be an object.", status: 400 });
    await expectAwsError(create('JSONSchemaDraft4', JSON.stringify({ type: 'object', properties: { a: { type: 'text' } } })), {
      name: 'BadRequestException', message: "Invalid Content for type JSONSchemaDraft4: 'properties.a.type' must be one of array, boolean, integer, null, number, object, string.", status: 400,
    });
    await expectAwsError(create('JSONSchemaDraft4', JSON.stringify([1])), { name: 'BadRequestException', message: 'Invalid Content. The schema content must be a JSON object.', status: 400 });
    // Model validation: an unknown Type is a BadRequestException too.
    await expectAwsError(create('Avro' as 'OpenApi3', '{}'), { name: 'BadRequestException', status: 400 });
    const listed = await schemas.send(new ListSchemasCommand({ RegistryName: 'checked' }));
    assert.deepEqual(listed.Schemas, []);
  });

  test('resource policies carry a revision id checked on put', async () => {
    await schemas.send(new CreateRegistryCommand({ RegistryName: 'guarded' }));
    await expectAwsError(schemas.send(new GetResourcePolicyCommand({ RegistryName: 'guarded' })), {
      name: 'NotFoundException', message: 'Resource policy for registry guarded does not exist.', status: 404,
    });
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'Read', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'schemas:DescribeSchema', Resource: 'arn:aws:schemas:us-east-1:000000000000:schema/guarded/*' }],
    };
    const put = await schemas.send(new PutResourcePolicyCommand({ RegistryName: 'guarded', Policy: JSON.stringify(policy) }));
    assert.ok(put.RevisionId);
    const got = await schemas.send(new GetResourcePolicyCommand({ RegistryName: 'guarded' }));
    assert.equal(got.RevisionId, put.RevisionId);
    // The SDK hands a JSON-valued member back as a LazyJsonString: its text is the policy.
    assert.deepEqual(JSON.parse(String(got.Policy)), policy);
    await expectAwsError(schemas.send(new PutResourcePolicyCommand({ RegistryName: 'guarded', Policy: JSON.stringify(policy), RevisionId: 'stale' })), {
      name: 'PreconditionFailedException', status: 412,
    });
    const again = await schemas.send(new PutResourcePolicyCommand({ RegistryName: 'guarded', Policy: JSON.stringify(policy), RevisionId: put.RevisionId }));
    assert.notEqual(again.RevisionId, put.RevisionId);
    await expectAwsError(schemas.send(new PutResourcePolicyCommand({ RegistryName: 'guarded', Policy: '{"Statement": 5}' })), { name: 'BadRequestException', status: 400 });
    await expectAwsError(schemas.send(new PutResourcePolicyCommand({ RegistryName: 'nowhere', Policy: JSON.stringify(policy) })), { name: 'NotFoundException', status: 404 });
    await schemas.send(new DeleteResourcePolicyCommand({ RegistryName: 'guarded' }));
    await expectAwsError(schemas.send(new DeleteResourcePolicyCommand({ RegistryName: 'guarded' })), { name: 'NotFoundException', status: 404 });
  });

  test('tags on registries, schemas and discoverers', async () => {
    const { RegistryArn } = await schemas.send(new CreateRegistryCommand({ RegistryName: 'tagged', Tags: { a: '1' } }));
    await schemas.send(new TagResourceCommand({ ResourceArn: RegistryArn, Tags: { b: '2' } }));
    await schemas.send(new UntagResourceCommand({ ResourceArn: RegistryArn, TagKeys: ['a'] }));
    assert.deepEqual((await schemas.send(new ListTagsForResourceCommand({ ResourceArn: RegistryArn }))).Tags, { b: '2' });
    const { SchemaArn } = await schemas.send(new CreateSchemaCommand({ RegistryName: 'tagged', SchemaName: 'T', Type: 'OpenApi3', Content: openapi({}) }));
    await schemas.send(new TagResourceCommand({ ResourceArn: SchemaArn, Tags: { s: 'x' } }));
    assert.deepEqual((await schemas.send(new DescribeSchemaCommand({ RegistryName: 'tagged', SchemaName: 'T' }))).Tags, { s: 'x' });
    await expectAwsError(schemas.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:schemas:us-east-1:000000000000:registry/missing' })), { name: 'NotFoundException', status: 404 });
    // AWS's own registry has no tags, and takes none.
    assert.deepEqual((await schemas.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:schemas:us-east-1:000000000000:registry/aws.events' }))).Tags, {});
    await expectAwsError(schemas.send(new TagResourceCommand({ ResourceArn: 'arn:aws:schemas:us-east-1:000000000000:registry/aws.events', Tags: { a: 'b' } })), {
      name: 'ForbiddenException', message: 'Registry aws.events is managed by AWS and cannot be modified.', status: 403,
    });
    await expectAwsError(schemas.send(new TagResourceCommand({ ResourceArn: 'arn:aws:sqs:us-east-1:000000000000:q', Tags: { a: 'b' } })), { name: 'BadRequestException', status: 400 });
  });

  test('discoverers are stored with their state', async () => {
    const bus = 'arn:aws:events:us-east-1:000000000000:event-bus/default';
    const created = await schemas.send(new CreateDiscovererCommand({ SourceArn: bus, Description: 'default bus', Tags: { d: '1' } }));
    assert.equal(created.DiscovererId, 'events-event-bus-default');
    assert.equal(created.DiscovererArn, 'arn:aws:schemas:us-east-1:000000000000:discoverer/events-event-bus-default');
    assert.equal(created.State, 'STARTED');
    await expectAwsError(schemas.send(new CreateDiscovererCommand({ SourceArn: bus })), { name: 'ConflictException', status: 409 });
    await expectAwsError(schemas.send(new CreateDiscovererCommand({ SourceArn: 'arn:aws:sqs:us-east-1:000000000000:queue' })), {
      name: 'BadRequestException', message: 'Invalid SourceArn arn:aws:sqs:us-east-1:000000000000:queue. It must be the ARN of an event bus.', status: 400,
    });
    const id = created.DiscovererId!;
    assert.equal((await schemas.send(new StopDiscovererCommand({ DiscovererId: id }))).State, 'STOPPED');
    assert.equal((await schemas.send(new DescribeDiscovererCommand({ DiscovererId: id }))).State, 'STOPPED');
    assert.equal((await schemas.send(new StartDiscovererCommand({ DiscovererId: id }))).State, 'STARTED');
    const updated = await schemas.send(new UpdateDiscovererCommand({ DiscovererId: id, Description: 'changed', CrossAccount: false }));
    assert.deepEqual([updated.Description, updated.CrossAccount, updated.State], ['changed', false, 'STARTED']);
    await schemas.send(new CreateDiscovererCommand({ SourceArn: 'arn:aws:events:us-east-1:000000000000:event-bus/orders' }));
    const listed = await schemas.send(new ListDiscoverersCommand({ DiscovererIdPrefix: 'events-event-bus-o' }));
    assert.deepEqual(listed.Discoverers!.map((d) => d.DiscovererId), ['events-event-bus-orders']);
    await schemas.send(new DeleteDiscovererCommand({ DiscovererId: id }));
    await expectAwsError(schemas.send(new DescribeDiscovererCommand({ DiscovererId: id })), {
      name: 'NotFoundException', message: 'Discoverer with id events-event-bus-default does not exist.', status: 404,
    });
  });

  test('code bindings: not found until put, then a zip of sources', async () => {
    await schemas.send(new CreateRegistryCommand({ RegistryName: 'bound' }));
    await schemas.send(new CreateSchemaCommand({ RegistryName: 'bound', SchemaName: 'Order', Type: 'OpenApi3', Content: openapi({ id: { type: 'string' }, items: { type: 'array', items: { type: 'integer' } } }) }));
    await expectAwsError(schemas.send(new DescribeCodeBindingCommand({ RegistryName: 'bound', SchemaName: 'Order', Language: 'TypeScript3' })), {
      name: 'NotFoundException', message: 'Code binding for schema Order version 1 in language TypeScript3 does not exist.', status: 404,
    });
    await expectAwsError(schemas.send(new GetCodeBindingSourceCommand({ RegistryName: 'bound', SchemaName: 'Order', Language: 'TypeScript3' })), { name: 'NotFoundException', status: 404 });
    const put = await schemas.send(new PutCodeBindingCommand({ RegistryName: 'bound', SchemaName: 'Order', Language: 'TypeScript3' }));
    assert.deepEqual([put.$metadata.httpStatusCode, put.Status, put.SchemaVersion], [202, 'CREATE_IN_PROGRESS', '1']);
    const described = await schemas.send(new DescribeCodeBindingCommand({ RegistryName: 'bound', SchemaName: 'Order', Language: 'TypeScript3' }));
    assert.equal(described.Status, 'CREATE_COMPLETE');
    const source = await schemas.send(new GetCodeBindingSourceCommand({ RegistryName: 'bound', SchemaName: 'Order', Language: 'TypeScript3' }));
    const files = unzipSync(source.Body!);
    const order = Object.entries(files).find(([path]) => path.endsWith('/Order.ts'));
    assert.ok(order, Object.keys(files).join(', '));
    assert.match(strFromU8(order[1]), /'items'\?: number\[\];/);
    await expectAwsError(schemas.send(new PutCodeBindingCommand({ RegistryName: 'bound', SchemaName: 'Order', Language: 'Cobol' })), {
      name: 'BadRequestException', message: 'Invalid language Cobol. Supported languages are Java8, Python36, TypeScript3, Go1.', status: 400,
    });
  });

  test('GetDiscoveredSchema infers an OpenAPI 3 schema (and draft 4) from sample events', async () => {
    const event = (detail: Record<string, unknown>) => JSON.stringify({
      version: '0', id: 'e1', 'detail-type': 'Order Placed', source: 'com.shop', account: '000000000000', time: '2026-01-02T03:04:05Z', region: 'us-east-1', resources: [], detail,
    });
    const { Content } = await schemas.send(new GetDiscoveredSchemaCommand({ Type: 'OpenApi3', Events: [event({ id: 'o1', total: 9.5, lines: [{ sku: 'a' }] }), event({ id: 'o2', total: 3 })] }));
    const document = JSON.parse(Content!);
    assert.equal(document.openapi, '3.0.0');
    assert.equal(document.info.title, 'OrderPlaced');
    const envelope = document.components.schemas.AWSEvent;
    assert.equal(envelope['x-amazon-events-detail-type'], 'Order Placed');
    assert.equal(envelope['x-amazon-events-source'], 'com.shop');
    assert.deepEqual(envelope.properties.detail, { $ref: '#/components/schemas/OrderPlaced' });
    assert.deepEqual(envelope.properties.time, { type: 'string', format: 'date-time' });
    const detail = document.components.schemas.OrderPlaced;
    assert.deepEqual(detail.required, ['id', 'total']);
    assert.deepEqual(detail.properties.total, { type: 'number' });
    assert.deepEqual(detail.properties.lines, { type: 'array', items: { $ref: '#/components/schemas/Lines' } });
    const draft4 = JSON.parse((await schemas.send(new GetDiscoveredSchemaCommand({ Type: 'JSONSchemaDraft4', Events: [event({ id: 'o1' })] }))).Content!);
    assert.equal(draft4.$schema, 'http://json-schema.org/draft-04/schema#');
    assert.deepEqual(draft4.properties.detail, { $ref: '#/definitions/OrderPlaced' });
    await expectAwsError(schemas.send(new GetDiscoveredSchemaCommand({ Type: 'OpenApi3', Events: ['not json'] })), {
      name: 'BadRequestException', message: 'Invalid event at index 0: events must be JSON documents.', status: 400,
    });
    await expectAwsError(schemas.send(new GetDiscoveredSchemaCommand({ Type: 'OpenApi3', Events: [] })), { name: 'BadRequestException', status: 400 });
  });

  test('the AWS CLI creates a registry and a schema; a missing registry is NotFoundException', async () => {
    const created = await aws(cloud, ['schemas', 'create-registry', '--registry-name', 'cli-registry']);
    assert.equal(created.code, 0, created.stderr);
    const schema = await aws(cloud, ['schemas', 'create-schema', '--registry-name', 'cli-registry', '--schema-name', 'CliSchema', '--type', 'OpenApi3', '--content', openapi({ a: { type: 'string' } })]);
    assert.equal(schema.code, 0, schema.stderr);
    assert.equal(schema.json.SchemaVersion, '1');
    assert.equal(schema.json.SchemaArn, 'arn:aws:schemas:us-east-1:000000000000:schema/cli-registry/CliSchema');
    const missing = await aws(cloud, ['schemas', 'describe-registry', '--registry-name', 'nope']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /NotFoundException.*Registry with name nope does not exist\./);
  });
});
