import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { crc32c } from '../../src/core/crc32.js';
import { hadoopSnappy, snappyFramed, snappyRaw, snappyUncompress } from '../../src/services/firehose/snappy.js';

const inputs: Array<[string, Buffer]> = [
  ['empty', Buffer.alloc(0)],
  ['one byte', Buffer.from('x')],
  ['text', Buffer.from('the quick brown fox jumps over the lazy dog; '.repeat(300))],
  ['random', randomBytes(70_000)],
  ['runs', Buffer.alloc(200_000, 7)],
  ['mixed past 64 KiB', Buffer.concat([randomBytes(1000), Buffer.from('abcabcabc'.repeat(20_000)), randomBytes(3000)])],
];

test('raw Snappy blocks read back to their input, and repetitive input shrinks', () => {
  for (const [name, input] of inputs) {
    const compressed = snappyRaw(input);
    assert.deepEqual(snappyUncompress(compressed), input, name);
    if (name === 'runs' || name === 'text') assert.ok(compressed.length < input.length / 10, `${name}: ${compressed.length} bytes`);
  }
});

test('the framing format: a stream identifier, then 64 KiB chunks each with the masked CRC-32C of its data', () => {
  const input = inputs[5]![1];
  const framed = snappyFramed(input);
  assert.equal(framed.subarray(0, 10).toString('latin1'), '\xff\x06\x00\x00sNaPpY');
  const pieces: Buffer[] = [];
  for (let at = 10; at < framed.length; ) {
    assert.equal(framed[at], 0x00, 'a compressed chunk');
    const length = framed.readUIntLE(at + 1, 3);
    const data = snappyUncompress(framed.subarray(at + 8, at + 4 + length));
    assert.ok(data.length <= 65_536);
    const crc = crc32c(data);
    assert.equal(framed.readUInt32LE(at + 4), (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0);
    pieces.push(data);
    at += 4 + length;
  }
  assert.deepEqual(Buffer.concat(pieces), input);
});

test("Hadoop's block format: the length, then length-prefixed raw chunks", () => {
  const input = inputs[4]![1];
  const block = hadoopSnappy(input);
  assert.equal(block.readUInt32BE(0), input.length);
  const pieces: Buffer[] = [];
  for (let at = 4; at < block.length; ) {
    const length = block.readUInt32BE(at);
    pieces.push(snappyUncompress(block.subarray(at + 4, at + 4 + length)));
    at += 4 + length;
  }
  assert.deepEqual(Buffer.concat(pieces), input);
});
