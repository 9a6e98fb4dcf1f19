import { createHash } from 'node:crypto';
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

function xmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .trim();
}

/** An XML tag as the assertion reader sees it: local name (prefix dropped), attributes text, the text after it. */
interface XmlTag {
  name: string;
  closing: boolean;
  attributes: string;
  text: string;
}

/**
 * The tags of a document in order, in one linear pass (split at each `<`): an assertion is up to
 * 100,000 characters, and regular expressions with a lazy body would go quadratic on a document
 * with many unclosed tags.
 */
function xmlTags(xml: string): XmlTag[] {
  const tags: XmlTag[] = [];
  for (const piece of xml.split('<').slice(1)) {
    const end = piece.indexOf('>');
    if (end < 0) continue;
    const inner = piece.slice(0, end);
    const closing = inner.startsWith('/');
    const body = closing ? inner.slice(1) : inner;
    const space = body.search(/[\s/]/);
    const qualified = space < 0 ? body : body.slice(0, space);
    tags.push({ name: qualified.slice(qualified.indexOf(':') + 1), closing, attributes: space < 0 ? '' : body.slice(space), text: piece.slice(end + 1) });
  }
  return tags;
}

function attributeOf(tag: XmlTag, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag.attributes);
  return match ? xmlText(match[1]!) : undefined;
}

function instantOf(tag: XmlTag | undefined, name: string): number | undefined {
  const value = tag && attributeOf(tag, name);
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The parts of a SAML 2.0 Response AWS reads, found by element name whatever the namespace prefix. */
function readAssertion(encoded: string): SamlAssertion {
  const tags = xmlTags(Buffer.from(encoded, 'base64').toString('utf8'));
  const response = tags.find((t) => !t.closing && (t.name === 'Response' || t.name === 'Assertion'));
  if (!response) throw invalidIdentityToken('Invalid SAML response: the assertion is not a SAML 2.0 Response');
  const first = (name: string) => tags.find((t) => !t.closing && t.name === name);
  const issuer = first('Issuer');
  const audience = first('Audience');
  const nameId = first('NameID');
  const attributes = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const tag of tags) {
    if (tag.name === 'Attribute') {
      const name = tag.closing ? undefined : attributeOf(tag, 'Name');
      current = name === undefined ? undefined : attributes.get(name) ?? [];
      if (name !== undefined && current) attributes.set(name, current);
    } else if (tag.name === 'AttributeValue' && !tag.closing && current) {
      current.push(xmlText(tag.text));
    }
  }
  return {
    issuedAt: instantOf(tags.find((t) => !t.closing && t.name === 'Response'), 'IssueInstant'),
    sessionNotOnOrAfter: instantOf(first('AuthnStatement'), 'SessionNotOnOrAfter'),
    issuer: issuer ? xmlText(issuer.text) : undefined,
    audience: audience ? xmlText(audience.text) : undefined,
    nameId: nameId ? xmlText(nameId.text) : undefined,
    nameIdFormat: nameId ? attributeOf(nameId, 'Format') : undefined,
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
