/**
 * --enforce-iam for Lambda: function operations act on the function (its qualified ARN when a
 * version or alias is named), layers on the layer (version), mappings on the mapping; every
 * Invoke is lambda:InvokeFunction. A function's policy can grant another account. With enforcement
 * on, a function's role must exist and trust lambda.amazonaws.com, as on AWS.
 */
import type { RequestContext } from '../../core/context.js';
import { accessTable, resourceArn, textOf, type ServiceAuthorization } from '../../core/request-authorization.js';
import { evaluatePolicy } from '../../core/policy.js';
import type { Runtime } from '../../core/runtime.js';
import type { IamApi } from '../iam/api.js';
import type { LambdaApi } from './api.js';
import { functionArn, layerArn, parseFunctionName } from './arns.js';
import { accessDenied, invalidParameter } from './errors.js';

const ACTIONS: Record<string, string> = {
  Invoke: 'InvokeFunction',
  InvokeAsync: 'InvokeFunction',
  InvokeWithResponseStream: 'InvokeFunction',
};

function lambdaResource(input: Record<string, unknown>, context: RequestContext): string | undefined {
  const name = textOf(input, 'FunctionName');
  if (name) {
    try {
      const ref = parseFunctionName(name, context, textOf(input, 'Qualifier'));
      return functionArn(ref, ref.qualifier);
    } catch {
      return undefined;
    }
  }
  const layer = textOf(input, 'LayerName');
  if (layer) {
    if (layer.startsWith('arn:')) return typeof input.VersionNumber === 'number' ? `${layer}:${input.VersionNumber}` : layer;
    return layerArn(context.accountId, context.region, layer, typeof input.VersionNumber === 'number' ? input.VersionNumber : undefined);
  }
  const uuid = textOf(input, 'UUID');
  if (uuid) return resourceArn(context, 'lambda', `event-source-mapping:${uuid}`);
  return textOf(input, 'CodeSigningConfigArn') ?? textOf(input, 'Resource') ?? textOf(input, 'DurableExecutionArn');
}

/** AWS's answer to a role Lambda cannot assume (missing, or not trusting lambda.amazonaws.com). */
const ROLE_NOT_ASSUMABLE = 'The role defined for the function cannot be assumed by Lambda.';

export function authorization(runtime: Runtime): ServiceAuthorization {
  return {
    accesses: accessTable('lambda', lambdaResource, ACTIONS),
    async resourceFacts(resource) {
      if (!resource.includes(':function:')) return undefined;
      const lambda = await runtime.optionalApi<LambdaApi>('lambda');
      const found = lambda?.functionForS3(resource);
      return found ? { policy: found.policy } : undefined;
    },
    factsChangedBy: /^(CreateFunction|DeleteFunction|AddPermission|RemovePermission|PublishVersion|CreateAlias|UpdateAlias|DeleteAlias)$/,
    accessDenied: (message) => accessDenied(message),
    async enforcedChecks(operation, input) {
      if (operation !== 'CreateFunction' && operation !== 'UpdateFunctionConfiguration') return;
      const roleArn = textOf(input, 'Role');
      if (!roleArn) return;
      const iam = await runtime.optionalApi<IamApi>('iam');
      const role = iam?.role(roleArn);
      let trusted = false;
      try {
        trusted = role !== undefined && evaluatePolicy(role.trustPolicy, { principal: { type: 'Service', service: 'lambda.amazonaws.com' }, action: 'sts:AssumeRole', resource: role.arn }) === 'Allow';
      } catch {
        trusted = false;
      }
      if (!trusted) throw invalidParameter(ROLE_NOT_ASSUMABLE);
    },
  };
}
