import { randomUUID } from 'node:crypto';
import { parseFunctionName } from '../arns.js';
import type { LambdaApi } from '../api.js';
import type { Target } from '../invoke.js';
import type { LambdaService } from '../service.js';
import type { DurableEngine } from './engine.js';
import { unqualifiedDurableInvoke } from './errors.js';
import { executionAnswer } from './invoke.js';

/**
 * Other services' invocations (S3 notifications, SNS, EventBridge targets: `invokeAsync`; synchronous
 * callers: `invoke`) start a durable execution when the function is durable, as Lambda does for
 * any caller. An unqualified ARN cannot start one: the synchronous caller gets AWS's error, the
 * asynchronous event is dropped with a warning (on AWS the event fails the same way).
 */
export function durableAwareApi(base: LambdaApi, service: LambdaService, engine: DurableEngine): LambdaApi {
  const runtime = service.runtime;
  const durableTarget = (functionArnText: string, account: string): { target: Target; qualified: boolean } | undefined => {
    try {
      const ref = parseFunctionName(functionArnText, { accountId: account, region: runtime.options.region });
      const target = service.target(ref);
      return target.record.config.durableConfig ? { target, qualified: ref.qualifier !== undefined } : undefined;
    } catch {
      return undefined;
    }
  };
  const api: LambdaApi = {
    ...base,
    invokeAsync(request) {
      const durable = durableTarget(request.functionArn, request.sourceAccount);
      if (!durable) return base.invokeAsync(request);
      const requestId = randomUUID();
      if (!durable.qualified) {
        runtime.log.warn({ functionArn: request.functionArn }, 'lambda: an event for a durable function named without a version or alias was dropped');
        return { requestId };
      }
      try {
        engine.start(durable.target, request.payload || '{}', undefined);
      } catch (error) {
        runtime.log.warn({ err: String(error), functionArn: request.functionArn }, 'lambda: a durable execution could not start');
      }
      return { requestId };
    },
    async invoke(request) {
      const durable = durableTarget(request.functionArn, request.account ?? runtime.options.account);
      if (!durable) return base.invoke(request);
      if (!durable.qualified) throw unqualifiedDurableInvoke();
      const closed = await engine.whenClosed(engine.start(durable.target, request.payload || '{}', undefined).arn);
      return { ...executionAnswer(closed), executedVersion: closed.version };
    },
    functionForS3(functionArnText) {
      const found = base.functionForS3(functionArnText);
      if (!found) return undefined;
      const account = parseFunctionName(functionArnText, { accountId: runtime.options.account, region: runtime.options.region }).account;
      return { ...found, invokeAsync: (payload: string) => void api.invokeAsync({ functionArn: functionArnText, payload, sourceAccount: account }) };
    },
  };
  return api;
}
