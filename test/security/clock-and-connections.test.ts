import assert from 'node:assert/strict';
import { connect as connectHttp2 } from 'node:http2';
import { connect } from 'node:net';
import { Duplex } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { CloudWatchClient, DescribeAlarmsCommand, PutMetricAlarmCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { Clock } from '../../src/core/clock.js';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectHealthyWithin } from './support.js';

const JSON_TYPE = { 'content-type': 'application/json' };

async function clockCall(cloud: Cloud, body: unknown): Promise<{ status: number; body: { error?: string; now?: number; iso?: string } }> {
  const response = await fetch(`${cloud.endpoint}/_nimbus/clock`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { error?: string; now?: number } };
}

describe('clock input', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('an advance past the year 9999 (1e308, a 400-digit number) is refused at once', async () => {
    for (const advance of [1e308, '9'.repeat(400), '99999999999d']) {
      const started = performance.now();
      const answer = await clockCall(cloud, { advance });
      assert.equal(answer.status, 400);
      assert.match(answer.body.error!, /past 9999-12-31T23:59:59\.999Z/);
      assert.ok(performance.now() - started < 1000);
    }
    const negative = await clockCall(cloud, { advance: -5 });
    assert.equal(negative.status, 400);
    await expectHealthyWithin(cloud, 100);
  });

  test('the clock is never set backwards, nor past the year 9999', async () => {
    const before = await (await fetch(`${cloud.endpoint}/_nimbus/clock`)).json() as { now: number };
    const back = await clockCall(cloud, { set: '2001-01-01T00:00:00Z' });
    assert.equal(back.status, 400);
    assert.match(back.body.error!, /^The clock only moves forward: 2001-01-01T00:00:00\.000Z is before its time now/);
    const after = await (await fetch(`${cloud.endpoint}/_nimbus/clock`)).json() as { now: number };
    assert.ok(after.now >= before.now);
    assert.equal((await clockCall(cloud, { set: 253402300800000 })).status, 400);
    assert.equal((await clockCall(cloud, { set: 'never' })).status, 400);
    assert.equal((await clockCall(cloud, [1, 2])).status, 400);
  });

  test('advancing five years in one call, with a one-minute alarm, finishes promptly', async () => {
    const cw = new CloudWatchClient(clientConfig(cloud));
    await cw.send(new PutMetricDataCommand({ Namespace: 'App', MetricData: [{ MetricName: 'Errors', Value: 5 }] }));
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: 'errors',
        Namespace: 'App',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
      }),
    );
    const started = performance.now();
    const answer = await clockCall(cloud, { advance: `${5 * 365}d` });
    const took = performance.now() - started;
    assert.equal(answer.status, 200);
    assert.ok(took < 5000, `five years took ${Math.round(took)} ms`);
    // The alarm was still evaluated at the end: the old datapoint is gone, so it is OK again.
    const { MetricAlarms } = await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['errors'] }));
    assert.equal(MetricAlarms?.[0]?.StateValue, 'OK');
    cw.destroy();
    await expectHealthyWithin(cloud, 100);
  });
});

describe('recurring clock timers', () => {
  test('fire each period, and at the first and last periods of a long advance', async () => {
    const clock = new Clock();
    const fired: number[] = [];
    const start = clock.now();
    const timer = clock.every(1000, (due) => fired.push(due - start), start + 1000);
    await clock.advance(3500);
    assert.deepEqual(fired, [1000, 2000, 3000]);
    fired.length = 0;
    await clock.advance(1_000_000);
    assert.deepEqual(fired, [4000, 1_003_000]);
    timer.cancel();
    await clock.advance(10_000);
    assert.deepEqual(fired, [4000, 1_003_000]);
    clock.clear();
  });

  test('a timer that throws is reported and the others still fire', async () => {
    const clock = new Clock();
    const errors: unknown[] = [];
    clock.onTimerError = (error) => errors.push(error);
    let ran = 0;
    clock.setTimeout(() => {
      throw new Error('boom');
    }, 10);
    clock.setTimeout(() => ran++, 20);
    await clock.advance(30);
    assert.equal(ran, 1);
    assert.equal((errors[0] as Error).message, 'boom');
    clock.clear();
  });
});

describe('connections', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud({ headersTimeoutMs: 1000 });
  });
  after(async () => {
    await cloud.close();
  });

  test('a client that sends its headers slowly is cut off at the headers timeout', async () => {
    const socket = connect(cloud.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const started = performance.now();
    socket.write('GET /_nimbus/health HTTP/1.1\r\nHost: localhost\r\n');
    const drip = setInterval(() => socket.write('X-Slow: yes\r\n'), 100);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    clearInterval(drip);
    const took = performance.now() - started;
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.ok(took < 4000, `closed after ${Math.round(took)} ms`);
    await expectHealthyWithin(cloud, 100);
  });

  test('a connection that says nothing is closed', async () => {
    const socket = connect(cloud.port, '127.0.0.1');
    const started = performance.now();
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    assert.ok(performance.now() - started < 4000);
  });

  test('an HTTP/2 connection whose client says GOAWAY is closed by the server', async () => {
    // The client's socket is read through a relay, so its end is seen in JavaScript (a socket
    // the HTTP/2 client reads natively shows no 'end' until the client itself is destroyed).
    const tcp = connect(cloud.port, '127.0.0.1');
    const serverEnded = new Promise<string>((resolve) => tcp.once('end', () => resolve('closed')));
    const relay = new Duplex({
      read() {},
      write(chunk: Buffer, _encoding, callback) {
        // Writes after the server has gone (the client's own GOAWAY ack) are of no interest.
        if (tcp.writable) tcp.write(chunk, () => callback());
        else callback();
      },
    });
    tcp.on('error', () => {});
    tcp.on('data', (chunk: Buffer) => relay.push(chunk));
    tcp.on('end', () => relay.push(null));
    const session = connectHttp2(cloud.endpoint, { createConnection: () => relay as never });
    const stream = session.request({ ':method': 'GET', ':path': '/_nimbus/health' });
    let status = 0;
    stream.on('response', (headers) => (status = Number(headers[':status'])));
    stream.resume();
    await new Promise<void>((resolve) => stream.on('end', () => resolve()));
    assert.equal(status, 200);
    // GOAWAY, without closing our side: the server must end the connection itself.
    session.goaway();
    const outcome = await Promise.race([serverEnded, new Promise((r) => setTimeout(() => r('open'), 3000))]);
    assert.equal(outcome, 'closed');
    session.destroy();
    tcp.destroy();
  });
});
