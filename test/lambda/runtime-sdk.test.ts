import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Cloud } from '../../src/index.js';
import { NODE_SDK_RELEASES } from '../../src/services/lambda/runtime/function-sdk.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { createFunction, decode } from './support.js';

/** Versions compare as AWS SDK releases do: 3.<release>.<patch>. */
function notAbove(version: string, limit: string): boolean {
  const [a, b] = [version, limit].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (a![i] !== b![i]) return a![i]! < b![i]!;
  return true;
}

/**
 * Functions get the SDK their runtime ships: any @aws-sdk/* package for Node.js (installed
 * from the npm registry on first need, at the runtime's release), the machine's boto3 for Python.
 * The first run on a machine installs @aws-sdk/client-sts and client-sns; later runs find them cached.
 */
describe('Lambda runtime SDKs', () => {
  let cloud: Cloud;
  let lambda: LambdaClient;
  let sqs: SQSClient;

  before(async () => {
    cloud = await startTestCloud();
    lambda = new LambdaClient(clientConfig(cloud));
    sqs = new SQSClient(clientConfig(cloud));
  });
  after(async () => {
    lambda.destroy();
    sqs.destroy();
    await cloud.close();
  });

  test('a Node.js function imports SDK clients Nimbus does not carry, at its runtime\'s release, and calls Nimbus with them', { timeout: 300_000 }, async () => {
    await createFunction(lambda, 'uses-runtime-sdk', {
      'index.mjs': `
        import { createRequire } from 'node:module';
        import { CloudWatchLogsClient, CreateLogGroupCommand, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
        import { STSClient } from '@aws-sdk/client-sts';
        const require = createRequire(import.meta.url);
        export const handler = async () => {
          const logs = new CloudWatchLogsClient({});
          await logs.send(new CreateLogGroupCommand({ logGroupName: 'made-by-a-function' }));
          const { logGroups } = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'made-by' }));
          const sts = require('@aws-sdk/client-sts/package.json');
          return {
            groups: logGroups.map((g) => g.logGroupName),
            logsPath: require.resolve('@aws-sdk/client-cloudwatch-logs'),
            stsVersion: sts.version,
            stsPath: require.resolve('@aws-sdk/client-sts'),
            stsClient: typeof STSClient,
          };
        };`,
    }, { Runtime: 'nodejs22.x', Handler: 'index.handler', Timeout: 30 });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'uses-runtime-sdk' }));
    assert.equal(out.FunctionError, undefined, JSON.stringify(decode(out.Payload)));
    const result = decode(out.Payload);
    assert.deepEqual(result.groups, ['made-by-a-function']);
    assert.match(result.logsPath, /\/lambda-sdk\/nodejs22\.x\//, 'the client comes from the runtime SDK cache, not from Nimbus');
    assert.equal(result.stsClient, 'function');
    assert.ok(notAbove(result.stsVersion, NODE_SDK_RELEASES['nodejs22.x']!), `client-sts ${result.stsVersion} is newer than the runtime's ${NODE_SDK_RELEASES['nodejs22.x']}`);
    assert.match(result.stsPath, new RegExp(`/lambda-sdk/nodejs22\\.x/${NODE_SDK_RELEASES['nodejs22.x']!.replaceAll('.', '\\.')}/node_modules/@aws-sdk/client-sts/`));

    // A CommonJS function finds the same cache through NODE_PATH; later invokes install nothing (they stay fast).
    await createFunction(lambda, 'requires-runtime-sdk', {
      'index.js': 'const { STSClient } = require("@aws-sdk/client-sts"); exports.handler = async () => typeof STSClient;',
    }, { Runtime: 'nodejs22.x', Timeout: 30 });
    const started = Date.now();
    const cjs = await lambda.send(new InvokeCommand({ FunctionName: 'requires-runtime-sdk' }));
    assert.equal(decode(cjs.Payload), 'function');
    assert.ok(Date.now() - started < 10_000, `a cached SDK took ${Date.now() - started} ms`);
  });

  test('a Python function uses the machine\'s boto3 against Nimbus', async () => {
    await createFunction(lambda, 'uses-boto3', {
      'lambda_function.py': [
        'import boto3',
        '',
        'def handler(event, context):',
        '    sqs = boto3.client("sqs")',
        '    url = sqs.create_queue(QueueName="made-by-boto3")["QueueUrl"]',
        '    return {"url": url, "boto3": boto3.__version__}',
      ].join('\n'),
    }, { Runtime: 'python3.12', Handler: 'lambda_function.handler', Timeout: 30 });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'uses-boto3' }));
    assert.equal(out.FunctionError, undefined, JSON.stringify(decode(out.Payload)));
    const result = decode(out.Payload);
    assert.match(result.url, /\/000000000000\/made-by-boto3$/);
    assert.match(result.boto3, /^\d+\.\d+\.\d+$/);
    const queues = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'made-by-boto3' }));
    assert.equal(queues.QueueUrls?.length, 1);
  });
});
