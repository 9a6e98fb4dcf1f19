import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AssumeRoleCommand, AssumeRoleWithSAMLCommand, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { CreateAccessKeyCommand, CreateOpenIDConnectProviderCommand, CreateRoleCommand, CreateSAMLProviderCommand, CreateUserCommand, IAMClient, PutRolePolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import type { Cloud } from '../../src/index.js';
import type { StsApi } from '../../src/services/sts/api.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { expectAwsError } from '../support/errors.js';

const ACCOUNT = '000000000000';
const trust = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

function jwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', kid: 'test' })}.${part(claims)}.${Buffer.from('not-verified').toString('base64url')}`;
}

function samlResponse(options: { roleArn: string; providerArn: string; sessionName?: string; nameId?: string; issuedAt?: number; sessionNotOnOrAfter?: number; tags?: Record<string, string> }): string {
  const attribute = (name: string, values: string[]) =>
    `<saml:Attribute Name="${name}">${values.map((v) => `<saml:AttributeValue xsi:type="xs:string">${v}</saml:AttributeValue>`).join('')}</saml:Attribute>`;
  const attributes = [
    attribute('https://aws.amazon.com/SAML/Attributes/Role', [`${options.providerArn},${options.roleArn}`]),
    ...(options.sessionName ? [attribute('https://aws.amazon.com/SAML/Attributes/RoleSessionName', [options.sessionName])] : []),
    ...Object.entries(options.tags ?? {}).map(([k, v]) => attribute(`https://aws.amazon.com/SAML/Attributes/PrincipalTag:${k}`, [v])),
  ].join('');
  const xml = `<?xml version="1.0"?><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"${options.issuedAt === undefined ? '' : ` IssueInstant="${new Date(options.issuedAt).toISOString()}"`}>`
    + `<saml:Issuer>https://idp.example.com/saml</saml:Issuer><saml:Assertion><saml:Issuer>https://idp.example.com/saml</saml:Issuer>`
    + `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${options.nameId ?? 'jane@example.com'}</saml:NameID></saml:Subject>`
    + `<saml:Conditions><saml:AudienceRestriction><saml:Audience>https://signin.aws.amazon.com/saml</saml:Audience></saml:AudienceRestriction></saml:Conditions>`
    + (options.sessionNotOnOrAfter === undefined ? '' : `<saml:AuthnStatement SessionNotOnOrAfter="${new Date(options.sessionNotOnOrAfter).toISOString()}"/>`)
    + `<saml:AttributeStatement>${attributes}</saml:AttributeStatement></saml:Assertion></samlp:Response>`;
  return Buffer.from(xml).toString('base64');
}

/** With --enforce-iam: roles must exist and their trust policies decide who may assume them. */
describe('STS with IAM enforcement', () => {
  let cloud: Cloud;
  let sts: STSClient;
  let iam: IAMClient;
  const clients: Array<{ destroy(): void }> = [];
  let alice: { arn: string; sts: STSClient };

  before(async () => {
    cloud = await startTestCloud({ enforceIam: true } as never);
    sts = new STSClient(clientConfig(cloud));
    iam = new IAMClient(clientConfig(cloud));
    clients.push(sts, iam);
    const user = await iam.send(new CreateUserCommand({ UserName: 'alice' }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'alice', PolicyName: 'assume', PolicyDocument: trust([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }]) }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }))).AccessKey!;
    alice = { arn: user.User!.Arn!, sts: stsWith({ AccessKeyId: key.AccessKeyId, SecretAccessKey: key.SecretAccessKey }) };
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

  async function role(name: string, statements: object[]): Promise<string> {
    return (await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust(statements) }))).Role!.Arn!;
  }

  test('a role IAM does not know cannot be assumed', async () => {
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/nowhere`, RoleSessionName: 'ss' })), {
      name: 'AccessDenied',
      message: `User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCOUNT}:role/nowhere`,
      status: 403,
    });
  });

  test('the trust policy names the user and asks for an external id', async () => {
    const arn = await role('partner-access', [{ Effect: 'Allow', Principal: { AWS: alice.arn }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'shared-secret' } } }]);
    const denied = `User: ${alice.arn} is not authorized to perform: sts:AssumeRole on resource: ${arn}`;
    await expectAwsError(alice.sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'alice' })), { name: 'AccessDenied', message: denied, status: 403 });
    await expectAwsError(alice.sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'alice', ExternalId: 'wrong-one' })), { name: 'AccessDenied', message: denied, status: 403 });
    // Root of the account is not the user the policy names.
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'root', ExternalId: 'shared-secret' })), { name: 'AccessDenied', status: 403 });

    const result = await alice.sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'alice', ExternalId: 'shared-secret' }));
    const identity = await stsWith(result.Credentials!).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/partner-access/alice`);
    assert.equal(identity.Account, ACCOUNT);
  });

  test('across accounts: the trust policy must name the other account', async () => {
    const partner = stsWith({ AccessKeyId: '111122223333', SecretAccessKey: 'test' });
    const trusting = await role('partner-trusted', [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }]);
    const result = await partner.send(new AssumeRoleCommand({ RoleArn: trusting, RoleSessionName: 'partner' }));
    assert.equal(result.AssumedRoleUser!.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/partner-trusted/partner`);
    const identity = await stsWith(result.Credentials!).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, ACCOUNT);
    const own = await role('own-only', [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' }]);
    await expectAwsError(partner.send(new AssumeRoleCommand({ RoleArn: own, RoleSessionName: 'partner' })), {
      name: 'AccessDenied',
      message: `User: arn:aws:iam::111122223333:root is not authorized to perform: sts:AssumeRole on resource: ${own}`,
      status: 403,
    });
  });

  test('session tags need sts:TagSession in the trust policy', async () => {
    const arn = await role('untaggable', [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' }]);
    await sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'plain' }));
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'tagged', Tags: [{ Key: 'k', Value: 'v' }] })), {
      name: 'AccessDenied',
      message: `User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: sts:TagSession on resource: ${arn}`,
      status: 403,
    });
  });

  test('a source identity needs sts:SetSourceIdentity, and passes on to chained sessions', async () => {
    const plain = await role('no-source', [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' }]);
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: plain, RoleSessionName: 'src', SourceIdentity: 'jane' })), {
      name: 'AccessDenied',
      message: `User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: sts:SetSourceIdentity on resource: ${plain}`,
      status: 403,
    });
    const sourced = await role('with-source', [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'] }]);
    const first = await sts.send(new AssumeRoleCommand({ RoleArn: sourced, RoleSessionName: 'src', SourceIdentity: 'jane', Tags: [{ Key: 'project', Value: 'x' }], TransitiveTagKeys: ['project'] }));
    assert.equal(first.SourceIdentity, 'jane');
    // The trust policies name the account: the session's own (its role's) policies must allow sts:AssumeRole.
    await iam.send(new PutRolePolicyCommand({ RoleName: 'with-source', PolicyName: 'chain', PolicyDocument: trust([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }]) }));
    const session = stsWith(first.Credentials!);
    const chained = await session.send(new AssumeRoleCommand({ RoleArn: sourced, RoleSessionName: 'again' }));
    assert.equal(chained.SourceIdentity, 'jane');
    // The transitive tag passes on, so the next role must allow sts:TagSession as well.
    const untaggable = await role('chain-untaggable', [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' }]);
    await expectAwsError(session.send(new AssumeRoleCommand({ RoleArn: untaggable, RoleSessionName: 'again' })), {
      name: 'AccessDenied',
      message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/with-source/src is not authorized to perform: sts:TagSession on resource: ${untaggable}`,
    });
    // So does the source identity: the next role must allow sts:SetSourceIdentity.
    const unsourced = await role('chain-unsourced', [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: ['sts:AssumeRole', 'sts:TagSession'] }]);
    await expectAwsError(session.send(new AssumeRoleCommand({ RoleArn: unsourced, RoleSessionName: 'again' })), {
      name: 'AccessDenied',
      message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/with-source/src is not authorized to perform: sts:SetSourceIdentity on resource: ${unsourced}`,
    });
  });

  test("a role naming another role trusts that role's sessions", async () => {
    const first = await role('first-hop', [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }]);
    const second = await role('second-hop', [{ Effect: 'Allow', Principal: { AWS: first }, Action: 'sts:AssumeRole' }]);
    await expectAwsError(sts.send(new AssumeRoleCommand({ RoleArn: second, RoleSessionName: 'direct' })), { name: 'AccessDenied', status: 403 });
    const hop = await sts.send(new AssumeRoleCommand({ RoleArn: first, RoleSessionName: 'hop' }));
    const chained = await stsWith(hop.Credentials!).send(new AssumeRoleCommand({ RoleArn: second, RoleSessionName: 'chained' })).catch((e: Error) => e);
    // The first role has no identity policy allowing sts:AssumeRole; within the account the trust policy naming it suffices.
    assert.ok(!(chained instanceof Error), `chained AssumeRole failed: ${(chained as Error).message}`);
    assert.equal(chained.AssumedRoleUser!.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/second-hop/chained`);
  });

  test("StsApi.credentialsForService: the service must be trusted by the role", async () => {
    const arn = await role('function-role', [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    await expectAwsError(alice.sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'alice' })), { name: 'AccessDenied', status: 403 });
    const api = await cloud.runtime.api<StsApi>('sts');
    const credentials = await api.credentialsForService({ roleArn: arn, sessionName: 'fn', servicePrincipal: 'lambda.amazonaws.com' });
    assert.equal(cloud.runtime.identities.resolve(credentials.accessKeyId)!.arn, `arn:aws:sts::${ACCOUNT}:assumed-role/function-role/fn`);
    await assert.rejects(api.credentialsForService({ roleArn: arn, sessionName: 'task', servicePrincipal: 'ecs-tasks.amazonaws.com' }), (error: Error & { code?: string; status?: number }) => {
      assert.equal(error.code, 'AccessDenied');
      assert.equal(error.status, 403);
      assert.equal(error.message, `ecs-tasks.amazonaws.com is not authorized to perform: sts:AssumeRole on resource: ${arn}`);
      return true;
    });
    await assert.rejects(api.credentialsForService({ roleArn: `arn:aws:iam::${ACCOUNT}:role/missing`, sessionName: 'fn', servicePrincipal: 'lambda.amazonaws.com' }), /not authorized/);
  });

  test('AssumeRoleWithWebIdentity: a stored OIDC provider, its client ids, the claims in the trust policy', async () => {
    const issuer = 'https://token.actions.githubusercontent.com';
    const provider = (await iam.send(new CreateOpenIDConnectProviderCommand({ Url: issuer, ClientIDList: ['sts.amazonaws.com'], ThumbprintList: ['a'.repeat(40)] }))).OpenIDConnectProviderArn!;
    const arn = await role('deploy-from-ci', [{
      Effect: 'Allow',
      Principal: { Federated: provider },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' } },
    }]);
    const exp = Math.floor(cloud.clock.now() / 1000) + 600;
    const token = jwt({ iss: issuer, aud: 'sts.amazonaws.com', sub: 'repo:acme/app:ref:refs/heads/main', exp });
    const result = await sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: arn, RoleSessionName: 'gha-run', WebIdentityToken: token }));
    assert.equal(result.AssumedRoleUser!.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/deploy-from-ci/gha-run`);
    assert.equal(result.SubjectFromWebIdentityToken, 'repo:acme/app:ref:refs/heads/main');
    assert.equal(result.Audience, 'sts.amazonaws.com');
    assert.equal(result.Provider, issuer);
    assert.equal((await stsWith(result.Credentials!).send(new GetCallerIdentityCommand({}))).Arn, result.AssumedRoleUser!.Arn);

    const refused = (claims: Record<string, unknown>) => sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: arn, RoleSessionName: 'gha-run', WebIdentityToken: jwt(claims) }));
    await expectAwsError(refused({ iss: issuer, aud: 'sts.amazonaws.com', sub: 'repo:evil/app:ref:refs/heads/main', exp }), { name: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity', status: 403 });
    await expectAwsError(refused({ iss: issuer, aud: 'someone-else', sub: 'repo:acme/app:x', exp }), { name: 'InvalidIdentityTokenException', message: 'Incorrect token audience', status: 400, code: 'InvalidIdentityToken' });
    await expectAwsError(refused({ iss: 'https://accounts.example.org', aud: 'sts.amazonaws.com', sub: 'x' }), { name: 'InvalidIdentityTokenException', message: 'No OpenIDConnect provider found in your account for https://accounts.example.org', status: 400 });
    await expectAwsError(refused({ iss: issuer, sub: 'repo:acme/app:x' }), { name: 'InvalidIdentityTokenException', message: 'Missing a required claim: aud' });
    const now = Math.floor(cloud.clock.now() / 1000);
    await expectAwsError(refused({ iss: issuer, aud: 'sts.amazonaws.com', sub: 'repo:acme/app:x', exp: now - 10 }), {
      name: 'ExpiredTokenException',
      message: new RegExp(`^Token expired: current date/time \\d+ must be before the expiration date/time ${now - 10}$`),
      status: 400,
    });
    await expectAwsError(sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: arn, RoleSessionName: 'gha-run', WebIdentityToken: 'not-a-jwt' })), { name: 'InvalidIdentityTokenException', status: 400 });
  });

  test('AssumeRoleWithSAML: the role/provider pair from the assertion, the subject and its qualifier', async () => {
    const metadata = `<?xml version="1.0"?><EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/></IDPSSODescriptor></EntityDescriptor>${' '.repeat(800)}`;
    const provider = (await iam.send(new CreateSAMLProviderCommand({ Name: 'ExampleIdP', SAMLMetadataDocument: metadata }))).SAMLProviderArn!;
    const arn = await role('saml-admins', [{ Effect: 'Allow', Principal: { Federated: provider }, Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'], Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } }]);
    const result = await sts.send(new AssumeRoleWithSAMLCommand({
      RoleArn: arn,
      PrincipalArn: provider,
      SAMLAssertion: samlResponse({ roleArn: arn, providerArn: provider, sessionName: 'jane@example.com', issuedAt: cloud.clock.now(), sessionNotOnOrAfter: cloud.clock.now() + 1_800_000, tags: { dept: 'ops' } }),
    }));
    assert.equal(result.AssumedRoleUser!.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/saml-admins/jane@example.com`);
    assert.equal(result.Subject, 'jane@example.com');
    assert.equal(result.SubjectType, 'persistent');
    assert.equal(result.Issuer, 'https://idp.example.com/saml');
    assert.equal(result.Audience, 'https://signin.aws.amazon.com/saml');
    const { createHash } = await import('node:crypto');
    assert.equal(result.NameQualifier, createHash('sha1').update(`https://idp.example.com/saml${ACCOUNT}/ExampleIdP`).digest('base64'));
    assert.ok(Math.abs(result.Credentials!.Expiration!.getTime() - (cloud.clock.now() + 1_800_000)) < 5_000);
    assert.deepEqual(cloud.runtime.identities.resolve(result.Credentials!.AccessKeyId)!.tags, { dept: 'ops' });

    await expectAwsError(sts.send(new AssumeRoleWithSAMLCommand({ RoleArn: arn, PrincipalArn: provider, SAMLAssertion: samlResponse({ roleArn: arn, providerArn: provider, sessionName: 'jane', issuedAt: cloud.clock.now() - 301_000 }) })), {
      name: 'ExpiredTokenException',
      message: 'Token must be redeemed within 5 minutes of issuance',
      status: 400,
    });
    const other = await role('saml-other', [{ Effect: 'Allow', Principal: { Federated: provider }, Action: 'sts:AssumeRoleWithSAML' }]);
    await expectAwsError(sts.send(new AssumeRoleWithSAMLCommand({ RoleArn: other, PrincipalArn: provider, SAMLAssertion: samlResponse({ roleArn: arn, providerArn: provider, sessionName: 'jane' }) })), {
      name: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithSAML',
      status: 403,
    });
    await expectAwsError(sts.send(new AssumeRoleWithSAMLCommand({ RoleArn: arn, PrincipalArn: `arn:aws:iam::${ACCOUNT}:saml-provider/Unknown`, SAMLAssertion: samlResponse({ roleArn: arn, providerArn: provider, sessionName: 'jane' }) })), {
      name: 'InvalidIdentityTokenException',
      status: 400,
    });
    await expectAwsError(sts.send(new AssumeRoleWithSAMLCommand({ RoleArn: arn, PrincipalArn: `arn:aws:iam::${ACCOUNT}:role/not-a-provider`, SAMLAssertion: samlResponse({ roleArn: arn, providerArn: provider }) })), {
      name: 'ValidationError',
      message: 'Request ARN is invalid',
      status: 400,
    });
  });
});
