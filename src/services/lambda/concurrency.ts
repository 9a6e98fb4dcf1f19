import type * as L from '../../generated/lambda.js';
import { functionArn } from './arns.js';
import { invalidParameter, provisionedConfigNotFound, resourceNotFound } from './errors.js';
import { provisionedKey, type LambdaService } from './service.js';
import type { FunctionDoc } from './state.js';

/** Concurrency AWS keeps unreserved in every account and region (or all of it, below that). */
const MIN_UNRESERVED = 100;

/** Reserved concurrency (a function's share of the account) and provisioned concurrency (environments kept warm). */
export function concurrencyOperations(service: LambdaService): Partial<L.LambdaOperations> {
  const runtime = service.runtime;

  function provisionedResponse(doc: FunctionDoc, qualifier: string): L.GetProvisionedConcurrencyConfigResponse {
    const record = doc.provisioned[qualifier];
    const { status, reason, available } = service.provisioned.describe(provisionedKey(doc, qualifier), record.requested);
    const response: L.GetProvisionedConcurrencyConfigResponse = {
      RequestedProvisionedConcurrentExecutions: record.requested,
      AvailableProvisionedConcurrentExecutions: available,
      AllocatedProvisionedConcurrentExecutions: available,
      Status: status,
      LastModified: new Date(record.lastModified).toISOString().replace('Z', '+0000'),
    };
    if (reason !== undefined) response.StatusReason = reason;
    return response;
  }

  /** AWS's limits on provisioned concurrency, checked before any environment starts. */
  function checkProvisionedLimits(doc: FunctionDoc, qualifier: string, requested: number): void {
    const others = Object.entries(doc.provisioned).filter(([key]) => key !== qualifier).reduce((sum, [, record]) => sum + record.requested, 0);
    if (doc.reservedConcurrency !== undefined) {
      if (others + requested > doc.reservedConcurrency) throw invalidParameter('Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function');
      return;
    }
    // Without a reservation of its own, a function's provisioned concurrency comes out of the account's unreserved pool.
    const limit = service.invoker.accountLimit;
    let unreserved = limit - service.reservedTotal(doc.account, doc.region);
    for (const other of service.state.allFunctions()) {
      if (other.account !== doc.account || other.region !== doc.region || other.reservedConcurrency !== undefined || other.name === doc.name) continue;
      for (const record of Object.values(other.provisioned)) unreserved -= record.requested;
    }
    const minimum = Math.min(MIN_UNRESERVED, limit);
    if (unreserved - others - requested < minimum) {
      throw invalidParameter(`Specified ConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`);
    }
  }

  return {
    PutFunctionConcurrency(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      const limit = service.invoker.accountLimit;
      const others = service.reservedTotal(doc.account, doc.region, `${doc.account}/${doc.region}/${doc.name}`);
      const minimum = Math.min(MIN_UNRESERVED, limit);
      if (limit - others - input.ReservedConcurrentExecutions < minimum) {
        throw invalidParameter(`Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${minimum}].`);
      }
      doc.reservedConcurrency = input.ReservedConcurrentExecutions;
      service.setReservation(doc, doc.reservedConcurrency);
      service.save(doc);
      return { ReservedConcurrentExecutions: doc.reservedConcurrency };
    },

    GetFunctionConcurrency(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      return doc.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: doc.reservedConcurrency };
    },

    DeleteFunctionConcurrency(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      delete doc.reservedConcurrency;
      service.setReservation(doc, undefined);
      service.save(doc);
    },

    PutProvisionedConcurrencyConfig(input, context) {
      const ref = service.ref(context, input.FunctionName, input.Qualifier);
      const doc = service.requireFunction(ref);
      const qualifier = input.Qualifier;
      if (qualifier === '$LATEST') throw invalidParameter('Provisioned Concurrency Configs cannot be applied to unpublished function versions.');
      const target = service.target({ ...ref, qualifier });
      const alias = doc.aliases[qualifier];
      if (alias?.weights) throw invalidParameter('Alias with weights can not be used with Provisioned Concurrency');
      if (alias?.functionVersion === '$LATEST') throw invalidParameter('Provisioned Concurrency Configs cannot be applied to unpublished function versions.');
      const requested = input.ProvisionedConcurrentExecutions;
      checkProvisionedLimits(doc, qualifier, requested);
      doc.provisioned[qualifier] = { requested, lastModified: runtime.clock.now() };
      service.save(doc);
      // As on AWS: answered at once, the environments start in the background (GetProvisionedConcurrencyConfig shows READY).
      service.provision(doc, qualifier, target, requested);
      return { ...provisionedResponse(doc, qualifier), Status: 'IN_PROGRESS' };
    },

    GetProvisionedConcurrencyConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, input.Qualifier));
      if (!doc.provisioned[input.Qualifier]) throw provisionedConfigNotFound();
      return provisionedResponse(doc, input.Qualifier);
    },

    DeleteProvisionedConcurrencyConfig(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, input.Qualifier));
      if (!doc.provisioned[input.Qualifier]) throw resourceNotFound('No Provisioned Concurrency Config found for this function');
      delete doc.provisioned[input.Qualifier];
      service.save(doc);
      service.provisioned.release(provisionedKey(doc, input.Qualifier));
    },

    ListProvisionedConcurrencyConfigs(input, context) {
      const doc = service.requireFunction(service.ref(context, input.FunctionName, undefined, { allowQualifier: false }));
      return {
        ProvisionedConcurrencyConfigs: Object.keys(doc.provisioned).map((qualifier) => ({
          FunctionArn: functionArn(doc, qualifier),
          ...provisionedResponse(doc, qualifier),
        })),
      };
    },
  };
}
