import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { describe, test } from 'node:test';
import { compileSafeRegex, MAX_PROGRAM_SIZE, RegexSyntaxError, requiredLiterals } from '../../src/core/safe-regex.js';

describe('safe-regex: the linear-time engine for user-supplied patterns (unit)', () => {
  test('patterns that backtrack exponentially or polynomially in RegExp answer in linear time', () => {
    for (const [source, subject] of [
      ['(a+)+b', 'a'.repeat(100_000)],
      ['(a|aa)+$', `${'a'.repeat(100_000)}!`],
      ['a*a*a*a*a*a*a*a*a*a*a*a*c', 'a'.repeat(100_000)],
      ['^(([a-z])+.)+[A-Z]([a-z])+$', 'a'.repeat(100_000)],
    ] as const) {
      const regex = compileSafeRegex(source);
      const started = performance.now();
      assert.equal(regex.test(subject), false, source);
      assert.equal(regex.exec(subject), null, source);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 500, `${source}: ${elapsed.toFixed(0)} ms`);
    }
  });

  test('matches and groups as RegExp does for the patterns both accept', () => {
    const regex = compileSafeRegex('user=(?<who>\\w+) action=(\\w+)');
    const match = regex.exec('at 10:00 user=bob action=login');
    assert.ok(match);
    assert.equal(match[0], 'user=bob action=login');
    assert.equal(match.index, 9);
    assert.equal(match.groups?.who, 'bob');
    assert.equal(match[2], 'login');
    assert.deepEqual(regex.groupNames, ['who']);
    assert.equal(compileSafeRegex('error', { caseInsensitive: true }).test('An ERROR'), true);
    assert.equal(compileSafeRegex('(?i)error').test('An ERROR'), true);
    assert.equal(compileSafeRegex('^b$', { multiline: true }).test('a\nb'), true);
    assert.equal(compileSafeRegex('a.c').test('a\nc'), false);
    assert.equal(compileSafeRegex('a.c', { dotAll: true }).test('a\nc'), true);
    assert.equal(compileSafeRegex('^a.c$').test('a\u{1F600}c'), true, 'a character outside the BMP is one character');
  });

  test('what needs backtracking, and programs too large to run within the bound, are refused', () => {
    for (const source of ['(a)\\1', 'a(?=b)', 'a(?!b)', '(?<=a)b', '(a', 'a**', 'a{1001}']) {
      assert.throws(() => compileSafeRegex(source), (error: unknown) => error instanceof RegexSyntaxError && !error.tooComplex, source);
    }
    assert.throws(
      () => compileSafeRegex('\\w{1,1000}\\w{1,1000}'),
      (error: unknown) => error instanceof RegexSyntaxError && error.tooComplex && error.message.includes(`at most ${MAX_PROGRAM_SIZE}`),
    );
  });

  test('required literals are only ever text every match contains', () => {
    assert.deepEqual(requiredLiterals('level...ERROR'), ['level', 'ERROR']);
    assert.deepEqual(requiredLiterals('colou?r'), ['colo', 'r']);
    assert.deepEqual(requiredLiterals('ERR[0-9]+x{2}'), ['ERR']);
    assert.deepEqual(requiredLiterals('a|b'), []);
    assert.deepEqual(requiredLiterals('(ab)c'), []);
    assert.deepEqual(requiredLiterals('\\d+abc'), []);
    // With and without the prefilter, the answers agree (checked against RegExp on patterns it runs safely).
    const alphabet = 'abcx-';
    const random = (length: number) => Array.from({ length }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
    for (const source of ['ab*c', 'a[bc]x', 'x.ab?c', 'ab{2}c-', '^ab', 'c$', 'a[^b]*x', 'b+a']) {
      const safe = compileSafeRegex(source);
      const native = new RegExp(source);
      for (let i = 0; i < 500; i++) {
        const subject = random(1 + Math.floor(Math.random() * 12));
        assert.equal(safe.test(subject), native.test(subject), `${source} on ${subject}`);
      }
    }
  });
});
