import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreatePipeCommand,
  DeletePipeCommand,
  DescribePipeCommand,
  ListPipesCommand,
  ListTagsForResourceCommand,
  PipesClient,
  StartPipeCommand,
  StopPipeCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdatePipeCommand,
} from '@aws-sdk/client-pipes';
import { CreateQueueCommand, DeleteQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ROLE = 'arn:aws:iam::000000000000:role/pipe-role';
const ACCOUNT = '000000000000';
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;

describe('Pipes: pipes, their states and their errors', () => {
  let cloud: Cloud;
  let pipes: PipesClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    pipes = new PipesClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    for (const name of ['api-source', 'api-target', 'api-other', 'api-source.fifo']) {
      await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: name.endsWith('.fifo') ? { FifoQueue: 'true' } : undefined }));
    }
  });
  after(async () => {
    pipes.destroy();
    sqs.destroy();
    await cloud.close();
  });

  const state = async (name: string) => (await pipes.send(new DescribePipeCommand({ Name: name }))).CurrentState;

  it('creates a pipe CREATING, then STARTING and RUNNING on the clock, and describes all it was given', async () => {
    const created = await pipes.send(
      new CreatePipeCommand({
        Name: 'life',
        Source: queueArn('api-source'),
        Target: queueArn('api-target'),
        RoleArn: ROLE,
        Description: 'from one queue to another',
        SourceParameters: { SqsQueueParameters: { BatchSize: 5, MaximumBatchingWindowInSeconds: 2 }, FilterCriteria: { Filters: [{ Pattern: '{"body":{"kind":["a"]}}' }] } },
        TargetParameters: { InputTemplate: '{"id": <$.body.id>}', SqsQueueParameters: { MessageGroupId: 'g' } },
        LogConfiguration: { Level: 'ERROR', CloudwatchLogsLogDestination: { LogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:pipes` } },
        KmsKeyIdentifier: 'alias/pipes',
        Tags: { team: 'blue' },
      }),
    );
    assert.equal(created.Arn, `arn:aws:pipes:us-east-1:${ACCOUNT}:pipe/life`);
    assert.equal(created.CurrentState, 'CREATING');
    assert.equal(created.DesiredState, 'RUNNING');
    assert.ok(created.CreationTime instanceof Date);
    await advanceClock(cloud, '1s');
    assert.equal(await state('life'), 'STARTING');
    await advanceClock(cloud, '1s');
    const described = await pipes.send(new DescribePipeCommand({ Name: 'life' }));
    assert.equal(described.CurrentState, 'RUNNING');
    assert.equal(described.Description, 'from one queue to another');
    assert.deepEqual(described.SourceParameters?.SqsQueueParameters, { BatchSize: 5, MaximumBatchingWindowInSeconds: 2 });
    assert.deepEqual(described.SourceParameters?.FilterCriteria, { Filters: [{ Pattern: '{"body":{"kind":["a"]}}' }] });
    assert.equal(described.TargetParameters?.InputTemplate, '{"id": <$.body.id>}');
    assert.deepEqual(described.LogConfiguration, { Level: 'ERROR', CloudwatchLogsLogDestination: { LogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:pipes` } });
    assert.equal(described.KmsKeyIdentifier, 'alias/pipes');
    assert.deepEqual(described.Tags, { team: 'blue' });
    assert.equal(described.RoleArn, ROLE);
  });

  it('stops (STOPPING, then STOPPED) and starts again (STARTING, then RUNNING)', async () => {
    const stopping = await pipes.send(new StopPipeCommand({ Name: 'life' }));
    assert.equal(stopping.CurrentState, 'STOPPING');
    assert.equal(stopping.DesiredState, 'STOPPED');
    await expectAwsError(pipes.send(new StartPipeCommand({ Name: 'life' })), {
      name: 'ConflictException',
      message: 'Pipe life is in STOPPING state and cannot be changed until the current operation completes.',
      status: 409,
    });
    await advanceClock(cloud, '1s');
    assert.equal(await state('life'), 'STOPPED');
    const starting = await pipes.send(new StartPipeCommand({ Name: 'life' }));
    assert.equal(starting.CurrentState, 'STARTING');
    await advanceClock(cloud, '1s');
    assert.equal(await state('life'), 'RUNNING');
  });

  it('updates a pipe (UPDATING, then its desired state), keeping what the update leaves out', async () => {
    const updated = await pipes.send(
      new UpdatePipeCommand({ Name: 'life', RoleArn: ROLE, Target: queueArn('api-other'), DesiredState: 'STOPPED', SourceParameters: { SqsQueueParameters: { BatchSize: 8 } } }),
    );
    assert.equal(updated.CurrentState, 'UPDATING');
    assert.equal(updated.DesiredState, 'STOPPED');
    await advanceClock(cloud, '1s');
    const described = await pipes.send(new DescribePipeCommand({ Name: 'life' }));
    assert.equal(described.CurrentState, 'STOPPED');
    assert.equal(described.Target, queueArn('api-other'));
    assert.equal(described.Description, 'from one queue to another');
    assert.deepEqual(described.SourceParameters?.SqsQueueParameters, { BatchSize: 8 });
    assert.deepEqual(described.SourceParameters?.FilterCriteria, { Filters: [{ Pattern: '{"body":{"kind":["a"]}}' }] });
  });

  it('lists pipes by name, source and target prefix and by state, a page at a time', async () => {
    for (const name of ['list-a', 'list-b', 'list-c']) {
      await pipes.send(new CreatePipeCommand({ Name: name, Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE, DesiredState: 'STOPPED' }));
    }
    await advanceClock(cloud, '1s');
    const first = await pipes.send(new ListPipesCommand({ NamePrefix: 'list-', Limit: 2 }));
    assert.deepEqual(first.Pipes?.map((p) => p.Name), ['list-a', 'list-b']);
    assert.ok(first.NextToken);
    const second = await pipes.send(new ListPipesCommand({ NamePrefix: 'list-', Limit: 2, NextToken: first.NextToken }));
    assert.deepEqual(second.Pipes?.map((p) => p.Name), ['list-c']);
    assert.equal(second.NextToken, undefined);
    const summary = second.Pipes![0]!;
    assert.equal(summary.Source, queueArn('api-source'));
    assert.equal(summary.Target, queueArn('api-target'));
    assert.equal(summary.CurrentState, 'STOPPED');
    assert.equal(summary.DesiredState, 'STOPPED');
    const byTarget = await pipes.send(new ListPipesCommand({ TargetPrefix: queueArn('api-other') }));
    assert.deepEqual(byTarget.Pipes?.map((p) => p.Name), ['life']);
    const bySource = await pipes.send(new ListPipesCommand({ SourcePrefix: queueArn('api-source'), CurrentState: 'STOPPED' }));
    assert.deepEqual(bySource.Pipes?.map((p) => p.Name), ['life', 'list-a', 'list-b', 'list-c']);
    const running = await pipes.send(new ListPipesCommand({ DesiredState: 'RUNNING' }));
    assert.deepEqual(running.Pipes, []);
    await expectAwsError(pipes.send(new ListPipesCommand({ NextToken: 'not-a-token' })), { name: 'ValidationException', status: 400 });
  });

  it('tags, untags and lists tags by the pipe ARN', async () => {
    const arn = `arn:aws:pipes:us-east-1:${ACCOUNT}:pipe/list-a`;
    await pipes.send(new TagResourceCommand({ resourceArn: arn, tags: { env: 'test', owner: 'me' } }));
    await pipes.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['owner'] }));
    assert.deepEqual((await pipes.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags, { env: 'test' });
    await expectAwsError(pipes.send(new ListTagsForResourceCommand({ resourceArn: `arn:aws:pipes:us-east-1:${ACCOUNT}:pipe/nope` })), {
      name: 'NotFoundException',
      message: 'Pipe nope does not exist.',
      status: 404,
    });
  });

  it('deletes a pipe: DELETED and DELETING, then gone', async () => {
    const deleted = await pipes.send(new DeletePipeCommand({ Name: 'list-c' }));
    assert.equal(deleted.DesiredState, 'DELETED');
    assert.equal(deleted.CurrentState, 'DELETING');
    assert.equal(await state('list-c'), 'DELETING');
    await advanceClock(cloud, '1s');
    await expectAwsError(pipes.send(new DescribePipeCommand({ Name: 'list-c' })), { name: 'NotFoundException', message: 'Pipe list-c does not exist.', status: 404 });
  });

  it('fails creation with a StateReason when the source queue does not exist', async () => {
    await pipes.send(new CreatePipeCommand({ Name: 'orphan', Source: queueArn('no-such-queue'), Target: queueArn('api-target'), RoleArn: ROLE }));
    await advanceClock(cloud, '1s');
    const described = await pipes.send(new DescribePipeCommand({ Name: 'orphan' }));
    assert.equal(described.CurrentState, 'CREATE_FAILED');
    assert.equal(described.StateReason, `Amazon SQS queue ${queueArn('no-such-queue')} does not exist.`);
  });

  it('fails a start with a StateReason when the source queue is gone', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'vanishing' }));
    await pipes.send(new CreatePipeCommand({ Name: 'vanishing-pipe', Source: queueArn('vanishing'), Target: queueArn('api-target'), RoleArn: ROLE, DesiredState: 'STOPPED' }));
    await advanceClock(cloud, '1s');
    assert.equal(await state('vanishing-pipe'), 'STOPPED');
    await sqs.send(new DeleteQueueCommand({ QueueUrl }));
    await pipes.send(new StartPipeCommand({ Name: 'vanishing-pipe' }));
    await advanceClock(cloud, '1s');
    const described = await pipes.send(new DescribePipeCommand({ Name: 'vanishing-pipe' }));
    assert.equal(described.CurrentState, 'START_FAILED');
    assert.equal(described.DesiredState, 'RUNNING');
    assert.equal(described.StateReason, `Amazon SQS queue ${queueArn('vanishing')} does not exist.`);
  });

  it('answers AWS errors for duplicates, missing pipes and bad input', async () => {
    await expectAwsError(pipes.send(new CreatePipeCommand({ Name: 'life', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE })), {
      name: 'ConflictException',
      message: 'Pipe life already exists.',
      status: 409,
    });
    await expectAwsError(pipes.send(new StopPipeCommand({ Name: 'ghost' })), { name: 'NotFoundException', message: 'Pipe ghost does not exist.', status: 404 });
    await expectAwsError(pipes.send(new UpdatePipeCommand({ Name: 'ghost', RoleArn: ROLE })), { name: 'NotFoundException', status: 404 });
    // The model's own checks: name pattern, ARN patterns, batch ranges, at most five filters.
    const bad = await expectAwsError(pipes.send(new CreatePipeCommand({ Name: 'bad name', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE })), {
      name: 'ValidationException',
      status: 400,
      message: "1 validation error detected: Value 'bad name' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+",
    });
    assert.deepEqual(bad.fieldList, [{ name: 'name', message: 'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+' }]);
    await expectAwsError(pipes.send(new CreatePipeCommand({ Name: 'p1', Source: 'not-an-arn', Target: queueArn('api-target'), RoleArn: ROLE })), {
      name: 'ValidationException',
      message: /at 'source' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    });
    await expectAwsError(pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: 'role' })), {
      name: 'ValidationException',
      message: /at 'roleArn' failed to satisfy constraint/,
    });
    const big = await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { SqsQueueParameters: { BatchSize: 10_001 } } })),
      { name: 'ValidationException', status: 400, message: "1 validation error detected: Value '10001' at 'sourceParameters.sqsQueueParameters.batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000" },
    );
    assert.deepEqual(big.fieldList, [{ name: 'sourceParameters.sqsQueueParameters.batchSize', message: 'Member must have value less than or equal to 10000' }]);
    await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { SqsQueueParameters: { MaximumBatchingWindowInSeconds: 301 } } })),
      { name: 'ValidationException', message: /at 'sourceParameters.sqsQueueParameters.maximumBatchingWindowInSeconds' failed to satisfy constraint: Member must have value less than or equal to 300/ },
    );
    await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source.fifo'), Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { SqsQueueParameters: { BatchSize: 11 } } })),
      { name: 'ValidationException', message: /at 'sourceParameters.sqsQueueParameters.batchSize' failed to satisfy constraint: Member must have value less than or equal to 10 for a FIFO queue/ },
    );
    // A pipe cannot gather more than its target takes at once (an SQS queue: 10; a Lambda function: as many as asked).
    const tooMany = await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { SqsQueueParameters: { BatchSize: 11 } } })),
      { name: 'ValidationException', status: 400, message: "1 validation error detected: Value '11' at 'sourceParameters.sqsQueueParameters.batchSize' failed to satisfy constraint: Member must have value less than or equal to 10, the largest batch the target accepts" },
    );
    assert.deepEqual(tooMany.fieldList, [{ name: 'sourceParameters.sqsQueueParameters.batchSize', message: 'Member must have value less than or equal to 10, the largest batch the target accepts' }]);
    await pipes.send(new CreatePipeCommand({ Name: 'big-batches', Source: queueArn('api-source'), Target: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:f`, RoleArn: ROLE, DesiredState: 'STOPPED', SourceParameters: { SqsQueueParameters: { BatchSize: 10_000, MaximumBatchingWindowInSeconds: 5 } } }));
    const sixFilters = Array.from({ length: 6 }, () => ({ Pattern: '{"body":["x"]}' }));
    await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { FilterCriteria: { Filters: sixFilters } } })),
      { name: 'ValidationException', message: /at 'sourceParameters.filterCriteria.filters' failed to satisfy constraint: Member must have length less than or equal to 5/ },
    );
    // What only Pipes knows: a filter must be an event pattern, the parameter block must fit the source, targets and enrichments must be ones a pipe can call.
    const filter = await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { FilterCriteria: { Filters: [{ Pattern: '{"body":"x"}' }] } } })),
      { name: 'ValidationException', status: 400, message: /^1 validation error detected: Value at 'sourceParameters.filterCriteria.filters.1.member.pattern' failed to satisfy constraint: Member must be a valid event pattern: / },
    );
    assert.equal(filter.fieldList[0].name, 'sourceParameters.filterCriteria.filters.1.member.pattern');
    await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { FilterCriteria: { Filters: [{ Pattern: 'not json' }] } } })),
      { name: 'ValidationException', message: /filters.1.member.pattern' failed to satisfy constraint: Member must be a valid event pattern: Filter pattern is not valid JSON/ },
    );
    await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { KinesisStreamParameters: { StartingPosition: 'LATEST' } } })),
      { name: 'ValidationException', message: "1 validation error detected: Value null at 'sourceParameters.kinesisStreamParameters' failed to satisfy constraint: Member must not be set for a source of this type" },
    );
    await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/s`, Target: queueArn('api-target'), RoleArn: ROLE })),
      { name: 'ValidationException', message: "1 validation error detected: Value null at 'sourceParameters.kinesisStreamParameters' failed to satisfy constraint: Member must not be null" },
    );
    const stream = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/s`;
    const young = await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: stream, Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { KinesisStreamParameters: { StartingPosition: 'LATEST', MaximumRecordAgeInSeconds: 30, DeadLetterConfig: { Arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:f` } } } })),
      { name: 'ValidationException', status: 400 },
    );
    assert.equal(
      young.message,
      "2 validation errors detected: Value '30' at 'sourceParameters.kinesisStreamParameters.maximumRecordAgeInSeconds' failed to satisfy constraint: Member must have value -1 or greater than or equal to 60; " +
        `Value 'arn:aws:lambda:us-east-1:${ACCOUNT}:function:f' at 'sourceParameters.kinesisStreamParameters.deadLetterConfig.arn' failed to satisfy constraint: Member must be the ARN of an Amazon SQS queue or Amazon SNS topic`,
    );
    assert.deepEqual(young.fieldList.map((f: { name: string }) => f.name), ['sourceParameters.kinesisStreamParameters.maximumRecordAgeInSeconds', 'sourceParameters.kinesisStreamParameters.deadLetterConfig.arn']);
    await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: stream, Target: queueArn('api-target'), RoleArn: ROLE, SourceParameters: { KinesisStreamParameters: { StartingPosition: 'AT_TIMESTAMP' } } })),
      { name: 'ValidationException', message: "1 validation error detected: Value null at 'sourceParameters.kinesisStreamParameters.startingPositionTimestamp' failed to satisfy constraint: Member must not be null when StartingPosition is AT_TIMESTAMP" },
    );
    await expectAwsError(pipes.send(new CreatePipeCommand({ Name: 'p1', Source: `arn:aws:s3:::bucket`, Target: queueArn('api-target'), RoleArn: ROLE })), {
      name: 'ValidationException',
      message: /at 'source' failed to satisfy constraint: Member must be the ARN of a supported source/,
    });
    await expectAwsError(pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: `arn:aws:s3:::bucket`, RoleArn: ROLE })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value 'arn:aws:s3:::bucket' at 'target' failed to satisfy constraint: Member must be the ARN of a supported target",
    });
    await expectAwsError(
      pipes.send(new CreatePipeCommand({ Name: 'p1', Source: queueArn('api-source'), Target: queueArn('api-target'), Enrichment: queueArn('api-other'), RoleArn: ROLE })),
      { name: 'ValidationException', message: /at 'enrichment' failed to satisfy constraint: Member must be the ARN of a Lambda function/ },
    );
    await expectAwsError(pipes.send(new DescribePipeCommand({ Name: 'p1' })), { name: 'NotFoundException' });
  });

  it('works through the AWS CLI', async () => {
    const created = await aws(cloud, ['pipes', 'create-pipe', '--name', 'cli-pipe', '--source', queueArn('api-source'), '--target', queueArn('api-target'), '--role-arn', ROLE, '--desired-state', 'STOPPED']);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.json.CurrentState, 'CREATING');
    await advanceClock(cloud, '1s');
    assert.equal(await state('cli-pipe'), 'STOPPED');
    const missing = await aws(cloud, ['pipes', 'describe-pipe', '--name', 'nope']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /NotFoundException.*Pipe nope does not exist\./);
  });
});
