import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32, crc32c } from '../../src/core/crc32.js';

test('CRC32 and CRC32C give the standard check values, and continue across pieces', () => {
  const check = Buffer.from('123456789');
  assert.equal(crc32(check), 0xcbf43926);
  assert.equal(crc32c(check), 0xe3069283);
  assert.equal(crc32(Buffer.alloc(0)), 0);
  const data = Buffer.from(Array.from({ length: 1001 }, (_, i) => (i * 31) & 0xff));
  assert.equal(crc32(data.subarray(500), crc32(data.subarray(0, 500))), crc32(data));
  assert.equal(crc32c(data.subarray(7), crc32c(data.subarray(0, 7))), crc32c(data));
});
