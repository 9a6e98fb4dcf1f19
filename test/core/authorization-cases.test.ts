import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authorize, type AuthorizationRequest } from '../../src/core/authorization.js';
import type { PolicyDocument } from '../../src/core/policy.js';
import { policyCases, type PolicyCase } from '../iam/policy-cases.js';

export function requestOf(policyCase: PolicyCase): AuthorizationRequest {
  const { policies } = policyCase;
  const doc = (value: object) => value as PolicyDocument;
  return {
    principal: policyCase.principal,
    action: policyCase.action,
    resource: policyCase.resource,
    ...(policyCase.resourceAccount ? { resourceAccount: policyCase.resourceAccount } : {}),
    identityPolicies: policies.identity.map(doc),
    ...(policies.boundary ? { permissionsBoundary: doc(policies.boundary) } : {}),
    ...(policies.session ? { sessionPolicies: policies.session.map(doc) } : {}),
    ...(policies.resource ? { resourcePolicy: doc(policies.resource) } : {}),
    ...(policies.scp ? { serviceControlPolicies: policies.scp.map(doc) } : {}),
    ...(policyCase.context ? { context: policyCase.context } : {}),
  };
}

test(`the policy case table has at least 60 cases with unique names`, () => {
  assert.ok(policyCases.length >= 60, `${policyCases.length} cases`);
  assert.equal(new Set(policyCases.map((c) => c.name)).size, policyCases.length);
});

for (const policyCase of policyCases) {
  test(`authorize: ${policyCase.name} (${policyCase.doc})`, () => {
    const result = authorize(requestOf(policyCase));
    assert.equal(result.decision, policyCase.expected);
    assert.equal(result.deniedBy, policyCase.deniedBy);
  });
}
