import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, DeleteUserPolicyCommand, IAMClient, PutRolePolicyCommand, PutUserPolicyCommand, UpdateAccessKeyCommand } from '@aws-sdk/client-iam';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Cloud } from '../../src/index.js';
import { advanceClock, aws, clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

type Keys = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/** --enforce-iam over SQS: a user's policies decide, a queue policy lets another account in, sessions expire. */
describe('IAM enforcement: SQS', () => {
  let cloud: Cloud;
  const clients: Array<{ destroy(): void }> = [];
  let iam: IAMClient;
  let sqs: SQSClient;
  let allowedUrl: string;
  let otherUrl: string;

  const withKeys = <T extends { destroy(): void }>(make: (config: ReturnType<typeof clientConfig> & { credentials: Keys }) => T, credentials: Keys): T => {
    const client = make({ ...clientConfig(cloud), credentials });
    clients.push(client);
    return client;
  };

  /** A user with an access key and one inline policy, in the account the IAM client's key names. */
  async function userWithPolicy(client: IAMClient, name: string, policy: object): Promise<Keys> {
    await client.send(new CreateUserCommand({ UserName: name }));
    await client.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'only', PolicyDocument: JSON.stringify(policy) }));
    const key = (await client.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
    return { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
  }

  before(async () => {
    cloud = await startTestCloud({ enforceIam: true });
    iam = withKeys((c) => new IAMClient(c), { accessKeyId: 'test', secretAccessKey: 'test' });
    sqs = withKeys((c) => new SQSClient(c), { accessKeyId: 'test', secretAccessKey: 'test' });
    allowedUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'orders' }))).QueueUrl!;
    otherUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'payments' }))).QueueUrl!;
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await cloud.close();
  });

  test('a user with only sqs:SendMessage on one queue sends there and is refused elsewhere, with AWS message', async () => {
    const keys = await userWithPolicy(iam, 'sender', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:000000000000:orders' }],
    });
    const sender = withKeys((c) => new SQSClient(c), keys);
    const sent = await sender.send(new SendMessageCommand({ QueueUrl: allowedUrl, MessageBody: 'ok' }));
    assert.ok(sent.MessageId);

    await expectAwsError(sender.send(new SendMessageCommand({ QueueUrl: otherUrl, MessageBody: 'no' })), {
      status: 403,
      code: 'AccessDenied',
      message:
        'User: arn:aws:iam::000000000000:user/sender is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:000000000000:payments because no identity-based policy allows the sqs:SendMessage action',
    });
    await expectAwsError(sender.send(new ReceiveMessageCommand({ QueueUrl: allowedUrl })), {
      status: 403,
      code: 'AccessDenied',
      message:
        'User: arn:aws:iam::000000000000:user/sender is not authorized to perform: sqs:ReceiveMessage on resource: arn:aws:sqs:us-east-1:000000000000:orders because no identity-based policy allows the sqs:ReceiveMessage action',
    });

    // The AWS CLI (query protocol): the same decision, in the query wire's words.
    const env = { AWS_ACCESS_KEY_ID: keys.accessKeyId, AWS_SECRET_ACCESS_KEY: keys.secretAccessKey };
    const ok = await aws(cloud, ['sqs', 'send-message', '--queue-url', allowedUrl, '--message-body', 'from-cli'], env);
    assert.equal(ok.code, 0, ok.stderr);
    const refused = await aws(cloud, ['sqs', 'send-message', '--queue-url', otherUrl, '--message-body', 'from-cli'], env);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /\(AccessDenied\).*User: arn:aws:iam::000000000000:user\/sender is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:000000000000:payments/);
  });

  test("a policy taken from the user applies to its next request", async () => {
    const keys = await userWithPolicy(iam, 'shortlived', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] });
    const client = withKeys((c) => new SQSClient(c), keys);
    await client.send(new SendMessageCommand({ QueueUrl: allowedUrl, MessageBody: 'before' }));
    await iam.send(new DeleteUserPolicyCommand({ UserName: 'shortlived', PolicyName: 'only' }));
    await expectAwsError(client.send(new SendMessageCommand({ QueueUrl: allowedUrl, MessageBody: 'after' })), {
      status: 403,
      code: 'AccessDenied',
      message:
        'User: arn:aws:iam::000000000000:user/shortlived is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:000000000000:orders because no identity-based policy allows the sqs:SendMessage action',
    });
  });

  test('an explicit deny wins over an allow, and says so', async () => {
    const keys = await userWithPolicy(iam, 'denied', {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'sqs:*', Resource: '*' },
        { Effect: 'Deny', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:*:*:payments' },
      ],
    });
    const client = withKeys((c) => new SQSClient(c), keys);
    await client.send(new SendMessageCommand({ QueueUrl: allowedUrl, MessageBody: 'ok' }));
    await expectAwsError(client.send(new SendMessageCommand({ QueueUrl: otherUrl, MessageBody: 'no' })), {
      status: 403,
      message:
        'User: arn:aws:iam::000000000000:user/denied is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:000000000000:payments with an explicit deny in an identity-based policy',
    });
  });

  test('a cross-account send is refused without the queue policy and allowed with it', async () => {
    const otherIam = withKeys((c) => new IAMClient(c), { accessKeyId: '111111111111', secretAccessKey: 'test' });
    const keys = await userWithPolicy(otherIam, 'partner', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] });
    const partner = withKeys((c) => new SQSClient(c), keys);
    await expectAwsError(partner.send(new SendMessageCommand({ QueueUrl: allowedUrl, MessageBody: 'across' })), {
      status: 403,
      code: 'AccessDenied',
      message:
        'User: arn:aws:iam::111111111111:user/partner is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:000000000000:orders because no resource-based policy allows the sqs:SendMessage action',
    });
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:user/partner' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:000000000000:orders' }],
    };
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: allowedUrl, Attributes: { Policy: JSON.stringify(policy) } }));
    const sent = await partner.send(new SendMessageCommand({ QueueUrl: allowedUrl, MessageBody: 'across' }));
    assert.ok(sent.MessageId);
    // Taking the policy away shuts the door again at once.
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: allowedUrl, Attributes: { Policy: '' } }));
    await expectAwsError(partner.send(new SendMessageCommand({ QueueUrl: allowedUrl, MessageBody: 'across' })), { status: 403, code: 'AccessDenied' });
  });

  test('an inactive key is refused as an invalid token', async () => {
    const keys = await userWithPolicy(iam, 'retired', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] });
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'retired', AccessKeyId: keys.accessKeyId, Status: 'Inactive' }));
    const client = withKeys((c) => new SQSClient(c), keys);
    await expectAwsError(client.send(new SendMessageCommand({ QueueUrl: allowedUrl, MessageBody: 'x' })), {
      status: 403,
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
    });
  });

  test("an assumed role's session gets its role's permissions and expires on the clock", async () => {
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'worker',
        AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'sts:AssumeRole' }] }),
      }),
    );
    await iam.send(new PutRolePolicyCommand({ RoleName: 'worker', PolicyName: 'send', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] }) }));
    const sts = withKeys((c) => new STSClient(c), { accessKeyId: 'test', secretAccessKey: 'test' });
    const assumed = (await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/worker', RoleSessionName: 'job', DurationSeconds: 900 }))).Credentials!;
    const session: Keys = { accessKeyId: assumed.AccessKeyId!, secretAccessKey: assumed.SecretAccessKey!, sessionToken: assumed.SessionToken! };
    const client = withKeys((c) => new SQSClient(c), session);
    await client.send(new SendMessageCommand({ QueueUrl: otherUrl, MessageBody: 'as role' }));
    await expectAwsError(client.send(new ReceiveMessageCommand({ QueueUrl: otherUrl })), {
      status: 403,
      message:
        'User: arn:aws:sts::000000000000:assumed-role/worker/job is not authorized to perform: sqs:ReceiveMessage on resource: arn:aws:sqs:us-east-1:000000000000:payments because no identity-based policy allows the sqs:ReceiveMessage action',
    });
    // The session key without its token is not a valid token.
    const tokenless = withKeys((c) => new SQSClient(c), { accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey });
    await expectAwsError(tokenless.send(new SendMessageCommand({ QueueUrl: otherUrl, MessageBody: 'x' })), { status: 403, code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' });

    await advanceClock(cloud, '16m');
    await expectAwsError(client.send(new SendMessageCommand({ QueueUrl: otherUrl, MessageBody: 'late' })), {
      // The SDK names SQS's JSON errors by their query code (x-amzn-query-error).
      name: 'ExpiredToken',
      status: 403,
      message: 'The security token included in the request is expired',
    });
    const expiredSts = withKeys((c) => new STSClient(c), session);
    await expectAwsError(expiredSts.send(new GetCallerIdentityCommand({})), { name: 'ExpiredToken', status: 403, message: 'The security token included in the request is expired' });

    // A session token Nimbus never issued (or one swept a day after it expired) gets no root access under enforcement.
    const stranger = withKeys((c) => new SQSClient(c), { accessKeyId: 'ASIAEXAMPLEEXAMPLE00', secretAccessKey: 'x', sessionToken: 'not-ours' });
    await expectAwsError(stranger.send(new SendMessageCommand({ QueueUrl: otherUrl, MessageBody: 'x' })), { status: 403, code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' });
    await advanceClock(cloud, '25h');
    await expectAwsError(client.send(new SendMessageCommand({ QueueUrl: otherUrl, MessageBody: 'much later' })), { status: 403, code: 'InvalidClientTokenId' });
  });
});
