import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { IAMClient, SimulateCustomPolicyCommand, type ContextEntry } from '@aws-sdk/client-iam';
import type { Cloud } from '../../src/index.js';
import { clientConfig, startTestCloud } from '../support/cloud.js';
import { policyCases, type PolicyCase } from './policy-cases.js';

/** ContextEntries for a case: its request keys, and the caller's tags (the simulator takes no principal tags of its own). */
function contextEntries(policyCase: PolicyCase): ContextEntry[] {
  const values: Record<string, unknown> = { ...Object.fromEntries(Object.entries(policyCase.principal.tags ?? {}).map(([k, v]) => [`aws:PrincipalTag/${k}`, v])), ...policyCase.context };
  return Object.entries(values).map(([name, value]) => {
    if (Array.isArray(value)) return { ContextKeyName: name, ContextKeyType: 'stringList', ContextKeyValues: value.map(String) };
    const type = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'numeric' : name === 'aws:SourceIp' ? 'ip' : name === 'aws:CurrentTime' ? 'date' : 'string';
    return { ContextKeyName: name, ContextKeyType: type, ContextKeyValues: [String(value)] };
  });
}

/** SimulateCustomPolicy takes an IAM user as caller, identity policies, a boundary and a resource policy: the cases it can express. */
const replayable = policyCases.filter((c) => c.principal.kind === 'user' && !c.policies.session && !c.policies.scp);

describe('SimulateCustomPolicy agrees with the policy case table', () => {
  let cloud: Cloud;
  let iam: IAMClient;
  before(async () => {
    cloud = await startTestCloud();
    iam = new IAMClient(clientConfig(cloud));
  });
  after(async () => {
    iam.destroy();
    await cloud.close();
  });

  test('most of the table is replayable through the simulator', () => {
    assert.ok(replayable.length >= 60, `${replayable.length} replayable cases`);
  });

  for (const policyCase of replayable) {
    test(`SimulateCustomPolicy: ${policyCase.name}`, async () => {
      const { policies } = policyCase;
      const output = await iam.send(
        new SimulateCustomPolicyCommand({
          PolicyInputList: policies.identity.map((p) => JSON.stringify(p)),
          ...(policies.boundary ? { PermissionsBoundaryPolicyInputList: [JSON.stringify(policies.boundary)] } : {}),
          ...(policies.resource ? { ResourcePolicy: JSON.stringify(policies.resource) } : {}),
          ...(policyCase.resourceAccount ? { ResourceOwner: `arn:aws:iam::${policyCase.resourceAccount}:root` } : {}),
          CallerArn: policyCase.principal.arn,
          ActionNames: [policyCase.action],
          ResourceArns: [policyCase.resource],
          ContextEntries: contextEntries(policyCase),
        }),
      );
      assert.equal(output.EvaluationResults?.length, 1);
      const [result] = output.EvaluationResults!;
      assert.equal(result!.EvalActionName, policyCase.action);
      assert.equal(result!.EvalDecision, policyCase.expected);
      assert.equal(result!.ResourceSpecificResults?.[0]?.EvalResourceDecision, policyCase.expected);
      // What decided is named: deny statements for a deny, allow statements for an allow, none otherwise.
      if (policyCase.expected === 'implicitDeny') assert.deepEqual(result!.MatchedStatements, []);
      else assert.ok((result!.MatchedStatements?.length ?? 0) > 0);
    });
  }
});
