import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateTableCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import {
  CreateAccessKeyCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  DeleteUserPermissionsBoundaryCommand,
  DeleteUserPolicyCommand,
  IAMClient,
  ListUserPoliciesCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  SimulatePrincipalPolicyCommand,
  TagUserCommand,
} from '@aws-sdk/client-iam';
import { CreateBucketCommand, DeleteBucketPolicyCommand, GetObjectCommand, PutBucketPolicyCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SendMessageCommand, SetQueueAttributesCommand, SQSClient, TagQueueCommand } from '@aws-sdk/client-sqs';
import { accessDeniedMessage } from '../../src/core/authorization.js';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { ACCOUNT, OTHER_ACCOUNT, policyCases, type PolicyCase } from '../iam/policy-cases.js';

type Keys = { accessKeyId: string; secretAccessKey: string };

/** What a real request here carries: the cases whose context says the same can be replayed as they are. */
const REQUEST_FACTS: Record<string, unknown> = { 'aws:RequestedRegion': 'us-east-1', 'aws:SecureTransport': false, 'aws:SourceIp': '127.0.0.1' };
/** Keys every request here carries (with the caller's own values): a case that takes one as missing cannot be replayed. */
const ALWAYS_CARRIED = ['aws:RequestedRegion', 'aws:SecureTransport', 'aws:SourceIp', 'aws:CurrentTime', 'aws:EpochTime', 'aws:userid', 'aws:PrincipalArn', 'aws:PrincipalAccount', 'aws:PrincipalType', 'aws:username'];
const SERVED = new Set(['sqs:SendMessage', 'sqs:TagQueue', 'dynamodb:PutItem', 's3:GetObject']);
const USERS = new Set([`arn:aws:iam::${ACCOUNT}:user/alice`, `arn:aws:iam::${OTHER_ACCOUNT}:user/bob`]);
const LOCAL = /^arn:aws:(sqs|dynamodb):us-east-1:111122223333:|^arn:aws:s3:::assets-bucket\//;

/** Cases a real request can replay: a user of the table calling a served operation on a resource that exists here, with no keys a request here does not carry. */
const replayable = policyCases.filter(
  (c) =>
    USERS.has(c.principal.arn) &&
    SERVED.has(c.action) &&
    LOCAL.test(c.resource) &&
    !c.policies.session &&
    !c.policies.scp &&
    (c.policies.resource === undefined || c.action === 'sqs:SendMessage' || c.action === 's3:GetObject') &&
    Object.entries(c.context ?? {}).every(([key, value]) => key in REQUEST_FACTS && REQUEST_FACTS[key] === value) &&
    ALWAYS_CARRIED.every((key) => c.context?.[key] !== undefined || !JSON.stringify(c.policies).toLowerCase().includes(`"${key.toLowerCase()}"`)),
);

/** The policy engineer's case table, replayed as real requests with --enforce-iam: enforcement and the simulator agree with it. */
describe('IAM enforcement replays the policy case table', () => {
  let cloud: Cloud;
  const clients: Array<{ destroy(): void }> = [];
  const iamOf = new Map<string, IAMClient>();
  const keysOf = new Map<string, Keys>();
  let rootSqs: SQSClient;
  let rootS3: S3Client;
  let queueUrl: string;
  let boundaries = 0;

  const make = <T extends { destroy(): void }>(client: T): T => {
    clients.push(client);
    return client;
  };
  const config = (credentials: Keys) => ({ ...clientConfig(cloud), credentials, forcePathStyle: true });
  const rootOf = (account: string) => ({ accessKeyId: account, secretAccessKey: 'test' });

  before(async () => {
    cloud = await startTestCloud({ enforceIam: true });
    for (const [account, name] of [[ACCOUNT, 'alice'], [OTHER_ACCOUNT, 'bob']] as const) {
      const iam = make(new IAMClient(config(rootOf(account))));
      iamOf.set(name, iam);
      await iam.send(new CreateUserCommand({ UserName: name }));
      const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
      keysOf.set(name, { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });
    }
    await iamOf.get('alice')!.send(new TagUserCommand({ UserName: 'alice', Tags: [{ Key: 'team', Value: 'blue' }] }));
    rootSqs = make(new SQSClient(config(rootOf(ACCOUNT))));
    queueUrl = (await rootSqs.send(new CreateQueueCommand({ QueueName: 'jobs' }))).QueueUrl!;
    rootS3 = make(new S3Client(config(rootOf(ACCOUNT))));
    await rootS3.send(new CreateBucketCommand({ Bucket: 'assets-bucket' }));
    const keys = new Set(policyCases.filter((c) => c.resource.startsWith('arn:aws:s3:::assets-bucket/')).map((c) => c.resource.slice('arn:aws:s3:::assets-bucket/'.length)));
    for (const key of keys) await rootS3.send(new PutObjectCommand({ Bucket: 'assets-bucket', Key: key, Body: 'x' }));
    await make(new DynamoDBClient(config(rootOf(ACCOUNT)))).send(
      new CreateTableCommand({ TableName: 'orders', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }),
    );
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await cloud.close();
  });

  test('enough of the table is replayable against real requests', () => {
    assert.ok(replayable.length >= 40, `${replayable.length} replayable cases`);
  });

  /** The user's inline policies and boundary become the case's, the resource's policy the case's. */
  async function arrange(policyCase: PolicyCase, name: string): Promise<void> {
    const iam = iamOf.get(name)!;
    for (const old of (await iam.send(new ListUserPoliciesCommand({ UserName: name }))).PolicyNames ?? []) await iam.send(new DeleteUserPolicyCommand({ UserName: name, PolicyName: old }));
    await iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName: name })).catch(() => undefined);
    for (const [i, document] of policyCase.policies.identity.entries()) await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: `case-${i}`, PolicyDocument: JSON.stringify(document) }));
    if (policyCase.policies.boundary) {
      const boundary = (await iam.send(new CreatePolicyCommand({ PolicyName: `boundary-${++boundaries}`, PolicyDocument: JSON.stringify(policyCase.policies.boundary) }))).Policy!;
      await iam.send(new PutUserPermissionsBoundaryCommand({ UserName: name, PermissionsBoundary: boundary.Arn! }));
    }
    const resourcePolicy = policyCase.policies.resource ? JSON.stringify(policyCase.policies.resource) : undefined;
    if (policyCase.action.startsWith('sqs:')) await rootSqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { Policy: resourcePolicy ?? '' } }));
    if (policyCase.action.startsWith('s3:')) {
      if (resourcePolicy) await rootS3.send(new PutBucketPolicyCommand({ Bucket: 'assets-bucket', Policy: resourcePolicy }));
      else await rootS3.send(new DeleteBucketPolicyCommand({ Bucket: 'assets-bucket' }));
    }
  }

  /** The case's request, as its user, through the service's own client. */
  function request(policyCase: PolicyCase, keys: Keys): Promise<unknown> {
    switch (policyCase.action) {
      case 'sqs:SendMessage':
        return make(new SQSClient(config(keys))).send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: policyCase.name }));
      case 'sqs:TagQueue':
        return make(new SQSClient(config(keys))).send(new TagQueueCommand({ QueueUrl: queueUrl, Tags: { stage: 'test' } }));
      case 'dynamodb:PutItem':
        return make(new DynamoDBClient(config(keys))).send(new PutItemCommand({ TableName: 'orders', Item: { id: { S: policyCase.name } } }));
      default: {
        const key = policyCase.resource.slice('arn:aws:s3:::assets-bucket/'.length);
        return make(new S3Client(config(keys))).send(new GetObjectCommand({ Bucket: 'assets-bucket', Key: key }));
      }
    }
  }

  for (const policyCase of replayable) {
    test(`${policyCase.name} → ${policyCase.expected}`, async () => {
      const name = policyCase.principal.arn.split('/').pop()!;
      await arrange(policyCase, name);
      const outcome = await request(policyCase, keysOf.get(name)!).then(
        () => 'allowed' as const,
        (error: Error & { $metadata?: { httpStatusCode?: number } }) => error,
      );
      if (policyCase.expected === 'allowed') {
        assert.equal(outcome, 'allowed', outcome === 'allowed' ? '' : `${outcome.name}: ${outcome.message}`);
      } else {
        assert.notEqual(outcome, 'allowed', `expected ${policyCase.expected} (${policyCase.doc})`);
        const error = outcome as Error;
        const expectedMessage = accessDeniedMessage(policyCase.principal.arn, policyCase.action, policyCase.resource, { decision: policyCase.expected, deniedBy: policyCase.deniedBy, matchedStatements: [] });
        assert.equal(error.message, expectedMessage);
      }
      // The simulator, asked about the same user's policies (same account only: it takes no caller from elsewhere), agrees.
      if (policyCase.principal.account === ACCOUNT) {
        const simulated = await iamOf.get(name)!.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: policyCase.principal.arn,
            ActionNames: [policyCase.action],
            ResourceArns: [policyCase.resource],
            ResourcePolicy: policyCase.policies.resource ? JSON.stringify(policyCase.policies.resource) : undefined,
            ContextEntries: Object.entries(policyCase.context ?? {}).map(([key, value]) => ({
              ContextKeyName: key,
              ContextKeyType: typeof value === 'boolean' ? 'boolean' : key === 'aws:SourceIp' ? 'ip' : 'string',
              ContextKeyValues: [String(value)],
            })),
          }),
        );
        assert.equal(simulated.EvaluationResults?.[0]?.EvalDecision, policyCase.expected);
      }
    });
  }
});
