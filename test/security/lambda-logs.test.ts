/**
 * A function that writes one 10 MB line: Lambda cuts it into CloudWatch Logs events of at most
 * 262,118 bytes (the 262,144-byte event limit less 26 bytes of overhead), nothing is lost, and
 * reading the output is bounded, so one huge line does not balloon Nimbus's memory.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CloudWatchLogsClient, DescribeLogStreamsCommand, GetLogEventsCommand, type OutputLogEvent } from '@aws-sdk/client-cloudwatch-logs';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode, eventually, logOf } from '../lambda/support.js';
import type { Cloud } from '../../src/index.js';

const MAX_EVENT_BYTES = 262_144 - 26;
const LINE_BYTES = 10 * 1024 * 1024;

let cloud: Cloud;
let lambda: LambdaClient;
let logs: CloudWatchLogsClient;

before(async () => {
  cloud = await startTestCloud();
  lambda = new LambdaClient(clientConfig(cloud));
  logs = new CloudWatchLogsClient(clientConfig(cloud));
});

after(async () => {
  lambda.destroy();
  logs.destroy();
  await cloud.close();
});

async function eventsOf(group: string): Promise<OutputLogEvent[]> {
  const streams = await eventually(async () => (await logs.send(new DescribeLogStreamsCommand({ logGroupName: group }))).logStreams?.[0], 5000, 'the log stream');
  const events: OutputLogEvent[] = [];
  let token: string | undefined;
  for (;;) {
    const page = await logs.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: streams.logStreamName, startFromHead: true, nextToken: token }));
    events.push(...(page.events ?? []));
    if (!page.nextForwardToken || page.nextForwardToken === token) return events;
    token = page.nextForwardToken;
  }
}

for (const [runtime, handler, files] of [
  ['nodejs20.x', 'index.handler', { 'index.js': `exports.handler = async () => { process.stdout.write('<' + 'x'.repeat(${LINE_BYTES - 2}) + '>\\n'); console.log('after'); return 'done'; };` }],
  ['python3.12', 'app.handler', { 'app.py': `import sys\ndef handler(event, context):\n    sys.stdout.write('<' + 'x' * ${LINE_BYTES - 2} + '>\\n')\n    print('after')\n    return 'done'\n` }],
] as const) {
  test(`${runtime}: a 10 MB line becomes 256 KB events, in order, nothing lost; memory stays bounded`, async () => {
    const name = `big-line-${runtime.replace('.', '-')}`;
    await createFunction(lambda, name, files, { Runtime: runtime, Handler: handler, MemorySize: 1024 });
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const out = await lambda.send(new InvokeCommand({ FunctionName: name, LogType: 'Tail' }));
    clearInterval(sampler);
    assert.equal(out.FunctionError, undefined, new TextDecoder().decode(out.Payload));
    assert.equal(decode(out.Payload), 'done');
    // The tail is the last 4 KB: the end of the cut line, then `after` and the platform lines.
    assert.match(logOf(out), /x>\n.*after/s);

    const events = await eventually(async () => {
      const all = await eventsOf(`/aws/lambda/${name}`);
      return all.some((event) => event.message?.includes('after')) ? all : undefined;
    }, 10_000, 'the events to arrive');
    const pieces = events.filter((event) => /^<?x+>?$/.test(event.message ?? ''));
    for (const piece of pieces) assert.ok(Buffer.byteLength(piece.message!) <= MAX_EVENT_BYTES, `an event of ${Buffer.byteLength(piece.message!)} bytes`);
    assert.equal(pieces.length, Math.ceil(LINE_BYTES / MAX_EVENT_BYTES));
    assert.equal(pieces.slice(0, -1).every((piece) => Buffer.byteLength(piece.message!) === MAX_EVENT_BYTES), true);
    const joined = pieces.map((piece) => piece.message).join('');
    assert.equal(joined.length, LINE_BYTES);
    assert.ok(joined.startsWith('<x') && joined.endsWith('x>'));
    const growthMb = (peak - rssBefore) / 1024 / 1024;
    console.log(`# ${runtime}: RSS before ${(rssBefore / 1048576).toFixed(0)} MB, peak growth ${growthMb.toFixed(1)} MB while the 10 MB line was read`);
    assert.ok(growthMb < 96, `RSS grew by ${growthMb.toFixed(1)} MB`);
  });
}

test('the server still answers a normal invocation promptly', async () => {
  await createFunction(lambda, 'small', { 'index.js': `exports.handler = async () => { console.log('small line'); return 1; };` });
  const started = performance.now();
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'small', LogType: 'Tail' }));
  assert.equal(decode(out.Payload), 1);
  assert.match(logOf(out), /INFO\tsmall line/);
  assert.ok(performance.now() - started < 2000);
});
