/**
 * Policy/request cases checked against AWS's documented evaluation logic ("Policy evaluation
 * logic", "Cross-account policy evaluation logic", "Permissions boundaries", "Session policies",
 * "Condition operators", "Policy variables", "NotPrincipal"). Each case is replayed through
 * `authorize` (test/core/authorization-cases.test.ts), through IAM's SimulateCustomPolicy
 * (test/iam/simulator-cases.test.ts), and can be replayed by enforcement against real requests.
 */
import type { AuthorizationRequest, PolicyKind } from '../../src/core/authorization.js';

export interface PolicyCase {
  name: string;
  policies: { identity: object[]; boundary?: object; session?: object[]; resource?: object; scp?: object[] };
  principal: AuthorizationRequest['principal'];
  action: string;
  resource: string;
  resourceAccount?: string;
  context?: Record<string, string | string[] | boolean | number>;
  expected: 'allowed' | 'explicitDeny' | 'implicitDeny';
  deniedBy?: PolicyKind;
  doc: string;
}

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`;
const OTHER_QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:reports`;
const FOREIGN_QUEUE = `arn:aws:sqs:us-east-1:${OTHER_ACCOUNT}:inbox`;
const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`;
const FUNCTION = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:resize`;
const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:alerts`;
const OBJECT = 'arn:aws:s3:::assets-bucket/reports/2026/q1.csv';

export const alice: PolicyCase['principal'] = { account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/alice`, principalArn: `arn:aws:iam::${ACCOUNT}:user/alice`, kind: 'user', userName: 'alice', tags: { team: 'blue' } };
const root: PolicyCase['principal'] = { account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, principalArn: `arn:aws:iam::${ACCOUNT}:root`, kind: 'root' };
const session: PolicyCase['principal'] = { account: ACCOUNT, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/app-role/worker`, principalArn: `arn:aws:iam::${ACCOUNT}:role/app-role`, kind: 'assumed-role' };
const bob: PolicyCase['principal'] = { account: OTHER_ACCOUNT, arn: `arn:aws:iam::${OTHER_ACCOUNT}:user/bob`, principalArn: `arn:aws:iam::${OTHER_ACCOUNT}:user/bob`, kind: 'user', userName: 'bob' };
const otherRoot: PolicyCase['principal'] = { account: OTHER_ACCOUNT, arn: `arn:aws:iam::${OTHER_ACCOUNT}:root`, principalArn: `arn:aws:iam::${OTHER_ACCOUNT}:root`, kind: 'root' };

const V = '2012-10-17';
const allow = (Action: unknown, Resource: unknown = '*', extra: object = {}) => ({ Effect: 'Allow', Action, Resource, ...extra });
const deny = (Action: unknown, Resource: unknown = '*', extra: object = {}) => ({ Effect: 'Deny', Action, Resource, ...extra });
const policy = (...Statement: object[]) => ({ Version: V, Statement });
const when = (Condition: object) => ({ Condition });

/** A case for alice (same account, SendMessage on the jobs queue) unless told otherwise. */
function c(name: string, doc: string, identity: object[], expected: PolicyCase['expected'], rest: Partial<PolicyCase> = {}): PolicyCase {
  const { policies, ...others } = rest;
  return { name, doc, principal: alice, action: 'sqs:SendMessage', resource: QUEUE, expected, ...(expected === 'allowed' ? {} : { deniedBy: 'identity-based policy' }), ...others, policies: policies ?? { identity } };
}

export const policyCases: PolicyCase[] = [
  // Basic allow, implicit deny, explicit deny.
  c('exact action and resource allow', 'An Allow in an identity-based policy allows', [policy(allow('sqs:SendMessage', QUEUE))], 'allowed'),
  c('no policy at all', 'Requests are implicitly denied by default', [], 'implicitDeny'),
  c('allow for another action', 'Only a matching statement allows', [policy(allow('sqs:ReceiveMessage', QUEUE))], 'implicitDeny'),
  c('allow on another resource', 'Resource must match', [policy(allow('sqs:SendMessage', OTHER_QUEUE))], 'implicitDeny'),
  c('deny overrides allow in the same policy', 'An explicit deny in any policy overrides any allow', [policy(allow('sqs:*'), deny('sqs:SendMessage', QUEUE))], 'explicitDeny'),
  c('deny in a second policy overrides', 'Explicit deny wins across all identity-based policies', [policy(allow('*')), policy(deny('sqs:SendMessage'))], 'explicitDeny'),
  c('deny for another action leaves the allow', 'A Deny applies only to what it matches', [policy(allow('sqs:*'), deny('sqs:DeleteQueue'))], 'allowed'),
  // Wildcards.
  c('action wildcard sqs:Send*', 'Action takes * wildcards', [policy(allow('sqs:Send*', QUEUE))], 'allowed'),
  c('action ? wildcard', 'Action takes ? wildcards', [policy(allow('sqs:SendMessag?', QUEUE))], 'allowed'),
  c('action case-insensitive', 'Action names are case-insensitive', [policy(allow('SQS:sendmessage', QUEUE))], 'allowed'),
  c('full wildcard *', '"*" allows every action', [policy(allow('*'))], 'allowed'),
  c('resource wildcard', 'Resource takes * wildcards', [policy(allow('sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:j*`))], 'allowed'),
  c('resource ? wildcard', 'Resource takes ? wildcards', [policy(allow('sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:jo?s`))], 'allowed'),
  c('resource is case-sensitive', 'Resource ARNs match case-sensitively', [policy(allow('sqs:SendMessage', `arn:aws:sqs:us-east-1:${ACCOUNT}:JOBS`))], 'implicitDeny'),
  c('action list with one match', 'Any action in the list matches', [policy(allow(['sqs:ReceiveMessage', 'sqs:SendMessage'], [OTHER_QUEUE, QUEUE]))], 'allowed'),
  // NotAction / NotResource.
  c('NotAction allow excludes the action', 'NotAction matches every action except those listed', [policy({ Effect: 'Allow', NotAction: 'sqs:SendMessage', Resource: '*' })], 'implicitDeny'),
  c('NotAction allow covers other actions', 'NotAction with Allow allows what is not listed', [policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })], 'allowed'),
  c('NotAction deny denies the rest', 'Deny with NotAction denies every action not listed', [policy(allow('*'), { Effect: 'Deny', NotAction: ['sqs:ReceiveMessage'], Resource: '*' })], 'explicitDeny'),
  c('NotResource allow', 'NotResource matches every resource except those listed', [policy({ Effect: 'Allow', Action: 'sqs:SendMessage', NotResource: OTHER_QUEUE })], 'allowed'),
  c('NotResource excludes the resource', 'NotResource does not match the listed resource', [policy({ Effect: 'Allow', Action: 'sqs:SendMessage', NotResource: QUEUE })], 'implicitDeny'),
  c('NotResource deny', 'Deny with NotResource denies everything else', [policy(allow('sqs:*'), { Effect: 'Deny', Action: 'sqs:*', NotResource: OTHER_QUEUE })], 'explicitDeny'),
  // Conditions: strings.
  c('StringEquals on aws:RequestedRegion', 'StringEquals: exact, case-sensitive', [policy(allow('sqs:SendMessage', '*', when({ StringEquals: { 'aws:RequestedRegion': 'us-east-1' } })))], 'allowed', { context: { 'aws:RequestedRegion': 'us-east-1' } }),
  c('StringEquals fails on another value', 'StringEquals: no match, no allow', [policy(allow('sqs:SendMessage', '*', when({ StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } })))], 'implicitDeny', { context: { 'aws:RequestedRegion': 'us-east-1' } }),
  c('StringEquals with a missing key', 'A positive operator on a missing key is false', [policy(allow('sqs:SendMessage', '*', when({ StringEquals: { 'aws:RequestedRegion': 'us-east-1' } })))], 'implicitDeny'),
  c('StringNotEquals with a missing key', 'A negated operator on a missing key is true', [policy(allow('sqs:SendMessage'), deny('sqs:*', '*', when({ StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } })))], 'explicitDeny'),
  c('StringNotEquals on a listed value', 'StringNotEquals: false when the value is listed', [policy(allow('sqs:SendMessage'), deny('sqs:*', '*', when({ StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'us-west-2'] } })))], 'allowed', { context: { 'aws:RequestedRegion': 'us-west-2' } }),
  c('StringEqualsIgnoreCase', 'StringEqualsIgnoreCase ignores case', [policy(allow('sqs:SendMessage', '*', when({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } })))], 'allowed'),
  c('StringLike with wildcards on aws:userid', 'StringLike takes * and ?', [policy(allow('sqs:SendMessage', '*', when({ StringLike: { 'aws:userid': 'AIDA*' } })))], 'allowed', { context: { 'aws:userid': 'AIDAEXAMPLEUSERID' } }),
  c('StringNotLike denies outside the prefix', 'StringNotLike: true when no pattern matches', [policy(allow('sqs:SendMessage'), deny('sqs:SendMessage', '*', when({ StringNotLike: { 'aws:userid': 'AROA*' } })))], 'explicitDeny', { context: { 'aws:userid': 'AIDAEXAMPLEUSERID' } }),
  c('condition key names are case-insensitive', 'Condition key names are not case-sensitive', [policy(allow('sqs:SendMessage', '*', when({ StringEquals: { 'AWS:REQUESTEDREGION': 'us-east-1' } })))], 'allowed', { context: { 'aws:RequestedRegion': 'us-east-1' } }),
  c('two operators must both hold', 'Conditions: every operator block must hold (AND)', [policy(allow('sqs:SendMessage', '*', when({ StringEquals: { 'aws:RequestedRegion': 'us-east-1' }, Bool: { 'aws:SecureTransport': 'true' } })))], 'implicitDeny', { context: { 'aws:RequestedRegion': 'us-east-1', 'aws:SecureTransport': false } }),
  // Numeric, Date, Bool, Binary, IP, ARN, Null.
  c('NumericLessThanEquals', 'Numeric operators compare numbers', [policy(allow('dynamodb:PutItem', TABLE, when({ NumericLessThanEquals: { 'dynamodb:ReturnConsumedCapacity': '10' } })))], 'allowed', { action: 'dynamodb:PutItem', resource: TABLE, context: { 'dynamodb:ReturnConsumedCapacity': 7 } }),
  c('NumericGreaterThan fails', 'Numeric operators compare numbers', [policy(allow('dynamodb:PutItem', TABLE, when({ NumericGreaterThan: { 's3:max-keys': '100' } })))], 'implicitDeny', { action: 'dynamodb:PutItem', resource: TABLE, context: { 's3:max-keys': 50 } }),
  c('DateLessThan with ISO time', 'Date operators take ISO 8601', [policy(allow('sqs:SendMessage', '*', when({ DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } })))], 'allowed', { context: { 'aws:CurrentTime': '2026-12-02T14:00:00Z' } }),
  c('DateGreaterThan with epoch seconds', 'Date operators take epoch seconds', [policy(allow('sqs:SendMessage', '*', when({ DateGreaterThan: { 'aws:EpochTime': '1893456000' } })))], 'implicitDeny', { context: { 'aws:CurrentTime': '2026-12-02T14:00:00Z' } }),
  c('Bool SecureTransport false denies', 'Bool matches true/false', [policy(allow('sqs:*'), deny('sqs:*', '*', when({ Bool: { 'aws:SecureTransport': 'false' } })))], 'explicitDeny', { context: { 'aws:SecureTransport': false } }),
  c('BoolIfExists with the key missing', '...IfExists: true when the key is missing', [policy(allow('sqs:SendMessage', '*', when({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } })))], 'allowed'),
  c('BinaryEquals', 'BinaryEquals compares base64 values', [policy(allow('sqs:SendMessage', '*', when({ BinaryEquals: { 'sqs:MessageAttributeBinary': 'QmluYXJ5' } })))], 'allowed', { context: { 'sqs:MessageAttributeBinary': 'QmluYXJ5' } }),
  c('IpAddress in an IPv4 CIDR', 'IpAddress matches a CIDR block', [policy(allow('sqs:SendMessage', '*', when({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })))], 'allowed', { context: { 'aws:SourceIp': '203.0.113.45' } }),
  c('NotIpAddress outside the range denies', 'NotIpAddress: true outside every block', [policy(allow('sqs:*'), deny('sqs:*', '*', when({ NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } })))], 'explicitDeny', { context: { 'aws:SourceIp': '198.51.100.7' } }),
  c('IpAddress in an IPv6 CIDR', 'IpAddress takes IPv6 blocks', [policy(allow('sqs:SendMessage', '*', when({ IpAddress: { 'aws:SourceIp': '2001:db8:1234::/48' } })))], 'allowed', { context: { 'aws:SourceIp': '2001:db8:1234:ff::1' } }),
  c('ArnLike on aws:SourceArn', 'ArnLike matches each ARN part with wildcards', [policy(allow('sqs:SendMessage', '*', when({ ArnLike: { 'aws:SourceArn': `arn:aws:sns:*:${ACCOUNT}:*` } })))], 'allowed', { context: { 'aws:SourceArn': TOPIC } }),
  c('ArnEquals fails on another topic', 'ArnEquals: the ARN must match', [policy(allow('sqs:SendMessage', '*', when({ ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:other` } })))], 'implicitDeny', { context: { 'aws:SourceArn': TOPIC } }),
  c('ArnNotLike denies other principals', 'ArnNotLike on aws:PrincipalArn', [policy(allow('sqs:*'), deny('sqs:*', '*', when({ ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*` } })))], 'explicitDeny'),
  c('Null true: the key is absent', 'Null: "true" holds when the key is absent', [policy(allow('sqs:*'), deny('sqs:*', '*', when({ Null: { 'aws:SourceArn': 'true' } })))], 'explicitDeny'),
  c('Null false: the key is present', 'Null: "false" holds when the key is present', [policy(allow('sqs:SendMessage', '*', when({ Null: { 'aws:SourceArn': 'false' } })))], 'allowed', { context: { 'aws:SourceArn': TOPIC } }),
  c('StringEqualsIfExists with a different value', '...IfExists: compares when the key is present', [policy(allow('sqs:SendMessage', '*', when({ StringEqualsIfExists: { 'aws:RequestedRegion': 'eu-west-1' } })))], 'implicitDeny', { context: { 'aws:RequestedRegion': 'us-east-1' } }),
  // Multi-valued keys.
  c('ForAllValues with every tag key allowed', 'ForAllValues: every request value matches', [policy(allow('sqs:TagQueue', '*', when({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })))], 'allowed', { action: 'sqs:TagQueue', context: { 'aws:TagKeys': ['team', 'env'] } }),
  c('ForAllValues with an extra tag key', 'ForAllValues: one value outside the set fails', [policy(allow('sqs:TagQueue', '*', when({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } })))], 'implicitDeny', { action: 'sqs:TagQueue', context: { 'aws:TagKeys': ['team', 'owner'] } }),
  c('ForAllValues with the key missing', 'ForAllValues: true for a missing key (empty set)', [policy(allow('sqs:TagQueue', '*', when({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } })))], 'allowed', { action: 'sqs:TagQueue' }),
  c('ForAnyValue with one match', 'ForAnyValue: at least one value matches', [policy(allow('sqs:TagQueue', '*', when({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } })))], 'allowed', { action: 'sqs:TagQueue', context: { 'aws:TagKeys': ['team', 'env'] } }),
  c('ForAnyValue with the key missing', 'ForAnyValue: false for a missing key', [policy(allow('sqs:TagQueue', '*', when({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } })))], 'implicitDeny', { action: 'sqs:TagQueue' }),
  c('ForAnyValue:StringNotEquals with the key missing', 'ForAnyValue with a negated operator is false for a missing key', [policy(allow('sqs:TagQueue'), deny('sqs:TagQueue', '*', when({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['env'] } })))], 'allowed', { action: 'sqs:TagQueue' }),
  // Principal and resource tags.
  c('PrincipalTag matches ResourceTag', 'aws:PrincipalTag and aws:ResourceTag', [policy(allow('sqs:SendMessage', '*', when({ StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } })))], 'allowed', { context: { 'aws:ResourceTag/team': 'blue' } }),
  c('RequestTag must equal blue', 'aws:RequestTag', [policy(allow('sqs:CreateQueue', '*', when({ StringEquals: { 'aws:RequestTag/team': 'blue' } })))], 'implicitDeny', { action: 'sqs:CreateQueue', context: { 'aws:RequestTag/team': 'red' } }),
  // Policy variables.
  c('${aws:username} in Resource', 'Policy variables fill Resource', [policy(allow('s3:GetObject', 'arn:aws:s3:::assets-bucket/home/${aws:username}/*'))], 'allowed', { action: 's3:GetObject', resource: 'arn:aws:s3:::assets-bucket/home/alice/notes.txt' }),
  c('${aws:username} for another home', 'Variables resolve to the caller only', [policy(allow('s3:GetObject', 'arn:aws:s3:::assets-bucket/home/${aws:username}/*'))], 'implicitDeny', { action: 's3:GetObject', resource: 'arn:aws:s3:::assets-bucket/home/bob/notes.txt' }),
  c('variables need Version 2012-10-17', 'Without Version 2012-10-17 ${...} is literal', [{ Version: '2008-10-17', Statement: [allow('s3:GetObject', 'arn:aws:s3:::assets-bucket/home/${aws:username}/*')] }], 'implicitDeny', { action: 's3:GetObject', resource: 'arn:aws:s3:::assets-bucket/home/alice/notes.txt' }),
  c('variable default value', "A variable's default fills a missing key", [policy(allow('s3:GetObject', "arn:aws:s3:::assets-bucket/${aws:PrincipalTag/department, 'shared'}/*"))], 'allowed', { action: 's3:GetObject', resource: 'arn:aws:s3:::assets-bucket/shared/a.txt' }),
  c('${*} is a literal asterisk', '${*} matches only a literal *', [policy(allow('s3:GetObject', 'arn:aws:s3:::assets-bucket/${*}'))], 'implicitDeny', { action: 's3:GetObject', resource: OBJECT }),
  // Permissions boundaries and session policies.
  c('boundary allows too', 'Effective permissions: identity ∩ boundary', [policy(allow('sqs:*'))], 'allowed', { policies: { identity: [policy(allow('sqs:*'))], boundary: policy(allow('sqs:SendMessage')) } }),
  c('boundary does not allow', 'A permissions boundary limits identity-based policies', [], 'implicitDeny', { policies: { identity: [policy(allow('sqs:*'))], boundary: policy(allow('dynamodb:*')) }, deniedBy: 'permissions boundary' }),
  c('boundary alone grants nothing', 'A boundary gives no permissions by itself', [], 'implicitDeny', { policies: { identity: [], boundary: policy(allow('*')) } }),
  c('boundary deny', 'An explicit deny in a boundary wins', [], 'explicitDeny', { policies: { identity: [policy(allow('*'))], boundary: policy(allow('*'), deny('sqs:SendMessage')) }, deniedBy: 'permissions boundary' }),
  c('session policy limits a role session', 'Session policies limit the role session', [], 'implicitDeny', { principal: session, policies: { identity: [policy(allow('sqs:*'))], session: [policy(allow('sqs:ReceiveMessage'))] }, deniedBy: 'session policy' }),
  c('session policy allows', 'Session ∩ identity allows', [], 'allowed', { principal: session, policies: { identity: [policy(allow('sqs:*'))], session: [policy(allow('sqs:SendMessage', QUEUE))] } }),
  c('SCP does not allow', 'SCPs must allow the action', [], 'implicitDeny', { policies: { identity: [policy(allow('*'))], scp: [policy(allow('dynamodb:*'))] }, deniedBy: 'service control policy' }),
  c('SCP denies', 'An explicit deny in an SCP wins', [], 'explicitDeny', { policies: { identity: [policy(allow('*'))], scp: [policy(allow('*'), deny('sqs:*'))] }, deniedBy: 'service control policy' }),
  // Resource-based policies within the account.
  c('resource policy grants the user', 'Same account: identity OR resource policy allows', [], 'allowed', { policies: { identity: [], resource: policy(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: alice.arn } })) } }),
  c('resource policy grants the account only', 'A grant to the account delegates to identity policies', [], 'implicitDeny', { policies: { identity: [], resource: policy(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: ACCOUNT } })) } }),
  c('resource policy deny overrides identity allow', 'Explicit deny in a resource-based policy wins', [], 'explicitDeny', { policies: { identity: [policy(allow('sqs:*'))], resource: policy(deny('sqs:SendMessage', QUEUE, { Principal: '*' })) }, deniedBy: 'resource-based policy' }),
  c('user grant passes a boundary', "A resource grant to the user's ARN is not limited by its boundary", [], 'allowed', { policies: { identity: [], boundary: policy(allow('dynamodb:*')), resource: policy(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: alice.arn } })) } }),
  c('role ARN grant limited by the session policy', "A resource grant to the role's ARN is limited by session policies", [], 'implicitDeny', { principal: session, policies: { identity: [], session: [policy(allow('dynamodb:*'))], resource: policy(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: session.principalArn } })) }, deniedBy: 'session policy' }),
  c('session ARN grant passes the session policy', 'A resource grant to the session ARN is not limited by session policies', [], 'allowed', { principal: session, policies: { identity: [], session: [policy(allow('dynamodb:*'))], resource: policy(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: session.arn } })) } }),
  c('NotPrincipal deny spares the listed user', 'NotPrincipal: the user and its account listed are excluded', [], 'allowed', { policies: { identity: [policy(allow('sqs:*'))], resource: policy({ Effect: 'Deny', NotPrincipal: { AWS: [alice.arn, `arn:aws:iam::${ACCOUNT}:root`] }, Action: 'sqs:*', Resource: QUEUE }) } }),
  c('NotPrincipal deny without the account', 'NotPrincipal: without the account listed the deny applies', [], 'explicitDeny', { policies: { identity: [policy(allow('sqs:*'))], resource: policy({ Effect: 'Deny', NotPrincipal: { AWS: [alice.arn] }, Action: 'sqs:*', Resource: QUEUE }) }, deniedBy: 'resource-based policy' }),
  c('NotPrincipal deny hits others', 'NotPrincipal: principals not listed are denied', [], 'explicitDeny', { policies: { identity: [policy(allow('sqs:*'))], resource: policy({ Effect: 'Deny', NotPrincipal: { AWS: [`arn:aws:iam::${ACCOUNT}:user/carol`, `arn:aws:iam::${ACCOUNT}:root`] }, Action: 'sqs:*', Resource: QUEUE }) }, deniedBy: 'resource-based policy' }),
  // Root.
  c('root of the account without policies', "The account's root user has full access to its own resources", [], 'allowed', { principal: root }),
  c('root refused by an SCP', 'SCPs limit the root user of a member account', [], 'explicitDeny', { principal: root, policies: { identity: [], scp: [policy(allow('*'), deny('sqs:SendMessage'))] }, deniedBy: 'service control policy' }),
  // Cross account.
  c('cross-account without a resource policy', 'Across accounts the resource-based policy must allow too', [], 'implicitDeny', { principal: bob, resource: QUEUE, resourceAccount: ACCOUNT, policies: { identity: [policy(allow('sqs:SendMessage', QUEUE))] }, deniedBy: 'resource-based policy' }),
  c('cross-account with both sides', 'Across accounts identity and resource policies both allow', [], 'allowed', { principal: bob, resource: QUEUE, resourceAccount: ACCOUNT, policies: { identity: [policy(allow('sqs:SendMessage', QUEUE))], resource: policy(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: bob.arn } })) } }),
  c('cross-account resource policy only', 'Across accounts the caller\'s identity policy must allow too', [], 'implicitDeny', { principal: bob, resource: QUEUE, resourceAccount: ACCOUNT, policies: { identity: [], resource: policy(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: bob.arn } })) } }),
  c('cross-account grant to the caller account', 'A grant to the other account delegates to its identity policies', [], 'allowed', { principal: bob, resource: QUEUE, resourceAccount: ACCOUNT, policies: { identity: [policy(allow('sqs:*'))], resource: policy(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` } })) } }),
  c('cross-account root of the other account', "Another account's root still needs the resource policy", [], 'allowed', { principal: otherRoot, resource: QUEUE, resourceAccount: ACCOUNT, policies: { identity: [], resource: policy(allow('sqs:SendMessage', QUEUE, { Principal: { AWS: OTHER_ACCOUNT } })) } }),
  c('cross-account to a foreign queue', 'Alice sending to another account needs its queue policy', [], 'implicitDeny', { resource: FOREIGN_QUEUE, resourceAccount: OTHER_ACCOUNT, policies: { identity: [policy(allow('sqs:*'))], resource: policy(allow('sqs:SendMessage', FOREIGN_QUEUE, { Principal: { AWS: bob.arn } })) }, deniedBy: 'resource-based policy' }),
  // Other served services.
  c('dynamodb:PutItem on the table', 'An Allow on a DynamoDB table', [policy(allow(['dynamodb:GetItem', 'dynamodb:PutItem'], TABLE))], 'allowed', { action: 'dynamodb:PutItem', resource: TABLE }),
  c('dynamodb:PutItem with only reads', 'An action not granted is implicitly denied', [policy(allow(['dynamodb:GetItem', 'dynamodb:Query'], `${TABLE}*`))], 'implicitDeny', { action: 'dynamodb:PutItem', resource: TABLE }),
  c('lambda:InvokeFunction on a qualified ARN', 'Resource wildcards cover versions and aliases', [policy(allow('lambda:InvokeFunction', `${FUNCTION}*`))], 'allowed', { action: 'lambda:InvokeFunction', resource: `${FUNCTION}:live` }),
  c('sns:Publish denied by topic policy condition', 'Resource policy Deny with a condition', [], 'explicitDeny', { action: 'sns:Publish', resource: TOPIC, policies: { identity: [policy(allow('sns:Publish'))], resource: policy(deny('sns:Publish', TOPIC, { Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })) }, context: { 'aws:SecureTransport': false }, deniedBy: 'resource-based policy' }),
  c('s3:GetObject by prefix', 'Resource wildcards across slashes', [policy(allow('s3:GetObject', 'arn:aws:s3:::assets-bucket/reports/*'))], 'allowed', { action: 's3:GetObject', resource: OBJECT }),
];
