import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodePageToken, encodePageToken, isAfterKey, isOffset, openToken, pageAfterKey, sealToken } from '../../src/core/pagination.js';

const invalid = () => new Error('Invalid NextToken');

describe('page tokens', () => {
  test('round-trip a position; refuse what the service did not give out', () => {
    const token = encodePageToken({ offset: 20 });
    assert.deepEqual(decodePageToken(token, isOffset, invalid), { offset: 20 });
    assert.throws(() => decodePageToken(token, isAfterKey, invalid), /Invalid NextToken/);
    for (const bad of ['', 'not a token', encodePageToken({ offset: -1 }), encodePageToken({ offset: 1.5 }), encodePageToken(null), '%%%']) {
      assert.throws(() => decodePageToken(bad, isOffset, invalid), /Invalid NextToken/, bad);
    }
    // Tokens written in the standard base64 alphabet still read.
    assert.deepEqual(decodePageToken(Buffer.from(JSON.stringify({ after: '?>?' })).toString('base64'), isAfterKey, invalid), { after: '?>?' });
  });

  test('pages after a key, and keep their place when that item is gone', () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const first = pageAfterKey(names, (n) => n, 2, undefined, invalid);
    assert.deepEqual(first.items, ['a', 'b']);
    const second = pageAfterKey(names, (n) => n, 2, first.nextToken, invalid);
    assert.deepEqual(second.items, ['c', 'd']);
    const afterDelete = pageAfterKey(['a', 'c', 'd', 'e'], (n) => n, 2, first.nextToken, invalid);
    assert.deepEqual(afterDelete.items, ['c', 'd']);
    const last = pageAfterKey(names, (n) => n, 2, second.nextToken, invalid);
    assert.deepEqual(last, { items: ['e'], nextToken: undefined });
  });
});

test('a sealed token opens only unchanged and for its own purpose', () => {
  const token = sealToken('iterator a', ['shard-1', 42]);
  assert.deepEqual(openToken('iterator a', token), ['shard-1', 42]);
  assert.equal(openToken('iterator b', token), undefined);
  const raw = Buffer.from(token, 'base64');
  raw[raw.length - 2] ^= 1;
  assert.equal(openToken('iterator a', raw.toString('base64')), undefined);
  assert.equal(openToken('iterator a', 'not-a-token'), undefined);
  assert.equal(openToken('iterator a', ''), undefined);
});
