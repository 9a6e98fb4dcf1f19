import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DeleteAccountPolicyCommand,
  DeleteDataProtectionPolicyCommand,
  DeleteIndexPolicyCommand,
  DeleteLogGroupCommand,
  DescribeAccountPoliciesCommand,
  DescribeFieldIndexesCommand,
  DescribeIndexPoliciesCommand,
  GetDataProtectionPolicyCommand,
  PutAccountPolicyCommand,
  PutDataProtectionPolicyCommand,
  PutIndexPolicyCommand,
  PutLogEventsCommand,
  CreateLogStreamCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateStreamCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const EMAIL = 'arn:aws:dataprotection::aws:data-identifier/EmailAddress';
function protection(identifiers: string[] = [EMAIL], masked: string[] = identifiers, maskConfig: object = {}): string {
  return JSON.stringify({
    Name: 'data-protection-policy',
    Version: '2021-06-01',
    Statement: [
      { Sid: 'audit', DataIdentifier: identifiers, Operation: { Audit: { FindingsDestination: {} } } },
      { Sid: 'redact', DataIdentifier: masked, Operation: { Deidentify: { MaskConfig: maskConfig } } },
    ],
  });
}

describe('Logs data protection, account and index policies (SDK v3)', () => {
  let cloud: Cloud;
  let logs: CloudWatchLogsClient;
  before(async () => {
    cloud = await startTestCloud();
    logs = new CloudWatchLogsClient(clientConfig(cloud));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'payments' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'archive', logGroupClass: 'INFREQUENT_ACCESS' }));
  });
  after(async () => {
    logs.destroy();
    await cloud.close();
  });

  test('a log group’s data protection policy is stored after AWS’s shape checks', async () => {
    const put = await logs.send(new PutDataProtectionPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: protection() }));
    assert.equal(put.policyDocument, protection());
    assert.equal(typeof put.lastUpdatedTime, 'number');
    const got = await logs.send(new GetDataProtectionPolicyCommand({ logGroupIdentifier: 'payments' }));
    assert.equal(got.policyDocument, protection());
    assert.equal(got.logGroupIdentifier, 'payments');

    const invalid = { name: 'InvalidParameterException', status: 400 };
    await expectAwsError(logs.send(new PutDataProtectionPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: 'not json' })), invalid);
    await expectAwsError(
      logs.send(new PutDataProtectionPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: protection([EMAIL], ['arn:aws:dataprotection::aws:data-identifier/Address']) })),
      { ...invalid, message: 'The DataIdentifier arrays of the Audit and Deidentify statements must match exactly.' },
    );
    await expectAwsError(logs.send(new PutDataProtectionPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: protection([EMAIL], [EMAIL], { x: 1 }) })), invalid);
    await expectAwsError(logs.send(new PutDataProtectionPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: protection(['Email']) })), {
      ...invalid,
      message: 'Invalid data identifier: Email',
    });
    await expectAwsError(logs.send(new PutDataProtectionPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: protection([EMAIL]).replace('}]}', '}],"Pad":"' + 'x'.repeat(30_720) + '"}') })), invalid);
    await expectAwsError(logs.send(new PutDataProtectionPolicyCommand({ logGroupIdentifier: 'missing', policyDocument: protection() })), {
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
      status: 400,
    });

    await logs.send(new DeleteDataProtectionPolicyCommand({ logGroupIdentifier: 'payments' }));
    const after = await logs.send(new GetDataProtectionPolicyCommand({ logGroupIdentifier: 'payments' }));
    assert.equal(after.policyDocument, undefined);
    await expectAwsError(logs.send(new DeleteDataProtectionPolicyCommand({ logGroupIdentifier: 'payments' })), { name: 'ResourceNotFoundException', status: 400 });
  });

  test('account policies of each type, with AWS’s limits and selection criteria', async () => {
    const put = await logs.send(new PutAccountPolicyCommand({ policyName: 'pii', policyType: 'DATA_PROTECTION_POLICY', policyDocument: protection(), scope: 'ALL' }));
    assert.deepEqual(
      { ...put.accountPolicy, lastUpdatedTime: undefined },
      { policyName: 'pii', policyType: 'DATA_PROTECTION_POLICY', policyDocument: protection(), scope: 'ALL', accountId: '000000000000', lastUpdatedTime: undefined },
    );
    await logs.send(new PutAccountPolicyCommand({ policyName: 'pii', policyType: 'DATA_PROTECTION_POLICY', policyDocument: protection() }));
    await expectAwsError(logs.send(new PutAccountPolicyCommand({ policyName: 'pii-2', policyType: 'DATA_PROTECTION_POLICY', policyDocument: protection() })), {
      name: 'LimitExceededException',
      message: 'Resource limit exceeded.',
      status: 400,
    });
    await expectAwsError(
      logs.send(new PutAccountPolicyCommand({ policyName: 'pii', policyType: 'DATA_PROTECTION_POLICY', policyDocument: protection(), selectionCriteria: 'LogGroupName NOT IN ["a"]' })),
      { name: 'InvalidParameterException', message: 'selectionCriteria is not supported for policy type DATA_PROTECTION_POLICY.', status: 400 },
    );
    await expectAwsError(logs.send(new PutAccountPolicyCommand({ policyName: 'aws/mine', policyType: 'DATA_PROTECTION_POLICY', policyDocument: protection() })), {
      name: 'InvalidParameterException',
      status: 400,
    });

    // Field index policies: one for all groups, up to 20 by prefix, prefixes never overlapping.
    for (let i = 0; i < 20; i++) {
      await logs.send(
        new PutAccountPolicyCommand({ policyName: `idx-${i}`, policyType: 'FIELD_INDEX_POLICY', policyDocument: '{"Fields":["requestId"]}', selectionCriteria: `LogGroupNamePrefix IN ["team-${i}/"]` }),
      );
    }
    await expectAwsError(
      logs.send(new PutAccountPolicyCommand({ policyName: 'idx-20', policyType: 'FIELD_INDEX_POLICY', policyDocument: '{"Fields":["requestId"]}', selectionCriteria: 'LogGroupNamePrefix IN ["other/"]' })),
      { name: 'LimitExceededException', status: 400 },
    );
    await logs.send(new DeleteAccountPolicyCommand({ policyName: 'idx-19', policyType: 'FIELD_INDEX_POLICY' }));
    await expectAwsError(
      logs.send(new PutAccountPolicyCommand({ policyName: 'idx-19', policyType: 'FIELD_INDEX_POLICY', policyDocument: '{"Fields":["requestId"]}', selectionCriteria: 'LogGroupNamePrefix IN ["team-1"]' })),
      { name: 'InvalidParameterException', status: 400, message: /overlaps/ },
    );
    await logs.send(new PutAccountPolicyCommand({ policyName: 'idx-all', policyType: 'FIELD_INDEX_POLICY', policyDocument: '{"FieldsV2":{"status":{"type":"FACET"}}}' }));
    await expectAwsError(
      logs.send(new PutAccountPolicyCommand({ policyName: 'idx-bad', policyType: 'FIELD_INDEX_POLICY', policyDocument: '{"Fields":[]}', selectionCriteria: 'LogGroupNamePrefix IN ["x/"]' })),
      { name: 'InvalidParameterException', message: 'The index policy document must include at least one field index.', status: 400 },
    );
    await expectAwsError(
      logs.send(new PutAccountPolicyCommand({ policyName: 'idx-bad', policyType: 'FIELD_INDEX_POLICY', policyDocument: '{"Fields":["a"]}', selectionCriteria: 'LogGroupName = "x"' })),
      { name: 'InvalidParameterException', status: 400, message: /^Invalid selectionCriteria/ },
    );
    const indexPolicies = await logs.send(new DescribeAccountPoliciesCommand({ policyType: 'FIELD_INDEX_POLICY' }));
    assert.equal(indexPolicies.accountPolicies?.length, 20);
    assert.deepEqual((await logs.send(new DescribeAccountPoliciesCommand({ policyType: 'FIELD_INDEX_POLICY', policyName: 'idx-all' }))).accountPolicies?.map((p) => p.policyName), ['idx-all']);

    // Subscription filter policy: one a region, its destination checked as PutSubscriptionFilter checks it.
    await expectAwsError(
      logs.send(
        new PutAccountPolicyCommand({ policyName: 'ship', policyType: 'SUBSCRIPTION_FILTER_POLICY', policyDocument: JSON.stringify({ DestinationArn: 'arn:aws:sqs:us-east-1:000000000000:q' }) }),
      ),
      { name: 'InvalidParameterException', message: 'Invalid destination ARN: arn:aws:sqs:us-east-1:000000000000:q', status: 400 },
    );
    const kinesis = { DestinationArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/all', RoleArn: 'arn:aws:iam::000000000000:role/r', FilterPattern: 'ERROR' };
    // The destination must exist, as PutSubscriptionFilter checks it with a test message.
    const streams = new KinesisClient(clientConfig(cloud));
    await streams.send(new CreateStreamCommand({ StreamName: 'all', ShardCount: 1 })).finally(() => streams.destroy());
    await expectAwsError(
      logs.send(new PutAccountPolicyCommand({ policyName: 'ship', policyType: 'SUBSCRIPTION_FILTER_POLICY', policyDocument: JSON.stringify({ ...kinesis, RoleArn: undefined }) })),
      { name: 'InvalidParameterException', message: 'destinationArn for vendor kinesis cannot be used without roleArn', status: 400 },
    );
    await logs.send(
      new PutAccountPolicyCommand({ policyName: 'ship', policyType: 'SUBSCRIPTION_FILTER_POLICY', policyDocument: JSON.stringify(kinesis), selectionCriteria: 'LogGroupName NOT IN ["payments"]' }),
    );
    await expectAwsError(logs.send(new PutAccountPolicyCommand({ policyName: 'ship-2', policyType: 'SUBSCRIPTION_FILTER_POLICY', policyDocument: JSON.stringify(kinesis) })), {
      name: 'LimitExceededException',
      status: 400,
    });

    // Transformer policy: the processors are checked as PutTransformer checks them.
    await logs.send(new PutAccountPolicyCommand({ policyName: 'json', policyType: 'TRANSFORMER_POLICY', policyDocument: JSON.stringify({ transformerConfig: [{ parseJSON: {} }] }) }));
    await expectAwsError(
      logs.send(new PutAccountPolicyCommand({ policyName: 'bad', policyType: 'TRANSFORMER_POLICY', policyDocument: JSON.stringify({ transformerConfig: [{ addKeys: { entries: [{ key: 'a', value: 'b' }] } }] }), selectionCriteria: 'LogGroupNamePrefix IN ["x"]' })),
      { name: 'InvalidParameterException', message: 'The first processor in a transformer must be a parser.', status: 400 },
    );

    await logs.send(new DeleteAccountPolicyCommand({ policyName: 'pii', policyType: 'DATA_PROTECTION_POLICY' }));
    await expectAwsError(logs.send(new DeleteAccountPolicyCommand({ policyName: 'pii', policyType: 'DATA_PROTECTION_POLICY' })), {
      name: 'ResourceNotFoundException',
      message: 'Policy with name [pii] does not exist.',
      status: 400,
    });
    assert.deepEqual((await logs.send(new DescribeAccountPoliciesCommand({ policyType: 'DATA_PROTECTION_POLICY' }))).accountPolicies, []);
  });

  test('index policies: the group’s own overrides the account’s; DescribeFieldIndexes lists the indexed fields its events carry', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'team-3/api' }));
    const inherited = await logs.send(new DescribeIndexPoliciesCommand({ logGroupIdentifiers: ['team-3/api'] }));
    assert.deepEqual(inherited.indexPolicies?.map((p) => [p.source, p.policyName, p.policyDocument]), [['ACCOUNT', 'idx-3', '{"Fields":["requestId"]}']]);

    const own = await logs.send(new PutIndexPolicyCommand({ logGroupIdentifier: 'team-3/api', policyDocument: '{"Fields":["requestId"],"FieldsV2":{"status":{"type":"FACET"}}}' }));
    assert.equal(own.indexPolicy?.source, 'LOG_GROUP');
    const described = await logs.send(new DescribeIndexPoliciesCommand({ logGroupIdentifiers: ['team-3/api'] }));
    assert.deepEqual(described.indexPolicies?.map((p) => p.source), ['LOG_GROUP']);

    await logs.send(new CreateLogStreamCommand({ logGroupName: 'team-3/api', logStreamName: 'web' }));
    const now = cloud.clock.now();
    await logs.send(
      new PutLogEventsCommand({
        logGroupName: 'team-3/api',
        logStreamName: 'web',
        logEvents: [
          { timestamp: now - 2, message: '{"requestId":"r-1","status":200}' },
          { timestamp: now - 1, message: '{"requestId":"r-2","path":"/"}' },
        ],
      }),
    );
    const indexes = await logs.send(new DescribeFieldIndexesCommand({ logGroupIdentifiers: ['team-3/api'] }));
    assert.deepEqual(
      indexes.fieldIndexes?.map((f) => [f.fieldIndexName, f.type, f.firstEventTime, f.lastEventTime]).sort(),
      [
        ['@logStream', 'FIELD_INDEX', now - 2, now - 1],
        ['requestId', 'FIELD_INDEX', now - 2, now - 1],
        ['status', 'FACET', now - 2, now - 2],
      ],
    );

    const invalid = { name: 'InvalidParameterException', status: 400 };
    await expectAwsError(logs.send(new PutIndexPolicyCommand({ logGroupIdentifier: 'archive', policyDocument: '{"Fields":["a"]}' })), invalid);
    await expectAwsError(logs.send(new PutIndexPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: JSON.stringify({ Fields: Array.from({ length: 21 }, (_, i) => `f${i}`) }) })), {
      ...invalid,
      message: 'An index policy can include at most 20 fields.',
    });
    await expectAwsError(logs.send(new PutIndexPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: '{"Fields":["a"],"FieldsV2":{"a":{"type":"FACET"}}}' })), invalid);
    await expectAwsError(logs.send(new PutIndexPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: '{"FieldsV2":{"a":{"type":"INDEX"}}}' })), invalid);

    await logs.send(new DeleteIndexPolicyCommand({ logGroupIdentifier: 'team-3/api' }));
    await expectAwsError(logs.send(new DeleteIndexPolicyCommand({ logGroupIdentifier: 'team-3/api' })), { name: 'ResourceNotFoundException', status: 400 });
    assert.deepEqual((await logs.send(new DescribeIndexPoliciesCommand({ logGroupIdentifiers: ['team-3/api'] }))).indexPolicies?.map((p) => p.source), ['ACCOUNT']);

    // A group's own policies leave with it: a new group of that name starts without them.
    await logs.send(new PutDataProtectionPolicyCommand({ logGroupIdentifier: 'payments', policyDocument: protection() }));
    await logs.send(new DeleteLogGroupCommand({ logGroupName: 'payments' }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'payments' }));
    assert.equal((await logs.send(new GetDataProtectionPolicyCommand({ logGroupIdentifier: 'payments' }))).policyDocument, undefined);
  });
});
