import type * as Iam from '../../generated/iam.js';
import { noSuchEntity } from './errors.js';
import { pageOf } from './paging.js';
import type { IamService } from './service.js';
import type { Tags } from './state.js';
import { mergeTags, tagList, withoutTags } from './tags.js';

/** How to read and write one kind of resource's tags. */
interface Taggable {
  get(account: string, id: string): Tags;
  set(account: string, id: string, tags: Tags): void;
}

/** Tag*, Untag* and List*Tags for users, roles, managed policies, instance profiles and identity providers. */
export function taggingOperations(service: IamService): Partial<Iam.IamOperations> {
  const { state } = service;
  const user: Taggable = {
    get: (account, name) => service.requireUser(account, name).tags,
    set: (account, name, tags) => {
      const row = service.requireUser(account, name);
      state.setUserTags(account, row.name, tags);
      service.refreshKeysOf(account, row.name);
    },
  };
  const role: Taggable = {
    get: (account, name) => service.requireRole(account, name).tags,
    set: (account, name, tags) => state.updateRole(account, service.requireRole(account, name).name, { tags }),
  };
  const localPolicy = (account: string, arn: string) => {
    const policy = service.requireManagedPolicy(account, arn);
    // AWS's own policies carry no tags of the account's.
    if (policy.kind === 'aws') throw noSuchEntity(`Policy ${arn} was not found.`);
    return policy.row;
  };
  const policy: Taggable = {
    get: (account, arn) => localPolicy(account, arn).tags,
    set: (account, arn, tags) => state.setPolicyTags(account, localPolicy(account, arn).name, tags),
  };
  const profile = (account: string, name: string) => {
    const row = state.instanceProfile(account, name);
    if (!row) throw noSuchEntity(`Instance Profile ${name} cannot be found.`);
    return row;
  };
  const instanceProfile: Taggable = {
    get: (account, name) => profile(account, name).tags,
    set: (account, name, tags) => state.setInstanceProfileTags(account, profile(account, name).name, tags),
  };
  const provider = (kind: 'oidc' | 'saml', notFound: (arn: string) => string): Taggable => {
    const find = (account: string, arn: string) => {
      const row = state.identityProvider(arn);
      if (!row || row.kind !== kind || row.account !== account) throw noSuchEntity(notFound(arn));
      return row;
    };
    return { get: (account, arn) => find(account, arn).tags, set: (account, arn, tags) => state.putIdentityProvider({ ...find(account, arn), tags }) };
  };
  const oidc = provider('oidc', (arn) => `OpenIDConnect Provider not found for arn ${arn}`);
  const saml = provider('saml', (arn) => `Manifest not found for arn ${arn}`);

  const tag = (t: Taggable, account: string, id: string, tags: Iam.TagShape[]) => t.set(account, id, mergeTags(t.get(account, id), tags));
  const untag = (t: Taggable, account: string, id: string, keys: string[]) => t.set(account, id, withoutTags(t.get(account, id), keys));
  const list = (t: Taggable, account: string, id: string, input: { Marker?: string; MaxItems?: number }) => {
    const page = pageOf(tagList(t.get(account, id)), (tag) => tag.Key, input);
    return { Tags: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
  };

  return {
    TagUser: (input, context) => tag(user, context.accountId, input.UserName, input.Tags),
    UntagUser: (input, context) => untag(user, context.accountId, input.UserName, input.TagKeys),
    ListUserTags: (input, context) => list(user, context.accountId, input.UserName, input),
    TagRole: (input, context) => tag(role, context.accountId, input.RoleName, input.Tags),
    UntagRole: (input, context) => untag(role, context.accountId, input.RoleName, input.TagKeys),
    ListRoleTags: (input, context) => list(role, context.accountId, input.RoleName, input),
    TagPolicy: (input, context) => tag(policy, context.accountId, input.PolicyArn, input.Tags),
    UntagPolicy: (input, context) => untag(policy, context.accountId, input.PolicyArn, input.TagKeys),
    ListPolicyTags: (input, context) => list(policy, context.accountId, input.PolicyArn, input),
    TagInstanceProfile: (input, context) => tag(instanceProfile, context.accountId, input.InstanceProfileName, input.Tags),
    UntagInstanceProfile: (input, context) => untag(instanceProfile, context.accountId, input.InstanceProfileName, input.TagKeys),
    ListInstanceProfileTags: (input, context) => list(instanceProfile, context.accountId, input.InstanceProfileName, input),
    TagOpenIDConnectProvider: (input, context) => tag(oidc, context.accountId, input.OpenIDConnectProviderArn, input.Tags),
    UntagOpenIDConnectProvider: (input, context) => untag(oidc, context.accountId, input.OpenIDConnectProviderArn, input.TagKeys),
    ListOpenIDConnectProviderTags: (input, context) => list(oidc, context.accountId, input.OpenIDConnectProviderArn, input),
    TagSAMLProvider: (input, context) => tag(saml, context.accountId, input.SAMLProviderArn, input.Tags),
    UntagSAMLProvider: (input, context) => untag(saml, context.accountId, input.SAMLProviderArn, input.TagKeys),
    ListSAMLProviderTags: (input, context) => list(saml, context.accountId, input.SAMLProviderArn, input),
  };
}
