import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { AwsSmithyRpcV2CborProtocol } from '@aws-sdk/core/protocols';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import { AwsError } from '../../src/core/errors.js';
import type { Cloud } from '../../src/index.js';
import { CborError, CborFloat, CborTag, decodeCbor, encodeCbor } from '../../src/protocol/cbor.js';
import { loadModel } from '../../src/protocol/model.js';
import { rpcV2CborCodec } from '../../src/protocol/rpc-v2-cbor.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { codecTransport, HARNESS_CLIENT, wireRequest } from '../support/codec-harness.js';
import { expectAwsError } from '../support/errors.js';

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

describe('CBOR (RFC 8949) encoding and decoding', () => {
  test('the RFC 8949 Appendix A examples decode, and encode back to the same bytes', () => {
    const examples: Array<[unknown, string]> = [
      [0, '00'],
      [23, '17'],
      [24, '1818'],
      [100, '1864'],
      [1000, '1903e8'],
      [1000000, '1a000f4240'],
      [1000000000000, '1b000000e8d4a51000'],
      [18446744073709551615n, '1bffffffffffffffff'],
      [-1, '20'],
      [-100, '3863'],
      [-1000, '3903e7'],
      [-18446744073709551616n, '3bffffffffffffffff'],
      [1.1, 'fb3ff199999999999a'],
      [100000.5, 'fa47c35040'],
      [-4.1, 'fbc010666666666666'],
      [false, 'f4'],
      [true, 'f5'],
      [null, 'f6'],
      [undefined, 'f7'],
      ['', '60'],
      ['a', '6161'],
      ['IETF', '6449455446'],
      ['"\\', '62225c'],
      ['\u00fc', '62c3bc'],
      ['\u6c34', '63e6b0b4'],
      ['\ud800\udd51', '64f0908591'],
      [Buffer.from([1, 2, 3, 4]), '4401020304'],
      [[], '80'],
      [[1, 2, 3], '83010203'],
      [[1, [2, 3], [4, 5]], '8301820203820405'],
      [{}, 'a0'],
      [{ a: 1, b: [2, 3] }, 'a26161016162820203'],
      [['a', { b: 'c' }], '826161a161626163'],
    ];
    for (const [value, bytes] of examples) {
      assert.deepEqual(decodeCbor(hex(bytes)), value, `decode ${bytes}`);
      assert.equal(encodeCbor(value).toString('hex'), bytes, `encode ${String(value)}`);
    }
  });

  test('half and single precision floats, infinities and NaN decode', () => {
    assert.equal(decodeCbor(hex('f90000')), 0);
    assert.equal(decodeCbor(hex('f93c00')), 1);
    assert.equal(decodeCbor(hex('f93e00')), 1.5);
    assert.equal(decodeCbor(hex('f97bff')), 65504);
    assert.equal(decodeCbor(hex('f90001')), 5.960464477539063e-8);
    assert.equal(decodeCbor(hex('f9c400')), -4);
    assert.equal(decodeCbor(hex('f97c00')), Infinity);
    assert.equal(decodeCbor(hex('f9fc00')), -Infinity);
    assert.ok(Number.isNaN(decodeCbor(hex('f97e00'))));
    assert.equal(decodeCbor(hex('fa47c35000')), 100000);
    assert.equal(decodeCbor(hex('fa7f800000')), Infinity);
    assert.equal(encodeCbor(Infinity).toString('hex'), 'fa7f800000');
    assert.equal(encodeCbor(new CborFloat(5)).toString('hex'), 'fa40a00000', 'a float where an integer would fit');
  });

  test('indefinite-length strings, arrays and maps', () => {
    assert.deepEqual(decodeCbor(hex('5f42010243030405ff')), Buffer.from([1, 2, 3, 4, 5]));
    assert.equal(decodeCbor(hex('7f657374726561646d696e67ff')), 'streaming');
    assert.deepEqual(decodeCbor(hex('9f018202039f0405ffff')), [1, [2, 3], [4, 5]]);
    assert.deepEqual(decodeCbor(hex('bf61610161629f0203ffff')), { a: 1, b: [2, 3] });
    assert.deepEqual(decodeCbor(hex('bf6346756ef563416d7421ff')), { Fun: true, Amt: -2 });
  });

  test('tags: epoch time (tag 1) as Date, others kept', () => {
    assert.deepEqual(decodeCbor(hex('c11a514b67b0')), new Date(1363896240 * 1000));
    assert.deepEqual(decodeCbor(hex('c1fb41d452d9ec200000')), new Date(1363896240.5 * 1000));
    assert.equal(encodeCbor(new Date(1363896240 * 1000)).toString('hex'), 'c11a514b67b0');
    assert.equal(encodeCbor(new Date(1363896240500)).toString('hex'), 'c1fb41d452d9ec200000');
    const uri = decodeCbor(hex('d82076687474703a2f2f7777772e6578616d706c652e636f6d'));
    assert.ok(uri instanceof CborTag);
    assert.equal(uri.tag, 32);
    assert.equal(uri.value, 'http://www.example.com');
  });

  test('malformed input is refused', () => {
    for (const bad of ['', '18', '1a0000', '62c3', '62c328', 'ff', '01ff', '9f01', 'a161', '1c', '7f6161', '5f6161ff']) {
      assert.throws(() => decodeCbor(hex(bad)), CborError, bad);
    }
  });
});

describe('Smithy RPC v2 CBOR codec', () => {
  const model = loadModel('cloudwatch');

  test('a JS SDK client speaking rpc-v2-cbor: request path, headers, timestamps, doubles and responses', async () => {
    const { requestHandler, exchange } = codecTransport(model, rpcV2CborCodec, (operation) => {
      if (operation === 'GetMetricStatistics') {
        return { Label: 'Latency', Datapoints: [{ Timestamp: new Date('2026-01-15T10:00:00Z'), Sum: 5, Average: 2.5, Unit: 'Milliseconds' }] };
      }
      return undefined;
    });
    const client = new CloudWatchClient({ ...HARNESS_CLIENT, requestHandler, protocol: AwsSmithyRpcV2CborProtocol });
    await client.send(
      new PutMetricDataCommand({ Namespace: 'App', MetricData: [{ MetricName: 'Latency', Value: 2.5, Timestamp: new Date('2026-01-15T10:00:30.250Z'), Counts: [1] }] }),
    );
    assert.equal(exchange.operation, 'PutMetricData');
    assert.equal(exchange.wire?.path, '/service/GraniteServiceVersion20100801/operation/PutMetricData');
    assert.equal(exchange.wire?.headers['smithy-protocol'], 'rpc-v2-cbor');
    assert.equal(exchange.wire?.headers['content-type'], 'application/cbor');
    assert.deepEqual(exchange.input, {
      Namespace: 'App',
      MetricData: [{ MetricName: 'Latency', Value: 2.5, Timestamp: new Date('2026-01-15T10:00:30.250Z'), Counts: [1] }],
    });
    assert.equal(exchange.response?.status, 200);

    const stats = await client.send(
      new GetMetricStatisticsCommand({ Namespace: 'App', MetricName: 'Latency', StartTime: new Date(0), EndTime: new Date(1000), Period: 60, Statistics: ['Sum'] }),
    );
    assert.equal(exchange.response?.headers['content-type'], 'application/cbor');
    assert.equal(exchange.response?.headers['smithy-protocol'], 'rpc-v2-cbor');
    assert.equal(stats.Label, 'Latency');
    assert.deepEqual(stats.Datapoints, [{ Timestamp: new Date('2026-01-15T10:00:00Z'), Sum: 5, Average: 2.5, Unit: 'Milliseconds' }]);
    client.destroy();
  });

  test('errors: __type with the shape id, the query-compatible header, the status', async () => {
    const { requestHandler, exchange } = codecTransport(model, rpcV2CborCodec, () => {
      throw new AwsError('ResourceNotFound', 'Alarm nope not found', 404);
    });
    const client = new CloudWatchClient({ ...HARNESS_CLIENT, requestHandler, protocol: AwsSmithyRpcV2CborProtocol });
    await expectAwsError(client.send(new SetAlarmStateCommand({ AlarmName: 'nope', StateValue: 'OK', StateReason: 'x' })), { name: 'ResourceNotFound', message: 'Alarm nope not found', status: 404, code: 'ResourceNotFound' });
    assert.equal(exchange.response?.headers['x-amzn-query-error'], 'ResourceNotFound;Sender');
    assert.deepEqual(decodeCbor(exchange.response!.body as Buffer), { __type: 'com.amazonaws.cloudwatch#ResourceNotFound', message: 'Alarm nope not found' });
    client.destroy();
  });

  test('operation names come from the path; bodies must be CBOR maps', () => {
    const cbor = { 'smithy-protocol': 'rpc-v2-cbor', 'content-type': 'application/cbor' };
    assert.equal(rpcV2CborCodec.operationName(model, wireRequest('POST', '/service/GraniteServiceVersion20100801/operation/ListMetrics', cbor)), 'ListMetrics');
    assert.equal(rpcV2CborCodec.operationName(model, wireRequest('POST', '/service/GraniteServiceVersion20100801/operation/Nope', cbor)), undefined);
    assert.equal(rpcV2CborCodec.operationName(model, wireRequest('POST', '/service/Other/operation/ListMetrics', cbor)), undefined);
    assert.equal(rpcV2CborCodec.operationName(model, wireRequest('GET', '/service/GraniteServiceVersion20100801/operation/ListMetrics', cbor)), undefined);
    const operation = model.operation('ListMetrics')!;
    const notCbor = { ...wireRequest('POST', '/service/GraniteServiceVersion20100801/operation/ListMetrics', cbor), body: hex('ff') };
    assert.throws(() => rpcV2CborCodec.parse(model, operation, notCbor), (e: AwsError) => e.code === 'SerializationException');
    const notMap = { ...wireRequest('POST', '/service/GraniteServiceVersion20100801/operation/ListMetrics', cbor), body: encodeCbor([1]) };
    assert.throws(() => rpcV2CborCodec.parse(model, operation, notMap), (e: AwsError) => e.code === 'SerializationException');
    const wrongType = { ...wireRequest('POST', '/service/GraniteServiceVersion20100801/operation/ListMetrics', cbor), body: encodeCbor({ Namespace: 5 }) };
    assert.throws(() => rpcV2CborCodec.parse(model, operation, wrongType), (e: AwsError) => e.code === 'SerializationException' && /namespace/.test(e.message));
  });
});

describe('CloudWatch over rpc-v2-cbor against a real server', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('the JS SDK with the CBOR protocol: put, read back, errors', async () => {
    const client = new CloudWatchClient({ ...clientConfig(cloud), protocol: AwsSmithyRpcV2CborProtocol });
    const now = cloud.clock.now();
    await client.send(new PutMetricDataCommand({ Namespace: 'Cbor', MetricData: [{ MetricName: 'Hits', Value: 4.25, Timestamp: new Date(now) }] }));
    const data = await client.send(
      new GetMetricDataCommand({
        StartTime: new Date(now - 600_000),
        EndTime: new Date(now + 60_000),
        MetricDataQueries: [{ Id: 'hits', MetricStat: { Metric: { Namespace: 'Cbor', MetricName: 'Hits' }, Period: 60, Stat: 'Sum' } }, { Id: 'x', Expression: 'hits * 2' }],
      }),
    );
    assert.deepEqual(data.MetricDataResults?.map((r) => [r.Id, r.Values]), [['hits', [4.25]], ['x', [8.5]]]);
    assert.ok(data.MetricDataResults![0].Timestamps![0] instanceof Date);
    const alarms = await client.send(new DescribeAlarmsCommand({}));
    assert.deepEqual(alarms.MetricAlarms, []);
    await expectAwsError(client.send(new PutMetricDataCommand({ Namespace: 'AWS/X', MetricData: [{ MetricName: 'm', Value: 1 }] })), { name: 'InvalidParameterValueException', message: 'The value AWS/X for parameter Namespace is invalid.', code: 'InvalidParameterValue' });
    client.destroy();
  });

  test('an unsigned request is routed by its /service/<name>/operation/<op> path', async () => {
    const response = await fetch(`${cloud.endpoint}/service/GraniteServiceVersion20100801/operation/ListDashboards`, {
      method: 'POST',
      headers: { 'smithy-protocol': 'rpc-v2-cbor', 'content-type': 'application/cbor', accept: 'application/cbor' },
      body: encodeCbor({}),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('smithy-protocol'), 'rpc-v2-cbor');
    assert.deepEqual(decodeCbor(Buffer.from(await response.arrayBuffer())), { DashboardEntries: [] });
  });

  test('boto3 with botocore’s own rpc-v2-cbor serializer and parser', async () => {
    // botocore 1.43 lists CloudWatch's protocols as [smithy-rpc-v2-cbor, json, query] but resolves them
    // by its own priority (json first); putting CBOR first makes the same client speak CBOR.
    const script = `
import boto3, botocore.model, datetime, json
botocore.model.PRIORITY_ORDERED_SUPPORTED_PROTOCOLS = ('smithy-rpc-v2-cbor',) + tuple(p for p in botocore.model.PRIORITY_ORDERED_SUPPORTED_PROTOCOLS if p != 'smithy-rpc-v2-cbor')
client = boto3.client('cloudwatch', endpoint_url='${cloud.endpoint}', region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')
protocols = []
client.meta.events.register('before-send.cloudwatch', lambda request, **kw: protocols.append((request.headers.get('smithy-protocol') or b'').decode()))
now = datetime.datetime.now(datetime.timezone.utc)
client.put_metric_data(Namespace='Boto', MetricData=[{'MetricName': 'Jobs', 'Value': 3.5, 'Timestamp': now, 'Dimensions': [{'Name': 'Queue', 'Value': 'q1'}]}])
stats = client.get_metric_statistics(Namespace='Boto', MetricName='Jobs', Dimensions=[{'Name': 'Queue', 'Value': 'q1'}],
    StartTime=now - datetime.timedelta(minutes=10), EndTime=now + datetime.timedelta(minutes=1), Period=60, Statistics=['Sum', 'Maximum'])
metrics = client.list_metrics(Namespace='Boto')['Metrics']
try:
    client.set_alarm_state(AlarmName='nope', StateValue='OK', StateReason='x')
    error = None
except client.exceptions.ResourceNotFound as e:
    error = [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
print(json.dumps({'protocols': protocols, 'points': [[p['Sum'], p['Maximum'], p['Timestamp'].isoformat()] for p in stats['Datapoints']], 'metrics': metrics, 'error': error}))
`;
    const output = await new Promise<string>((resolve, reject) => {
      execFile('python3', ['-c', script], { env: { ...process.env, AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' } }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      );
    });
    const result = JSON.parse(output) as { protocols: string[]; points: Array<[number, number, string]>; metrics: unknown[]; error: [string, string, number] };
    assert.deepEqual([...new Set(result.protocols)], ['rpc-v2-cbor'], 'every request went as CBOR');
    assert.equal(result.points.length, 1);
    assert.equal(result.points[0][0], 3.5);
    assert.equal(result.points[0][1], 3.5);
    assert.match(result.points[0][2], /:00\+00:00$/);
    assert.deepEqual(result.metrics, [{ Namespace: 'Boto', MetricName: 'Jobs', Dimensions: [{ Name: 'Queue', Value: 'q1' }] }]);
    assert.deepEqual(result.error, ['ResourceNotFound', 'Alarm nope not found', 404]);
  });
});
