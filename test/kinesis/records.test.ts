import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  CreateStreamCommand,
  DecreaseStreamRetentionPeriodCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  IncreaseStreamRetentionPeriodCommand,
  KinesisClient,
  ListShardsCommand,
  PutRecordCommand,
  PutRecordsCommand,
  type _Record,
} from '@aws-sdk/client-kinesis';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const text = (record: _Record) => Buffer.from(record.Data!).toString('utf8');

async function readAll(kinesis: KinesisClient, stream: string, shardId: string, type: 'TRIM_HORIZON' | 'LATEST' = 'TRIM_HORIZON'): Promise<_Record[]> {
  let iterator = (await kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: shardId, ShardIteratorType: type }))).ShardIterator;
  const records: _Record[] = [];
  for (let i = 0; i < 50 && iterator; i++) {
    const page = await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator }));
    records.push(...(page.Records ?? []));
    if (!page.Records?.length) break;
    iterator = page.NextShardIterator;
  }
  return records;
}

describe('Kinesis records: PutRecord(s), GetShardIterator, GetRecords', () => {
  let cloud: Cloud;
  let kinesis: KinesisClient;
  before(async () => {
    cloud = await startTestCloud();
    kinesis = new KinesisClient(clientConfig(cloud));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 4 }));
  });
  after(async () => {
    kinesis.destroy();
    await cloud.close();
  });

  test('records of one partition key land on one shard, in order, with increasing 56-digit sequence numbers', async () => {
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await kinesis.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'customer-7', Data: Buffer.from(`event-${i}`) })));
    const shards = new Set(results.map((r) => r.ShardId));
    assert.equal(shards.size, 1);
    for (const r of results) assert.match(r.SequenceNumber!, /^\d{56}$/);
    for (let i = 1; i < results.length; i++) assert.ok(BigInt(results[i]!.SequenceNumber!) > BigInt(results[i - 1]!.SequenceNumber!));

    // The shard is the one whose hash-key range holds MD5("customer-7") as a 128-bit integer.
    const hash = BigInt(`0x${createHash('md5').update('customer-7').digest('hex')}`);
    const listed = await kinesis.send(new ListShardsCommand({ StreamName: 'orders' }));
    const owner = listed.Shards!.find((s) => hash >= BigInt(s.HashKeyRange!.StartingHashKey!) && hash <= BigInt(s.HashKeyRange!.EndingHashKey!));
    assert.equal(owner?.ShardId, results[0]!.ShardId);

    const read = await readAll(kinesis, 'orders', results[0]!.ShardId!);
    const mine = read.filter((r) => r.PartitionKey === 'customer-7');
    assert.deepEqual(mine.map(text), results.map((_, i) => `event-${i}`));
    assert.deepEqual(mine.map((r) => r.SequenceNumber), results.map((r) => r.SequenceNumber));
    assert.ok(mine[0]!.ApproximateArrivalTimestamp instanceof Date);
  });

  test('ExplicitHashKey picks the shard; out of range is refused with AWS message', async () => {
    const top = await kinesis.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'x', ExplicitHashKey: (2n ** 128n - 1n).toString(), Data: Buffer.from('top') }));
    assert.equal(top.ShardId, 'shardId-000000000003');
    const bottom = await kinesis.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'x', ExplicitHashKey: '0', Data: Buffer.from('bottom') }));
    assert.equal(bottom.ShardId, 'shardId-000000000000');
    await expectAwsError(kinesis.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'x', ExplicitHashKey: (2n ** 128n).toString(), Data: Buffer.from('no') })), {
      name: 'InvalidArgumentException',
      message: `Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${2n ** 128n}`,
      status: 400,
    });
  });

  test('PutRecords answers each record in order; limits of 500 records, 1 MiB a record and 5 MiB a request', async () => {
    const batch = await kinesis.send(
      new PutRecordsCommand({ StreamName: 'orders', Records: Array.from({ length: 100 }, (_, i) => ({ PartitionKey: `k${i}`, Data: Buffer.from(`b${i}`) })) }),
    );
    assert.equal(batch.FailedRecordCount, 0);
    assert.equal(batch.Records!.length, 100);
    assert.ok(batch.Records!.every((r) => /^shardId-00000000000[0-3]$/.test(r.ShardId!) && /^\d{56}$/.test(r.SequenceNumber!)));

    await expectAwsError(
      kinesis.send(new PutRecordsCommand({ StreamName: 'orders', Records: Array.from({ length: 501 }, () => ({ PartitionKey: 'k', Data: Buffer.from('x') })) })),
      { name: 'ValidationException', message: /Member must have length less than or equal to 500/, status: 400 },
    );
    const mib = Buffer.alloc(1024 * 1024, 1);
    await expectAwsError(kinesis.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'k', Data: Buffer.concat([mib, Buffer.from('!')]) })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=1048577 cap=1048577]' at 'data' failed to satisfy constraint: Member must have length less than or equal to 1048576",
      status: 400,
    });
    // The partition key counts toward the 1 MiB.
    await expectAwsError(kinesis.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'key', Data: mib })), {
      name: 'InvalidArgumentException',
      message: 'Record size of 1048579 bytes, data and partition key together, exceeds the limit of 1048576 bytes.',
    });
    const nearlyMib = Buffer.alloc(1024 * 1024 - 10, 2);
    await expectAwsError(
      kinesis.send(new PutRecordsCommand({ StreamName: 'orders', Records: Array.from({ length: 6 }, (_, i) => ({ PartitionKey: `p${i}`, Data: nearlyMib })) })),
      { name: 'InvalidArgumentException', message: 'Records size exceeds 5 MB limit', status: 400 },
    );
    await expectAwsError(kinesis.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'k'.repeat(257), Data: Buffer.from('x') })), {
      name: 'ValidationException',
      message: /Member must have length less than or equal to 256/,
    });
    await expectAwsError(kinesis.send(new PutRecordCommand({ StreamName: 'missing', PartitionKey: 'k', Data: Buffer.from('x') })), {
      name: 'ResourceNotFoundException',
      message: `Stream missing under account ${ACCOUNT} not found.`,
      status: 400,
    });
  });

  test('every iterator type: TRIM_HORIZON, LATEST, AT_ and AFTER_SEQUENCE_NUMBER, AT_TIMESTAMP', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'positions', ShardCount: 1 }));
    const first = await kinesis.send(new PutRecordCommand({ StreamName: 'positions', PartitionKey: 'a', Data: Buffer.from('one') }));
    await advanceClock(cloud, 2000);
    const middle = cloud.clock.now();
    const second = await kinesis.send(new PutRecordCommand({ StreamName: 'positions', PartitionKey: 'a', Data: Buffer.from('two') }));
    const iterator = (input: Record<string, unknown>) =>
      kinesis.send(new GetShardIteratorCommand({ StreamName: 'positions', ShardId: 'shardId-000000000000', ...input } as never)).then((r) => r.ShardIterator!);
    const read = async (it: string) => (await kinesis.send(new GetRecordsCommand({ ShardIterator: it }))).Records!.map(text);

    assert.deepEqual(await read(await iterator({ ShardIteratorType: 'TRIM_HORIZON' })), ['one', 'two']);
    assert.deepEqual(await read(await iterator({ ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: second.SequenceNumber })), ['two']);
    assert.deepEqual(await read(await iterator({ ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: first.SequenceNumber })), ['two']);
    assert.deepEqual(await read(await iterator({ ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(middle) })), ['two']);
    const latest = await iterator({ ShardIteratorType: 'LATEST' });
    const empty = await kinesis.send(new GetRecordsCommand({ ShardIterator: latest }));
    assert.deepEqual(empty.Records, []);
    assert.equal(empty.MillisBehindLatest, 0);
    await kinesis.send(new PutRecordCommand({ StreamName: 'positions', PartitionKey: 'a', Data: Buffer.from('three') }));
    assert.deepEqual(await read(empty.NextShardIterator!), ['three']);

    // Limit pages through the shard; MillisBehindLatest says how far behind the tip a page is.
    const page = await kinesis.send(new GetRecordsCommand({ ShardIterator: await iterator({ ShardIteratorType: 'TRIM_HORIZON' }), Limit: 1 }));
    assert.deepEqual(page.Records!.map(text), ['one']);
    assert.ok(page.MillisBehindLatest! >= 2000);

    const both = 'Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber.';
    await expectAwsError(iterator({ ShardIteratorType: 'AT_SEQUENCE_NUMBER' }), {
      name: 'InvalidArgumentException',
      message: `${both} Request specified AT_SEQUENCE_NUMBER and no StartingSequenceNumber.`,
    });
    await expectAwsError(iterator({ ShardIteratorType: 'LATEST', StartingSequenceNumber: first.SequenceNumber }), {
      name: 'InvalidArgumentException',
      message: `${both} Request specified LATEST and also a StartingSequenceNumber.`,
    });
    // A sequence number of another shard names that shard.
    const other = await kinesis.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'x', ExplicitHashKey: '0', Data: Buffer.from('z') }));
    await expectAwsError(iterator({ ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: (BigInt(other.SequenceNumber!) + 10n ** 34n).toString() }), {
      name: 'InvalidArgumentException',
      message: 'Invalid StartingSequenceNumber. It encodes shardId-000000000001, while it was used in a call to a shard with shardId-000000000000',
    });
    await expectAwsError(iterator({ ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(cloud.clock.now() + 60_000) }), {
      name: 'InvalidArgumentException',
      message: /^The timestampInMillis parameter cannot be greater than the currentTimestampInMillis\. timestampInMillis: \d+, currentTimestampInMillis: \d+$/,
    });
  });

  test('wrong shard ids and bad iterators get AWS errors', async () => {
    await expectAwsError(kinesis.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000009', ShardIteratorType: 'LATEST' })), {
      name: 'ResourceNotFoundException',
      message: `Shard shardId-000000000009 in stream orders under account ${ACCOUNT} does not exist`,
      status: 400,
    });
    await expectAwsError(kinesis.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'nonsense', ShardIteratorType: 'LATEST' })), {
      name: 'ResourceNotFoundException',
      message: `Shard nonsense in stream orders under account ${ACCOUNT} does not exist`,
    });
    await expectAwsError(kinesis.send(new GetRecordsCommand({ ShardIterator: 'AAAAAAAAAAGarbage' })), { name: 'InvalidArgumentException', message: 'Invalid ShardIterator.', status: 400 });
    const good = (await kinesis.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'LATEST' }))).ShardIterator!;
    const tampered = Buffer.from(good, 'base64');
    tampered[tampered.length - 2] ^= 1;
    await expectAwsError(kinesis.send(new GetRecordsCommand({ ShardIterator: tampered.toString('base64') })), { name: 'InvalidArgumentException', message: 'Invalid ShardIterator.' });
  });

  test('iterators expire after five minutes on the clock, with AWS exact message', async () => {
    const it = (await kinesis.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    await advanceClock(cloud, '4m');
    const page = await kinesis.send(new GetRecordsCommand({ ShardIterator: it }));
    await advanceClock(cloud, '61s');
    // The first iterator is now past five minutes; the one GetRecords gave out is fresh.
    const error = await expectAwsError(kinesis.send(new GetRecordsCommand({ ShardIterator: it })), {
      name: 'ExpiredIteratorException',
      message: /^Iterator expired\. The iterator was created at time \w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} while right now it is \w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} which is further in the future than the tolerated delay of 300000 milliseconds\.$/,
      status: 400,
    });
    assert.ok(error.message.length > 0);
    await kinesis.send(new GetRecordsCommand({ ShardIterator: page.NextShardIterator! }));
  });

  test('records expire with the retention period, on the clock; retention limits are AWS', async () => {
    await kinesis.send(new CreateStreamCommand({ StreamName: 'short-lived', ShardCount: 1 }));
    await kinesis.send(new PutRecordCommand({ StreamName: 'short-lived', PartitionKey: 'a', Data: Buffer.from('old') }));
    await kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'short-lived', RetentionPeriodHours: 48 }));
    await advanceClock(cloud, '30h');
    await kinesis.send(new PutRecordCommand({ StreamName: 'short-lived', PartitionKey: 'a', Data: Buffer.from('new') }));
    assert.deepEqual((await readAll(kinesis, 'short-lived', 'shardId-000000000000')).map(text), ['old', 'new']);
    await kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: 'short-lived', RetentionPeriodHours: 24 }));
    assert.deepEqual((await readAll(kinesis, 'short-lived', 'shardId-000000000000')).map(text), ['new']);
    await advanceClock(cloud, '25h');
    assert.deepEqual(await readAll(kinesis, 'short-lived', 'shardId-000000000000'), []);
    // The hourly sweep has deleted them from the store too, not only from what reads see.
    const kept = cloud.runtime.store.db
      .prepare("SELECT COUNT(*) AS n FROM kinesis_records r JOIN kinesis_streams s ON s.id = r.stream_id WHERE s.name = 'short-lived'")
      .get() as { n: number };
    assert.equal(kept.n, 0);

    await expectAwsError(kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'short-lived', RetentionPeriodHours: 8761 })), {
      name: 'InvalidArgumentException',
      message: 'Maximum allowed retention period is 8760 hours. Requested retention period (8761 hours) is too long.',
    });
    await expectAwsError(kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: 'short-lived', RetentionPeriodHours: 23 })), {
      name: 'InvalidArgumentException',
      message: 'Minimum allowed retention period is 24 hours. Requested retention period (23 hours) is too short.',
    });
    await expectAwsError(kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'short-lived', RetentionPeriodHours: 24 })).then(() =>
      kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: 'short-lived', RetentionPeriodHours: 30 })),
    ), {
      name: 'InvalidArgumentException',
      message: 'Requested retention period (30 hours) for stream short-lived can not be longer than existing retention period (24 hours). Use IncreaseRetentionPeriod API.',
    });
  });

  test('boto3 puts and reads records', async () => {
    const script = `
import boto3, sys
from botocore.config import Config
k = boto3.client('kinesis', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test', config=Config(retries={'max_attempts': 1}))
k.create_stream(StreamName='py', ShardCount=1)
put = k.put_records(StreamName='py', Records=[{'Data': b'alpha', 'PartitionKey': 'p'}, {'Data': b'beta', 'PartitionKey': 'p'}])
it = k.get_shard_iterator(StreamName='py', ShardId='shardId-000000000000', ShardIteratorType='TRIM_HORIZON')['ShardIterator']
got = k.get_records(ShardIterator=it)
print(put['FailedRecordCount'], ','.join(r['Data'].decode() for r in got['Records']))
try:
    k.get_records(ShardIterator='bogus-iterator')
except k.exceptions.InvalidArgumentException as e:
    print(e.response['Error']['Message'])
`;
    const out = await new Promise<string>((resolve, reject) =>
      execFile('python3', ['-c', script, cloud.endpoint], { timeout: 60_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout))),
    );
    assert.deepEqual(out.trim().split('\n'), ['0 alpha,beta', 'Invalid ShardIterator.']);
  });
});

describe('Kinesis throughput limits (--kinesis-throughput-limits)', () => {
  let cloud: Cloud;
  let kinesis: KinesisClient;
  before(async () => {
    cloud = await startTestCloud({ kinesisThroughputLimits: true });
    kinesis = new KinesisClient(clientConfig(cloud));
    await kinesis.send(new CreateStreamCommand({ StreamName: 'hot', ShardCount: 1 }));
  });
  after(async () => {
    kinesis.destroy();
    await cloud.close();
  });

  test('a one-second burst of 2,000 records to one shard: 1,000 go in, the rest are throttled with AWS message', async () => {
    // Start at the top of a virtual second so the burst falls in one (a loaded machine may stretch it into two).
    await cloud.clock.set(Math.ceil(cloud.clock.now() / 1000) * 1000 + 1000);
    const firstSecond = Math.floor(cloud.clock.now() / 1000);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, b) =>
        kinesis.send(new PutRecordsCommand({ StreamName: 'hot', Records: Array.from({ length: 500 }, (_, i) => ({ PartitionKey: 'same', Data: Buffer.from(`r${b * 500 + i}`) })) })),
      ),
    );
    const seconds = Math.floor(cloud.clock.now() / 1000) - firstSecond + 1;
    const entries = results.flatMap((r) => r.Records!);
    const ok = entries.filter((e) => e.SequenceNumber);
    const throttled = entries.filter((e) => e.ErrorCode);
    assert.ok(ok.length <= 1000 * seconds, `${ok.length} records went in within ${seconds} second(s)`);
    if (seconds === 1) assert.equal(ok.length, 1000);
    assert.equal(ok.length + throttled.length, 2000);
    for (const entry of throttled) {
      assert.equal(entry.ErrorCode, 'ProvisionedThroughputExceededException');
      assert.equal(entry.ErrorMessage, `Rate exceeded for shard shardId-000000000000 in stream hot under account ${ACCOUNT}.`);
    }
    assert.equal(results.reduce((n, r) => n + r.FailedRecordCount!, 0), throttled.length);

    // A second later the shard takes records again.
    await advanceClock(cloud, 1000);
    const again = await kinesis.send(new PutRecordCommand({ StreamName: 'hot', PartitionKey: 'same', Data: Buffer.from('later') }));
    assert.match(again.SequenceNumber!, /^\d{56}$/);
  });

  test('more than five GetRecords calls a second on a shard are throttled', async () => {
    await cloud.clock.set(Math.ceil(cloud.clock.now() / 1000) * 1000 + 1000);
    const it = (await kinesis.send(new GetShardIteratorCommand({ StreamName: 'hot', ShardId: 'shardId-000000000000', ShardIteratorType: 'LATEST' }))).ShardIterator!;
    // Eleven calls: even spread over two seconds, at least one is over the five a second.
    const outcomes = await Promise.allSettled(Array.from({ length: 11 }, () => kinesis.send(new GetRecordsCommand({ ShardIterator: it }))));
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    assert.ok(rejected.length >= 1, 'calls past five a second are refused');
    assert.equal(rejected[0]!.reason.name, 'ProvisionedThroughputExceededException');
    assert.equal(rejected[0]!.reason.message, `Rate exceeded for Shard - ${ACCOUNT}/hot/shardId-000000000000`);
    await advanceClock(cloud, 1000);
    await kinesis.send(new GetRecordsCommand({ ShardIterator: it }));
  });
});
