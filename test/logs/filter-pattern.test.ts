import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileFilterPattern, FilterPatternError, splitDelimited } from '../../src/services/logs/filter-pattern.js';

const matches = (pattern: string, message: string) => compileFilterPattern(pattern).test(message).matched;

describe('filter pattern language (unit)', () => {
  test('an empty pattern matches every event', () => {
    assert.equal(matches('', 'anything'), true);
    assert.equal(compileFilterPattern('').kind, 'all');
  });

  test('terms: all plain terms, any ?term, no -term; quoted phrases; %regex%', () => {
    assert.equal(matches('ERROR', '[ERROR] 400 BAD REQUEST'), true);
    assert.equal(matches('ERROR', 'error lower case'), false, 'terms are case-sensitive');
    assert.equal(matches('ERROR ARGUMENTS', 'ERROR: bad ARGUMENTS given'), true);
    assert.equal(matches('ERROR ARGUMENTS', 'ERROR only'), false);
    assert.equal(matches('?ERROR ?WARN', 'WARN disk'), true);
    assert.equal(matches('?ERROR ?WARN', 'INFO fine'), false);
    assert.equal(matches('ERROR -Exiting', 'ERROR Exiting now'), false);
    assert.equal(matches('ERROR -Exiting', 'ERROR retry'), true);
    assert.equal(matches('"timed out after"', 'request timed out after 3s'), true);
    assert.equal(matches('"timed out after"', 'timed out before'), false);
    assert.equal(matches('%ERR[0-9]+%', 'code ERR42 raised'), true);
    assert.equal(matches('%ERR[0-9]+%', 'code ERR raised'), false);
  });

  test('JSON: comparisons, wildcards, boolean logic, existence, nulls and arrays', () => {
    const event = JSON.stringify({ level: 'ERROR', latency: 250, user: { name: 'alice', admin: true }, tags: ['a', 'b'], gone: null, code: '404' });
    assert.equal(matches('{ $.level = "ERROR" }', event), true);
    assert.equal(matches('{ $.level = ERROR }', event), true, 'unquoted strings');
    assert.equal(matches('{ $.level != "ERROR" }', event), false);
    assert.equal(matches('{ $.latency > 100 }', event), true);
    assert.equal(matches('{ $.latency >= 251 }', event), false);
    assert.equal(matches('{ $.level = "ERROR" && $.latency > 100 }', event), true);
    assert.equal(matches('{ ($.latency < 100) || ($.user.name = "ali*") }', event), true);
    assert.equal(matches('{ $.user.name = %^al.ce$% }', event), true);
    assert.equal(matches('{ $.user.admin IS TRUE }', event), true);
    assert.equal(matches('{ $.user.admin IS FALSE }', event), false);
    assert.equal(matches('{ $.gone IS NULL }', event), true);
    assert.equal(matches('{ $.missing NOT EXISTS }', event), true);
    assert.equal(matches('{ $.level NOT EXISTS }', event), false);
    assert.equal(matches('{ $.tags[1] = "b" }', event), true);
    assert.equal(matches('{ $.tags[0] = "b" }', event), false);
    assert.equal(matches('{ $.code = 404 }', event), true);
    assert.equal(matches('{ !($.latency > 100) }', event), false);
    assert.equal(matches('{ $.level = "ERROR" }', 'not json at all'), false);
  });

  test('space-delimited: positional fields, ellipses, conditions and extracted values', () => {
    const line = '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326';
    assert.deepEqual(splitDelimited(line), ['127.0.0.1', '-', 'frank', '10/Oct/2000:13:25:15 -0700', 'GET /apache_pb.gif HTTP/1.0', '200', '2326']);
    const result = compileFilterPattern('[ip, user, username, timestamp, request, status_code, bytes]').test(line);
    assert.equal(result.matched, true);
    assert.deepEqual(result.fields, {
      $ip: '127.0.0.1',
      $user: '-',
      $username: 'frank',
      $timestamp: '10/Oct/2000:13:25:15 -0700',
      $request: 'GET /apache_pb.gif HTTP/1.0',
      $status_code: '200',
      $bytes: '2326',
    });
    assert.equal(matches('[ip, user, username]', line), false, 'the field count must match without an ellipsis');
    assert.equal(matches('[ip, ..., status_code = 200, bytes > 1000]', line), true);
    assert.equal(matches('[..., status_code = 4*, bytes]', line), false);
    assert.equal(matches('[..., status_code = 4* || status_code = 2*, bytes]', line), true);
    assert.equal(matches('[ip = 127.0.0.1, ...]', line), true);
    assert.equal(matches('[ip != "127.*", ...]', line), false);
  });

  test('malformed patterns are rejected with a reason', () => {
    for (const bad of ['{ $.a = }', '{ $.a = 1', '[a, b = ]', '"unterminated', '%unterminated', '{ level = 1 }']) {
      assert.throws(() => compileFilterPattern(bad), FilterPatternError, bad);
    }
  });
});
