import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import type * as Sts from '../../generated/sts.js';
import { accessDenied, expiredIdentityToken, invalidIdentityToken, stsValidationError } from './errors.js';
import { findRole, startRoleSession } from './role-sessions.js';
import type { StsService } from './service.js';
import { sessionGrants } from './session-policies.js';
import { principalConditionKeys } from './trust-policy.js';
import { credentialsOf } from './assume-role.js';

/**
 * AssumeRoleWithSAML: a session of a role for someone a SAML identity provider vouches for. The
 * assertion (a base64 SAML Response) names the subject (NameID), the audience, and the
 * role/provider pairs the user may take (the https://aws.amazon.com/SAML/Attributes/Role
 * attribute); the pair asked for must be among them and the provider stored in IAM. The response
 * must be redeemed within five minutes of its IssueInstant, and the session ends by the
 * SessionNotOnOrAfter it gives (SessionDuration is the console's, not the API's). Nimbus reads the
 * assertion but does not verify its XML signature.
 */

const ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/';
/** AWS accepts an assertion for five minutes after the identity provider issued it. */
const SAML_REDEEM_WITHIN_MS = 5 * 60_000;
const PROVIDER_ARN = /^arn:[^:]+:iam::(\d{12}):saml-provider\/([\w+=,.@-]+)$/;

interface SamlAssertion {
  /** Epoch ms of the response's IssueInstant. */
  issuedAt?: number;
  /** Epoch ms of the AuthnStatement's SessionNotOnOrAfter: the credentials last no longer. */
  sessionNotOnOrAfter?: number;
  issuer?: string;
  audience?: string;
  nameId?: string;
  nameIdFormat?: string;
  attributes: Map<string, string[]>;
}

/**
 * SAML's elements by local name (namespace prefixes dropped), attributes as `@Name`, text kept as
 * written; the elements an assertion may repeat are always arrays.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Character references (&#65;) too; entities a DOCTYPE declares are never expanded.
  htmlEntities: true,
  isArray: (name) => name === 'Assertion' || name === 'AttributeStatement' || name === 'Attribute' || name === 'AttributeValue' || name === 'AudienceRestriction' || name === 'Audience',
});

type XmlNode = Record<string, unknown>;

/** An element's text, whether it has attributes ({'#text': ...}) or not (a plain string). */
function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node.trim();
  if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text']).trim();
  return undefined;
}

function attributeOf(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

function instantOf(node: unknown, name: string): number | undefined {
  const value = attributeOf(node, name);
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function child(node: unknown, name: string): unknown {
  return node && typeof node === 'object' ? (node as XmlNode)[name] : undefined;
}

function children(node: unknown, name: string): unknown[] {
  const value = child(node, name);
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** The parts of a SAML 2.0 Response AWS reads, found by element name whatever the namespace prefix. */
function readAssertion(encoded: string): SamlAssertion {
  let document: XmlNode;
  try {
    document = parser.parse(Buffer.from(encoded, 'base64').toString('utf8')) as XmlNode;
  } catch {
    throw invalidIdentityToken('Invalid SAML response: the assertion is not a SAML 2.0 Response');
  }
  const response = document.Response;
  const assertion = children(response, 'Assertion')[0] ?? children(document, 'Assertion')[0];
  if (!assertion) throw invalidIdentityToken('Invalid SAML response: the assertion is not a SAML 2.0 Response');
  const nameId = child(child(assertion, 'Subject'), 'NameID');
  const audience = children(child(assertion, 'Conditions'), 'AudienceRestriction').flatMap((restriction) => children(restriction, 'Audience'))[0];
  const attributes = new Map<string, string[]>();
  for (const statement of children(assertion, 'AttributeStatement')) {
    for (const attribute of children(statement, 'Attribute')) {
      const name = attributeOf(attribute, 'Name');
      if (name === undefined) continue;
      const values = attributes.get(name) ?? [];
      for (const value of children(attribute, 'AttributeValue')) values.push(textOf(value) ?? '');
      attributes.set(name, values);
    }
  }
  return {
    issuedAt: instantOf(response, 'IssueInstant'),
    sessionNotOnOrAfter: instantOf(child(assertion, 'AuthnStatement'), 'SessionNotOnOrAfter'),
    issuer: textOf(child(response, 'Issuer')) ?? textOf(child(assertion, 'Issuer')),
    audience: textOf(audience),
    nameId: textOf(nameId),
    nameIdFormat: attributeOf(nameId, 'Format'),
    attributes,
  };
}

/** AWS's SubjectType: persistent or transient for those formats, else the format URI itself. */
function subjectType(format: string | undefined): string | undefined {
  if (format === undefined) return undefined;
  if (format === 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent') return 'persistent';
  if (format === 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient') return 'transient';
  return format;
}

export function samlOperations(service: StsService): Partial<Sts.StsOperations> {
  return {
    async AssumeRoleWithSAML(input, context) {
      const iam = await service.iam();
      const { target: role } = findRole(iam, input.RoleArn);
      const providerMatch = PROVIDER_ARN.exec(input.PrincipalArn);
      if (!providerMatch) throw stsValidationError('Request ARN is invalid');
      const assertion = readAssertion(input.SAMLAssertion);
      const provider = iam?.identityProvider(input.PrincipalArn);
      if (!provider || provider.kind !== 'saml') throw invalidIdentityToken(`No SAML provider found in your account for ${input.PrincipalArn}`);

      const notAuthorized = () => accessDenied('Not authorized to perform sts:AssumeRoleWithSAML');
      // The role and provider asked for must be a pair the identity provider offered (either order in a value).
      const offered = (assertion.attributes.get(`${ATTRIBUTE}Role`) ?? []).some((value) => {
        const arns = value.split(',').map((part) => part.trim());
        return arns.includes(input.RoleArn) && arns.includes(input.PrincipalArn);
      });
      if (!offered) throw notAuthorized();
      const sessionName = assertion.attributes.get(`${ATTRIBUTE}RoleSessionName`)?.[0];
      if (sessionName === undefined || !/^[\w+=,.@-]{2,64}$/.test(sessionName)) throw invalidIdentityToken('RoleSessionName is required in AuthnResponse');

      if (assertion.issuedAt !== undefined && service.now() - assertion.issuedAt > SAML_REDEEM_WITHIN_MS) throw expiredIdentityToken('Token must be redeemed within 5 minutes of issuance');

      const tags: Sts.TagShape[] = [];
      for (const [name, values] of assertion.attributes) {
        if (name.startsWith(`${ATTRIBUTE}PrincipalTag:`) && values[0] !== undefined) tags.push({ Key: name.slice(`${ATTRIBUTE}PrincipalTag:`.length), Value: values[0] });
      }
      const transitive = assertion.attributes.get(`${ATTRIBUTE}TransitiveTagKeys`);
      const grants = sessionGrants({ Policy: input.Policy, PolicyArns: input.PolicyArns, Tags: tags, TransitiveTagKeys: transitive }, iam);
      const sourceIdentity = assertion.attributes.get(`${ATTRIBUTE}SourceIdentity`)?.[0];

      const issuer = assertion.issuer ?? '';
      const nameQualifier = createHash('sha1').update(`${issuer}${role.account}/${providerMatch[2]}`).digest('base64');
      const conditionKeys = principalConditionKeys(undefined, service.now());
      conditionKeys['aws:RequestedRegion'] = context.region;
      if (assertion.audience !== undefined) conditionKeys['SAML:aud'] = assertion.audience;
      if (assertion.nameId !== undefined) conditionKeys['SAML:sub'] = assertion.nameId;
      const type = subjectType(assertion.nameIdFormat);
      if (type !== undefined) conditionKeys['SAML:sub_type'] = type;
      conditionKeys['SAML:iss'] = issuer;
      conditionKeys['SAML:namequalifier'] = nameQualifier;

      const issued = await startRoleSession(service, {
        roleArn: input.RoleArn,
        sessionName,
        durationSeconds: input.DurationSeconds,
        // The credentials last no longer than the identity provider's SessionNotOnOrAfter.
        notAfter: assertion.sessionNotOnOrAfter,
        principal: { kind: 'federated', providerArn: input.PrincipalArn },
        principalArnForMessage: input.PrincipalArn,
        region: context.region,
        action: 'sts:AssumeRoleWithSAML',
        grants,
        sourceIdentity,
        conditionKeys,
        deniedMessage: 'Not authorized to perform sts:AssumeRoleWithSAML',
      });
      return {
        Credentials: credentialsOf(issued),
        AssumedRoleUser: { Arn: issued.session.arn, AssumedRoleId: issued.session.userId },
        Subject: assertion.nameId,
        SubjectType: type,
        Issuer: assertion.issuer,
        Audience: assertion.audience,
        NameQualifier: nameQualifier,
        PackedPolicySize: grants.packedPolicySize,
        SourceIdentity: sourceIdentity,
      };
    },
  };
}
