import type { Runtime } from '../../../core/runtime.js';
import type { TargetDelivery } from '../api.js';

/*
 * PLACEHOLDER written by the lead so the bus/rule side and the target side compile while both are
 * built; the targets engineer replaces the bodies, keeping these signatures (or changing both sides).
 */

/** A rule as the target side knows it. */
export interface RuleRef {
  account: string;
  region: string;
  busName: string;
  ruleName: string;
  ruleArn: string;
  /** Set for managed rules (`ManagedBy`): their targets change only with Force. */
  managedBy?: string;
}

/** How the target side looks rules up (the bus/rule side's state answers). */
export interface RuleDirectory {
  rule(account: string, region: string, busName: string, ruleName: string): RuleRef | undefined;
}

export class TargetsEngine {
  constructor(
    readonly runtime: Runtime,
    readonly rules: RuleDirectory,
  ) {}

  /** Delivers a matched event (the envelope object) to every target of the rule, each with its own input, retries and DLQ. */
  dispatch(_rule: RuleRef, _event: Record<string, unknown>, _options: { replayName?: string } = {}): void {}

  /** How many targets the rule has (DeleteRule refuses while there are any). */
  targetCount(_rule: RuleRef): number {
    return 0;
  }

  /** Names of the rules on a bus with a target of this ARN (ListRuleNamesByTarget), in name order. */
  ruleNamesByTarget(_account: string, _region: string, _busName: string, _targetArn: string): string[] {
    return [];
  }

  /** Forget a deleted rule's targets (DeleteRule with Force on a managed rule, DeleteEventBus). */
  forgetRule(_rule: RuleRef): void {}

  /** EventsApi.deliverToTarget: one delivery, no retries. */
  async deliver(_delivery: TargetDelivery): Promise<void> {}

  close(): void {}
}
