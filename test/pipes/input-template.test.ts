import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTemplate, templateValue, valueAtPath, type TemplateVariables } from '../../src/services/pipes/input-template.js';

const event = {
  messageId: 'm-1',
  body: '{"key":"value","say":"he said \\"hi\\"","Records":[{"n":0},{"n":1}],"count":3}',
  attributes: { SenderId: 'AIDAEXAMPLE' },
};
const data = { ...event, body: JSON.parse(event.body) };
const variables: TemplateVariables = {
  'pipe-arn': 'arn:aws:pipes:us-east-1:000000000000:pipe/p',
  'pipe-name': 'p',
  'source-arn': 'arn:aws:sqs:us-east-1:000000000000:q',
  'enrichment-arn': '',
  'target-arn': 'arn:aws:sqs:us-east-1:000000000000:t',
  event,
  'event.json': data,
  'event.ingestion-time': '2026-12-02T10:00:00.000Z',
};

describe('Pipes InputTemplate', () => {
  it('writes a static string and a free-text template with a path as they are', () => {
    assert.equal(renderTemplate('Hello, sender', data, variables), 'Hello, sender');
    assert.equal(renderTemplate('Hello, <$.attributes.SenderId>', data, variables), 'Hello, AIDAEXAMPLE');
    assert.equal(renderTemplate('<$.attributes.SenderId>', data, variables), 'AIDAEXAMPLE');
    assert.equal(renderTemplate('count <$.body.count>, missing [<$.body.nope>]', data, variables), 'count 3, missing []');
  });

  it('in a JSON template, writes values inside quotes as string content and outside quotes as JSON', () => {
    const out = renderTemplate('{"key1": "value1", "key2": <$.body.key>, "say": "<$.body.say>", "d": "<aws.pipes.event.ingestion-time>", "n": <$.body.Records[1].n>, "all": <$.body.Records>}', data, variables);
    assert.deepEqual(JSON.parse(out), { key1: 'value1', key2: 'value', say: 'he said "hi"', d: '2026-12-02T10:00:00.000Z', n: 1, all: [{ n: 0 }, { n: 1 }] });
    assert.deepEqual(JSON.parse(renderTemplate('{"gone": <$.body.nope>, "empty": "<$.body.nope>"}', data, variables)), { gone: null, empty: '' });
    // An object inside quotes is its JSON text, escaped.
    assert.deepEqual(JSON.parse(renderTemplate('{"text": "<$.body.Records[0]>"}', data, variables)), { text: '{"n":0}' });
  });

  it('offers the reserved variables: the pipe, its ARNs, the event as received and decoded', () => {
    const out = JSON.parse(renderTemplate('{"pipe": "<aws.pipes.pipe-name>", "arn": "<aws.pipes.pipe-arn>", "source": "<aws.pipes.source-arn>", "target": "<aws.pipes.target-arn>", "raw": <aws.pipes.event>, "json": <aws.pipes.event.json>}', data, variables));
    assert.equal(out.pipe, 'p');
    assert.equal(out.arn, variables['pipe-arn']);
    assert.equal(out.source, variables['source-arn']);
    assert.equal(out.target, variables['target-arn']);
    assert.equal(out.raw.body, event.body);
    assert.deepEqual(out.json.body, data.body);
  });

  it('leaves text that only looks like a placeholder, and quotes escaped in the template, alone', () => {
    assert.equal(renderTemplate('a < b and <not a path>', data, variables), 'a < b and <not a path>');
    assert.deepEqual(JSON.parse(renderTemplate('{"q": "say \\"<$.body.key>\\"", "v": <$.body.key>}', data, variables)), { q: 'say "value"', v: 'value' });
  });

  it('reads dynamic parameters by path, and a rendered template as a value', () => {
    assert.equal(valueAtPath(data, '$.attributes.SenderId'), 'AIDAEXAMPLE');
    assert.equal(valueAtPath(data, '$.body.Records[5]'), undefined);
    assert.deepEqual(templateValue('{"a":1}'), { a: 1 });
    assert.equal(templateValue('plain'), 'plain');
  });
});
