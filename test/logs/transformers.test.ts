import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteTransformerCommand,
  GetTransformerCommand,
  PutTransformerCommand,
  TestTransformerCommand,
  type Processor,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

describe('Logs transformers (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'api' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'cold', logGroupClass: 'INFREQUENT_ACCESS' }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  async function transform(config: Processor[], messages: string[]): Promise<Array<string | undefined>> {
    const result = await logs.send(new TestTransformerCommand({ transformerConfig: config, logEventMessages: messages }));
    assert.deepEqual(result.transformedLogs?.map((r) => [r.eventNumber, r.eventMessage]), messages.map((m, i) => [i + 1, m]));
    return result.transformedLogs!.map((r) => r.transformedEventMessage);
  }

  test('TestTransformer runs parseJSON and the JSON mutators in order', async () => {
    const out = await transform(
      [
        { parseJSON: {} },
        { addKeys: { entries: [{ key: 'env', value: 'prod' }, { key: 'level', value: 'ignored' }] } },
        { copyValue: { entries: [{ source: 'user.id', target: 'userId' }] } },
        { renameKeys: { entries: [{ key: 'msg', renameTo: 'message' }] } },
        { moveKeys: { entries: [{ source: 'user.name', target: 'userName' }] } },
        { deleteKeys: { withKeys: ['secret'] } },
        { lowerCaseString: { withKeys: ['level'] } },
        { upperCaseString: { withKeys: ['method'] } },
        { trimString: { withKeys: ['message'] } },
        { typeConverter: { entries: [{ key: 'status', type: 'integer' }, { key: 'ok', type: 'boolean' }] } },
      ],
      ['{"level":"ERROR","msg":"  boom  ","method":"get","status":"500","ok":"false","secret":"x","user":{"id":7,"name":"ann"}}', 'not json'],
    );
    assert.deepEqual(JSON.parse(out[0]!), { level: 'error', method: 'GET', status: 500, ok: false, user: { id: 7 }, env: 'prod', userId: 7, message: 'boom', userName: 'ann' });
    assert.equal(out[1], 'not json', 'an event the parser cannot read comes out as it went in');
  });

  test('parseKeyValue, csv, splitString and substituteString', async () => {
    const [kv] = await transform([{ parseKeyValue: { keyPrefix: 'q_' } }], ['a=1&b=2&flag']);
    assert.deepEqual(JSON.parse(kv!), { q_a: '1', q_b: '2' });
    const [kvNonMatch] = await transform([{ parseKeyValue: { fieldDelimiter: ' ', keyValueDelimiter: ':', nonMatchValue: 'none', destination: 'kv' } }], ['a:1 b']);
    assert.deepEqual(JSON.parse(kvNonMatch!), { kv: { a: '1', b: 'none' } });
    const [csv] = await transform([{ csv: { columns: ['ip', 'method'] } }, { splitString: { entries: [{ source: 'column_3', delimiter: '/' }] } }], ['10.0.0.1,"GE,T",a/b']);
    assert.deepEqual(JSON.parse(csv!), { ip: '10.0.0.1', method: 'GE,T', column_3: ['a', 'b'] });
    const [substituted] = await transform([{ parseJSON: {} }, { substituteString: { entries: [{ source: 'card', from: '\\d{4}', to: '****' }] } }], ['{"card":"1234-5678"}']);
    assert.deepEqual(JSON.parse(substituted!), { card: '****-****' });
  });

  test('a transformer is checked by AWS’s rules: a parser first, at most 20 processors and 5 parsers, one addKeys', async () => {
    const invalid = { name: 'InvalidParameterException', status: 400 };
    await expectAwsError(logs.send(new TestTransformerCommand({ transformerConfig: [{ addKeys: { entries: [{ key: 'a', value: 'b' }] } }], logEventMessages: ['x'] })), {
      ...invalid,
      message: 'The first processor in a transformer must be a parser.',
    });
    const many: Processor[] = [{ parseJSON: {} }, ...Array.from({ length: 20 }, () => ({ trimString: { withKeys: ['a'] } }))];
    await expectAwsError(logs.send(new TestTransformerCommand({ transformerConfig: many, logEventMessages: ['x'] })), {
      ...invalid,
      message: /at 'transformerConfig' failed to satisfy constraint: Member must have length less than or equal to 20$/,
    });
    await expectAwsError(logs.send(new TestTransformerCommand({ transformerConfig: Array.from({ length: 6 }, () => ({ parseJSON: {} })), logEventMessages: ['x'] })), {
      ...invalid,
      message: 'A transformer can have at most 5 parser processors.',
    });
    const twoAdds: Processor[] = [{ parseJSON: {} }, { addKeys: { entries: [{ key: 'a', value: 'b' }] } }, { addKeys: { entries: [{ key: 'c', value: 'd' }] } }];
    await expectAwsError(logs.send(new TestTransformerCommand({ transformerConfig: twoAdds, logEventMessages: ['x'] })), { ...invalid, message: 'A transformer can include only one addKeys processor.' });
    await expectAwsError(logs.send(new TestTransformerCommand({ transformerConfig: [{ parseJSON: {} }, { parseVPC: {} }], logEventMessages: ['x'] })), invalid);
    await expectAwsError(
      logs.send(new TestTransformerCommand({ transformerConfig: [{ parseJSON: {} }, { substituteString: { entries: [{ source: 'a', from: '(?=x)', to: '' }] } }], logEventMessages: ['x'] })),
      invalid,
    );
    // Processors Nimbus accepts but does not run say so, rather than pretend.
    await expectAwsError(logs.send(new TestTransformerCommand({ transformerConfig: [{ grok: { match: '%{COMMONAPACHELOG}' } }], logEventMessages: ['x'] })), {
      name: 'InvalidOperationException',
      status: 400,
      message: /^Nimbus does not run the grok processor/,
    });
  });

  test('PutTransformer stores a group’s transformer; Get and Delete; only Standard groups', async () => {
    const config: Processor[] = [{ parseJSON: {} }, { deleteKeys: { withKeys: ['password'] } }];
    await logs.send(new PutTransformerCommand({ logGroupIdentifier: 'api', transformerConfig: config }));
    const got = await logs.send(new GetTransformerCommand({ logGroupIdentifier: 'api' }));
    assert.deepEqual(got.transformerConfig, config);
    assert.equal(got.logGroupIdentifier, 'api');
    assert.equal(typeof got.creationTime, 'number');
    await expectAwsError(logs.send(new PutTransformerCommand({ logGroupIdentifier: 'cold', transformerConfig: config })), { name: 'InvalidOperationException', status: 400 });
    await expectAwsError(logs.send(new PutTransformerCommand({ logGroupIdentifier: 'missing', transformerConfig: config })), {
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
      status: 400,
    });
    await logs.send(new DeleteTransformerCommand({ logGroupIdentifier: 'api' }));
    await expectAwsError(logs.send(new GetTransformerCommand({ logGroupIdentifier: 'api' })), { name: 'ResourceNotFoundException', status: 400 });
    await expectAwsError(logs.send(new DeleteTransformerCommand({ logGroupIdentifier: 'api' })), { name: 'ResourceNotFoundException', status: 400 });
  });
});
