import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Cloud } from '../../src/index.js';
import { advanceClock, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

/** AssumeRole with enforcement off: any role ARN is assumable, and its session is who later requests come from. */
describe('STS AssumeRole (enforcement off)', () => {
  let cloud: Cloud;
  let sts: STSClient;
  const clients: STSClient[] = [];
  before(async () => {
    cloud = await startTestCloud();
    sts = new STSClient(clientConfig(cloud));
    clients.push(sts);
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await cloud.close();
  });

  function stsWith(credentials: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string }): STSClient {
    const client = new STSClient({ ...clientConfig(cloud), credentials: { accessKeyId: credentials.AccessKeyId!, secretAccessKey: credentials.SecretAccessKey!, sessionToken: credentials.SessionToken } });
    clients.push(client);
    return client;
  }

  test('the default key is root of the default account', async () => {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, '000000000000');
    assert.equal(identity.Arn, 'arn:aws:iam::000000000000:root');
    assert.equal(identity.UserId, '000000000000');
  });

  test('a role session is identified by GetCallerIdentity and expires on the clock', async () => {
    const before = ((await (await fetch(`${cloud.endpoint}/_nimbus/clock`)).json()) as { now: number }).now;
    const result = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::111122223333:role/team/deployer', RoleSessionName: 'ci-run', DurationSeconds: 900 }));
    const credentials = result.Credentials!;
    assert.match(credentials.AccessKeyId!, /^ASIA[A-Z2-7]{16}$/);
    assert.equal(credentials.SecretAccessKey!.length, 40);
    assert.ok(credentials.SessionToken!.length > 100);
    assert.equal(result.AssumedRoleUser!.Arn, 'arn:aws:sts::111122223333:assumed-role/deployer/ci-run');
    assert.match(result.AssumedRoleUser!.AssumedRoleId!, /^AROA[A-Z0-9]{17}:ci-run$/);
    assert.equal(result.PackedPolicySize, undefined);
    const lasts = credentials.Expiration!.getTime() - before;
    assert.ok(lasts > 899_000 && lasts <= 901_000, `lasts ${lasts} ms`);

    const session = stsWith(credentials);
    const identity = await session.send(new GetCallerIdentityCommand({}));
    assert.deepEqual({ Account: identity.Account, Arn: identity.Arn, UserId: identity.UserId }, {
      Account: '111122223333',
      Arn: 'arn:aws:sts::111122223333:assumed-role/deployer/ci-run',
      UserId: result.AssumedRoleUser!.AssumedRoleId,
    });

    // The same role again names the same role id.
    const again = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::111122223333:role/team/deployer', RoleSessionName: 'other' }));
    assert.equal(again.AssumedRoleUser!.AssumedRoleId!.split(':')[0], result.AssumedRoleUser!.AssumedRoleId!.split(':')[0]);

    await advanceClock(cloud, '901s');
    await expectAwsError(session.send(new GetCallerIdentityCommand({})), { name: 'ExpiredToken', message: 'The security token included in the request is expired', status: 403 });
  });

  test("AWS's validation errors", async () => {
    const role = 'arn:aws:iam::111122223333:role/deployer';
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: role, RoleSessionName: 'x' })), {
      name: 'ValidationError',
      message: "1 validation error detected: Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2",
      status: 400,
    });
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: role, RoleSessionName: 'has space' })), {
      name: 'ValidationError',
      message: "1 validation error detected: Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
      status: 400,
    });
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: role, RoleSessionName: 'ok', DurationSeconds: 899 })), {
      name: 'ValidationError',
      message: "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
      status: 400,
    });
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::111122223333:user/someone', RoleSessionName: 'ok' })), { name: 'ValidationError', message: 'Request ARN is invalid', status: 400 });
  });
});
