import type { RequestContext } from '../../core/context.js';
import { arn } from '../../core/ids.js';
import type * as L from '../../generated/lambda.js';
import { functionArn } from './arns.js';
import { invalidParameter, resourceConflict, resourceNotFound } from './errors.js';
import { paginate, sortedVersions } from './functions.js';
import type { LambdaService } from './service.js';
import type { CapacityProviderRecord, FunctionDoc, VersionRecord } from './state.js';

type Operations = Partial<L.LambdaOperations>;

/**
 * Lambda Managed Instances: capacity providers (where a function's environments would run:
 * subnets, instance requirements, scaling) and per-version function scaling. Nimbus keeps and
 * reports them as Lambda does; functions still run as local processes, so a provider is Active
 * at once and its scaling bounds are recorded, not enforced.
 */
export function capacityProviderOperations(service: LambdaService): Operations {
  const { state } = service;

  function providerArn(record: { account: string; region: string; name: string }): string {
    return arn({ service: 'lambda', region: record.region, account: record.account, resource: `capacity-provider:${record.name}` });
  }

  /** A CapacityProviderName parameter: a name or an ARN, in the caller's account and region. */
  function where(context: RequestContext, text: string): { account: string; region: string; name: string } {
    const match = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):capacity-provider:([a-zA-Z0-9-_]+)$/.exec(text);
    return match ? { region: match[1]!, account: match[2]!, name: match[3]! } : { account: context.accountId, region: context.region, name: text };
  }

  function require(context: RequestContext, text: string): CapacityProviderRecord {
    const at = where(context, text);
    const record = state.getCapacityProvider(at.account, at.region, at.name);
    if (!record) throw resourceNotFound(`Capacity provider not found: ${providerArn(at)}`);
    return record;
  }

  function describe(record: CapacityProviderRecord, stateOverride?: L.CapacityProvider['State']): L.CapacityProvider {
    const out: L.CapacityProvider = {
      CapacityProviderArn: providerArn(record),
      State: stateOverride ?? 'Active',
      VpcConfig: structuredClone(record.vpcConfig) as unknown as L.CapacityProviderVpcConfig,
      PermissionsConfig: { CapacityProviderOperatorRoleArn: record.operatorRoleArn },
      InstanceRequirements: structuredClone(record.instanceRequirements) as L.InstanceRequirements,
      CapacityProviderScalingConfig: structuredClone(record.scalingConfig) as L.CapacityProviderScalingConfig,
      LastModified: new Date(record.lastModified).toISOString().replace('Z', '+0000'),
    };
    if (record.kmsKeyArn) out.KmsKeyArn = record.kmsKeyArn;
    return out;
  }

  /** Versions (and $LATEST) whose configuration runs them on a provider. */
  function versionsOn(record: CapacityProviderRecord): Array<{ doc: FunctionDoc; version: VersionRecord }> {
    const arnText = providerArn(record);
    const out: Array<{ doc: FunctionDoc; version: VersionRecord }> = [];
    for (const doc of state.listFunctions(record.account, record.region)) {
      for (const version of [doc.latest, ...sortedVersions(doc).map((v) => doc.versions[v]!)]) {
        if (version.config.capacityProviderConfig?.LambdaManagedInstancesCapacityProviderConfig?.CapacityProviderArn === arnText) out.push({ doc, version });
      }
    }
    return out;
  }

  function checkScaling(config: L.CapacityProviderScalingConfig | undefined): void {
    if (config?.ScalingMode === 'Auto' && config.ScalingPolicies?.length) throw invalidParameter('ScalingPolicies can only be set when ScalingMode is Manual.');
    if (config?.ScalingMode === 'Manual' && !config.ScalingPolicies?.length) throw invalidParameter('ScalingPolicies are required when ScalingMode is Manual.');
  }

  /** The version a PublishedFunctionQualifier names: a number, or $LATEST.PUBLISHED for the newest published one. */
  function publishedVersion(doc: FunctionDoc, qualifier: string): { key: string; version: VersionRecord } {
    const key = qualifier === '$LATEST.PUBLISHED' ? sortedVersions(doc).at(-1) : qualifier;
    const version = key === undefined ? undefined : doc.versions[key];
    if (!key || !version) throw resourceNotFound(`Function not found: ${functionArn(doc, qualifier)}`);
    if (!version.config.capacityProviderConfig) {
      throw invalidParameter(`Function scaling configuration applies only to functions that run on a capacity provider; ${functionArn(doc, key)} has no CapacityProviderConfig.`);
    }
    return { key, version };
  }

  return {
    CreateCapacityProvider(input, context) {
      const at = where(context, input.CapacityProviderName);
      if (at.account !== context.accountId || at.region !== context.region) throw invalidParameter('Capacity providers can only be created in your own account and region.');
      if (state.getCapacityProvider(at.account, at.region, at.name)) throw resourceConflict(`Capacity provider already exists: ${providerArn(at)}`);
      checkScaling(input.CapacityProviderScalingConfig);
      const record: CapacityProviderRecord = {
        ...at,
        vpcConfig: { SubnetIds: [...input.VpcConfig.SubnetIds], SecurityGroupIds: [...input.VpcConfig.SecurityGroupIds] },
        operatorRoleArn: input.PermissionsConfig.CapacityProviderOperatorRoleArn,
        instanceRequirements: { Architectures: ['x86_64'], ...structuredClone(input.InstanceRequirements ?? {}) },
        scalingConfig: { ScalingMode: 'Auto', ...structuredClone(input.CapacityProviderScalingConfig ?? {}) },
        kmsKeyArn: input.KmsKeyArn,
        tags: { ...(input.Tags ?? {}) },
        lastModified: service.runtime.clock.now(),
      };
      state.saveCapacityProvider(record);
      return { CapacityProvider: describe(record, 'Pending') };
    },

    GetCapacityProvider(input, context) {
      return { CapacityProvider: describe(require(context, input.CapacityProviderName)) };
    },

    UpdateCapacityProvider(input, context) {
      const record = require(context, input.CapacityProviderName);
      if (input.CapacityProviderScalingConfig) {
        const scaling = { ...record.scalingConfig, ...structuredClone(input.CapacityProviderScalingConfig) } as L.CapacityProviderScalingConfig;
        if (scaling.ScalingMode === 'Auto') delete scaling.ScalingPolicies;
        checkScaling(scaling);
        record.scalingConfig = scaling as Record<string, unknown>;
      }
      record.lastModified = service.runtime.clock.now();
      state.saveCapacityProvider(record);
      return { CapacityProvider: describe(record) };
    },

    DeleteCapacityProvider(input, context) {
      const record = require(context, input.CapacityProviderName);
      const users = versionsOn(record);
      if (users.length) {
        throw resourceConflict(`Capacity provider ${providerArn(record)} is used by function versions: ${users.map(({ doc, version }) => functionArn(doc, version.version)).join(', ')}`);
      }
      state.deleteCapacityProvider(record.account, record.region, record.name);
      return { CapacityProvider: describe(record, 'Deleting') };
    },

    ListCapacityProviders(input, context) {
      const rows = state
        .listCapacityProviders(context.accountId, context.region)
        .map((record) => describe(record))
        .filter((row) => !input.State || row.State === input.State);
      return paginate(rows, input.Marker, input.MaxItems ?? 50, (row) => row.CapacityProviderArn, (page, next) => ({ CapacityProviders: page, NextMarker: next }));
    },

    ListFunctionVersionsByCapacityProvider(input, context) {
      const record = require(context, input.CapacityProviderName);
      const rows = versionsOn(record).map(({ doc, version }) => ({ FunctionArn: functionArn(doc, version.version), State: 'Active' as const }));
      return paginate(rows, input.Marker, input.MaxItems ?? 50, (row) => row.FunctionArn, (page, next) => ({ CapacityProviderArn: providerArn(record), FunctionVersions: page, NextMarker: next }));
    },

    PutFunctionScalingConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      const { key } = publishedVersion(doc, input.Qualifier);
      const requested = input.FunctionScalingConfig ?? {};
      if (requested.MinExecutionEnvironments !== undefined && requested.MaxExecutionEnvironments !== undefined && requested.MinExecutionEnvironments > requested.MaxExecutionEnvironments) {
        throw invalidParameter('MinExecutionEnvironments cannot be greater than MaxExecutionEnvironments.');
      }
      doc.scaling = { ...(doc.scaling ?? {}), [key]: { ...requested } };
      service.save(doc);
      return { FunctionState: 'Active' };
    },

    GetFunctionScalingConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      const { key } = publishedVersion(doc, input.Qualifier);
      const requested = doc.scaling?.[key];
      const out: L.GetFunctionScalingConfigResponse = { FunctionArn: functionArn(doc, key) };
      if (requested) {
        out.RequestedFunctionScalingConfig = { ...requested };
        out.AppliedFunctionScalingConfig = { ...requested };
      }
      return out;
    },
  };
}
