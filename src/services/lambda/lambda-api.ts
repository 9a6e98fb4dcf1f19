import { randomUUID } from 'node:crypto';
import { functionArn, parseFunctionName } from './arns.js';
import type { LambdaAliasRouting, LambdaApi } from './api.js';
import { functionNotFound, invalidParameter, resourceNotFound } from './errors.js';
import type { AsyncInvocations } from './async-invocations.js';
import { policyDocument } from './permissions.js';
import type { LambdaService } from './service.js';
import type { AliasRecord, FunctionDoc } from './state.js';

/** What Lambda answers other services through runtime.api<LambdaApi>('lambda'). */
export function lambdaApi(service: LambdaService, asyncInvocations: AsyncInvocations): LambdaApi {
  const runtime = service.runtime;
  const api: LambdaApi = {
    invokeAsync(request) {
      const ref = parseFunctionName(request.functionArn, { accountId: request.sourceAccount, region: runtime.options.region });
      const requestId = randomUUID();
      asyncInvocations.enqueue({ ref: { account: ref.account, region: ref.region, name: ref.name, qualifier: ref.qualifier }, payload: Buffer.from(request.payload), requestId, traceHeader: request.traceHeader });
      return { requestId };
    },
    functionForS3(arnText) {
      let doc: FunctionDoc;
      let qualifier: string;
      let account: string;
      try {
        const ref = parseFunctionName(arnText, { accountId: runtime.options.account, region: runtime.options.region });
        service.target(ref);
        doc = service.requireFunction(ref);
        qualifier = ref.qualifier ?? '';
        account = ref.account;
      } catch {
        return undefined;
      }
      const statements = doc.policies[qualifier]?.statements ?? [];
      return {
        policy: statements.length ? policyDocument(statements) : undefined,
        invokeAsync: (payload: string) => {
          api.invokeAsync({ functionArn: arnText, payload, sourceAccount: account });
        },
      };
    },
    functionExists(arnText) {
      try {
        const ref = parseFunctionName(arnText, { accountId: runtime.options.account, region: runtime.options.region });
        service.target(ref);
        return true;
      } catch {
        return false;
      }
    },
    alias(request) {
      let doc: FunctionDoc | undefined;
      try {
        const ref = parseFunctionName(request.functionName, { accountId: request.account, region: request.region }, undefined, { allowQualifier: false });
        doc = service.state.getFunction(ref.account, ref.region, ref.name);
      } catch {
        return undefined;
      }
      const alias = doc?.aliases[request.alias];
      return doc && alias ? aliasRouting(doc, alias) : undefined;
    },
    routeAlias(request) {
      // CodeDeploy's traffic shifting: UpdateAlias' checks, without a revision to match.
      const ref = parseFunctionName(request.functionName, { accountId: request.account, region: request.region }, undefined, { allowQualifier: false });
      const doc = service.requireFunction(ref);
      const alias = doc.aliases[request.alias];
      if (!alias) throw resourceNotFound(`Alias not found: ${functionArn(doc, request.alias)}`);
      const version = request.functionVersion;
      if (version !== '$LATEST' && !doc.versions[version]) throw functionNotFound(functionArn(doc, version));
      const weights = Object.entries(request.additionalVersionWeights ?? {});
      if (weights.length > 1) throw invalidParameter('Number of items in AdditionalVersionWeights cannot be greater than 1');
      for (const [extra, weight] of weights) {
        if (extra === version) throw invalidParameter(`Invalid function version ${extra}. Function version ${extra} is already included in routing configuration.`);
        if (!doc.versions[extra]) throw invalidParameter(`Function version ${extra} does not exist.`);
        if (!(weight >= 0 && weight <= 1)) throw invalidParameter(`Invalid weight ${weight} for version ${extra}: a weight is between 0.0 and 1.0.`);
      }
      alias.functionVersion = version;
      alias.weights = weights.length ? Object.fromEntries(weights) : undefined;
      alias.revisionId = service.newRevision();
      service.save(doc);
      return aliasRouting(doc, alias);
    },
    async invoke(request) {
      const ref = parseFunctionName(request.functionArn, { accountId: request.account ?? runtime.options.account, region: runtime.options.region });
      const target = service.target(ref);
      const outcome = await service.invoker.invoke(target, { payload: Buffer.from(request.payload), mode: 'sync' });
      return { payload: outcome.result.payload, functionError: outcome.result.ok ? undefined : 'Unhandled', executedVersion: outcome.executedVersion };
    },
  };
  return api;
}

function aliasRouting(doc: FunctionDoc, alias: AliasRecord): LambdaAliasRouting {
  return {
    functionArn: functionArn(doc),
    aliasArn: functionArn(doc, alias.name),
    functionVersion: alias.functionVersion,
    additionalVersionWeights: alias.weights ? { ...alias.weights } : undefined,
    publishedVersions: Object.keys(doc.versions),
  };
}
