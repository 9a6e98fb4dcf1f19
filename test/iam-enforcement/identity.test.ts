import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, UpdateAccessKeyCommand } from '@aws-sdk/client-iam';
import { LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

type Keys = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const INVALID = 'The security token included in the request is invalid.';
const EXPIRED = 'The security token included in the request is expired';

/** Who is calling, enforcement on or off: issued keys carry their account, their secret signs, dead keys are refused per protocol. */
describe('Caller identity (with --verify-signatures, enforcement off)', () => {
  let cloud: Cloud;
  const clients: Array<{ destroy(): void }> = [];
  const make = <T extends { destroy(): void }>(build: (config: any) => T, credentials: Keys): T => {
    const client = build({ ...clientConfig(cloud), credentials, forcePathStyle: true });
    clients.push(client);
    return client;
  };
  let userKeys: Keys;

  before(async () => {
    cloud = await startTestCloud({ verifySignatures: true });
    const iam = make((c) => new IAMClient(c), { accessKeyId: '111111111111', secretAccessKey: 'test' });
    await iam.send(new CreateUserCommand({ UserName: 'dev' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'dev' }))).AccessKey!;
    userKeys = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await cloud.close();
  });

  test("an issued key signs with its own secret and acts in its user's account", async () => {
    const sqs = make((c) => new SQSClient(c), userKeys);
    const url = (await sqs.send(new CreateQueueCommand({ QueueName: 'mine' }))).QueueUrl!;
    assert.match(url, /\/111111111111\/mine$/);
    const identity = await make((c) => new STSClient(c), userKeys).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Arn, 'arn:aws:iam::111111111111:user/dev');
    // The shared secret is not this key's.
    await expectAwsError(make((c) => new DynamoDBClient(c), { accessKeyId: userKeys.accessKeyId, secretAccessKey: 'test' }).send(new ListTablesCommand({})), {
      name: 'InvalidSignatureException',
      status: 400,
    });
  });

  test('an inactive key is refused in each protocol', async () => {
    const iam = make((c) => new IAMClient(c), { accessKeyId: '111111111111', secretAccessKey: 'test' });
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'dev' }))).AccessKey!;
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'dev', AccessKeyId: key.AccessKeyId!, Status: 'Inactive' }));
    const keys = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
    await expectAwsError(make((c) => new STSClient(c), keys).send(new GetCallerIdentityCommand({})), { name: 'InvalidClientTokenId', status: 403, message: INVALID });
    await expectAwsError(make((c) => new DynamoDBClient(c), keys).send(new ListTablesCommand({})), { name: 'UnrecognizedClientException', status: 400, message: INVALID });
    await expectAwsError(make((c) => new LambdaClient(c), keys).send(new ListFunctionsCommand({})), { name: 'UnrecognizedClientException', status: 403, message: INVALID });
    await expectAwsError(make((c) => new S3Client(c), keys).send(new ListBucketsCommand({})), {
      name: 'InvalidAccessKeyId',
      status: 403,
      message: 'The AWS Access Key Id you provided does not exist in our records.',
    });
  });

  test('a session needs its own token, and expires on the clock in each protocol', async () => {
    const sts = make((c) => new STSClient(c), { accessKeyId: 'test', secretAccessKey: 'test' });
    const issued = (await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::000000000000:role/any', RoleSessionName: 'session', DurationSeconds: 900 }))).Credentials!;
    const session: Keys = { accessKeyId: issued.AccessKeyId!, secretAccessKey: issued.SecretAccessKey!, sessionToken: issued.SessionToken! };
    const wrongToken = { ...session, sessionToken: `${session.sessionToken}x` };
    await expectAwsError(make((c) => new S3Client(c), wrongToken).send(new ListBucketsCommand({})), { name: 'InvalidToken', status: 400, message: 'The provided token is malformed or otherwise invalid.' });
    await expectAwsError(make((c) => new DynamoDBClient(c), wrongToken).send(new ListTablesCommand({})), { name: 'UnrecognizedClientException', status: 400, message: INVALID });
    await make((c) => new DynamoDBClient(c), session).send(new ListTablesCommand({}));

    // /_nimbus/clock wants a signed request under --verify-signatures: the embedded clock moves the same time.
    await cloud.clock.advance('901s');
    await expectAwsError(make((c) => new DynamoDBClient(c), session).send(new ListTablesCommand({})), { name: 'ExpiredTokenException', status: 400, message: EXPIRED });
    await expectAwsError(make((c) => new LambdaClient(c), session).send(new ListFunctionsCommand({})), { name: 'ExpiredTokenException', status: 403, message: EXPIRED });
    await expectAwsError(make((c) => new S3Client(c), session).send(new ListBucketsCommand({})), { name: 'ExpiredToken', status: 400, message: 'The provided token has expired.' });
    await expectAwsError(make((c) => new STSClient(c), session).send(new GetCallerIdentityCommand({})), { name: 'ExpiredToken', status: 403, message: EXPIRED });
  });
});
