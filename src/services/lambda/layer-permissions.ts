import type { RequestContext } from '../../core/context.js';
import type * as L from '../../generated/lambda.js';
import { accountRootArn, layerArn, parseLayerName } from './arns.js';
import { accessDenied, policyLengthExceeded, preconditionFailed, resourceConflict, resourceNotFound } from './errors.js';
import { policyDocument } from './permissions.js';
import type { LambdaService } from './service.js';
import type { LayerVersionRecord, PolicyStatement } from './state.js';

type Operations = Partial<L.LambdaOperations>;

const MAX_POLICY_BYTES = 20_480;

/** A layer version's ARN. */
export function layerVersionArnOf(layer: LayerVersionRecord): string {
  return layerArn(layer.account, layer.region, layer.name, layer.version);
}

/**
 * Whether an account may use (GetLayerVersion, reference from a function) a layer version:
 * its own account always; another only through a statement naming it or '*'. A statement
 * limited to an organization matches no Nimbus account: Nimbus has no AWS Organizations.
 */
export function layerUsableBy(layer: LayerVersionRecord, account: string): boolean {
  if (layer.account === account) return true;
  return layer.policy.some((statement) => {
    if (statement.Condition?.StringEquals?.['aws:PrincipalOrgID']) return false;
    if (statement.Principal === '*') return true;
    const principal = statement.Principal as { AWS?: string };
    return principal.AWS === accountRootArn(account, layer.region);
  });
}

/** AccessDeniedException as Lambda words it when no layer permission lets the caller in. */
export function layerAccessDenied(context: RequestContext, action: string, resource: string): Error {
  return accessDenied(
    `User: ${accountRootArn(context.accountId, context.region)} is not authorized to perform: ${action} on resource: ${resource} because no resource-based policy allows the ${action} action`,
  );
}

/** AddLayerVersionPermission, GetLayerVersionPolicy, RemoveLayerVersionPermission: who else may use a layer version. */
export function layerPermissionOperations(service: LambdaService): Operations {
  const { state } = service;

  /** The layer version a request names; only its owner manages its policy. */
  function ownedLayer(context: RequestContext, name: string, version: number): LayerVersionRecord {
    const where = parseLayerName(name, context);
    const arnText = layerArn(where.account, where.region, where.name, version);
    const layer = state.getLayerVersion(where.account, where.region, where.name, version);
    if (where.account !== context.accountId) {
      if (!layer) throw resourceNotFound(`Layer version ${arnText} does not exist.`);
      throw layerAccessDenied(context, `lambda:${context.operation}`, arnText);
    }
    if (!layer) throw resourceNotFound(`Layer version ${arnText} does not exist.`);
    return layer;
  }

  function checkRevision(given: string | undefined, layer: LayerVersionRecord): void {
    if (given !== undefined && given !== layer.policyRevision) {
      throw preconditionFailed('The Revision Id provided does not match the latest Revision Id. Call the GetLayerVersionPolicy API to retrieve the latest Revision Id');
    }
  }

  return {
    AddLayerVersionPermission(input, context) {
      const layer = ownedLayer(context, input.LayerName, input.VersionNumber);
      checkRevision(input.RevisionId, layer);
      if (layer.policy.some((statement) => statement.Sid === input.StatementId)) {
        throw resourceConflict('The statement id (sid) provided already exists. Please choose a new statement id, or remove the existing statement.');
      }
      const statement: PolicyStatement = {
        Sid: input.StatementId,
        Effect: 'Allow',
        Principal: input.Principal === '*' ? '*' : { AWS: /^\d{12}$/.test(input.Principal) ? accountRootArn(input.Principal, layer.region) : input.Principal },
        Action: input.Action,
        Resource: layerVersionArnOf(layer),
      };
      if (input.OrganizationId) statement.Condition = { StringEquals: { 'aws:PrincipalOrgID': input.OrganizationId } };
      const statements = [...layer.policy, statement];
      if (Buffer.byteLength(policyDocument(statements)) > MAX_POLICY_BYTES) throw policyLengthExceeded();
      layer.policy = statements;
      layer.policyRevision = service.newRevision();
      state.saveLayerVersion(layer);
      return { Statement: JSON.stringify(statement), RevisionId: layer.policyRevision };
    },

    GetLayerVersionPolicy(input, context) {
      const layer = ownedLayer(context, input.LayerName, input.VersionNumber);
      if (!layer.policy.length) throw resourceNotFound('No policy is associated with the given resource.');
      return { Policy: policyDocument(layer.policy), RevisionId: layer.policyRevision };
    },

    RemoveLayerVersionPermission(input, context) {
      const layer = ownedLayer(context, input.LayerName, input.VersionNumber);
      checkRevision(input.RevisionId, layer);
      const index = layer.policy.findIndex((statement) => statement.Sid === input.StatementId);
      if (index < 0) throw resourceNotFound(`Statement ${input.StatementId} is not found in resource policy.`);
      layer.policy = layer.policy.filter((_, i) => i !== index);
      layer.policyRevision = service.newRevision();
      state.saveLayerVersion(layer);
    },
  };
}
