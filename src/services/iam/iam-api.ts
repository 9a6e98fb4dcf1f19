import { parseArn } from '../../core/ids.js';
import type { IamApi, IamRole, PrincipalPolicies } from './api.js';
import { awsManagedPolicy } from './aws-managed-policies.js';
import type { IamService } from './service.js';
import type { OwnerKind } from './state.js';

/** The name an IAM ARN's resource ends with, when it is of the given kind (user/…, role/…). */
function nameIn(arn: string, kind: string): { account: string; name: string } | undefined {
  const parsed = parseArn(arn);
  if (!parsed) return undefined;
  if (parsed.service === 'sts' && kind === 'role' && parsed.resource.startsWith('assumed-role/')) {
    // A role session's ARN stands for its role: arn:aws:sts::<account>:assumed-role/<role>/<session>.
    const [, role] = parsed.resource.split('/');
    return role ? { account: parsed.account, name: role } : undefined;
  }
  if (parsed.service !== 'iam' || !parsed.resource.startsWith(`${kind}/`)) return undefined;
  const name = parsed.resource.slice(parsed.resource.lastIndexOf('/') + 1);
  return name ? { account: parsed.account, name } : undefined;
}

/** What other services ask of IAM (see api.ts); reads the store, never the request path's hot loop. */
export function iamApi(service: IamService): IamApi {
  const { state } = service;

  const managedPolicyDocument = (policyArn: string): string | undefined => {
    const aws = awsManagedPolicy(policyArn);
    if (aws) return aws.document;
    const row = state.policyByArn(policyArn);
    return row ? state.policyVersion(row.account, row.name, row.defaultVersion)?.document : undefined;
  };

  const ownPolicies = (account: string, kind: OwnerKind, name: string): PrincipalPolicies['identityPolicies'] => {
    const out: PrincipalPolicies['identityPolicies'] = [];
    for (const p of state.inlinePolicies(account, kind, name)) out.push({ id: `${kind}/${name}/${p.name}`, document: p.document });
    for (const arn of state.attachedTo(account, kind, name)) {
      const document = managedPolicyDocument(arn);
      if (document !== undefined) out.push({ id: arn, document });
    }
    return out;
  };

  return {
    role(roleArn: string): IamRole | undefined {
      const named = nameIn(roleArn, 'role');
      const role = named && state.role(named.account, named.name);
      if (!role) return undefined;
      return {
        account: role.account, name: role.name, path: role.path, arn: role.arn, roleId: role.id, trustPolicy: role.trustPolicy,
        maxSessionDurationSeconds: role.maxSession, tags: role.tags,
      };
    },

    policiesOf(principalArn: string): PrincipalPolicies | undefined {
      const user = nameIn(principalArn, 'user');
      if (user) {
        const row = state.user(user.account, user.name);
        if (!row) return undefined;
        const identityPolicies = ownPolicies(row.account, 'user', row.name);
        for (const group of state.groupsOf(row.account, row.name)) identityPolicies.push(...ownPolicies(row.account, 'group', group.name));
        return { identityPolicies, permissionsBoundary: row.boundary ? managedPolicyDocument(row.boundary) : undefined, tags: row.tags };
      }
      const role = nameIn(principalArn, 'role');
      if (role) {
        const row = state.role(role.account, role.name);
        if (!row) return undefined;
        return { identityPolicies: ownPolicies(row.account, 'role', row.name), permissionsBoundary: row.boundary ? managedPolicyDocument(row.boundary) : undefined, tags: row.tags };
      }
      // A group is no principal, but the simulator simulates its policies (SimulatePrincipalPolicy with a group ARN).
      const group = nameIn(principalArn, 'group');
      if (group) {
        const row = state.group(group.account, group.name);
        return row ? { identityPolicies: ownPolicies(row.account, 'group', row.name), tags: {} } : undefined;
      }
      return undefined;
    },

    managedPolicyDocument,

    roleUsed(roleArn: string, region: string): void {
      const named = nameIn(roleArn, 'role');
      const role = named && state.role(named.account, named.name);
      if (role) state.updateRole(role.account, role.name, { lastUsedAt: service.now(), lastUsedRegion: region });
    },

    identityProvider(providerArn: string) {
      const provider = state.identityProvider(providerArn);
      if (!provider) return undefined;
      const d = provider.details as Record<string, any>;
      if (provider.kind === 'oidc') return { kind: 'oidc', url: d.url, clientIds: d.clientIds ?? [], thumbprints: d.thumbprints ?? [] };
      return { kind: 'saml', metadataDocument: d.metadataDocument };
    },
  };
}
