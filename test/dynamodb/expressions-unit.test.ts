import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AttributeValue, Item } from '../../src/services/dynamodb/attribute-values.js';
import { checkValue, itemSize } from '../../src/services/dynamodb/attribute-values.js';
import { evaluate } from '../../src/services/dynamodb/expressions/evaluate.js';
import { keyRangeFromCondition } from '../../src/services/dynamodb/expressions/key-condition.js';
import { checkOverlaps, project } from '../../src/services/dynamodb/expressions/paths.js';
import { checkAllUsed, newContext, parseCondition, parseProjection, parseUpdate } from '../../src/services/dynamodb/expressions/parser.js';
import { tokenize } from '../../src/services/dynamodb/expressions/tokenizer.js';
import { applyUpdate, updatedPaths } from '../../src/services/dynamodb/expressions/update.js';
import { RESERVED_WORDS } from '../../src/services/dynamodb/expressions/reserved-words.js';
import { encodeNumber } from '../../src/services/dynamodb/key-encoding.js';
import { addNumbers, compareNumbers, normalizeNumber } from '../../src/services/dynamodb/numbers.js';

function throwsMessage(fn: () => unknown, message: string | RegExp) {
  assert.throws(fn, (e: Error & { code?: string }) => {
    assert.equal(e.code, 'ValidationException');
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}

const values = (v: Record<string, AttributeValue>) => v;
function condition(text: string, item: Item, names?: Record<string, string>, vals?: Record<string, AttributeValue>) {
  return evaluate(parseCondition(text, 'ConditionExpression', newContext(names, vals)), item);
}

describe('DynamoDB numbers', () => {
  test('normalization as DynamoDB answers them', () => {
    assert.equal(normalizeNumber('1.0'), '1');
    assert.equal(normalizeNumber('007'), '7');
    assert.equal(normalizeNumber('-0'), '0');
    assert.equal(normalizeNumber('0.10'), '0.1');
    assert.equal(normalizeNumber('1e2'), '100');
    assert.equal(normalizeNumber('1.5E-3'), '0.0015');
    assert.equal(normalizeNumber('+12.50'), '12.5');
    assert.equal(normalizeNumber('.5'), '0.5');
    assert.equal(normalizeNumber('5.'), '5');
    assert.equal(normalizeNumber('-1E+2'), '-100');
    assert.equal(normalizeNumber('12345678901234567890123456789012345678'), '12345678901234567890123456789012345678');
  });
  test('range, precision and malformed numbers', () => {
    throwsMessage(() => normalizeNumber('abc'), 'The parameter cannot be converted to a numeric value: abc');
    throwsMessage(() => normalizeNumber(''), 'The parameter cannot be converted to a numeric value');
    throwsMessage(() => normalizeNumber('1e'), 'The parameter cannot be converted to a numeric value: 1e');
    throwsMessage(() => normalizeNumber(' 1'), 'The parameter cannot be converted to a numeric value:  1');
    throwsMessage(() => normalizeNumber('NaN'), 'The parameter cannot be converted to a numeric value: NaN');
    throwsMessage(() => normalizeNumber('123456789012345678901234567890123456789'), 'Attempting to store more than 38 significant digits in a Number');
    throwsMessage(() => normalizeNumber('1e126'), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
    throwsMessage(() => normalizeNumber('1e-131'), 'Number underflow. Attempting to store a number with magnitude smaller than supported range');
    throwsMessage(() => normalizeNumber('1e999999999999'), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
    assert.equal(normalizeNumber('9.9999999999999999999999999999999999999E+125').length, 126);
    assert.equal(normalizeNumber('1E-130'), `0.${'0'.repeat(129)}1`);
    assert.equal(normalizeNumber('0e999999999'), '0');
  });
  test('exact decimal arithmetic and comparison', () => {
    assert.equal(addNumbers('0.1', '0.2'), '0.3');
    assert.equal(addNumbers('650', '150', true), '500');
    assert.equal(addNumbers('99999999999999999999999999999999999999', '-1'), '99999999999999999999999999999999999998');
    assert.equal(addNumbers('1e125', '-1e125'), '0');
    assert.equal(addNumbers('99999999999999999999999999999999999999', '1'), '100000000000000000000000000000000000000');
    throwsMessage(() => addNumbers('99999999999999999999999999999999999999', '0.1'), 'Attempting to store more than 38 significant digits in a Number');
    throwsMessage(() => addNumbers('9e125', '9e125'), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
    assert.ok(compareNumbers('10', '9') > 0);
    assert.ok(compareNumbers('-10', '-9') < 0);
    assert.ok(compareNumbers('0.001', '-1000') > 0);
    assert.equal(compareNumbers('1.50', '1.5'), 0);
  });
  test('the key encoding sorts as numbers sort', () => {
    const numbers = ['-1e125', '-1000', '-10.5', '-10', '-9.99', '-1', '-0.5', '-0.123', '-0.12', '-1e-130', '0', '1e-130', '0.12', '0.123', '0.5', '1', '9.99', '10', '10.5', '1000', '9.9e125'];
    const encoded = numbers.map((n) => ({ n, key: encodeNumber(n) }));
    const sorted = [...encoded].sort((a, b) => Buffer.compare(a.key, b.key)).map((e) => e.n);
    assert.deepEqual(sorted, numbers);
    for (let i = 0; i < 200; i++) {
      const a = (Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 10);
      const b = (Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 10);
      assert.equal(Math.sign(Buffer.compare(encodeNumber(String(a)), encodeNumber(String(b)))), Math.sign(a - b), `${a} vs ${b}`);
    }
  });
});

describe('attribute values', () => {
  test('AWS rules for sets, nulls and shapes', () => {
    throwsMessage(() => checkValue({}), 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    throwsMessage(() => checkValue({ S: 'a', N: '1' }), 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
    throwsMessage(() => checkValue({ SS: [] }), 'One or more parameter values were invalid: An string set  may not be empty');
    throwsMessage(() => checkValue({ NS: [] }), 'One or more parameter values were invalid: An number set  may not be empty');
    throwsMessage(() => checkValue({ BS: [] }), 'One or more parameter values were invalid: Binary sets should not be empty');
    throwsMessage(() => checkValue({ SS: ['a', 'a'] }), 'One or more parameter values were invalid: Input collection [a, a] contains duplicates.');
    throwsMessage(() => checkValue({ NS: ['1', '1.0'] }), 'Input collection contains duplicates');
    throwsMessage(() => checkValue({ NULL: false }), 'One or more parameter values were invalid: Null attribute value types must have the value of true');
    assert.deepEqual(checkValue({ NS: ['1.0', '02'] }), { NS: ['1', '2'] });
    assert.deepEqual(checkValue({ SS: [''] }), { SS: [''] });
    let deep: AttributeValue = { S: 'leaf' };
    for (let i = 0; i < 31; i++) deep = { L: [deep] };
    assert.ok(checkValue(deep));
    throwsMessage(() => checkValue({ M: { x: deep } }), 'Nesting Levels have exceeded supported limits');
  });
  test('item size counts names and values as DynamoDB does', () => {
    assert.equal(itemSize({ a: { S: 'hello' } }), 6);
    assert.equal(itemSize({ id: { N: '123' } }), 2 + 3);
    assert.equal(itemSize({ b: { BOOL: true }, n: { NULL: true } }), 4);
    assert.equal(itemSize({ l: { L: [{ S: 'ab' }, { S: 'c' }] } }), 1 + 3 + 3 + 2);
    assert.equal(itemSize({ m: { M: { k: { S: 'v' } } } }), 1 + 3 + 1 + 1 + 1);
    assert.equal(itemSize({ ss: { SS: ['a', 'bc'] } }), 2 + 3);
    assert.equal(itemSize({ é: { S: 'ü' } }), 4);
  });
});

describe('expression tokenizer and parser', () => {
  test('tokens', () => {
    assert.deepEqual(tokenize('a.b[2] <= :v AND #n <> size(c)').map((t) => t.text), ['a', '.', 'b', '[', '2', ']', '<=', ':v', 'AND', '#n', '<>', 'size', '(', 'c', ')', '<EOF>']);
  });
  test('precedence: NOT over AND over OR, parentheses', () => {
    const item: Item = { a: { N: '1' }, b: { N: '2' } };
    const vals = values({ ':one': { N: '1' }, ':two': { N: '2' }, ':three': { N: '3' } });
    assert.equal(condition('a = :one OR b = :three AND a = :two', item, undefined, vals), true);
    assert.equal(condition('(a = :one OR b = :three) AND a = :two', item, undefined, vals), false);
    assert.equal(condition('NOT a = :two AND b = :two', item, undefined, vals), true);
    assert.equal(condition('NOT (a = :one AND b = :two) OR a = :three', item, undefined, vals), false);
    assert.equal(condition('a between :one and :three', item, undefined, vals), true);
    assert.equal(condition('b IN (:one, :three)', item, undefined, vals), false);
    assert.equal(condition('b in (:one,:two)', item, undefined, vals), true);
  });
  test('comparisons by type, missing attributes, functions', () => {
    const item: Item = {
      s: { S: 'apple' }, u: { S: 'é𝄞' }, n: { N: '10' }, b: { B: Buffer.from([1, 2, 3]) }, ss: { SS: ['x', 'y'] }, ns: { NS: ['1', '2'] },
      l: { L: [{ S: 'a' }, { N: '5' }] }, m: { M: { nest: { M: { deep: { S: 'yes' } } } } }, nul: { NULL: true }, t: { BOOL: true },
    };
    const vals = values({
      ':s': { S: 'apple' }, ':p': { S: 'app' }, ':n9': { N: '9' }, ':n10': { N: '10.0' }, ':x': { S: 'x' }, ':one': { N: '1' },
      ':b': { B: Buffer.from([1, 2]) }, ':five': { N: '5' }, ':typeSS': { S: 'SS' }, ':typeN': { S: 'N' }, ':two': { N: '2' }, ':three': { N: '3' }, ':yes': { S: 'yes' },
    });
    const check = (text: string, expected: boolean) => {
      const context = newContext(undefined, vals);
      assert.equal(evaluate(parseCondition(text, 'ConditionExpression', context), item), expected, text);
    };
    check('s = :s', true);
    check('n = :n10', true);
    check('n > :n9', true);
    check('s > :n9', false);
    check('absent <> :s', true);
    check('absent = :s', false);
    check('absent < :s', false);
    check('begins_with(s, :p)', true);
    check('begins_with(b, :b)', true);
    check('contains(s, :p)', true);
    check('contains(ss, :x)', true);
    check('contains(ns, :one)', true);
    check('contains(l, :five)', true);
    check('attribute_exists(m.nest.deep)', true);
    check('attribute_not_exists(m.nest.nope)', true);
    check('attribute_type(ss, :typeSS)', true);
    check('attribute_type(n, :typeN)', true);
    check('size(s) = :five', true);
    check('size(u) = :three', true);
    check('size(ss) = :two', true);
    check('size(l) = :two', true);
    check('size(absent) = :two', false);
    check('size(:p) < size(s)', true);
    check('m.nest.deep = :yes', true);
    check('l[0] = :p', false);
  });
  test('errors, worded as DynamoDB words them', () => {
    const vals = values({ ':v': { S: 'x' }, ':n': { N: '1' }, ':hi': { N: '10' } });
    const parse = (text: string, names?: Record<string, string>) => parseCondition(text, 'ConditionExpression', newContext(names, vals));
    throwsMessage(() => parse(''), 'Invalid ConditionExpression: The expression can not be empty;');
    throwsMessage(() => parse('a = = :v'), 'Invalid ConditionExpression: Syntax error; token: "=", near: "= = :v"');
    throwsMessage(() => parse('a ='), 'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "="');
    throwsMessage(() => parse('a = :v)'), 'Invalid ConditionExpression: Syntax error; token: ")", near: ":v)"');
    throwsMessage(() => parse('a ! :v'), 'Invalid ConditionExpression: Syntax error; token: "!", near: "a ! :v"');
    throwsMessage(() => parse('name = :v'), 'Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name');
    throwsMessage(() => parse('#n = :v'), 'Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #n');
    throwsMessage(() => parse('a = :missing'), 'Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :missing');
    throwsMessage(() => parse('foo(a)'), 'Invalid ConditionExpression: Invalid function name; function: foo');
    throwsMessage(() => parse('attribute_exists(a, b)'), 'Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2');
    throwsMessage(() => parse('attribute_exists(:v)'), 'Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists');
    throwsMessage(() => parse('size(:n) = :n'), 'Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: size, operand type: N');
    throwsMessage(() => parse('size(size(a)) = :n'), 'Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: size, operand type: N');
    throwsMessage(() => parse('size(a)'), 'Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: size');
    throwsMessage(() => parse('a = attribute_exists(b)'), 'Invalid ConditionExpression: The function is not allowed to be used this way in an expression; function: attribute_exists');
    throwsMessage(() => parse('begins_with(a, :n)'), 'Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N');
    throwsMessage(() => parse('if_not_exists(a, :v) = :v'), 'Invalid ConditionExpression: The function is not allowed in a condition expression; function: if_not_exists');
    throwsMessage(
      () => parse('a BETWEEN :hi AND :n'),
      'Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:10}, upper bound operand: AttributeValue: {N:1}',
    );
    parse(`a = :v${' '.repeat(4096 - 6)}`);
    throwsMessage(() => parse(`a = :v${' '.repeat(4097 - 6)}`), 'Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4097');
    throwsMessage(() => parse(`a = :v${'é'.repeat(2046)}`), /expression size: 4098$/);
    throwsMessage(() => parse(`a${'.b'.repeat(32)} = :v`), 'Invalid ConditionExpression: The document path has too many nesting levels; nesting levels: 33');
    throwsMessage(() => parse(`${'('.repeat(150)}a = :v${')'.repeat(150)}`), 'Invalid ConditionExpression: The expression has too many nested levels');
    throwsMessage(() => parse(`a IN (${Array.from({ length: 101 }, () => ':v').join(',')})`), /IN operator accepts at most 100 operands/);
    const context = newContext({ '#a': 'a', '#unused': 'x' }, vals);
    parseCondition('#a = :v', 'ConditionExpression', context);
    throwsMessage(() => checkAllUsed(context), 'Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}');
  });
  test('the reserved words are the 573 of the documentation', () => {
    assert.equal(RESERVED_WORDS.size, 573);
    for (const word of ['NAME', 'STATUS', 'DATA', 'YEAR', 'COUNT', 'SIZE', 'VALUE', 'TTL']) assert.ok(RESERVED_WORDS.has(word), word);
    assert.ok(!RESERVED_WORDS.has('PRICE'));
  });
});

describe('update expressions', () => {
  const vals = values({
    ':one': { N: '1' }, ':v': { S: 'v' }, ':list': { L: [{ S: 'z' }] }, ':set': { SS: ['b', 'c'] }, ':rm': { SS: ['a', 'b'] }, ':zero': { N: '0' },
  });
  const update = (text: string, item: Item, names?: Record<string, string>) => {
    const context = newContext(names, vals);
    const actions = parseUpdate(text, context);
    checkOverlaps(updatedPaths(actions), 'UpdateExpression');
    return applyUpdate(item, actions);
  };
  test('SET, REMOVE, ADD, DELETE with nested paths', () => {
    const item: Item = { n: { N: '5' }, l: { L: [{ S: 'a' }, { S: 'b' }, { S: 'c' }] }, m: { M: { x: { N: '1' } } }, s: { SS: ['a'] }, d: { SS: ['a', 'c'] } };
    const out = update('SET n = n + :one, m.y = :v, l[1] = :v, newList = list_append(:list, l), c = if_not_exists(c, :zero) REMOVE l[0], l[2] ADD s :set, hits :one DELETE d :rm', item);
    assert.deepEqual(out.n, { N: '6' });
    assert.deepEqual(out.m, { M: { x: { N: '1' }, y: { S: 'v' } } });
    assert.deepEqual(out.l, { L: [{ S: 'v' }] });
    assert.deepEqual(out.newList, { L: [{ S: 'z' }, { S: 'a' }, { S: 'b' }, { S: 'c' }] });
    assert.deepEqual(out.c, { N: '0' });
    assert.deepEqual(out.hits, { N: '1' });
    assert.deepEqual(out.s, { SS: ['a', 'b', 'c'] });
    assert.deepEqual(out.d, { SS: ['c'] });
    assert.deepEqual(item.n, { N: '5' }, 'the original item is untouched');
    assert.deepEqual(update('SET l[10] = :v', item).l.L!.length, 4, 'an index past the end appends');
    assert.equal(update('DELETE s :rm', { s: { SS: ['a'] } }).s, undefined, 'an emptied set goes away');
  });
  test('errors', () => {
    const item: Item = { s: { S: 'str' }, l: { L: [] } };
    throwsMessage(() => update('SET a = :v, a.b = :v', item), 'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]');
    throwsMessage(() => update('SET a = :v REMOVE a', item), 'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]');
    throwsMessage(() => update('SET a[1] = :v, a.b = :v', item), 'Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a, b]');
    throwsMessage(() => update('SET a = :v SET b = :v', item), 'Invalid UpdateExpression: The "SET" section can only be used once in an update expression;');
    throwsMessage(() => update('SET a = s + :one', item), 'An operand in the update expression has an incorrect data type');
    throwsMessage(() => update('SET a = :v + :one', item), 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: S');
    throwsMessage(() => update('ADD a :v', item), 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING');
    throwsMessage(() => update('DELETE a :one', item), 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER');
    throwsMessage(() => update('SET a = absent', item), 'The provided expression refers to an attribute that does not exist in the item');
    throwsMessage(() => update('SET nope.deep = :v', item), 'The document path provided in the update expression is invalid for update');
    throwsMessage(() => update('SET a = size(s)', item), 'Invalid UpdateExpression: The function is not allowed in an update expression; function: size');
    throwsMessage(() => update('SET a = list_append(:v, l)', item), 'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: S');
    throwsMessage(() => update('ADD s :one', item), 'An operand in the update expression has an incorrect data type');
    throwsMessage(() => update('SET', item), 'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "SET"');
    throwsMessage(() => update('PUT a = :v', item), 'Invalid UpdateExpression: Syntax error; token: "PUT", near: "PUT a"');
  });
});

describe('projections and key conditions', () => {
  test('projection keeps the named paths, lists compacted in order', () => {
    const item: Item = { a: { M: { b: { S: '1' }, c: { S: '2' } } }, l: { L: [{ S: 'x' }, { S: 'y' }, { S: 'z' }] }, k: { N: '1' } };
    const paths = parseProjection('l[2], a.c, l[0], nothere', newContext());
    assert.deepEqual(project(item, paths), { l: { L: [{ S: 'x' }, { S: 'z' }] }, a: { M: { c: { S: '2' } } } });
    throwsMessage(() => checkOverlaps(parseProjection('a, a.b', newContext()), 'ProjectionExpression'),
      'Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]');
  });
  test('key conditions', () => {
    const hash = { name: 'pk', type: 'S' as const };
    const range = { name: 'sk', type: 'N' as const };
    const schema = { hash, range, hashKeys: [hash], rangeKeys: [range] };
    const vals = values({ ':p': { S: 'a' }, ':n': { N: '1' }, ':m': { N: '5' }, ':s': { S: 'x' } });
    const key = (text: string) => keyRangeFromCondition(parseCondition(text, 'KeyConditionExpression', newContext(undefined, vals)), schema);
    assert.deepEqual(key('pk = :p AND sk BETWEEN :n AND :m'), { partition: [{ S: 'a' }], sortPrefix: [], sort: { operator: 'BETWEEN', values: [{ N: '1' }, { N: '5' }] } });
    assert.deepEqual(key(':n < sk and pk = :p').sort, { operator: '>', values: [{ N: '1' }] });
    throwsMessage(() => key('pk = :p OR sk = :n'), 'Invalid operator used in KeyConditionExpression: OR');
    throwsMessage(() => key('sk = :n'), 'Query condition missed key schema element: pk');
    throwsMessage(() => key('pk = :p AND extra = :n'), 'Query condition missed key schema element: sk');
    throwsMessage(() => key('pk < :p'), 'Query key condition not supported');
    throwsMessage(() => key('pk = :p AND pk = :p'), 'KeyConditionExpressions must only contain one condition per key');
    throwsMessage(() => key('pk = :n'), 'One or more parameter values were invalid: Condition parameter type does not match schema type');
    throwsMessage(() => key('pk = :p AND begins_with(sk, :n)'), 'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N');
    throwsMessage(() => key('attribute_exists(pk)'), 'Invalid operator used in KeyConditionExpression: attribute_exists');
  });
});

describe('number sizes', () => {
  test('canonical and non-canonical text size alike', () => {
    for (const text of ['0', '1', '-1', '10', '1000', '12345', '0.5', '0.05', '0.001234', '-0.001234', '123.456', '99.9', '1E+20', '1e-7', '7', '100.01']) {
      const canonical = normalizeNumber(text);
      assert.equal(itemSize({ n: { N: canonical } }), itemSize({ n: { N: text } }), text);
    }
    assert.equal(itemSize({ n: { N: '1' } }), 1 + 2);
    assert.equal(itemSize({ n: { N: '1234' } }), 1 + 3);
    assert.equal(itemSize({ n: { N: '-1234' } }), 1 + 4);
  });
});
