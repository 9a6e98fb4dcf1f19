import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluatePolicy, parsePolicy, PolicyError, wildcardMatch, type PolicyRequest } from '../../src/core/policy.js';

/** Unit tests of the shared policy evaluator (src/core/policy.ts), which S3 uses for bucket and queue policies. */
describe('policy evaluation', () => {
  const queue = 'arn:aws:sqs:us-east-1:444455556666:queue1';
  const s3Principal = { type: 'Service', service: 's3.amazonaws.com' } as const;
  const fromBucket = (bucket: string, account: string): PolicyRequest => ({
    principal: s3Principal,
    action: 'sqs:SendMessage',
    resource: queue,
    context: { 'aws:SourceArn': `arn:aws:s3:::${bucket}`, 'aws:SourceAccount': account },
  });
  const notesPolicy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: ['SQS:SendMessage'],
        Resource: queue,
        Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:bucket1' }, StringEquals: { 'aws:SourceAccount': '111122223333' } },
      },
    ],
  };

  test('service principals, ArnLike and StringEquals conditions', () => {
    assert.equal(evaluatePolicy(JSON.stringify(notesPolicy), fromBucket('bucket1', '111122223333')), 'Allow');
    assert.equal(evaluatePolicy(JSON.stringify(notesPolicy), fromBucket('bucket2', '111122223333')), 'ImplicitDeny');
    assert.equal(evaluatePolicy(JSON.stringify(notesPolicy), fromBucket('bucket1', '999999999999')), 'ImplicitDeny');
    assert.equal(evaluatePolicy(JSON.stringify(notesPolicy), { ...fromBucket('bucket1', '111122223333'), principal: { type: 'Service', service: 'sns.amazonaws.com' } }), 'ImplicitDeny');
    assert.equal(evaluatePolicy(JSON.stringify(notesPolicy), { ...fromBucket('bucket1', '111122223333'), action: 'sqs:DeleteMessage' }), 'ImplicitDeny');
    // A condition key the request lacks fails a positive operator...
    assert.equal(evaluatePolicy(JSON.stringify(notesPolicy), { principal: s3Principal, action: 'sqs:SendMessage', resource: queue }), 'ImplicitDeny');
  });

  test('explicit Deny wins; AWS principals by account; wildcards; negated and IfExists operators', () => {
    const policy = parsePolicy(
      JSON.stringify({
        Statement: [
          { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root', '222233334444'] }, Action: 's3:Get*', Resource: 'arn:aws:s3:::b/*' },
          { Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/secret/*' },
          { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringNotEquals: { 's3:prefix': 'private/' } } },
          { Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { NumericLessThanIfExists: { 's3:max-keys': '10' } } },
        ],
      }),
    );
    const as = (account: string, action: string, resource: string, context = {}): PolicyRequest => ({ principal: { type: 'AWS', account }, action, resource, context });
    assert.equal(evaluatePolicy(policy, as('111122223333', 's3:GetObject', 'arn:aws:s3:::b/x')), 'Allow');
    assert.equal(evaluatePolicy(policy, as('222233334444', 's3:getobjectversion', 'arn:aws:s3:::b/x')), 'Allow');
    assert.equal(evaluatePolicy(policy, as('333344445555', 's3:GetObject', 'arn:aws:s3:::b/x')), 'ImplicitDeny');
    assert.equal(evaluatePolicy(policy, as('111122223333', 's3:GetObject', 'arn:aws:s3:::b/secret/k')), 'Deny');
    assert.equal(evaluatePolicy(policy, as('1', 's3:ListBucket', 'arn:aws:s3:::b', { 's3:prefix': 'public/' })), 'Allow');
    assert.equal(evaluatePolicy(policy, as('1', 's3:ListBucket', 'arn:aws:s3:::b', { 's3:prefix': 'private/' })), 'ImplicitDeny');
    assert.equal(evaluatePolicy(policy, as('1', 's3:ListBucket', 'arn:aws:s3:::b')), 'Allow');
    assert.equal(evaluatePolicy(policy, { principal: { type: 'Anonymous' }, action: 's3:PutObject', resource: 'arn:aws:s3:::b/k' }), 'Allow');
    assert.equal(evaluatePolicy(policy, { principal: { type: 'Anonymous' }, action: 's3:PutObject', resource: 'arn:aws:s3:::b/k', context: { 's3:max-keys': '50' } }), 'ImplicitDeny');
  });

  test('documents that are not policies', () => {
    assert.throws(() => parsePolicy('[]'), PolicyError);
    assert.throws(() => parsePolicy('{"Statement": [{"Action": "x"}]}'), /Missing required field Effect/);
    assert.throws(() => parsePolicy('{"Version": "2012-10-17"}'), /Missing required field Statement/);
    assert.throws(() => parsePolicy('{"Statement": {"Effect": "Perhaps"}}'), /Invalid effect: Perhaps/);
  });

  test('wildcards', () => {
    assert.ok(wildcardMatch('arn:aws:s3:::b/*', 'arn:aws:s3:::b/a/b/c'));
    assert.ok(wildcardMatch('s3:Get?bject', 's3:GetObject'));
    assert.ok(!wildcardMatch('s3:Get?bject', 's3:GetObjectAcl'));
    assert.ok(wildcardMatch('*a*b*', 'xxaxxbxx'));
    assert.ok(!wildcardMatch('a*b', 'acbd'));
  });
});
