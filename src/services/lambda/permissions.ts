import type * as L from '../../generated/lambda.js';
import { accountRootArn, functionArn } from './arns.js';
import { invalidParameter, policyLengthExceeded, resourceConflict, resourceNotFound } from './errors.js';
import type { LambdaService } from './service.js';
import type { FunctionDoc, PolicyStatement } from './state.js';

type Operations = Partial<L.LambdaOperations>;

/** A Principal parameter as a policy statement writes it. */
export function principalOf(principal: string, region: string): unknown {
  if (principal === '*') return '*';
  if (/^\d{12}$/.test(principal)) return { AWS: accountRootArn(principal, region) };
  if (principal.startsWith('arn:')) return { AWS: principal };
  if (principal.endsWith('.amazonaws.com') || principal.endsWith('.amazonaws.com.cn')) return { Service: principal };
  throw invalidParameter(`The provided principal was invalid. Please check the principal and try again.`);
}

/** The resource policy document of a function (or one of its qualifiers), as GetPolicy returns it. */
export function policyDocument(statements: PolicyStatement[]): string {
  return JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: statements });
}

/** Whether a function's resource policy allows an action to a principal ('*' for anyone), with its conditions. */
export function policyAllows(doc: FunctionDoc, qualifier: string, action: string, test: (statement: PolicyStatement) => boolean): boolean {
  const statements = doc.policies[qualifier]?.statements ?? [];
  return statements.some((statement) => (statement.Action === action || statement.Action === 'lambda:*') && test(statement));
}

/** AddPermission, RemovePermission, GetPolicy: resource-based policies. */
export function permissionOperations(service: LambdaService): Operations {
  function target(doc: FunctionDoc, qualifier: string | undefined): string {
    if (qualifier) service.requireVersion(doc, qualifier);
    return qualifier ?? '';
  }

  return {
    AddPermission(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      const key = target(doc, ref.qualifier);
      const policy = doc.policies[key] ?? { statements: [], revisionId: service.newRevision() };
      service.checkRevision(input.RevisionId, policy.revisionId);
      if (policy.statements.some((s) => s.Sid === input.StatementId)) {
        throw resourceConflict('The statement id (sid) provided already exists. Please choose a new statement id, or remove the existing statement.');
      }
      const action = input.Action.startsWith('lambda:') ? input.Action : `lambda:${input.Action}`;
      if (!/^lambda:[A-Za-z*]+$/.test(action)) throw invalidParameter(`The provided action is invalid: ${input.Action}`);
      const statement: PolicyStatement = {
        Sid: input.StatementId,
        Effect: 'Allow',
        Principal: principalOf(input.Principal, context.region),
        Action: action,
        Resource: functionArn(doc, ref.qualifier),
      };
      const condition: Record<string, Record<string, string>> = {};
      if (input.SourceAccount) (condition.StringEquals ??= {})['AWS:SourceAccount'] = input.SourceAccount;
      if (input.EventSourceToken) (condition.StringEquals ??= {})['lambda:EventSourceToken'] = input.EventSourceToken;
      if (input.PrincipalOrgID) (condition.StringEquals ??= {})['aws:PrincipalOrgID'] = input.PrincipalOrgID;
      if (input.FunctionUrlAuthType) (condition.StringEquals ??= {})['lambda:FunctionUrlAuthType'] = input.FunctionUrlAuthType;
      if (input.InvokedViaFunctionUrl) (condition.Bool ??= {})['lambda:InvokedViaFunctionUrl'] = 'true';
      if (input.SourceArn) (condition.ArnLike ??= {})['AWS:SourceArn'] = input.SourceArn;
      if (Object.keys(condition).length) statement.Condition = condition;
      policy.statements.push(statement);
      if (policyDocument(policy.statements).length > 20_480) {
        policy.statements.pop();
        throw policyLengthExceeded();
      }
      policy.revisionId = service.newRevision();
      doc.policies[key] = policy;
      service.save(doc);
      return { Statement: JSON.stringify(statement) };
    },

    RemovePermission(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      const key = target(doc, ref.qualifier);
      const policy = doc.policies[key];
      if (!policy) throw resourceNotFound('No policy is associated with the given resource.');
      service.checkRevision(input.RevisionId, policy.revisionId);
      const index = policy.statements.findIndex((s) => s.Sid === input.StatementId);
      if (index < 0) throw resourceNotFound(`Statement ${input.StatementId} is not found in resource policy.`);
      policy.statements.splice(index, 1);
      policy.revisionId = service.newRevision();
      if (!policy.statements.length) delete doc.policies[key];
      service.save(doc);
    },

    GetPolicy(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      const key = target(doc, ref.qualifier);
      const policy = doc.policies[key];
      if (!policy || !policy.statements.length) throw resourceNotFound('The resource you requested does not exist.');
      return { Policy: policyDocument(policy.statements), RevisionId: policy.revisionId };
    },
  };
}
