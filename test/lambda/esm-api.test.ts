import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateAliasCommand,
  CreateEventSourceMappingCommand,
  DeleteEventSourceMappingCommand,
  GetEventSourceMappingCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  ListTagsCommand,
  PublishVersionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateEventSourceMappingCommand,
  type CreateEventSourceMappingCommandInput,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, DeleteQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction, eventually } from './support.js';

const ACCOUNT = '000000000000';
const REGION = 'us-east-1';

/** Event source mappings' control plane: states on the clock, listing, tags and AWS's validation per source. */
describe('Lambda event source mappings: the control plane', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  const queueArn: Record<string, string> = {};
  let fnArn: string;

  const arnOf = async (url: string) =>
    (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    for (const name of ['plain', 'second', 'cli', 'orders.fifo', 'short']) {
      const attributes = name.endsWith('.fifo') ? { FifoQueue: 'true' } : name === 'short' ? { VisibilityTimeout: '2' } : {};
      const url = (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }))).QueueUrl!;
      queueArn[name] = await arnOf(url);
    }
    fnArn = (await createFunction(lambda, 'consumer', { 'index.mjs': 'export const handler = async () => ({});' })).FunctionArn!;
  });
  after(async () => {
    lambda.destroy();
    sqs.destroy();
    await cloud.close();
  });

  const create = (input: Partial<CreateEventSourceMappingCommandInput>) =>
    lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'consumer', ...input } as CreateEventSourceMappingCommandInput));
  const get = (uuid: string) => lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }));

  test('a mapping moves Creating → Enabled, and through Disabling, Enabling, Updating and Deleting on the clock', async () => {
    const created = await create({ EventSourceArn: queueArn.plain, Tags: { team: 'orders' } });
    assert.equal(created.$metadata.httpStatusCode, 202);
    assert.match(created.UUID!, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(created.EventSourceMappingArn, `arn:aws:lambda:${REGION}:${ACCOUNT}:event-source-mapping:${created.UUID}`);
    assert.equal(created.State, 'Creating');
    assert.equal(created.StateTransitionReason, 'USER_INITIATED');
    assert.equal(created.BatchSize, 10);
    assert.equal(created.MaximumBatchingWindowInSeconds, 0);
    assert.deepEqual(created.FunctionResponseTypes, []);
    assert.equal(created.FunctionArn, fnArn);
    assert.equal(created.EventSourceArn, queueArn.plain);
    assert.equal(created.LastProcessingResult, 'No records processed');
    assert.ok(created.LastModified instanceof Date);
    // Stream-only settings are not shown for a queue.
    assert.equal(created.StartingPosition, undefined);
    assert.equal(created.ParallelizationFactor, undefined);

    const uuid = created.UUID!;
    await expectAwsError(lambda.send(new UpdateEventSourceMappingCommand({ UUID: uuid, BatchSize: 5 })), {
      name: 'ResourceInUseException',
      message: 'Cannot update the event source mapping because it is in use.',
      status: 400,
    });
    await advanceClock(cloud, '1s');
    assert.equal((await get(uuid)).State, 'Enabled');

    const disabling = await lambda.send(new UpdateEventSourceMappingCommand({ UUID: uuid, Enabled: false }));
    assert.equal(disabling.State, 'Disabling');
    await advanceClock(cloud, '1s');
    assert.equal((await get(uuid)).State, 'Disabled');

    const enabling = await lambda.send(new UpdateEventSourceMappingCommand({ UUID: uuid, Enabled: true }));
    assert.equal(enabling.State, 'Enabling');
    await advanceClock(cloud, '1s');
    assert.equal((await get(uuid)).State, 'Enabled');

    const updating = await lambda.send(
      new UpdateEventSourceMappingCommand({ UUID: uuid, BatchSize: 100, MaximumBatchingWindowInSeconds: 5, ScalingConfig: { MaximumConcurrency: 3 }, FunctionResponseTypes: ['ReportBatchItemFailures'] }),
    );
    assert.equal(updating.State, 'Updating');
    assert.equal(updating.BatchSize, 100);
    assert.equal(updating.MaximumBatchingWindowInSeconds, 5);
    assert.deepEqual(updating.ScalingConfig, { MaximumConcurrency: 3 });
    assert.deepEqual(updating.FunctionResponseTypes, ['ReportBatchItemFailures']);
    await advanceClock(cloud, '1s');
    const updated = await get(uuid);
    assert.equal(updated.State, 'Enabled');
    assert.equal(updated.BatchSize, 100);

    // Tags on the mapping's ARN.
    const mappingArn = created.EventSourceMappingArn!;
    assert.deepEqual((await lambda.send(new ListTagsCommand({ Resource: mappingArn }))).Tags, { team: 'orders' });
    await lambda.send(new TagResourceCommand({ Resource: mappingArn, Tags: { stage: 'test' } }));
    await lambda.send(new UntagResourceCommand({ Resource: mappingArn, TagKeys: ['team'] }));
    assert.deepEqual((await lambda.send(new ListTagsCommand({ Resource: mappingArn }))).Tags, { stage: 'test' });

    const deleting = await lambda.send(new DeleteEventSourceMappingCommand({ UUID: uuid }));
    assert.equal(deleting.$metadata.httpStatusCode, 202);
    assert.equal(deleting.State, 'Deleting');
    assert.equal((await get(uuid)).State, 'Deleting');
    await expectAwsError(lambda.send(new DeleteEventSourceMappingCommand({ UUID: uuid })), {
      name: 'ResourceInUseException',
      message: 'Cannot delete the event source mapping because it is in use.',
      status: 400,
    });
    await advanceClock(cloud, '1s');
    await expectAwsError(get(uuid), { name: 'ResourceNotFoundException', message: 'The resource you requested does not exist.', status: 404 });
    await expectAwsError(lambda.send(new ListTagsCommand({ Resource: mappingArn })), { name: 'ResourceNotFoundException', message: 'The resource you requested does not exist.', status: 404 });
  });

  test('a mapping created disabled goes Creating → Disabled', async () => {
    const created = await create({ EventSourceArn: queueArn.second, Enabled: false });
    assert.equal(created.State, 'Creating');
    await advanceClock(cloud, '1s');
    assert.equal((await get(created.UUID!)).State, 'Disabled');
    await lambda.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID! }));
    await advanceClock(cloud, '1s');
  });

  test('a mapping whose queue is deleted says so in LastProcessingResult', async () => {
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'doomed' }))).QueueUrl!;
    const created = await create({ EventSourceArn: await arnOf(url) });
    await advanceClock(cloud, '1s');
    assert.equal((await get(created.UUID!)).State, 'Enabled');
    await sqs.send(new DeleteQueueCommand({ QueueUrl: url }));
    // The poller finds out when its long poll (20 s) ends.
    await advanceClock(cloud, '21s');
    const problem = await eventually(async () => {
      const result = (await get(created.UUID!)).LastProcessingResult!;
      return result.startsWith('PROBLEM') ? result : undefined;
    }, 5_000, 'the problem to show');
    assert.match(problem, new RegExp(`^PROBLEM: Amazon SQS queue arn:aws:sqs:${REGION}:${ACCOUNT}:doomed could not be read: `));
    await lambda.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID! }));
    await advanceClock(cloud, '1s');
  });

  test('ListEventSourceMappings filters by source and function and pages with Marker/MaxItems', async () => {
    const a = await create({ EventSourceArn: queueArn.plain });
    const b = await create({ EventSourceArn: queueArn.second, Enabled: false });
    const all = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: 'consumer' }));
    assert.deepEqual(all.EventSourceMappings!.map((m) => m.UUID), [a.UUID, b.UUID]);
    const bySource = await lambda.send(new ListEventSourceMappingsCommand({ EventSourceArn: queueArn.second }));
    assert.deepEqual(bySource.EventSourceMappings!.map((m) => m.UUID), [b.UUID]);
    const first = await lambda.send(new ListEventSourceMappingsCommand({ MaxItems: 1 }));
    assert.deepEqual(first.EventSourceMappings!.map((m) => m.UUID), [a.UUID]);
    assert.ok(first.NextMarker);
    const second = await lambda.send(new ListEventSourceMappingsCommand({ MaxItems: 1, Marker: first.NextMarker }));
    assert.deepEqual(second.EventSourceMappings!.map((m) => m.UUID), [b.UUID]);
    assert.equal(second.NextMarker, undefined);
    assert.deepEqual((await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: 'other' }))).EventSourceMappings, []);
    await expectAwsError(lambda.send(new ListEventSourceMappingsCommand({ Marker: 'nonsense' })), { name: 'InvalidParameterValueException', message: 'Invalid marker', status: 400 });
    // A second mapping of the same queue to the same function is refused.
    await advanceClock(cloud, '1s');
    await expectAwsError(create({ EventSourceArn: queueArn.plain }), {
      name: 'ResourceConflictException',
      message: `An event source mapping with SQS arn (" ${queueArn.plain} ") and function (" consumer ") already exists. Please update or delete the existing mapping with UUID ${a.UUID}`,
      status: 409,
    });
    for (const uuid of [a.UUID!, b.UUID!]) await lambda.send(new DeleteEventSourceMappingCommand({ UUID: uuid }));
    await advanceClock(cloud, '1s');
    assert.deepEqual((await lambda.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings, []);
  });

  test('a mapping may name a version or alias: its FunctionArn is qualified, and listing by the plain name finds it', async () => {
    const version = (await lambda.send(new PublishVersionCommand({ FunctionName: 'consumer' }))).Version!;
    await lambda.send(new CreateAliasCommand({ FunctionName: 'consumer', Name: 'live', FunctionVersion: version }));
    const created = await create({ FunctionName: 'consumer:live', EventSourceArn: queueArn.second });
    assert.equal(created.FunctionArn, `${fnArn}:live`);
    const plain = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: 'consumer' }));
    assert.deepEqual(plain.EventSourceMappings!.map((m) => m.UUID), [created.UUID]);
    const qualified = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: `${fnArn}:live` }));
    assert.deepEqual(qualified.EventSourceMappings!.map((m) => m.UUID), [created.UUID]);
    assert.deepEqual((await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: `consumer:${version}` }))).EventSourceMappings, []);
    await expectAwsError(create({ FunctionName: 'consumer:nope', EventSourceArn: queueArn.second }), {
      name: 'ResourceNotFoundException',
      message: `Function not found: ${fnArn}:nope`,
      status: 404,
    });
    await lambda.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID! }));
    await advanceClock(cloud, '1s');
  });

  test('bad configurations get AWS errors', async () => {
    const invalid = (message: string) => ({ name: 'InvalidParameterValueException', message, status: 400 });
    await expectAwsError(create({ EventSourceArn: queueArn.plain, BatchSize: 100 }), invalid('Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10'));
    await expectAwsError(create({ EventSourceArn: queueArn['orders.fifo'], BatchSize: 11, MaximumBatchingWindowInSeconds: 1 }), invalid('Maximum batch size must be between 1 and 10 inclusive for FIFO queues.'));
    await expectAwsError(create({ EventSourceArn: queueArn['orders.fifo'], MaximumBatchingWindowInSeconds: 5 }), invalid('Batching window is not supported for FIFO queues'));
    await expectAwsError(create({ EventSourceArn: queueArn.plain, StartingPosition: 'LATEST' }), invalid('StartingPosition is not valid for SQS event sources.'));
    await expectAwsError(create({ EventSourceArn: queueArn.plain, ParallelizationFactor: 2 }), invalid('Unsupported ParallelizationFactor parameter for the given event source.'));
    await expectAwsError(create({ EventSourceArn: queueArn.plain, BisectBatchOnFunctionError: true }), invalid('Unsupported BisectBatchOnFunctionError parameter for the given event source.'));
    await expectAwsError(create({ EventSourceArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:missing` }), invalid('Error occurred while ReceiveMessage. SQS Error Code: AWS.SimpleQueueService.NonExistentQueue. SQS Error Message: The specified queue does not exist for this wsdl version.'));
    // The function (3 s, the default) could outlive the visibility timeout (2 s): its batch would be handed out twice.
    await expectAwsError(create({ EventSourceArn: queueArn.short }), invalid('Queue visibility timeout: 2 seconds is less than Function timeout: 3 seconds'));
    await expectAwsError(create({ EventSourceArn: `arn:aws:s3:::bucket` }), invalid('Unrecognized event source, must be kinesis, dynamodb stream or sqs.'));
    await expectAwsError(create({ EventSourceArn: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/missing`, StartingPosition: 'LATEST' }), invalid(`Stream not found: arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/missing`));
    await expectAwsError(create({ EventSourceArn: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/missing` }), invalid("1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null"));
    await expectAwsError(create({ EventSourceArn: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/missing`, StartingPosition: 'LATEST', ScalingConfig: { MaximumConcurrency: 2 } }), invalid('Unsupported ScalingConfig parameter for the given event source.'));
    await expectAwsError(create({ EventSourceArn: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/missing`, StartingPosition: 'LATEST', MaximumRecordAgeInSeconds: 30 }), invalid('Maximum record age in seconds must be -1 or between 60 and 604800.'));
    await expectAwsError(create({ EventSourceArn: queueArn.plain, FilterCriteria: { Filters: [{ Pattern: '{"body": "not-a-list"}' }] } }), invalid('Invalid filter pattern definition.'));
    await expectAwsError(create({ EventSourceArn: queueArn.plain, FilterCriteria: { Filters: [{ Pattern: 'not json' }] } }), invalid('Invalid filter pattern definition.'));
    await expectAwsError(create({ EventSourceArn: queueArn.plain, FilterCriteria: { Filters: Array.from({ length: 6 }, (_, i) => ({ Pattern: `{"body":{"n":[${i}]}}` })) } }), invalid('The number of filters exceeds the limit of 5.'));
    await expectAwsError(create({ EventSourceArn: queueArn.plain, FunctionName: 'nobody' }), {
      name: 'ResourceNotFoundException',
      message: `Function not found: arn:aws:lambda:${REGION}:${ACCOUNT}:function:nobody`,
      status: 404,
    });
    // The model's ranges come first, as Lambda words them.
    await expectAwsError(create({ EventSourceArn: queueArn.plain, BatchSize: 0 }), { name: 'ValidationException', status: 400, message: /Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1/ });
    await expectAwsError(create({ EventSourceArn: queueArn.plain, ScalingConfig: { MaximumConcurrency: 1 } }), { name: 'ValidationException', status: 400, message: /Value '1' at 'scalingConfig.maximumConcurrency' failed to satisfy constraint: Member must have value greater than or equal to 2/ });
    await expectAwsError(get('9f6c1a2e-0000-4000-8000-000000000000'), { name: 'ResourceNotFoundException', message: 'The resource you requested does not exist.', status: 404 });
    await expectAwsError(lambda.send(new UpdateEventSourceMappingCommand({ UUID: '9f6c1a2e-0000-4000-8000-000000000000', BatchSize: 5 })), { name: 'ResourceNotFoundException', message: 'The resource you requested does not exist.', status: 404 });
    assert.deepEqual((await lambda.send(new ListEventSourceMappingsCommand({}))).EventSourceMappings, []);
  });

  test('Kafka, MQ and DocumentDB mappings are stored with their settings but not polled', async () => {
    const msk = await create({ EventSourceArn: `arn:aws:kafka:${REGION}:${ACCOUNT}:cluster/demo/abc-1`, Topics: ['orders'], StartingPosition: 'TRIM_HORIZON' });
    assert.equal(msk.BatchSize, 100);
    assert.deepEqual(msk.Topics, ['orders']);
    await expectAwsError(create({ EventSourceArn: `arn:aws:kafka:${REGION}:${ACCOUNT}:cluster/demo/abc-2`, StartingPosition: 'LATEST' }), { name: 'InvalidParameterValueException', message: 'Topics is required for a Kafka event source.', status: 400 });
    const kafka = await create({ SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ['broker:9092'] } }, Topics: ['payments'], StartingPosition: 'LATEST' });
    assert.equal(kafka.EventSourceArn, undefined);
    assert.deepEqual(kafka.SelfManagedEventSource, { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ['broker:9092'] } });
    const mq = await create({
      EventSourceArn: `arn:aws:mq:${REGION}:${ACCOUNT}:broker:demo:b-1234`,
      Queues: ['jobs'],
      SourceAccessConfigurations: [{ Type: 'BASIC_AUTH', URI: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:mq` }],
    });
    assert.deepEqual(mq.Queues, ['jobs']);
    await expectAwsError(create({ EventSourceArn: `arn:aws:mq:${REGION}:${ACCOUNT}:broker:demo:b-5678` }), { name: 'InvalidParameterValueException', message: 'Queues is required for an Amazon MQ event source.', status: 400 });
    const docdb = await create({ EventSourceArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:docs`, DocumentDBEventSourceConfig: { DatabaseName: 'app', CollectionName: 'orders' } });
    assert.equal(docdb.DocumentDBEventSourceConfig?.DatabaseName, 'app');
    await expectAwsError(create({ EventSourceArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:docs2` }), {
      name: 'InvalidParameterValueException',
      message: 'DocumentDBEventSourceConfig.DatabaseName is required for an Amazon DocumentDB event source.',
      status: 400,
    });
    await advanceClock(cloud, '1s');
    const stored = await get(msk.UUID!);
    assert.equal(stored.State, 'Enabled');
    assert.equal(stored.LastProcessingResult, 'PROBLEM: Nimbus stores Amazon MSK event source mappings but does not poll them.');
    assert.equal((await get(kafka.UUID!)).LastProcessingResult, 'PROBLEM: Nimbus stores self-managed Apache Kafka event source mappings but does not poll them.');
    assert.equal((await get(mq.UUID!)).LastProcessingResult, 'PROBLEM: Nimbus stores Amazon MQ event source mappings but does not poll them.');
    assert.equal((await get(docdb.UUID!)).LastProcessingResult, 'PROBLEM: Nimbus stores Amazon DocumentDB event source mappings but does not poll them.');
    for (const uuid of [msk.UUID!, kafka.UUID!, mq.UUID!, docdb.UUID!]) await lambda.send(new DeleteEventSourceMappingCommand({ UUID: uuid }));
    await advanceClock(cloud, '1s');
  });

  test('the AWS CLI creates and lists a mapping', async () => {
    const created = await aws(cloud, ['lambda', 'create-event-source-mapping', '--function-name', 'consumer', '--event-source-arn', queueArn.cli, '--batch-size', '5']);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.json.State, 'Creating');
    assert.equal(created.json.BatchSize, 5);
    const listed = await aws(cloud, ['lambda', 'list-event-source-mappings', '--event-source-arn', queueArn.cli]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(listed.json.EventSourceMappings.map((m: { UUID: string }) => m.UUID), [created.json.UUID]);
  });
});
