import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { LogOutput, type RequestEntry } from '../../src/core/log-output.js';
import { createLogger } from '../../src/core/logger.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nimbus-log-output-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function entry(n: number, fields: Partial<RequestEntry> = {}): RequestEntry {
  return { id: `id-${n}`, method: 'POST', path: '/', service: 'sqs', op: 'SendMessage', status: 200, ms: 0.5, resource: `queue-${n}`, code: undefined, message: undefined, ...fields };
}

/** A LogOutput writing to a file, and what the file holds once it is closed. */
function fileOutput(format: 'json' | 'pretty') {
  const file = join(dir, `${format}-${Math.random().toString(36).slice(2)}.log`);
  const fd = openSync(file, 'w');
  const output = new LogOutput(format, { fd });
  return {
    output,
    /** What the file holds once the output is closed and `count` lines (batches written asynchronously) are in. */
    async lines(count: number): Promise<string[]> {
      output.close();
      const read = () => readFileSync(file, 'utf8').split('\n').filter(Boolean);
      for (let tries = 0; read().length < count && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
      closeSync(fd);
      return read();
    },
  };
}

/** The request log's batching: lines formatted at hand-over, in the order things happened. */
describe('the log output', () => {
  test('request lines and the logger lines between them keep their order across many batches; each line has its request time', async () => {
    const { output, lines } = fileOutput('json');
    const logger = createLogger('info', output);
    const before = Date.now();
    for (let n = 0; n < 1000; n++) {
      output.request(entry(n), false);
      if (n % 300 === 0) logger.info({ n }, 'a note');
    }
    const written = (await lines(1004)).map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.equal(written.length, 1004);
    const order = written.map((line) => (line.msg === 'a note' ? `note ${String(line.n)}` : String(line.id)));
    const expected: string[] = [];
    for (let n = 0; n < 1000; n++) {
      expected.push(`id-${n}`);
      if (n % 300 === 0) expected.push(`note ${n}`);
    }
    assert.deepEqual(order, expected);
    for (const line of written) assert.ok(Number(line.time) >= before && Number(line.time) <= Date.now());
    assert.deepEqual(written[0], { level: 30, time: written[0]!.time, id: 'id-0', service: 'sqs', op: 'SendMessage', status: 200, ms: 0.5, resource: 'queue-0', msg: 'POST /' });
  });

  test('a line longer than the batch buffer, non-ASCII text and escapes are written whole, in order', async () => {
    const { output, lines } = fileOutput('json');
    const long = 'k'.repeat(200_000);
    output.request(entry(1), false);
    output.request(entry(2, { method: 'GET', path: `/bucket/${long}`, resource: `bucket/${long}` }), false);
    output.request(entry(3, { resource: 'naïve "quoted" \\ név', code: 'NoSuchKey', message: 'The specified key does not exist.', status: 404 }), true);
    const written = (await lines(3)).map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      written.map((line) => line.id),
      ['id-1', 'id-2', 'id-3'],
    );
    assert.equal(written[1]!.resource, `bucket/${long}`);
    assert.equal(written[1]!.msg, `GET /bucket/${long}`);
    assert.equal(written[2]!.resource, 'naïve "quoted" \\ név');
    assert.equal(written[2]!.error, 'The specified key does not exist.');
  });

  test('the terminal form of a pending line is made with the time of its request', async () => {
    const { output, lines } = fileOutput('pretty');
    output.request(entry(1, { status: 500, code: 'InternalError' }), false);
    const [line] = await lines(1);
    assert.match(line!, /^\d\d:\d\d:\d\d\.\d{3} sqs {8}SendMessage {16}500 +0\.5 ms {2}queue-1 {2}InternalError$/);
  });

  test('a pending line is written on its own within a moment, batch after batch', async () => {
    const file = join(dir, 'timed.log');
    const fd = openSync(file, 'w');
    const output = new LogOutput('json', { fd });
    const linesWritten = () => readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
    const waitForLines = async (count: number) => {
      // The batch waits at most 100 ms: a second is plenty on a loaded machine.
      for (let tries = 0; linesWritten() < count; tries++) {
        assert.ok(tries < 100, `${count} lines written within a second`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    try {
      output.request(entry(1), false);
      await waitForLines(1);
      output.request(entry(2), false);
      output.request(entry(3), false);
      await waitForLines(3);
    } finally {
      output.close();
      closeSync(fd);
    }
  });

  test('lines still pending when the process crashes are written before it exits', () => {
    const script = `
      import { LogOutput } from './src/core/log-output.ts';
      const output = new LogOutput('json');
      for (let n = 0; n < 3; n++) output.request({ id: 'id-' + n, method: 'POST', path: '/', service: 'sqs', op: 'SendMessage', status: 200, ms: 1, resource: undefined, code: undefined, message: undefined }, false);
      throw new Error('crash');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.notEqual(child.status, 0);
    assert.match(child.stderr, /Error: crash/);
    assert.deepEqual(
      child.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id),
      ['id-0', 'id-1', 'id-2'],
    );
  });
});
