import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compilePattern, PatternError } from '../../src/core/event-pattern/index.js';

/** The shared event-pattern engine on its own, with the cases of AWS's content-filtering documentation. */
const matches = (pattern: unknown, event: unknown) => compilePattern(pattern).matches(event);

function refused(pattern: unknown, reason: RegExp | string, limits = {}) {
  assert.throws(() => compilePattern(pattern, limits), (error: unknown) => {
    assert.ok(error instanceof PatternError, String(error));
    if (typeof reason === 'string') assert.equal(error.reason, reason);
    else assert.match(error.reason, reason);
    return true;
  });
}

const ec2Event = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0', 'arn:aws:ec2:us-west-1:123456789012:instance/i-0987654321'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated', 'c-count': 5, 'd-count': 3, 'x-limit': 301.8, sourceIPAddress: '10.0.0.123', location: { city: 'Seattle' } },
};

describe('event patterns: matching', () => {
  test('exact values: strings, numbers (by value), booleans, null; arrays are OR; nested objects', () => {
    assert.ok(matches({ source: ['aws.ec2'] }, ec2Event));
    assert.ok(matches({ source: ['aws.s3', 'aws.ec2'] }, ec2Event));
    assert.ok(!matches({ source: ['aws.s3'] }, ec2Event));
    assert.ok(matches({ detail: { state: ['terminated'], 'c-count': [5.0] } }, ec2Event));
    assert.ok(!matches({ detail: { 'c-count': ['5'] } }, ec2Event), 'a string does not match a number');
    assert.ok(matches({ flag: [true] }, { flag: true }));
    assert.ok(!matches({ flag: [true] }, { flag: 'true' }));
    assert.ok(matches({ gone: [null] }, { gone: null }));
    assert.ok(!matches({ gone: [null] }, {}), 'null matches a null value, not a missing field');
    assert.ok(matches({ detail: { location: { city: ['Seattle'] } } }, ec2Event));
    // Every key must match (AND); a missing field does not.
    assert.ok(!matches({ source: ['aws.ec2'], detail: { state: ['running'] } }, ec2Event));
    assert.ok(!matches({ missing: ['x'] }, ec2Event));
  });

  test('an array in the event matches when any of its elements does; arrays of objects are matched into', () => {
    assert.ok(matches({ resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-0987654321'] }, ec2Event));
    assert.ok(!matches({ resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-other'] }, ec2Event));
    const order = { items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 7 }] };
    assert.ok(matches({ items: { sku: ['b'], qty: [{ numeric: ['>', 5] }] } }, order));
    assert.ok(!matches({ items: { sku: ['a'], qty: [{ numeric: ['>', 5] }] } }, order), 'both conditions on the same element');
  });

  test('prefix, suffix and equals-ignore-case, with their case-insensitive forms', () => {
    assert.ok(matches({ time: [{ prefix: '2017-12-22' }] }, ec2Event));
    assert.ok(!matches({ time: [{ prefix: '2018' }] }, ec2Event));
    assert.ok(matches({ file: [{ suffix: '.png' }] }, { file: 'image.png' }));
    assert.ok(!matches({ file: [{ suffix: '.png' }] }, { file: 'image.PNG' }));
    assert.ok(matches({ file: [{ suffix: { 'equals-ignore-case': '.png' } }] }, { file: 'image.PNG' }));
    assert.ok(matches({ name: [{ prefix: { 'equals-ignore-case': 'ALI' } }] }, { name: 'alice' }));
    assert.ok(matches({ name: [{ 'equals-ignore-case': 'alice' }] }, { name: 'AlIcE' }));
    assert.ok(!matches({ n: [{ prefix: '1' }] }, { n: 12 }), 'prefix applies to strings only');
  });

  test('wildcard: any run of characters, escaped stars', () => {
    const pattern = { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] };
    assert.ok(matches(pattern, { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/default' }));
    assert.ok(!matches(pattern, { EventBusArn: 'arn:aws:events:us-west-2:123456789012:event-bus/default' }));
    assert.ok(matches({ path: [{ wildcard: '*/lib/*' }] }, { path: 'usr/lib/node' }));
    assert.ok(matches({ path: [{ wildcard: 'a*b*c' }] }, { path: 'abc' }));
    assert.ok(matches({ path: [{ wildcard: 'a*b*c' }] }, { path: 'axxbyybzc' }));
    assert.ok(!matches({ path: [{ wildcard: 'a*b*c' }] }, { path: 'acb' }));
    assert.ok(matches({ path: [{ wildcard: 'star\\*' }] }, { path: 'star*' }));
    assert.ok(!matches({ path: [{ wildcard: 'star\\*' }] }, { path: 'starry' }));
  });

  test('anything-but: values, lists, numbers, prefix, suffix, wildcard and equals-ignore-case inside it', () => {
    assert.ok(matches({ detail: { state: [{ 'anything-but': 'initializing' }] } }, ec2Event));
    assert.ok(!matches({ detail: { state: [{ 'anything-but': ['stopped', 'terminated'] }] } }, ec2Event));
    assert.ok(matches({ x: [{ 'anything-but': [100, 200, 300] }] }, { x: 5 }));
    assert.ok(!matches({ x: [{ 'anything-but': [100, 200, 300] }] }, { x: 200 }));
    assert.ok(!matches({ x: [{ 'anything-but': 'a' }] }, {}), 'a missing field is not "anything but"');
    assert.ok(matches({ s: [{ 'anything-but': { prefix: 'init' } }] }, { s: 'running' }));
    assert.ok(!matches({ s: [{ 'anything-but': { prefix: 'init' } }] }, { s: 'initializing' }));
    assert.ok(!matches({ f: [{ 'anything-but': { suffix: '.txt' } }] }, { f: 'notes.txt' }));
    assert.ok(matches({ f: [{ 'anything-but': { wildcard: '*/lib/*' } }] }, { f: 'usr/bin/node' }));
    assert.ok(!matches({ f: [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }] }, { f: 'usr/bin/node' }));
    assert.ok(!matches({ n: [{ 'anything-but': { 'equals-ignore-case': ['Alice', 'BOB'] } }] }, { n: 'bob' }));
    assert.ok(matches({ n: [{ 'anything-but': { 'equals-ignore-case': ['Alice', 'BOB'] } }] }, { n: 'carol' }));
  });

  test('numeric: ranges, equality, numbers only', () => {
    assert.ok(matches({ detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } }, ec2Event));
    assert.ok(!matches({ detail: { 'c-count': [{ numeric: ['>', 0, '<', 5] }] } }, ec2Event));
    assert.ok(matches({ detail: { 'x-limit': [{ numeric: ['=', 3.018e2] }] } }, ec2Event));
    assert.ok(matches({ v: [{ numeric: ['>=', -1] }] }, { v: -1 }));
    assert.ok(!matches({ v: [{ numeric: ['>', 0] }] }, { v: '5' }), 'a numeric text is not a number');
  });

  test('exists: true for a present leaf, false for an absent one (also under a missing parent)', () => {
    assert.ok(matches({ detail: { 'c-count': [{ exists: true }] } }, ec2Event));
    assert.ok(!matches({ detail: { 'e-count': [{ exists: true }] } }, ec2Event));
    assert.ok(matches({ detail: { 'e-count': [{ exists: false }] } }, ec2Event));
    assert.ok(matches({ other: { deep: [{ exists: false }] } }, ec2Event));
    assert.ok(!matches({ detail: { location: [{ exists: true }] } }, ec2Event), 'exists applies to leaves, not objects');
  });

  test('cidr: IPv4 and IPv6 prefixes', () => {
    assert.ok(matches({ detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, ec2Event));
    assert.ok(!matches({ detail: { sourceIPAddress: [{ cidr: '10.0.1.0/24' }] } }, ec2Event));
    assert.ok(matches({ ip: [{ cidr: '10.0.0.0/8' }] }, { ip: '10.200.3.4' }));
    assert.ok(matches({ ip: [{ cidr: '2001:db8::/32' }] }, { ip: '2001:0db8:85a3::8a2e:0370:7334' }));
    assert.ok(!matches({ ip: [{ cidr: '2001:db8::/32' }] }, { ip: '2001:db9::1' }));
    assert.ok(!matches({ ip: [{ cidr: '10.0.0.0/8' }] }, { ip: '2001:db8::1' }));
    assert.ok(!matches({ ip: [{ cidr: '10.0.0.0/8' }] }, { ip: 'not an address' }));
    assert.ok(matches({ ip: [{ cidr: '192.168.1.7' }] }, { ip: '192.168.1.7' }), 'an address alone is a /32');
  });

  test('$or: any alternative, combined with sibling keys by AND', () => {
    const pattern = {
      source: ['aws.ec2'],
      detail: { $or: [{ 'c-count': [{ numeric: ['>', 10] }] }, { 'd-count': [{ numeric: ['<', 10] }] }, { 'x-limit': [{ numeric: ['=', 1] }] }] },
    };
    assert.ok(matches(pattern, ec2Event));
    assert.ok(!matches({ ...pattern, source: ['aws.s3'] }, ec2Event));
    assert.ok(!matches({ detail: { $or: [{ 'c-count': [1] }, { 'd-count': [1] }] } }, ec2Event));
  });
});

describe('event patterns: malformed patterns get AWS reasons', () => {
  test('shapes and values', () => {
    refused({ a: [] }, 'Empty arrays are not allowed');
    refused({ a: 'x' }, /^Match value must be an array or an object/);
    refused({ a: [[1]] }, 'Match value must be String, number, true, false, or null');
    refused({ a: [{ beginsWith: 'x' }] }, 'Unrecognized match type beginsWith');
    refused({ a: [{ prefix: 5 }] }, 'Value of prefix must be a string');
    refused({ a: [{ exists: 'yes' }] }, 'exists match pattern must be either true or false.');
    refused({ a: [{ numeric: ['>', 'x'] }] }, 'Value of > must be numeric');
    refused({ a: [{ numeric: ['==', 1] }] }, 'Unrecognized numeric range operator: "=="');
    refused({ a: [{ numeric: ['>', 1, '<', 2, '<', 3] }] }, 'Too many elements in numeric expression');
    refused({ a: [{ numeric: ['<', 5, '>', 1] }] }, /lower bound comes first/);
    refused({ a: [{ wildcard: 'a**b' }] }, 'Consecutive wildcard characters at pos 2');
    refused({ a: [{ cidr: '10.0.0.0/33' }] }, 'Nonstandard IP address: 10.0.0.0/33');
    refused({ a: [{ 'anything-but': [true] }] }, /anything but list/);
    refused({ $or: [{ a: [1] }] }, /at least two patterns/);
    refused([], 'Filter policy must be a JSON object');
  });

  test('SNS limits: keys, combinations', () => {
    refused({ a: [1], b: [1], c: [1], d: [1], e: [1], f: [1] }, 'Filter policy can not have more than 5 keys', { maxKeys: 5 });
    const many = Array.from({ length: 13 }, (_, i) => i);
    refused({ a: many, b: many }, 'Filter policy is too complex', { maxCombinations: 150 });
    assert.equal(compilePattern({ a: [1, 2, 3], b: { c: [1, 2] } }).combinations, 6);
    assert.equal(compilePattern({ $or: [{ a: [1, 2] }, { b: [1, 2, 3] }] }).combinations, 5);
    assert.equal(compilePattern({ a: [1], b: { c: { d: [1] } } }).depth, 3);
  });
});
