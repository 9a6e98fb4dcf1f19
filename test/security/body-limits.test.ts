import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Cloud } from '../../src/index.js';
import { startTestCloud } from '../support/cloud.js';
import { expectHealthyWithin } from './support.js';

describe('RPC bodies', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('a JSON or query body over 16 MiB is refused with 413 before it is parsed; 16 MiB of REST payload still passes the gateway', async () => {
    const huge = Buffer.alloc(17 * 1024 * 1024, 0x20);
    const json = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' },
      body: huge,
    });
    assert.equal(json.status, 413);
    assert.equal(((await json.json()) as { __type: string }).__type, 'RequestEntityTooLarge');
    const query = await fetch(`${cloud.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.concat([Buffer.from('Action=ListQueues&Version=2012-11-05&x='), huge]),
    });
    assert.equal(query.status, 413);
    await expectHealthyWithin(cloud);

    // An S3 object of the same size is a stream, not an RPC body.
    assert.equal((await fetch(`${cloud.endpoint}/big`, { method: 'PUT' })).status, 200);
    assert.equal((await fetch(`${cloud.endpoint}/big/object`, { method: 'PUT', body: huge })).status, 200);
  });
});
