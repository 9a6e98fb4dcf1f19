import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessDeniedMessage, authorize, type AuthorizationRequest, type AuthorizationResult, type PolicyKind } from '../../src/core/authorization.js';
import { evaluatePolicy, PolicyError, type PolicyDocument } from '../../src/core/policy.js';
import { ipInCidr, toEpochMillis } from '../../src/core/policy-conditions.js';
import { substituteVariables, wildcardMatch } from '../../src/core/policy-patterns.js';
import { validateIdentityPolicy, validateTrustPolicy } from '../../src/core/policy-validation.js';

const ACCOUNT = '111122223333';
const alice: AuthorizationRequest['principal'] = { account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/alice`, principalArn: `arn:aws:iam::${ACCOUNT}:user/alice`, kind: 'user', userName: 'alice' };
const session: AuthorizationRequest['principal'] = { account: ACCOUNT, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/app/run-1`, principalArn: `arn:aws:iam::${ACCOUNT}:role/app`, kind: 'assumed-role' };
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`;
const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement }) as PolicyDocument;

test('accessDeniedMessage: AWS\'s sentences for each kind of policy, implicit and explicit', () => {
  const denial = (decision: AuthorizationResult['decision'], deniedBy: PolicyKind): AuthorizationResult => ({ decision, deniedBy, matchedStatements: [] });
  const prefix = `User: ${alice.arn} is not authorized to perform: sqs:SendMessage on resource: ${QUEUE}`;
  const cases: Array<[AuthorizationResult['decision'], PolicyKind, string]> = [
    ['implicitDeny', 'identity-based policy', 'because no identity-based policy allows the sqs:SendMessage action'],
    ['implicitDeny', 'resource-based policy', 'because no resource-based policy allows the sqs:SendMessage action'],
    ['implicitDeny', 'permissions boundary', 'because no permissions boundary allows the sqs:SendMessage action'],
    ['implicitDeny', 'session policy', 'because no session policy allows the sqs:SendMessage action'],
    ['implicitDeny', 'service control policy', 'because no service control policy allows the sqs:SendMessage action'],
    ['explicitDeny', 'identity-based policy', 'with an explicit deny in an identity-based policy'],
    ['explicitDeny', 'resource-based policy', 'with an explicit deny in a resource-based policy'],
    ['explicitDeny', 'permissions boundary', 'with an explicit deny in a permissions boundary'],
    ['explicitDeny', 'session policy', 'with an explicit deny in a session policy'],
    ['explicitDeny', 'service control policy', 'with an explicit deny in a service control policy'],
  ];
  for (const [decision, kind, reason] of cases) assert.equal(accessDeniedMessage(alice.arn, 'sqs:SendMessage', QUEUE, denial(decision, kind)), `${prefix} ${reason}`);
  // Actions on no particular resource name none.
  assert.equal(
    accessDeniedMessage(session.arn, 'sqs:ListQueues', '*', denial('implicitDeny', 'identity-based policy')),
    `User: ${session.arn} is not authorized to perform: sqs:ListQueues because no identity-based policy allows the sqs:ListQueues action`,
  );
});

test('authorize: the message of a real denial', () => {
  const result = authorize({ principal: alice, action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:other`, identityPolicies: [doc({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: QUEUE })] });
  assert.equal(
    accessDeniedMessage(alice.arn, 'sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:other`, result),
    `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:${ACCOUNT}:other because no identity-based policy allows the sqs:SendMessage action`,
  );
});

test('authorize: matched statements name their policy, sid and position; missing keys are reported', () => {
  const result = authorize({
    principal: alice,
    action: 'sqs:SendMessage',
    resource: QUEUE,
    identityPolicies: [doc({ Effect: 'Allow', Action: 'sqs:ReceiveMessage', Resource: '*' }), { Id: 'jobs-access', ...doc({ Effect: 'Allow', Action: 'sqs:ReceiveMessage', Resource: '*' }, { Sid: 'Send', Effect: 'Allow', Action: 'sqs:Send*', Resource: QUEUE }) }],
    permissionsBoundary: doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*', Condition: { StringEqualsIfExists: { 'aws:RequestedRegion': 'us-east-1' } } }),
    resourcePolicy: doc({ Sid: 'Nobody', Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: QUEUE, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
  });
  assert.equal(result.decision, 'allowed');
  assert.deepEqual(result.matchedStatements, [
    { policy: 'identity-based policy', policyId: 'jobs-access', sid: 'Send', effect: 'Allow', policyIndex: 1, statementIndex: 1 },
    { policy: 'permissions boundary', effect: 'Allow', policyIndex: 0, statementIndex: 0 },
  ]);
  assert.deepEqual(result.missingContextKeys, ['aws:SecureTransport', 'aws:RequestedRegion']);
});

test('authorize: principal keys come from the caller, the request context adds the rest', () => {
  const check = (condition: object, principal = session, context = {}) =>
    authorize({ principal, action: 'sqs:SendMessage', resource: QUEUE, identityPolicies: [doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: condition })], context }).decision;
  assert.equal(check({ StringEquals: { 'aws:PrincipalType': 'AssumedRole', 'aws:PrincipalAccount': ACCOUNT, 'aws:PrincipalArn': session.principalArn } }), 'allowed');
  assert.equal(check({ StringEquals: { 'aws:PrincipalType': 'User', 'aws:username': 'alice' } }, alice), 'allowed');
  // aws:username exists for IAM users only.
  assert.equal(check({ Null: { 'aws:username': 'true' } }), 'allowed');
  assert.equal(check({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } }, { ...session, tags: { team: 'blue' } }), 'allowed');
  // aws:CurrentTime and aws:EpochTime: either one given fills the other.
  assert.equal(check({ NumericEquals: { 'aws:EpochTime': '1796220000' } }, session, { 'aws:CurrentTime': '2026-12-02T14:00:00Z' }), 'allowed');
  assert.equal(check({ DateEquals: { 'aws:CurrentTime': '2026-12-02T14:00:00Z' } }, session, { 'aws:EpochTime': 1796220000 }), 'allowed');
});

test('authorize: NotPrincipal spares a role session only with its role and account listed; a boundary makes a Deny\'s NotPrincipal exclude nobody', () => {
  const withNotPrincipal = (listed: string[], boundary?: PolicyDocument) =>
    authorize({
      principal: session,
      action: 'sqs:SendMessage',
      resource: QUEUE,
      identityPolicies: [doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' })],
      ...(boundary ? { permissionsBoundary: boundary } : {}),
      resourcePolicy: doc({ Effect: 'Deny', NotPrincipal: { AWS: listed }, Action: 'sqs:*', Resource: QUEUE }),
    }).decision;
  const root = `arn:aws:iam::${ACCOUNT}:root`;
  assert.equal(withNotPrincipal([session.arn, session.principalArn, root]), 'allowed');
  assert.equal(withNotPrincipal([session.arn, root]), 'explicitDeny');
  assert.equal(withNotPrincipal([session.principalArn, root]), 'explicitDeny');
  assert.equal(withNotPrincipal([session.arn, session.principalArn, root], doc({ Effect: 'Allow', Action: '*', Resource: '*' })), 'explicitDeny');
});

test('authorize: service principals are judged by the resource policy alone', () => {
  const sns: AuthorizationRequest['principal'] = { account: ACCOUNT, arn: 'sns.amazonaws.com', principalArn: 'sns.amazonaws.com', kind: 'service' };
  const policy = doc({ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: QUEUE, Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` } } });
  const decide = (sourceArn: string, resourcePolicy?: PolicyDocument) =>
    authorize({ principal: sns, action: 'sqs:SendMessage', resource: QUEUE, identityPolicies: [], ...(resourcePolicy ? { resourcePolicy } : {}), context: { 'aws:SourceArn': sourceArn } });
  assert.equal(decide(`arn:aws:sns:us-east-1:${ACCOUNT}:alerts`, policy).decision, 'allowed');
  assert.deepEqual(decide(`arn:aws:sns:us-east-1:${ACCOUNT}:other`, policy), { decision: 'implicitDeny', deniedBy: 'resource-based policy', matchedStatements: [] });
  assert.equal(decide(`arn:aws:sns:us-east-1:${ACCOUNT}:alerts`).decision, 'implicitDeny');
});

test('evaluatePolicy: Federated and CanonicalUser principals (trust and bucket policies)', () => {
  const trust = doc({ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo/app:*' } } });
  const request = (sub: string) => ({ principal: { type: 'Federated' as const, provider: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` }, action: 'sts:AssumeRoleWithWebIdentity', resource: `arn:aws:iam::${ACCOUNT}:role/deploy`, context: { 'token.actions.githubusercontent.com:sub': sub } });
  assert.equal(evaluatePolicy(trust, request('repo:octo/app:ref:refs/heads/main')), 'Allow');
  assert.equal(evaluatePolicy(trust, request('repo:evil/app:ref:refs/heads/main')), 'ImplicitDeny');
  const bucket = doc({ Effect: 'Allow', Principal: { CanonicalUser: '79a59df900b949e55d96a1e698fbaced' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' });
  assert.equal(evaluatePolicy(bucket, { principal: { type: 'AWS', account: ACCOUNT, canonicalUser: '79a59df900b949e55d96a1e698fbaced' }, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }), 'Allow');
  assert.equal(evaluatePolicy(bucket, { principal: { type: 'AWS', account: ACCOUNT }, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }), 'ImplicitDeny');
});

test('policy variables: ${*}, ${?}, ${$}, defaults, values kept literal in patterns', () => {
  const keys = new Map([['aws:username', ['a*b']]]);
  assert.equal(substituteVariables('home/${aws:username}/${$}', keys, false), 'home/a*b/$');
  assert.equal(substituteVariables("x/${aws:PrincipalTag/dept, 'none'}", keys, false), 'x/none');
  assert.equal(substituteVariables('x/${aws:PrincipalTag/dept}', keys, false), undefined);
  // A star from a variable's value matches only a star.
  const pattern = substituteVariables('home/${aws:username}/*', keys, true)!;
  assert.equal(wildcardMatch(pattern, 'home/a*b/file'), true);
  assert.equal(wildcardMatch(pattern, 'home/axyzb/file'), false);
  assert.equal(wildcardMatch(substituteVariables('what${?}', keys, true)!, 'what?'), true);
  assert.equal(wildcardMatch(substituteVariables('what${?}', keys, true)!, 'whats'), false);
});

test('IP and date operands', () => {
  assert.equal(ipInCidr('10.1.2.3', '10.0.0.0/8'), true);
  assert.equal(ipInCidr('11.1.2.3', '10.0.0.0/8'), false);
  assert.equal(ipInCidr('192.0.2.7', '192.0.2.7'), true);
  assert.equal(ipInCidr('0.0.0.0', '0.0.0.0/0'), true);
  assert.equal(ipInCidr('2001:db8::1', '2001:db8::/32'), true);
  assert.equal(ipInCidr('2001:db9::1', '2001:db8::/32'), false);
  assert.equal(ipInCidr('::ffff:192.0.2.1', '::ffff:192.0.2.0/120'), true);
  // Families never mix; nonsense never matches.
  assert.equal(ipInCidr('10.0.0.1', '::/0'), false);
  assert.equal(ipInCidr('10.0.0.1', '10.0.0.0/33'), false);
  assert.equal(ipInCidr('not-an-ip', '0.0.0.0/0'), false);
  assert.equal(toEpochMillis('2026-12-02T14:00:00Z'), Date.UTC(2026, 11, 2, 14));
  assert.equal(toEpochMillis('2026-12-02'), Date.UTC(2026, 11, 2));
  assert.equal(toEpochMillis('1796220000'), 1796220000000);
  assert.equal(toEpochMillis('yesterday'), undefined);
});

test('validateIdentityPolicy and validateTrustPolicy: IAM\'s MalformedPolicyDocument messages', () => {
  const identity = (value: unknown) => () => validateIdentityPolicy(typeof value === 'string' ? value : JSON.stringify(value));
  const trust = (value: unknown) => () => validateTrustPolicy(JSON.stringify(value));
  const fails = (fn: () => unknown, message: string) => assert.throws(fn, (e: unknown) => e instanceof PolicyError && e.message === message, message);
  const ok = { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' };
  assert.equal(validateIdentityPolicy(JSON.stringify({ Version: '2012-10-17', Statement: ok })).Statement.length, 1);
  fails(identity('{"Version": "2012-10-17", '), 'Syntax errors in policy.');
  fails(identity({ Version: '2012-10-18', Statement: [ok] }), 'The policy failed legacy parsing');
  fails(identity({ Version: '2012-10-17' }), 'Missing required field Statement');
  fails(identity({ Version: '2012-10-17', Statement: [{ ...ok, Principal: '*' }] }), 'Policy document should not specify a principal.');
  fails(identity({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }), 'Policy statement must contain actions.');
  fails(identity({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*' }] }), 'Policy statement must contain resources.');
  fails(identity({ Version: '2012-10-17', Statement: [{ ...ok, Action: 'SendMessage' }] }), 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
  fails(identity({ Version: '2012-10-17', Statement: [{ ...ok, Effect: 'Permit' }] }), 'Invalid effect: Permit');
  fails(identity({ Version: '2012-10-17', Statement: [{ Action: 'sqs:*', Resource: '*' }] }), 'Missing required field Effect');
  fails(identity({ Version: '2012-10-17', Statement: [{ ...ok, Condition: { StringEqualz: { 'aws:username': 'x' } } }] }), 'Invalid Condition type : StringEqualz');
  fails(identity({ Version: '2012-10-17', Statement: [{ ...ok, Sid: 'a' }, { ...ok, Sid: 'a' }] }), 'Statement IDs (SID) in a single policy must be unique.');
  fails(identity({ Version: '2012-10-17', Statement: [{ ...ok, Resource: 'jobs' }] }), 'Resource jobs must be in ARN format or "*".');
  fails(identity({ Version: '2012-10-17', Statement: [{ ...ok, Resource: '' }] }), 'Resource  must be in ARN format or "*".');
  fails(identity({ Version: '2012-10-17', Statement: [{ ...ok, Resource: 'arn:aws:iam:us-east-1:111122223333:role/x' }] }), 'IAM resource arn:aws:iam:us-east-1:111122223333:role/x cannot contain region information.');
  const assume = { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' };
  assert.equal(validateTrustPolicy(JSON.stringify({ Version: '2012-10-17', Statement: [assume] })).Statement.length, 1);
  fails(trust({ Version: '2012-10-17', Statement: [{ ...assume, Resource: '*' }] }), 'Has prohibited field Resource');
  fails(trust({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }), 'Missing required field Principal');
  fails(trust({ Version: '2012-10-17', Statement: [{ ...assume, Principal: { AWS: 'alice' } }] }), 'Invalid principal in policy: "AWS":"alice"');
});
