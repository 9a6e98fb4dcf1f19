import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateEventSourceMappingCommand, DeleteEventSourceMappingCommand, GetEventSourceMappingCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { Cloud } from '../../src/index.js';
import { tooManyRequests } from '../../src/services/lambda/errors.js';
import type { MappingRunnerHost } from '../../src/services/lambda/event-source-mappings/runner.js';
import { startStreamMapping } from '../../src/services/lambda/event-source-mappings/stream-runner.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { createTable } from '../dynamodb/support.js';
import { createFunction, eventually } from './support.js';
import { ACCOUNT, loggedBatches, mappingFor, processed, recordingHost, REGION, STREAM_FUNCTION, valueOf } from './esm-streams-support.js';

describe('Lambda event source mappings: DynamoDB Streams', () => {
  let cloud: Cloud;
  let ddb: DynamoDBClient;
  let sqs: SQSClient;
  const streams: Record<string, string> = {};

  before(async () => {
    cloud = await startTestCloud();
    ddb = new DynamoDBClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    const lambda = new LambdaClient(clientConfig(cloud));
    await createFunction(lambda, 'ddb-stream-reader', { 'index.js': STREAM_FUNCTION });
    lambda.destroy();
    for (const name of ['orders', 'ledger', 'resumed', 'shipments', 'aged', 'throttled', 'noticed', 'pinned', 'answers', 'patient', 'gathered']) {
      streams[name] = (await createTable(ddb, name, { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }, null)).TableDescription!.LatestStreamArn!;
    }
    await sqs.send(new CreateQueueCommand({ QueueName: 'stream-failures' }));
  });
  after(async () => {
    ddb.destroy();
    sqs.destroy();
    await cloud.close();
  });

  const put = (table: string, pk: string, v: string) => ddb.send(new PutItemCommand({ TableName: table, Item: { pk: { S: pk }, v: { S: v } } }));
  const drainFailures = async (count: number) => {
    const bodies: any[] = [];
    const url = `${cloud.endpoint}/${ACCOUNT}/stream-failures`;
    await eventually(async () => {
      await advanceClock(cloud, '2s');
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }));
      for (const message of out.Messages ?? []) {
        bodies.push(JSON.parse(message.Body!));
        await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle! }));
      }
      return bodies.length >= count;
    }, 20_000, `${count} failure records`);
    return bodies;
  };

  it('bisects a failing batch down to its poison record, sends that to the on-failure queue and processes the rest in order', async () => {
    const values = ['a', 'b', 'c', 'poison', 'e', 'f', 'g', 'h'];
    for (const [i, v] of values.entries()) await put('orders', `item-${i}`, v);
    const mapping = mappingFor('4b3e7a52-0000-4000-8000-000000000001', 'ddb-stream-reader', streams.orders!, {
      batchSize: 10,
      bisectBatchOnFunctionError: true,
      maximumRetryAttempts: 1,
      onFailureDestination: `arn:aws:sqs:${REGION}:${ACCOUNT}:stream-failures`,
    });
    const { host, calls, results } = recordingHost(cloud, mapping);
    const runner = startStreamMapping(host, mapping);
    try {
      const [failure] = await drainFailures(1);
      await eventually(() => processed(calls).length >= 7, 10_000, 'the good records');
      // Every good record was taken once, in the order written; the poison one never.
      assert.deepEqual(processed(calls), ['a', 'b', 'c', 'e', 'f', 'g', 'h']);
      // The first call had the whole batch; the halves followed without a retry in between.
      assert.deepEqual(calls[0]!.event.Records.map(valueOf), values);
      assert.deepEqual(calls[1]!.event.Records.map(valueOf), ['a', 'b', 'c', 'poison']);
      const record = calls[0]!.event.Records[0];
      assert.equal(record.eventSource, 'aws:dynamodb');
      assert.equal(record.eventVersion, '1.1');
      assert.equal(record.eventName, 'INSERT');
      assert.equal(record.awsRegion, REGION);
      assert.equal(record.eventSourceARN, streams.orders);
      assert.deepEqual(record.dynamodb.Keys, { pk: { S: 'item-0' } });
      assert.equal(record.dynamodb.StreamViewType, 'NEW_AND_OLD_IMAGES');

      // The record AWS writes for a batch given up on: the poison record alone, its calls counted.
      const poisonSequence = calls.flatMap((c) => c.event.Records).find((r: any) => valueOf(r) === 'poison').dynamodb.SequenceNumber;
      assert.equal(failure.version, '1.0');
      assert.match(failure.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.equal(failure.requestContext.functionArn, mapping.functionArn);
      assert.equal(failure.requestContext.condition, 'RetryAttemptsExhausted');
      assert.match(failure.requestContext.requestId, /^[0-9a-f-]{36}$/);
      // Calls with the poison record: the batch of 8, its half of 4, the quarter of 2, then itself twice (once and one retry).
      assert.equal(failure.requestContext.approximateInvokeCount, 5);
      assert.deepEqual(failure.responseContext, { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' });
      assert.deepEqual(failure.DDBStreamBatchInfo, {
        shardId: failure.DDBStreamBatchInfo.shardId,
        startSequenceNumber: poisonSequence,
        endSequenceNumber: poisonSequence,
        approximateArrivalOfFirstRecord: failure.DDBStreamBatchInfo.approximateArrivalOfFirstRecord,
        approximateArrivalOfLastRecord: failure.DDBStreamBatchInfo.approximateArrivalOfLastRecord,
        batchSize: 1,
        streamArn: streams.orders,
      });
      assert.match(failure.DDBStreamBatchInfo.shardId, /^shardId-/);
      assert.ok(results.includes('PROBLEM: Function call failed'));
      assert.equal(results.at(-1), 'OK');
    } finally {
      await runner.stop();
    }
  });

  it('ReportBatchItemFailures: checkpoints before the first failed record, retries from it, and gives up on it after MaximumRetryAttempts', async () => {
    for (const [i, v] of ['a', 'b', 'reject', 'd'].entries()) await put('ledger', `row-${i}`, v);
    const mapping = mappingFor('4b3e7a52-0000-4000-8000-000000000002', 'ddb-stream-reader', streams.ledger!, {
      reportBatchItemFailures: true,
      maximumRetryAttempts: 1,
      onFailureDestination: `arn:aws:sqs:${REGION}:${ACCOUNT}:stream-failures`,
    });
    const { host, calls } = recordingHost(cloud, mapping);
    const runner = startStreamMapping(host, mapping);
    try {
      const [failure] = await drainFailures(1);
      // The retry starts at the failed record: a and b are not sent again.
      assert.deepEqual(calls.map((c) => c.event.Records.map(valueOf)), [
        ['a', 'b', 'reject', 'd'],
        ['reject', 'd'],
      ]);
      assert.equal(failure.requestContext.condition, 'RetryAttemptsExhausted');
      assert.equal(failure.requestContext.approximateInvokeCount, 2);
      assert.deepEqual(failure.responseContext, { statusCode: 200, executedVersion: '$LATEST' });
      assert.equal(failure.DDBStreamBatchInfo.batchSize, 2);
      assert.equal(failure.DDBStreamBatchInfo.startSequenceNumber, calls[1]!.event.Records[0].dynamodb.SequenceNumber);
      // Past the batch given up on, the stream goes on.
      await put('ledger', 'row-9', 'later');
      await eventually(async () => {
        await advanceClock(cloud, '1s');
        return calls.some((c) => c.event.Records.some((r: any) => valueOf(r) === 'later'));
      }, 10_000, 'the next record');
      assert.deepEqual(calls.at(-1)!.event.Records.map(valueOf), ['later']);
    } finally {
      await runner.stop();
    }
  });

  it('resumes from its checkpoint when started again (a restart, or the mapping enabled again), with LATEST only for a new mapping', async () => {
    await put('resumed', 'before', 'old');
    const mapping = mappingFor('4b3e7a52-0000-4000-8000-000000000003', 'ddb-stream-reader', streams.resumed!, { startingPosition: 'LATEST' });
    const first = recordingHost(cloud, mapping);
    let runner = startStreamMapping(first.host, mapping);
    await advanceClock(cloud, '1s');
    await put('resumed', 'one', 'first');
    await eventually(() => processed(first.calls).includes('first'), 10_000, 'the first record');
    await runner.stop();

    // Written while the mapping was stopped: read when it starts again, from where it stopped.
    await put('resumed', 'two', 'second');
    await put('resumed', 'one', 'first-changed');
    const second = recordingHost(cloud, mapping);
    runner = startStreamMapping(second.host, mapping);
    try {
      await eventually(() => processed(second.calls).length >= 2, 10_000, 'the records written while stopped');
      assert.deepEqual(processed(first.calls), ['first']);
      assert.deepEqual(processed(second.calls), ['second', 'first-changed']);
      assert.equal(second.calls[0]!.event.Records[1].eventName, 'MODIFY');
      assert.deepEqual(second.calls[0]!.event.Records[1].dynamodb.OldImage.v, { S: 'first' });
    } finally {
      await runner.stop();
    }
  });

  it('LATEST stays where the mapping first started: what was written while it was stopped, before it read anything, is read', async () => {
    await put('pinned', 'a', 'before-start');
    const mapping = mappingFor('4b3e7a52-0000-4000-8000-000000000007', 'ddb-stream-reader', streams.pinned!, { startingPosition: 'LATEST' });
    const first = recordingHost(cloud, mapping);
    await startStreamMapping(first.host, mapping).stop();
    await put('pinned', 'b', 'while-stopped');
    const second = recordingHost(cloud, mapping);
    const runner = startStreamMapping(second.host, mapping);
    try {
      await eventually(() => processed(second.calls).length >= 1, 10_000, 'the record written while stopped');
      assert.deepEqual(processed(first.calls), []);
      assert.deepEqual(processed(second.calls), ['while-stopped']);
    } finally {
      await runner.stop();
    }
  });

  it('end to end through CreateEventSourceMapping (SDK): the poison record bisected out to the on-failure queue, the rest processed in order', async () => {
    const lambda = new LambdaClient(clientConfig(cloud));
    const values = ['s1', 's2', 's3', 's4', 'poison', 's6', 's7'];
    for (const [i, v] of values.entries()) await put('shipments', `shipment-${i}`, v);
    try {
      const created = await lambda.send(
        new CreateEventSourceMappingCommand({
          FunctionName: 'ddb-stream-reader',
          EventSourceArn: streams.shipments,
          StartingPosition: 'TRIM_HORIZON',
          BatchSize: 10,
          BisectBatchOnFunctionError: true,
          MaximumRetryAttempts: 0,
          DestinationConfig: { OnFailure: { Destination: `arn:aws:sqs:${REGION}:${ACCOUNT}:stream-failures` } },
        }),
      );
      assert.equal(created.State, 'Creating');
      await advanceClock(cloud, '1s');
      const [failure] = await drainFailures(1);
      assert.equal(failure.requestContext.functionArn, created.FunctionArn);
      assert.equal(failure.requestContext.condition, 'RetryAttemptsExhausted');
      assert.equal(failure.DDBStreamBatchInfo.batchSize, 1);
      assert.equal(failure.DDBStreamBatchInfo.streamArn, streams.shipments);
      const taken = await eventually(async () => {
        const done = (await loggedBatches(cloud, 'ddb-stream-reader')).flatMap((b) => b.values).filter((v) => /^s\d$/.test(v));
        return done.length >= 6 ? done : undefined;
      }, 10_000, 'the good records in the function log');
      assert.deepEqual(taken, ['s1', 's2', 's3', 's4', 's6', 's7']);
      const got = await lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID }));
      assert.equal(got.State, 'Enabled');
      assert.equal(got.LastProcessingResult, 'OK');

      // Deleted, the mapping's checkpoints go with it.
      const checkpoints = () => (cloud.runtime.store.db.prepare('SELECT COUNT(*) AS n FROM lambda_esm_checkpoints WHERE mapping_uuid = ?').get(created.UUID) as { n: number }).n;
      assert.equal(checkpoints(), 1);
      await lambda.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID }));
      await advanceClock(cloud, '1s');
      await eventually(() => checkpoints() === 0, 5_000, 'the checkpoints forgotten');
    } finally {
      lambda.destroy();
    }
  });

  /** A host whose function is a stand-in: each call answers what `answer` says (or throws it). */
  const standIn = (answer: (event: any, call: number) => { ok: boolean; payload?: string } | Error) => {
    const events: any[] = [];
    const host: MappingRunnerHost = {
      runtime: cloud.runtime,
      async invokeFunction(event) {
        events.push(event);
        const out = answer(event, events.length);
        if (out instanceof Error) throw out;
        return { ok: out.ok, payload: Buffer.from(out.payload ?? '{}'), functionError: out.ok ? undefined : 'Unhandled', executedVersion: '$LATEST' };
      },
      setLastProcessingResult: () => undefined,
      log: { warn: () => undefined },
    };
    return { host, events };
  };

  it('MaximumRecordAgeInSeconds: records already too old are not sent to the function, only described to the on-failure queue', async () => {
    await put('aged', 'old', 'stale');
    await advanceClock(cloud, '2m');
    const mapping = mappingFor('4b3e7a52-0000-4000-8000-000000000004', 'ddb-stream-reader', streams.aged!, {
      maximumRecordAgeInSeconds: 60,
      onFailureDestination: `arn:aws:sqs:${REGION}:${ACCOUNT}:stream-failures`,
    });
    const { host, events } = standIn(() => ({ ok: true }));
    const runner = startStreamMapping(host, mapping);
    try {
      const [failure] = await drainFailures(1);
      assert.equal(failure.requestContext.condition, 'RecordAgeExceeded');
      assert.equal(failure.requestContext.approximateInvokeCount, 0);
      assert.equal(failure.responseContext, undefined);
      assert.equal(failure.DDBStreamBatchInfo.batchSize, 1);
      assert.equal(events.length, 0);
      await put('aged', 'new', 'fresh');
      await eventually(async () => {
        await advanceClock(cloud, '1s');
        return events.length === 1;
      }, 10_000, 'the fresh record');
      assert.deepEqual(events[0].Records.map(valueOf), ['fresh']);
    } finally {
      await runner.stop();
    }
  });

  it('a throttled call is retried on the clock without using MaximumRetryAttempts or bisecting the batch', async () => {
    await put('throttled', 'x', 'one');
    await put('throttled', 'y', 'two');
    const mapping = mappingFor('4b3e7a52-0000-4000-8000-000000000005', 'ddb-stream-reader', streams.throttled!, { maximumRetryAttempts: 0, bisectBatchOnFunctionError: true });
    const { host, events } = standIn((_event, call) => (call <= 3 ? tooManyRequests('ReservedFunctionConcurrentInvocationLimitExceeded') : { ok: true }));
    const runner = startStreamMapping(host, mapping);
    try {
      await eventually(async () => {
        await advanceClock(cloud, '2s');
        return events.length >= 4;
      }, 10_000, 'the call after the throttles');
      // The same whole batch each time, until it is taken.
      assert.deepEqual(events.map((e) => e.Records.map(valueOf)), [['one', 'two'], ['one', 'two'], ['one', 'two'], ['one', 'two']]);
    } finally {
      await runner.stop();
    }
  });

  it('sends a batch given up on to an on-failure SNS topic', async () => {
    const sns = new SNSClient(clientConfig(cloud));
    try {
      const topicArn = (await sns.send(new CreateTopicCommand({ Name: 'stream-failures-topic' }))).TopicArn!;
      // The queue lets the topic send to it, as AWS requires.
      const queueArn = `arn:aws:sqs:${REGION}:${ACCOUNT}:stream-failures`;
      const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: queueArn, Condition: { ArnEquals: { 'aws:SourceArn': topicArn } } }] };
      await sqs.send(new SetQueueAttributesCommand({ QueueUrl: `${cloud.endpoint}/${ACCOUNT}/stream-failures`, Attributes: { Policy: JSON.stringify(policy) } }));
      await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: `arn:aws:sqs:${REGION}:${ACCOUNT}:stream-failures`, Attributes: { RawMessageDelivery: 'true' } }));
      await put('noticed', 'p', 'poison');
      const mapping = mappingFor('4b3e7a52-0000-4000-8000-000000000006', 'ddb-stream-reader', streams.noticed!, { maximumRetryAttempts: 0, onFailureDestination: topicArn });
      const { host } = recordingHost(cloud, mapping);
      const runner = startStreamMapping(host, mapping);
      try {
        const [failure] = await drainFailures(1);
        assert.equal(failure.requestContext.condition, 'RetryAttemptsExhausted');
        assert.equal(failure.requestContext.approximateInvokeCount, 1);
        assert.equal(failure.responseContext.functionError, 'Unhandled');
        assert.equal(failure.DDBStreamBatchInfo.streamArn, streams.noticed);
      } finally {
        await runner.stop();
      }
    } finally {
      sns.destroy();
    }
  });

  it('ReportBatchItemFailures: an empty or null batchItemFailures is a success; an empty or missing itemIdentifier fails the whole batch', async () => {
    for (const v of ['x1', 'x2', 'x3', 'x4']) await put('answers', v, v);
    const answers = [
      { batchItemFailures: [{ itemIdentifier: '' }] },
      { batchItemFailures: [{ itemIdentifer: 'misspelled' }] },
      { batchItemFailures: null },
      { batchItemFailures: [] },
    ];
    const mapping = mappingFor('4b3e7a52-0000-4000-8000-000000000008', 'ddb-stream-reader', streams.answers!, {
      reportBatchItemFailures: true,
      batchSize: 1,
      maximumRetryAttempts: 0,
      onFailureDestination: `arn:aws:sqs:${REGION}:${ACCOUNT}:stream-failures`,
    });
    const { host, events } = standIn((_event, call) => ({ ok: true, payload: JSON.stringify(answers[call - 1] ?? {}) }));
    const runner = startStreamMapping(host, mapping);
    try {
      const failures = await drainFailures(2);
      await eventually(() => events.length >= 4, 10_000, 'the calls');
      // x1 and x2 were failed whole (one record each, no retries), x3 and x4 taken.
      assert.deepEqual(failures.map((f) => f.DDBStreamBatchInfo.startSequenceNumber), events.slice(0, 2).map((e) => e.Records[0].dynamodb.SequenceNumber));
      assert.deepEqual(failures.map((f) => f.responseContext), [{ statusCode: 200, executedVersion: '$LATEST' }, { statusCode: 200, executedVersion: '$LATEST' }]);
      assert.deepEqual(events.map((e) => e.Records.map(valueOf)), [['x1'], ['x2'], ['x3'], ['x4']]);
    } finally {
      await runner.stop();
    }
  });

  const realPause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('a failed batch waits out its backoff on the clock, however many records arrive meanwhile', async () => {
    await put('patient', 'p', 'fails-once');
    const mapping = mappingFor('4b3e7a52-0000-4000-8000-000000000009', 'ddb-stream-reader', streams.patient!, { batchSize: 10 });
    const { host, events } = standIn((_event, call) => ({ ok: call > 1 }));
    const runner = startStreamMapping(host, mapping);
    try {
      await eventually(() => events.length === 1, 5_000, 'the first call');
      for (const v of ['n1', 'n2', 'n3']) await put('patient', v, v);
      await realPause(300);
      assert.equal(events.length, 1, 'no retry before its backoff');
      await advanceClock(cloud, '1s');
      await eventually(() => events.length >= 2, 5_000, 'the retry');
      // The retry is the same batch; the records that came meanwhile follow it.
      assert.deepEqual(events[1].Records.map(valueOf), ['fails-once']);
      await eventually(() => events.length >= 3, 5_000, 'the next batch');
      assert.deepEqual(events[2].Records.map(valueOf), ['n1', 'n2', 'n3']);
    } finally {
      await runner.stop();
    }
  });

  it('MaximumBatchingWindowInSeconds: a batch waits for the window on the clock, unless it fills up first', async () => {
    const mapping = mappingFor('4b3e7a52-0000-4000-8000-00000000000a', 'ddb-stream-reader', streams.gathered!, { batchSize: 3, maximumBatchingWindowInSeconds: 20 });
    const { host, events } = standIn(() => ({ ok: true }));
    const runner = startStreamMapping(host, mapping);
    try {
      await put('gathered', 'a', 'g1');
      await realPause(200);
      assert.equal(events.length, 0, 'one record waits for the window');
      await put('gathered', 'b', 'g2');
      await put('gathered', 'c', 'g3');
      await eventually(() => events.length === 1, 5_000, 'the full batch');
      assert.deepEqual(events[0].Records.map(valueOf), ['g1', 'g2', 'g3']);
      await put('gathered', 'd', 'g4');
      await realPause(200);
      assert.equal(events.length, 1);
      await advanceClock(cloud, '20s');
      await eventually(() => events.length === 2, 5_000, 'the batch at the end of its window');
      assert.deepEqual(events[1].Records.map(valueOf), ['g4']);
    } finally {
      await runner.stop();
    }
  });
});
