import { compilePattern, PatternError, type CompiledPattern } from '../../core/event-pattern/index.js';
import { arn, parseArn } from '../../core/ids.js';
import type { Runtime } from '../../core/runtime.js';
import { busNotFound, invalidEventPattern, ruleNotFound, validation } from './errors.js';
import { EventMetrics } from './metrics.js';
import { EventsState, type BusRow, type RuleRow } from './state.js';
import type { RuleRef, TargetsEngine } from './targets/engine.js';

export const DEFAULT_BUS = 'default';

/** Who manages the rule that feeds an archive, as AWS names it, and that rule's name. */
export const ARCHIVE_RULE_MANAGER = 'prod.vhs.events.aws.internal';
export const archiveRuleName = (archiveName: string): string => `Events-Archive-${archiveName}`;

/** The archive a rule feeds, for an archive's managed rule; undefined for any other rule. */
export function archiveOfRule(rule: RuleRef): string | undefined {
  if (rule.managedBy !== ARCHIVE_RULE_MANAGER || !rule.ruleName.startsWith('Events-Archive-')) return undefined;
  return rule.ruleName.slice('Events-Archive-'.length);
}

/** A bus's rules with patterns, compiled once, as PutEvents matches against them. */
export interface MatchingRule {
  ref: RuleRef;
  pattern: CompiledPattern;
  enabled: boolean;
}

/** What every EventBridge operation group shares: the state, the target engine, compiled rules. */
export class EventsService {
  readonly state: EventsState;
  readonly metrics: EventMetrics;
  /** Set by index.ts once the target side's engine exists (it needs this service's directory). */
  engine!: TargetsEngine;
  /** Bus ARN → its pattern rules, compiled; dropped whenever a rule of the bus changes. */
  private readonly busRules = new Map<string, MatchingRule[]>();

  constructor(readonly runtime: Runtime) {
    this.state = new EventsState(runtime.store);
    this.metrics = new EventMetrics(runtime);
  }

  get clock(): Runtime['clock'] {
    return this.runtime.clock;
  }

  busArn(account: string, region: string, name: string): string {
    return arn({ service: 'events', region, account, resource: `event-bus/${name}` });
  }

  ruleArn(account: string, region: string, bus: string, name: string): string {
    return arn({ service: 'events', region, account, resource: bus === DEFAULT_BUS ? `rule/${name}` : `rule/${bus}/${name}` });
  }

  /**
   * The bus an EventBusName names (a name or an ARN), in the caller's account unless an ARN says
   * otherwise; the default bus is made on first use, as it exists implicitly on AWS.
   */
  findBus(account: string, region: string, nameOrArn: string | undefined): BusRow | undefined {
    const { account: owner, region: where, name } = this.busAddress(account, region, nameOrArn);
    return this.busNamed(owner, where, name);
  }

  busNamed(account: string, region: string, name: string): BusRow | undefined {
    const bus = this.state.bus(account, region, name);
    if (bus || name !== DEFAULT_BUS) return bus;
    const now = this.clock.now();
    this.state.insertBus({ account, region, name, arn: this.busArn(account, region, name), document: {}, policy: null, tags: {}, createdAt: now, modifiedAt: now });
    return this.state.bus(account, region, name);
  }

  /** The account, region and name an EventBusName stands for (ValidationException for an ARN that is no bus's). */
  busAddress(account: string, region: string, nameOrArn: string | undefined): { account: string; region: string; name: string } {
    if (!nameOrArn) return { account, region, name: DEFAULT_BUS };
    if (!nameOrArn.startsWith('arn:')) return { account, region, name: nameOrArn };
    const parsed = parseArn(nameOrArn);
    if (!parsed || parsed.service !== 'events' || !parsed.resource.startsWith('event-bus/') || !/^\d{12}$/.test(parsed.account)) {
      throw validation(`Parameter EventBusName is not valid. Reason: Provided Arn is not in correct format.`);
    }
    return { account: parsed.account, region: parsed.region, name: parsed.resource.slice('event-bus/'.length) };
  }

  /** The caller's own bus, or ResourceNotFoundException (a bus of another account is not the caller's to change). */
  requireOwnBus(account: string, region: string, nameOrArn: string | undefined): BusRow {
    const address = this.busAddress(account, region, nameOrArn);
    if (address.region !== region) throw validation('Cross-region api call is not allowed.');
    const bus = address.account === account && address.region === region ? this.busNamed(account, region, address.name) : undefined;
    if (!bus) throw busNotFound(address.name);
    return bus;
  }

  requireRule(account: string, region: string, busNameOrArn: string | undefined, name: string): RuleRow {
    const bus = this.requireOwnBus(account, region, busNameOrArn);
    const rule = this.state.rule(account, region, bus.name, name);
    if (!rule) throw ruleNotFound(name, bus.name);
    return rule;
  }

  ruleRef(rule: RuleRow): RuleRef {
    return { account: rule.account, region: rule.region, busName: rule.bus, ruleName: rule.name, ruleArn: rule.arn, managedBy: rule.document.ManagedBy };
  }

  /** The bus's enabled pattern rules, compiled once per change of its rules. */
  matchingRules(bus: BusRow): MatchingRule[] {
    let rules = this.busRules.get(bus.arn);
    if (!rules) {
      rules = [];
      for (const rule of this.state.rulesOfBus(bus.account, bus.region, bus.name)) {
        if (!rule.eventPattern) continue;
        try {
          rules.push({ ref: this.ruleRef(rule), pattern: compileEventPattern(rule.eventPattern), enabled: rule.state !== 'DISABLED' });
        } catch {
          // A stored pattern was valid when it was put; one the engine now refuses matches nothing.
        }
      }
      this.busRules.set(bus.arn, rules);
    }
    return rules;
  }

  rulesChanged(account: string, region: string, bus: string): void {
    this.busRules.delete(this.busArn(account, region, bus));
  }

  close(): void {
    this.busRules.clear();
    this.metrics.close();
  }
}

/** An event pattern as EventBridge takes it: JSON text, an object, AWS's reason when it is neither. */
export function compileEventPattern(text: string): CompiledPattern {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidEventPattern('Filter is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidEventPattern('Filter is not an object');
  try {
    return compilePattern(parsed);
  } catch (error) {
    if (error instanceof PatternError) throw invalidEventPattern(error.reason);
    throw error;
  }
}
