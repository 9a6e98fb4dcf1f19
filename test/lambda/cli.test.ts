import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { aws, startTestCloud } from '../support/cloud.js';
import { zip } from './support.js';

/** The AWS CLI v2 (`aws lambda ...`), including the notes' examples as written. */
describe('Lambda through the AWS CLI v2', () => {
  let cloud: Cloud;
  let dir: string;

  before(async () => {
    cloud = await startTestCloud();
    dir = mkdtempSync(join(tmpdir(), 'nimbus-lambda-cli-'));
    writeFileSync(join(dir, 'function.zip'), zip({ 'lambda_function.py': 'def lambda_handler(event, context):\n    return {"statusCode": 200, "got": event}\n' }));
  });
  after(async () => {
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('create-function, invoke (RequestResponse and Event), list, get, delete', async () => {
    const created = await aws(cloud, [
      'lambda', 'create-function', '--function-name', 'demo-lambda', '--runtime', 'python3.12', '--handler', 'lambda_function.lambda_handler',
      '--role', 'arn:aws:iam::000000000000:role/demo', '--zip-file', `fileb://${join(dir, 'function.zip')}`,
    ]);
    assert.equal(created.code, 0, created.stderr);
    assert.equal(created.json.FunctionName, 'demo-lambda');
    assert.equal(created.json.Runtime, 'python3.12');

    // As the notes write it.
    const response = join(dir, 'response.json');
    const invoked = await aws(cloud, ['lambda', 'invoke', '--function-name', 'demo-lambda', '--cli-binary-format', 'raw-in-base64-out', '--payload', '{"key1": "value1", "key2": "value2", "key3": "value3" }', response]);
    assert.equal(invoked.code, 0, invoked.stderr);
    assert.deepEqual(invoked.json, { StatusCode: 200, ExecutedVersion: '$LATEST' });
    assert.deepEqual(JSON.parse(readFileSync(response, 'utf8')), { statusCode: 200, got: { key1: 'value1', key2: 'value2', key3: 'value3' } });

    const event = await aws(cloud, ['lambda', 'invoke', '--function-name', 'demo-lambda', '--invocation-type', 'Event', '--cli-binary-format', 'raw-in-base64-out', '--payload', '{"key1": "value1"}', join(dir, 'event.json')]);
    assert.equal(event.code, 0, event.stderr);
    assert.deepEqual(event.json, { StatusCode: 202 });

    const tail = await aws(cloud, ['lambda', 'invoke', '--function-name', 'demo-lambda', '--log-type', 'Tail', join(dir, 'tail.json')]);
    assert.match(Buffer.from(tail.json.LogResult, 'base64').toString('utf8'), /^START RequestId: .* Version: \$LATEST\n[\s\S]*REPORT RequestId: /);

    const listed = await aws(cloud, ['lambda', 'list-functions']);
    assert.deepEqual(listed.json.Functions.map((f: { FunctionName: string }) => f.FunctionName), ['demo-lambda']);
    const got = await aws(cloud, ['lambda', 'get-function', '--function-name', 'demo-lambda']);
    assert.equal(got.json.Configuration.State, 'Active');
    assert.match(got.json.Code.Location, /^http:\/\//);

    const deleted = await aws(cloud, ['lambda', 'delete-function', '--function-name', 'demo-lambda']);
    assert.equal(deleted.code, 0, deleted.stderr);
    const missing = await aws(cloud, ['lambda', 'get-function', '--function-name', 'demo-lambda']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /ResourceNotFoundException.*Function not found: arn:aws:lambda:us-east-1:000000000000:function:demo-lambda/);
  });
});
