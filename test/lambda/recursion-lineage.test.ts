import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkRecursion, lineageCounts, lineageHash, RECURSION_LIMIT } from '../../src/services/lambda/recursion.js';

const FN = 'arn:aws:lambda:us-east-1:000000000000:function:unit';
const NOW = Date.UTC(2026, 0, 1);

/** The Lineage of X-Ray trace headers, read and counted (recursion.ts) without a server. */
describe('recursive loop detection: the lineage', () => {
  test('a function is named by 8 hex digits, the same for every call', () => {
    assert.match(lineageHash(FN), /^[0-9a-f]{8}$/);
    assert.equal(lineageHash(FN), lineageHash(FN));
    assert.notEqual(lineageHash(FN), lineageHash(`${FN}2`));
  });

  test('entries are read from `hash:count` lists, the three-part form, and boto3\'s percent-encoded separator; junk is ignored', () => {
    assert.deepEqual([...lineageCounts('Root=1-5759e988-bd862e3fe1be46a994272793;Lineage=a87bb23b:1|68fd508a:5')], [['a87bb23b', 1], ['68fd508a', 5]]);
    assert.deepEqual([...lineageCounts('Root=1-5759e988-bd862e3fe1be46a994272793;Lineage=3:a87bb23b:2')], [['a87bb23b', 2]]);
    assert.deepEqual([...lineageCounts('Lineage=a87bb23b:1%7C68fd508a:5')], [['a87bb23b', 1], ['68fd508a', 5]]);
    assert.deepEqual([...lineageCounts('Lineage=nothex!!:1|a87bb23b:x|68FD508A:7')], [['68fd508a', 7]]);
    assert.equal(lineageCounts(undefined).size, 0);
    assert.equal(lineageCounts('Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1').size, 0);
  });

  test('an invocation keeps the chain\'s Root and Sampled, takes a new Parent, and counts itself once more', () => {
    const hash = lineageHash(FN);
    const incoming = `Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1;Lineage=0badc0de:4|${hash}:2`;
    const check = checkRecursion({ functionArn: FN, recursiveLoop: undefined, incoming, sampled: false, nowMs: NOW });
    assert.equal(check.previous, 2);
    assert.equal(check.stop, false);
    assert.match(check.traceHeader, /^Root=1-5759e988-bd862e3fe1be46a994272793;Parent=(?!53995c3f42cd8ad8)[0-9a-f]{16};Sampled=1;Lineage=/);
    assert.deepEqual([...lineageCounts(check.traceHeader)], [['0badc0de', 4], [hash, 3]]);
  });

  test('a chain without a trace starts one (Sampled as the function traces), counting 1', () => {
    const check = checkRecursion({ functionArn: FN, recursiveLoop: 'Terminate', incoming: undefined, sampled: true, nowMs: NOW });
    assert.equal(check.traceHeader.slice(0, 16), `Root=1-${(NOW / 1000).toString(16)}-`, 'the Root names the time it started');
    assert.match(check.traceHeader, /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=1;Lineage=[0-9a-f]{8}:1$/);
  });

  test(`the invocation after ${RECURSION_LIMIT} of the same function is stopped, unless RecursiveLoop is Allow`, () => {
    const at = (count: number) => `Root=1-5759e988-bd862e3fe1be46a994272793;Lineage=${lineageHash(FN)}:${count}`;
    assert.equal(checkRecursion({ functionArn: FN, recursiveLoop: 'Terminate', incoming: at(15), sampled: false, nowMs: NOW }).stop, false);
    assert.equal(checkRecursion({ functionArn: FN, recursiveLoop: 'Terminate', incoming: at(16), sampled: false, nowMs: NOW }).stop, true);
    assert.equal(checkRecursion({ functionArn: FN, recursiveLoop: undefined, incoming: at(40), sampled: false, nowMs: NOW }).stop, true);
    const allowed = checkRecursion({ functionArn: FN, recursiveLoop: 'Allow', incoming: at(40), sampled: false, nowMs: NOW });
    assert.equal(allowed.stop, false);
    assert.deepEqual([...lineageCounts(allowed.traceHeader)], [[lineageHash(FN), 41]]);
    // Another function's count does not stop this one.
    assert.equal(checkRecursion({ functionArn: `${FN}-other`, recursiveLoop: 'Terminate', incoming: at(16), sampled: false, nowMs: NOW }).stop, false);
  });
});
