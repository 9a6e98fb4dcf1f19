import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateJsonPath, parseJsonPath } from '../../src/core/json-path.js';
import { minifyJson, renderTemplate } from '../../src/services/events/targets/input-transformer.js';

const EVENT = {
  id: 'e-1',
  source: 'app',
  'detail-type': 'x',
  time: '2030-01-02T03:04:05Z',
  detail: { 'instance-id': 'i-1', 'a/b': 7, items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }], nothing: null, nested: { deep: { value: true } } },
};

const at = (path: string) => {
  const parsed = parseJsonPath(path);
  assert.ok(parsed, `${path} parses`);
  return evaluateJsonPath(parsed, EVENT);
};

describe('JSONPath (EventBridge subset)', () => {
  test('dot notation with dashes and slashes, indices, wildcards', () => {
    assert.deepEqual(at('$'), EVENT);
    assert.equal(at('$.detail.instance-id'), 'i-1');
    assert.equal(at('$.detail.a/b'), 7);
    assert.equal(at('$.detail-type'), 'x');
    assert.deepEqual(at('$.detail.items[1]'), { sku: 'b', qty: 2 });
    assert.equal(at('$.detail.items[0].sku'), 'a');
    assert.deepEqual(at('$.detail.items[*].sku'), ['a', 'b']);
    assert.deepEqual(at('$.detail.items.*.qty'), [1, 2]);
    assert.equal(at('$.detail.nested.deep.value'), true);
    assert.equal(at('$.detail.nothing'), null);
  });

  test('what is not there is undefined; a wildcard over nothing is an empty list', () => {
    assert.equal(at('$.detail.missing'), undefined);
    assert.equal(at('$.detail.items[5]'), undefined);
    assert.equal(at('$.source.inner'), undefined);
    assert.deepEqual(at('$.detail.missing[*]'), []);
  });

  test('paths EventBridge does not take', () => {
    for (const bad of ['detail', '$detail', '$.', '$..detail', '$.detail[', "$.detail['a']", '$.items[-1]']) assert.equal(parseJsonPath(bad), undefined, bad);
  });
});

describe('InputTemplate filling', () => {
  const context = { ruleArn: 'arn:aws:events:us-east-1:000000000000:rule/r', ruleName: 'r', ingestionTime: '2030-01-02T03:04:06Z' };
  const fill = (template: string, paths: Record<string, string> = {}) => renderTemplate({ InputTemplate: template, InputPathsMap: paths }, EVENT, context);

  test('a placeholder in a JSON string inserts raw text; outside, JSON', () => {
    assert.equal(fill('{"a": <v>, "b": "<v>"}', { v: '$.detail.instance-id' }), '{"a":"i-1","b":"i-1"}');
    assert.equal(fill('{"n": <n>, "s": "n=<n>"}', { n: '$.detail.a/b' }), '{"n":7,"s":"n=7"}');
    assert.equal(fill('{"items": <items>}', { items: '$.detail.items' }), '{"items":[{"sku":"a","qty":1},{"sku":"b","qty":2}]}');
    assert.equal(fill('[<x>, <y>]', { x: '$.detail.nothing', y: '$.detail.nested.deep.value' }), '[null,true]');
  });

  test('values are not escaped inside strings, as AWS says: the result may not be JSON, and is passed as it is', () => {
    assert.equal(fill('{"obj": "<o>"}', { o: '$.detail.nested' }), '{"obj": "{"deep":{"value":true}}"}');
  });

  test('a text template inserts raw text everywhere; whitespace in strings is kept', () => {
    assert.equal(fill('id <id> at <aws.events.event.ingestion-time> by <aws.events.rule-name>', { id: '$.id' }), 'id e-1 at 2030-01-02T03:04:06Z by r');
    assert.equal(fill('{ "text" : "two  spaces <id>" }', { id: '$.id' }), '{"text":"two  spaces e-1"}');
  });

  test('minifying keeps strings and numbers byte for byte', () => {
    assert.equal(minifyJson('{ "a" : 1.50 , "b" : "x  \\" y" , "c" : [ 1e3 ] }'), '{"a":1.50,"b":"x  \\" y","c":[1e3]}');
    assert.equal(minifyJson('not json  at all'), 'not json  at all');
  });
});
