import type * as L from '../../../generated/lambda.js';
import { invalidParameter } from '../errors.js';
import type { VersionConfig } from '../state.js';

/** Days a closed execution's history is kept when RetentionPeriodInDays is not given. */
export const DEFAULT_RETENTION_DAYS = 14;

/** A function's DurableConfig after CreateFunction or UpdateFunctionConfiguration gives one (the rest of the earlier one stays). */
export function durableConfigFrom(input: L.DurableConfig, current: VersionConfig['durableConfig']): NonNullable<VersionConfig['durableConfig']> {
  const executionTimeout = input.ExecutionTimeout ?? current?.executionTimeout;
  if (executionTimeout === undefined) throw invalidParameter('You cannot create a function with a durable configuration without an executionTimeout');
  return { executionTimeout, retentionPeriodInDays: input.RetentionPeriodInDays ?? current?.retentionPeriodInDays ?? DEFAULT_RETENTION_DAYS };
}

/** DurableConfig as FunctionConfiguration reports it. */
export function describeDurableConfig(config: VersionConfig['durableConfig']): L.DurableConfig | undefined {
  return config && { ExecutionTimeout: config.executionTimeout, RetentionPeriodInDays: config.retentionPeriodInDays };
}
