import type { RequestContext } from '../../core/context.js';
import type * as L from '../../generated/lambda.js';
import { invalidParameter } from './errors.js';
import type { VersionConfig } from './state.js';

/** A function's CapacityProviderConfig: the provider it names must exist in the function's account and region. */
export function capacityProviderConfigFrom(
  given: L.CapacityProviderConfig,
  context: RequestContext,
  exists: (account: string, region: string, name: string) => boolean,
): VersionConfig['capacityProviderConfig'] {
  const managed = given.LambdaManagedInstancesCapacityProviderConfig;
  const match = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):capacity-provider:([a-zA-Z0-9-_]+)$/.exec(managed.CapacityProviderArn);
  if (!match || match[1] !== context.region || match[2] !== context.accountId || !exists(match[2], match[1], match[3]!)) {
    throw invalidParameter(`Capacity provider ${managed.CapacityProviderArn} does not exist.`);
  }
  return { LambdaManagedInstancesCapacityProviderConfig: { ...managed } };
}
