import type * as Iam from '../../generated/iam.js';
import { entityAlreadyExists, invalidInput, limitExceeded, noSuchEntity } from './errors.js';
import type { IamService } from './service.js';
import type { IdentityProviderRow } from './state.js';
import { tagsFromInput, tagsMember } from './tags.js';

/** Client ids and thumbprints an OIDC provider may have (IAM's quotas). */
export const MAX_OIDC_CLIENT_IDS = 100;
export const MAX_OIDC_THUMBPRINTS = 5;

interface OidcDetails { url: string; clientIds: string[]; thumbprints: string[] }
interface SamlDetails { metadataDocument: string; name: string }

/** An OIDC provider's URL as IAM keeps it: https, no trailing slash. */
function providerUrl(url: string): string {
  if (!/^https:\/\/[^\s/]+/.test(url)) throw invalidInput('Invalid Open ID Connect Provider URL');
  return url.replace(/\/+$/, '');
}

/** OIDC and SAML identity providers, stored for STS's AssumeRoleWithWebIdentity / WithSAML. */
export function identityProviderOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  const requireOidc = (account: string, arn: string): IdentityProviderRow & { details: OidcDetails } => {
    const provider = state.identityProvider(arn);
    if (!provider || provider.kind !== 'oidc' || provider.account !== account) throw noSuchEntity(`OpenIDConnect Provider not found for arn ${arn}`);
    return provider as IdentityProviderRow & { details: OidcDetails };
  };
  const requireSaml = (account: string, arn: string): IdentityProviderRow & { details: SamlDetails } => {
    const provider = state.identityProvider(arn);
    if (!provider || provider.kind !== 'saml' || provider.account !== account) throw noSuchEntity(`Manifest not found for arn ${arn}`);
    return provider as IdentityProviderRow & { details: SamlDetails };
  };
  const checkOidcLimits = (details: OidcDetails) => {
    if (details.clientIds.length > MAX_OIDC_CLIENT_IDS) throw limitExceeded(`Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: ${MAX_OIDC_CLIENT_IDS}`);
    if (details.thumbprints.length > MAX_OIDC_THUMBPRINTS) throw limitExceeded(`Cannot exceed quota for ThumbprintsPerOpenIdConnectProvider: ${MAX_OIDC_THUMBPRINTS}`);
  };

  return {
    CreateOpenIDConnectProvider(input, context) {
      const account = context.accountId;
      const url = providerUrl(input.Url);
      const arn = service.arn(account, `oidc-provider/${url.slice('https://'.length)}`);
      if (state.identityProvider(arn)) throw entityAlreadyExists(`Provider with url ${url} already exists.`);
      const details: OidcDetails = { url, clientIds: [...new Set(input.ClientIDList ?? [])], thumbprints: input.ThumbprintList ?? [] };
      checkOidcLimits(details);
      state.putIdentityProvider({ arn, account, kind: 'oidc', details: { ...details }, tags: tagsFromInput(input.Tags), createdAt: service.now() });
      return { OpenIDConnectProviderArn: arn, Tags: input.Tags };
    },
    GetOpenIDConnectProvider(input, context) {
      const p = requireOidc(context.accountId, input.OpenIDConnectProviderArn);
      return { Url: p.details.url.slice('https://'.length), ClientIDList: p.details.clientIds, ThumbprintList: p.details.thumbprints, CreateDate: new Date(p.createdAt), Tags: tagsMember(p.tags) };
    },
    ListOpenIDConnectProviders(_input, context) {
      return { OpenIDConnectProviderList: state.identityProviders(context.accountId, 'oidc').map((p) => ({ Arn: p.arn })) };
    },
    AddClientIDToOpenIDConnectProvider(input, context) {
      const p = requireOidc(context.accountId, input.OpenIDConnectProviderArn);
      if (p.details.clientIds.includes(input.ClientID)) return;
      const details = { ...p.details, clientIds: [...p.details.clientIds, input.ClientID] };
      checkOidcLimits(details);
      state.putIdentityProvider({ ...p, details: { ...details } });
    },
    RemoveClientIDFromOpenIDConnectProvider(input, context) {
      const p = requireOidc(context.accountId, input.OpenIDConnectProviderArn);
      state.putIdentityProvider({ ...p, details: { ...p.details, clientIds: p.details.clientIds.filter((id) => id !== input.ClientID) } });
    },
    UpdateOpenIDConnectProviderThumbprint(input, context) {
      const p = requireOidc(context.accountId, input.OpenIDConnectProviderArn);
      const details = { ...p.details, thumbprints: input.ThumbprintList };
      checkOidcLimits(details);
      state.putIdentityProvider({ ...p, details: { ...details } });
    },
    DeleteOpenIDConnectProvider(input, context) {
      requireOidc(context.accountId, input.OpenIDConnectProviderArn);
      state.deleteIdentityProvider(input.OpenIDConnectProviderArn);
    },

    CreateSAMLProvider(input, context) {
      const account = context.accountId;
      const arn = service.arn(account, `saml-provider/${input.Name}`);
      if (state.identityProvider(arn)) throw entityAlreadyExists(`SAMLProvider ${input.Name} already exists`);
      state.putIdentityProvider({ arn, account, kind: 'saml', details: { metadataDocument: input.SAMLMetadataDocument, name: input.Name }, tags: tagsFromInput(input.Tags), createdAt: service.now() });
      return { SAMLProviderArn: arn, Tags: input.Tags };
    },
    GetSAMLProvider(input, context) {
      const p = requireSaml(context.accountId, input.SAMLProviderArn);
      return { SAMLMetadataDocument: p.details.metadataDocument, CreateDate: new Date(p.createdAt), Tags: tagsMember(p.tags) };
    },
    UpdateSAMLProvider(input, context) {
      const p = requireSaml(context.accountId, input.SAMLProviderArn);
      if (input.SAMLMetadataDocument !== undefined) state.putIdentityProvider({ ...p, details: { ...p.details, metadataDocument: input.SAMLMetadataDocument } });
      return { SAMLProviderArn: p.arn };
    },
    ListSAMLProviders(_input, context) {
      return { SAMLProviderList: state.identityProviders(context.accountId, 'saml').map((p) => ({ Arn: p.arn, CreateDate: new Date(p.createdAt) })) };
    },
    DeleteSAMLProvider(input, context) {
      requireSaml(context.accountId, input.SAMLProviderArn);
      state.deleteIdentityProvider(input.SAMLProviderArn);
    },
  };
}
