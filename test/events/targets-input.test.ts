import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EventBridgeClient, PutEventsCommand, PutRuleCommand, PutTargetsCommand, type Target } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { makeQueue, receive } from './targets-support.js';

/*
 * The examples of AWS's "Amazon EventBridge input transformation" page, on its EC2 example event:
 * each template to its own queue, the message body compared with the page's output (the JSON a
 * target receives is minified, as the page says).
 */
const PATHS = { timestamp: '$.time', instance: '$.detail.instance-id', state: '$.detail.state' };
const RULE_ARN = 'arn:aws:events:us-east-1:000000000000:rule/example';

const EXAMPLES: Array<{ name: string; rule: 'example' | 'example-more'; template: string; paths?: Record<string, string>; expected: string | ((event: any) => string) }> = [
  { name: 'simple string', rule: 'example', template: '"instance <instance> is in <state>"', expected: '"instance i-0123456789 is in RUNNING"' },
  { name: 'string with escaped quotes', rule: 'example', template: '"instance \\"<instance>\\" is in <state>"', expected: '"instance \\"i-0123456789\\" is in RUNNING"' },
  { name: 'simple JSON', rule: 'example', template: '{\n  "instance" : <instance>,\n  "state": <state>\n}', expected: '{"instance":"i-0123456789","state":"RUNNING"}' },
  {
    name: 'reserved variables in JSON',
    rule: 'example',
    template: '{\n  "instance" : <instance>,\n  "state": <state>,\n  "ruleArn" : <aws.events.rule-arn>,\n  "ruleName" : <aws.events.rule-name>,\n  "originalEvent" : <aws.events.event>\n}',
    expected: (event) => {
      const { detail: _detail, ...withoutDetail } = event;
      return JSON.stringify({ instance: 'i-0123456789', state: 'RUNNING', ruleArn: RULE_ARN, ruleName: 'example', originalEvent: withoutDetail });
    },
  },
  { name: 'reserved variables in a string', rule: 'example', template: '"<aws.events.rule-name> triggered"', expected: '"example triggered"' },
  {
    name: 'JSON with strings and variables',
    rule: 'example-more',
    template: '{\n "instance" : <instance>,\n "state": "<state>",\n "instanceStatus": "instance \\"<instance>\\" is in <state>"\n}',
    expected: '{"instance":"i-0123456789","state":"RUNNING","instanceStatus":"instance \\"i-0123456789\\" is in RUNNING"}',
  },
  {
    name: 'JSON with a mix of variables and static information',
    rule: 'example-more',
    template: '{\n  "instance" : <instance>,\n  "state": [ 9, <state>, true ],\n  "Transformed" : "Yes"\n}\n',
    expected: '{"instance":"i-0123456789","state":[9,"RUNNING",true],"Transformed":"Yes"}',
  },
  // The API reference's InputTransformer example: a template that is not JSON is text, its placeholders filled raw.
  { name: 'a text template', rule: 'example-more', template: '<instance> is in state <state>', expected: 'i-0123456789 is in state RUNNING' },
  {
    name: 'the whole event, a path that is not in the event, and the ingestion time',
    rule: 'example-more',
    paths: { ...PATHS, missing: '$.detail.nothing' },
    template: '{"event": <aws.events.event.json>, "missing": <missing>, "quoted": "<missing>", "at": "<aws.events.event.ingestion-time>"}',
    expected: (event) => JSON.stringify({ event, missing: '', quoted: '', at: '<ingestion>' }),
  },
];

describe('EventBridge target input', () => {
  let cloud: Cloud;
  let events: EventBridgeClient;
  let sqs: SQSClient;
  const queues = new Map<string, string>();
  let inputQueue: string;
  let pathQueue: string;

  before(async () => {
    cloud = await startTestCloud();
    events = new EventBridgeClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
    const pattern = JSON.stringify({ source: ['app.ec2'] });
    for (const rule of ['example', 'example-more']) await events.send(new PutRuleCommand({ Name: rule, EventPattern: pattern }));
    await events.send(new PutRuleCommand({ Name: 'plain', EventPattern: JSON.stringify({ source: ['app.plain'] }) }));
    const targets: Record<string, Target[]> = { example: [], 'example-more': [], plain: [] };
    for (const [index, example] of EXAMPLES.entries()) {
      const queue = await makeQueue(sqs, `transform-${index}`);
      queues.set(example.name, queue.url);
      targets[example.rule]!.push({ Id: `t${index}`, Arn: queue.arn, InputTransformer: { InputPathsMap: example.paths ?? PATHS, InputTemplate: example.template } });
    }
    const constant = await makeQueue(sqs, 'constant-input');
    const path = await makeQueue(sqs, 'input-path');
    inputQueue = constant.url;
    pathQueue = path.url;
    targets.plain!.push({ Id: 'constant', Arn: constant.arn, Input: '{ "fixed" : [1, 2] }' }, { Id: 'path', Arn: path.arn, InputPath: '$.detail' });
    for (const [rule, list] of Object.entries(targets)) {
      const out = await events.send(new PutTargetsCommand({ Rule: rule, Targets: list }));
      assert.equal(out.FailedEntryCount, 0);
    }
  });

  after(async () => {
    await cloud.close();
  });

  test('each documented template gives the documented output', async () => {
    const put = await events.send(
      new PutEventsCommand({
        Entries: [
          {
            Source: 'app.ec2',
            DetailType: 'EC2 Instance State-change Notification',
            Time: new Date('2015-11-11T21:29:54Z'),
            Resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
            Detail: JSON.stringify({ 'instance-id': 'i-0123456789', state: 'RUNNING' }),
          },
        ],
      }),
    );
    const eventId = put.Entries![0]!.EventId!;
    const [whole] = await receive(sqs, queues.get(EXAMPLES[EXAMPLES.length - 1]!.name)!);
    const received = JSON.parse(whole!.Body!);
    const event = received.event;
    assert.equal(event.id, eventId);
    assert.equal(event.time, '2015-11-11T21:29:54Z');
    assert.match(received.at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    for (const example of EXAMPLES) {
      const [message] = example === EXAMPLES[EXAMPLES.length - 1] ? [whole] : await receive(sqs, queues.get(example.name)!);
      let expected = typeof example.expected === 'function' ? example.expected(event) : example.expected;
      expected = expected.replace('<ingestion>', received.at);
      assert.equal(message!.Body, expected, example.name);
    }
  });

  test('Input is sent as given, InputPath sends the part of the event it names', async () => {
    await events.send(new PutEventsCommand({ Entries: [{ Source: 'app.plain', DetailType: 'x', Detail: JSON.stringify({ 'instance-id': 'i-1', state: 'STOPPED' }) }] }));
    const [constant] = await receive(sqs, inputQueue);
    assert.equal(constant!.Body, '{ "fixed" : [1, 2] }');
    const [path] = await receive(sqs, pathQueue);
    assert.equal(path!.Body, '{"instance-id":"i-1","state":"STOPPED"}');
  });
});
