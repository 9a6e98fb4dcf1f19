import type * as Sts from '../../generated/sts.js';
import { partitionOf } from '../../core/ids.js';
import { accountForAccessKey } from '../../core/settings.js';
import type { StsService } from './service.js';

/** Who is calling (GetCallerIdentity) and whose a key is (GetAccessKeyInfo). */
export function callerIdentityOperations(service: StsService): Partial<Sts.StsOperations> {
  return {
    GetCallerIdentity(_input, context) {
      const caller = service.liveCaller(context);
      // Keys no service issued (the default `test`, a 12-digit id) are root of the account they map to.
      if (!caller) return { Account: context.accountId, Arn: `arn:${partitionOf(context.region)}:iam::${context.accountId}:root`, UserId: context.accountId };
      return { Account: caller.account, Arn: caller.arn, UserId: caller.userId };
    },

    GetAccessKeyInfo(input) {
      // IAM's and STS's keys by lookup; a 12-digit key is that account, any other the default one.
      const identity = service.runtime.identities.resolve(input.AccessKeyId);
      return { Account: identity?.account ?? accountForAccessKey(input.AccessKeyId, service.runtime.options.account) };
    },
  };
}
