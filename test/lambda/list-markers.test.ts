import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LambdaClient, ListFunctionsCommand, ListLayersCommand } from '@aws-sdk/client-lambda';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';
import { createFunction } from './support.js';

/** List markers are Lambda's own page tokens: a page goes on after the last item named, a made-up marker is refused. */
let cloud: Cloud;
let lambda: LambdaClient;

before(async () => {
  cloud = await startTestCloud();
  lambda = new LambdaClient(clientConfig(cloud));
});

after(async () => {
  lambda.destroy();
  await cloud.close();
});

test('a marker Lambda did not give out is InvalidParameterValueException; a real one goes on where the page ended', async () => {
  for (const name of ['m-a', 'm-b', 'm-c']) await createFunction(lambda, name, { 'index.js': 'exports.handler = async () => 1;' });
  const first = await lambda.send(new ListFunctionsCommand({ MaxItems: 2 }));
  assert.deepEqual(first.Functions!.map((f) => f.FunctionName), ['m-a', 'm-b']);
  const second = await lambda.send(new ListFunctionsCommand({ MaxItems: 2, Marker: first.NextMarker }));
  assert.deepEqual(second.Functions!.map((f) => f.FunctionName), ['m-c']);
  assert.equal(second.NextMarker, undefined);
  for (const marker of ['not-a-marker', Buffer.from('{"offset":1}').toString('base64url')]) {
    await expectAwsError(lambda.send(new ListFunctionsCommand({ Marker: marker })), { name: 'InvalidParameterValueException', message: 'Invalid marker', status: 400 });
    await expectAwsError(lambda.send(new ListLayersCommand({ Marker: marker })), { name: 'InvalidParameterValueException', message: 'Invalid marker', status: 400 });
  }
  // The server still answers a normal request.
  assert.equal((await lambda.send(new ListFunctionsCommand({}))).Functions!.length, 3);
});
