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

/** What the target side asks of the bus/rule side. */
export interface EventsDirectory {
  /** A rule by bus and name, or undefined. */
  rule(account: string, region: string, busName: string, ruleName: string): RuleRef | undefined;
  /**
   * Puts an event on a bus (a target that is an event bus, in this or another account or region), as
   * the rule's account would with PutEvents; rejects with a TargetFailure when the bus does not exist
   * or its policy refuses the sender.
   */
  putOnBus(busArn: string, event: Record<string, unknown>, sender: { account: string; region: string; ruleArn: string }): Promise<void> | void;
}

export class TargetsEngine {
  constructor(
    readonly runtime: Runtime,
    readonly directory: EventsDirectory,
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
