import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { CreateOpenIDConnectProviderCommand, IAMClient } from '@aws-sdk/client-iam';
import type { Cloud } from '../../src/index.js';
import { aws, clientConfig, startTestCloud } from '../support/cloud.js';

/** STS through the AWS CLI and boto3, and sessions kept by a durable store across a restart. */
describe('STS through the AWS CLI and boto3', () => {
  let cloud: Cloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(async () => {
    await cloud.close();
  });

  test('aws sts get-caller-identity and assume-role, then the session identified', async () => {
    const root = await aws(cloud, ['sts', 'get-caller-identity']);
    assert.equal(root.code, 0, root.stderr);
    assert.deepEqual(root.json, { UserId: '000000000000', Account: '000000000000', Arn: 'arn:aws:iam::000000000000:root' });

    const assumed = await aws(cloud, ['sts', 'assume-role', '--role-arn', 'arn:aws:iam::123456789012:role/cli-role', '--role-session-name', 'cli-session', '--duration-seconds', '1800']);
    assert.equal(assumed.code, 0, assumed.stderr);
    assert.equal(assumed.json.AssumedRoleUser.Arn, 'arn:aws:sts::123456789012:assumed-role/cli-role/cli-session');
    const credentials = assumed.json.Credentials;
    assert.match(credentials.AccessKeyId, /^ASIA/);

    const session = await aws(cloud, ['sts', 'get-caller-identity'], {
      AWS_ACCESS_KEY_ID: credentials.AccessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.SecretAccessKey,
      AWS_SESSION_TOKEN: credentials.SessionToken,
    });
    assert.equal(session.code, 0, session.stderr);
    assert.equal(session.json.Arn, 'arn:aws:sts::123456789012:assumed-role/cli-role/cli-session');
    assert.equal(session.json.Account, '123456789012');

    const invalid = await aws(cloud, ['sts', 'assume-role', '--role-arn', 'arn:aws:iam::123456789012:role/cli-role', '--role-session-name', 'bad name']);
    assert.notEqual(invalid.code, 0);
    assert.match(invalid.stderr, /An error occurred \(ValidationError\) when calling the AssumeRole operation(?: \(reached max retries: 0\))?: 1 validation error detected: Value 'bad name' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\\w\+=,\.@-\]\*/);
  });

  test('aws sts assume-role-with-web-identity: an unsigned call with a token of a stored provider', async () => {
    const iam = new IAMClient(clientConfig(cloud));
    await iam.send(new CreateOpenIDConnectProviderCommand({ Url: 'https://oidc.example.com', ClientIDList: ['my-app'], ThumbprintList: ['b'.repeat(40)] }));
    iam.destroy();
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${part({ alg: 'RS256' })}.${part({ iss: 'https://oidc.example.com', aud: 'my-app', sub: 'user-42' })}.c2ln`;
    const result = await aws(cloud, ['sts', 'assume-role-with-web-identity', '--role-arn', 'arn:aws:iam::000000000000:role/web', '--role-session-name', 'web-user', '--web-identity-token', token]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.json.AssumedRoleUser.Arn, 'arn:aws:sts::000000000000:assumed-role/web/web-user');
    assert.equal(result.json.SubjectFromWebIdentityToken, 'user-42');
    assert.equal(result.json.Audience, 'my-app');
    assert.equal(result.json.Provider, 'https://oidc.example.com');
  });

  test('boto3: assume_role, then get_caller_identity with the returned credentials', async () => {
    const script = `
import boto3, json, sys
endpoint = sys.argv[1]
sts = boto3.client('sts', endpoint_url=endpoint, region_name='us-east-1', aws_access_key_id='test', aws_secret_access_key='test')
assumed = sts.assume_role(RoleArn='arn:aws:iam::210987654321:role/py-role', RoleSessionName='py-session', Tags=[{'Key': 'lang', 'Value': 'python'}])
c = assumed['Credentials']
session = boto3.client('sts', endpoint_url=endpoint, region_name='us-east-1', aws_access_key_id=c['AccessKeyId'], aws_secret_access_key=c['SecretAccessKey'], aws_session_token=c['SessionToken'])
me = session.get_caller_identity()
print(json.dumps({'assumed': assumed['AssumedRoleUser'], 'packed': assumed.get('PackedPolicySize'), 'expiration': c['Expiration'].isoformat(), 'me': {k: me[k] for k in ('Account', 'Arn', 'UserId')}}))
`;
    const output = await new Promise<string>((resolve, reject) => {
      execFile('python3', ['-c', script, cloud.endpoint], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' }, timeout: 60_000 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      );
    });
    const result = JSON.parse(output) as { assumed: { Arn: string; AssumedRoleId: string }; packed: number; expiration: string; me: { Account: string; Arn: string; UserId: string } };
    assert.equal(result.assumed.Arn, 'arn:aws:sts::210987654321:assumed-role/py-role/py-session');
    assert.deepEqual(result.me, { Account: '210987654321', Arn: result.assumed.Arn, UserId: result.assumed.AssumedRoleId });
    assert.ok(result.packed > 0);
    assert.ok(Math.abs(Date.parse(result.expiration) - (cloud.clock.now() + 3_600_000)) < 10_000);
  });
});

describe('STS sessions in a durable store', () => {
  test('a session outlives a restart with --data-dir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nimbus-sts-'));
    try {
      let cloud = await startTestCloud({ dataDir });
      const sts = new STSClient(clientConfig(cloud));
      const result = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/durable', RoleSessionName: 'kept' }));
      sts.destroy();
      await cloud.close();

      cloud = await startTestCloud({ dataDir });
      const c = result.Credentials!;
      const session = new STSClient({ ...clientConfig(cloud), credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken } });
      assert.equal((await session.send(new GetCallerIdentityCommand({}))).Arn, 'arn:aws:sts::000000000000:assumed-role/durable/kept');
      session.destroy();
      await cloud.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
