import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../core/context.js';
import { arn, parseArn } from '../../core/ids.js';
import type * as L from '../../generated/lambda.js';
import { functionArn } from './arns.js';
import { lastModifiedText } from './configuration.js';
import { codeSigningConfigNotFound, resourceConflict, resourceNotFound } from './errors.js';
import { paginate } from './functions.js';
import type { LambdaService } from './service.js';
import type { CodeSigningConfigRecord } from './state.js';

type Operations = Partial<L.LambdaOperations>;

/**
 * Code signing configurations and which functions use them. Nimbus stores them as Lambda
 * does and answers with them; it verifies no signatures (there is no AWS Signer here), so
 * an Enforce policy does not refuse unsigned code.
 */
export function codeSigningOperations(service: LambdaService): Operations {
  const { state } = service;

  function configArn(context: { region: string; account: string }, id: string): string {
    return arn({ service: 'lambda', region: context.region, account: context.account, resource: `code-signing-config:${id}` });
  }

  function describe(record: CodeSigningConfigRecord): L.CodeSigningConfig {
    return {
      CodeSigningConfigId: record.id,
      CodeSigningConfigArn: configArn(record, record.id),
      Description: record.description,
      AllowedPublishers: { SigningProfileVersionArns: [...record.signingProfileVersionArns] },
      CodeSigningPolicies: { UntrustedArtifactOnDeployment: record.untrustedArtifactOnDeployment as 'Warn' | 'Enforce' },
      LastModified: lastModifiedText(record.lastModified),
    };
  }

  /** The configuration an ARN names, in the caller's account and region. */
  function find(context: RequestContext, arnText: string): CodeSigningConfigRecord | undefined {
    const parsed = parseArn(arnText);
    const id = parsed?.resource.replace(/^code-signing-config:/, '');
    if (!parsed || !id || parsed.account !== context.accountId || parsed.region !== context.region) return undefined;
    return state.getCodeSigningConfig(parsed.account, parsed.region, id);
  }

  function require(context: RequestContext, arnText: string): CodeSigningConfigRecord {
    const record = find(context, arnText);
    if (!record) throw resourceNotFound(`The code signing configuration cannot be found. Check that the provided configuration is not deleted: ${arnText}.`);
    return record;
  }

  /** Functions of the caller's account and region that use a configuration. */
  function users(context: RequestContext, arnText: string): string[] {
    return state
      .listFunctions(context.accountId, context.region)
      .filter((doc) => doc.codeSigningConfigArn === arnText)
      .map((doc) => functionArn(doc));
  }

  return {
    CreateCodeSigningConfig(input, context) {
      const record: CodeSigningConfigRecord = {
        account: context.accountId,
        region: context.region,
        id: `csc-${randomBytes(9).toString('hex').slice(0, 17)}`,
        description: input.Description ?? '',
        signingProfileVersionArns: [...input.AllowedPublishers.SigningProfileVersionArns],
        untrustedArtifactOnDeployment: input.CodeSigningPolicies?.UntrustedArtifactOnDeployment ?? 'Warn',
        lastModified: service.runtime.clock.now(),
        tags: { ...(input.Tags ?? {}) },
      };
      state.saveCodeSigningConfig(record);
      return { CodeSigningConfig: describe(record) };
    },

    GetCodeSigningConfig(input, context) {
      return { CodeSigningConfig: describe(require(context, input.CodeSigningConfigArn)) };
    },

    UpdateCodeSigningConfig(input, context) {
      const record = require(context, input.CodeSigningConfigArn);
      if (input.Description !== undefined) record.description = input.Description;
      if (input.AllowedPublishers) record.signingProfileVersionArns = [...input.AllowedPublishers.SigningProfileVersionArns];
      if (input.CodeSigningPolicies?.UntrustedArtifactOnDeployment) record.untrustedArtifactOnDeployment = input.CodeSigningPolicies.UntrustedArtifactOnDeployment;
      record.lastModified = service.runtime.clock.now();
      state.saveCodeSigningConfig(record);
      return { CodeSigningConfig: describe(record) };
    },

    DeleteCodeSigningConfig(input, context) {
      const record = require(context, input.CodeSigningConfigArn);
      if (users(context, input.CodeSigningConfigArn).length) {
        throw resourceConflict(`The code signing configuration ${input.CodeSigningConfigArn} is still used by one or more functions.`);
      }
      state.deleteCodeSigningConfig(record.account, record.region, record.id);
      return {};
    },

    ListCodeSigningConfigs(input, context) {
      const rows = state.listCodeSigningConfigs(context.accountId, context.region).map(describe);
      return paginate(rows, input.Marker, input.MaxItems ?? 50, (row) => row.CodeSigningConfigId!, (page, next) => ({ CodeSigningConfigs: page, NextMarker: next }));
    },

    ListFunctionsByCodeSigningConfig(input, context) {
      require(context, input.CodeSigningConfigArn);
      const rows = users(context, input.CodeSigningConfigArn);
      return paginate(rows, input.Marker, input.MaxItems ?? 50, (row) => row, (page, next) => ({ FunctionArns: page, NextMarker: next }));
    },

    PutFunctionCodeSigningConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      if (!find(context, input.CodeSigningConfigArn)) {
        throw codeSigningConfigNotFound(`The code signing configuration cannot be found. Check that the provided configuration is not deleted: ${input.CodeSigningConfigArn}.`);
      }
      doc.codeSigningConfigArn = input.CodeSigningConfigArn;
      service.save(doc);
      return { CodeSigningConfigArn: input.CodeSigningConfigArn, FunctionName: doc.name };
    },

    GetFunctionCodeSigningConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      return { CodeSigningConfigArn: doc.codeSigningConfigArn ?? '', FunctionName: doc.name };
    },

    DeleteFunctionCodeSigningConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      delete doc.codeSigningConfigArn;
      service.save(doc);
    },
  };
}
