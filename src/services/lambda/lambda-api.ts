import { randomUUID } from 'node:crypto';
import { parseFunctionName } from './arns.js';
import type { LambdaApi } from './api.js';
import type { AsyncInvocations } from './async-invocations.js';
import { policyDocument } from './permissions.js';
import type { LambdaService } from './service.js';
import type { FunctionDoc } from './state.js';

/** What Lambda answers other services through runtime.api<LambdaApi>('lambda'). */
export function lambdaApi(service: LambdaService, asyncInvocations: AsyncInvocations): LambdaApi {
  const runtime = service.runtime;
  const api: LambdaApi = {
    invokeAsync(request) {
      const ref = parseFunctionName(request.functionArn, { accountId: request.sourceAccount, region: runtime.options.region });
      const requestId = randomUUID();
      asyncInvocations.enqueue({ ref: { account: ref.account, region: ref.region, name: ref.name, qualifier: ref.qualifier }, payload: Buffer.from(request.payload), requestId });
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
    async invoke(request) {
      const ref = parseFunctionName(request.functionArn, { accountId: request.account ?? runtime.options.account, region: runtime.options.region });
      const target = service.target(ref);
      const outcome = await service.invoker.invoke(target, { payload: Buffer.from(request.payload), mode: 'sync' });
      return { payload: outcome.result.payload, functionError: outcome.result.ok ? undefined : 'Unhandled', executedVersion: outcome.executedVersion };
    },
  };
  return api;
}
