import { pageAfterKey } from '../../core/pagination.js';
import type * as Events from '../../generated/events.js';
import { invalidNextToken, limitExceeded, managedRule, validation } from './errors.js';
import type { RuleSchedules } from './rule-schedules.js';
import { checkScheduleExpression } from './rule-schedules.js';
import { compileEventPattern, DEFAULT_BUS, type EventsService } from './service.js';
import type { RuleRow } from './state.js';
import { tagMap } from './tags.js';

/** Rules an event bus may have: AWS's default quota, higher in its three largest Regions. */
const RULES_PER_BUS: Record<string, number> = { 'us-east-1': 2000, 'us-west-2': 2000, 'eu-west-1': 2000 };
const DEFAULT_RULES_PER_BUS = 300;

/** The fields TestEventPattern needs in an event (AWS's list names resources too, but takes an event without them). */
const REQUIRED_EVENT_FIELDS = ['id', 'account', 'source', 'time', 'region', 'detail-type'];

function describeRule(rule: RuleRow): Events.DescribeRuleResponse & Events.Rule {
  return {
    Name: rule.name,
    Arn: rule.arn,
    EventPattern: rule.eventPattern ?? undefined,
    ScheduleExpression: rule.schedule ?? undefined,
    State: rule.state,
    Description: rule.document.Description,
    RoleArn: rule.document.RoleArn,
    ManagedBy: rule.document.ManagedBy,
    EventBusName: rule.bus,
  };
}

/** PutRule, DescribeRule, ListRules, Enable/DisableRule, DeleteRule, ListRuleNamesByTarget, TestEventPattern. */
export function ruleOperations(service: EventsService, schedules: RuleSchedules): Partial<Events.EventsOperations> {
  const { state } = service;

  function setState(input: { Name: string; EventBusName?: string }, account: string, region: string, enabled: boolean): void {
    const rule = service.requireRule(account, region, input.EventBusName, input.Name);
    if (rule.document.ManagedBy) throw managedRule(rule.name);
    state.setRuleState(rule.arn, enabled ? 'ENABLED' : 'DISABLED');
    service.rulesChanged(rule.account, rule.region, rule.bus);
    schedules.arm(state.ruleByArn(rule.arn)!);
  }

  return {
    PutRule(input, context) {
      const { accountId: account, region } = context;
      if (!input.EventPattern && !input.ScheduleExpression) throw validation('Parameter(s) EventPattern or ScheduleExpression must be specified.');
      const bus = service.requireOwnBus(account, region, input.EventBusName);
      if (input.ScheduleExpression) {
        if (bus.name !== DEFAULT_BUS) throw validation('ScheduleExpression is supported only on the default event bus.');
        checkScheduleExpression(input.ScheduleExpression);
      }
      if (input.EventPattern) compileEventPattern(input.EventPattern);
      const existing = state.rule(account, region, bus.name, input.Name);
      if (existing?.document.ManagedBy) throw managedRule(existing.name);
      if (!existing && state.rulesOfBus(account, region, bus.name).length >= (RULES_PER_BUS[region] ?? DEFAULT_RULES_PER_BUS)) {
        throw limitExceeded('The requested resource exceeds the maximum number allowed.');
      }
      const now = service.clock.now();
      const rule: RuleRow = {
        account,
        region,
        bus: bus.name,
        name: input.Name,
        arn: service.ruleArn(account, region, bus.name, input.Name),
        eventPattern: input.EventPattern ?? null,
        schedule: input.ScheduleExpression ?? null,
        state: input.State ?? 'ENABLED',
        document: { Description: input.Description, RoleArn: input.RoleArn, CreatedBy: account },
        // Tags are given when a rule is made; putting it again keeps them.
        tags: existing ? existing.tags : tagMap(input.Tags),
        createdAt: existing?.createdAt ?? now,
        // A schedule counts its periods from when it was put (again only if it changed).
        scheduleAnchor: existing && existing.schedule === (input.ScheduleExpression ?? null) ? existing.scheduleAnchor : now,
      };
      state.putRule(rule);
      service.rulesChanged(account, region, bus.name);
      schedules.arm(rule);
      return { RuleArn: rule.arn };
    },

    DescribeRule(input, context) {
      const rule = service.requireRule(context.accountId, context.region, input.EventBusName, input.Name);
      return { ...describeRule(rule), CreatedBy: rule.document.CreatedBy };
    },

    ListRules(input, context) {
      const bus = service.requireOwnBus(context.accountId, context.region, input.EventBusName);
      const rules = state.rulesOfBus(bus.account, bus.region, bus.name).filter((rule) => !input.NamePrefix || rule.name.startsWith(input.NamePrefix));
      const page = pageAfterKey(rules, (rule) => rule.name, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return { Rules: page.items.map(describeRule), NextToken: page.nextToken };
    },

    EnableRule(input, context) {
      setState(input, context.accountId, context.region, true);
    },

    DisableRule(input, context) {
      setState(input, context.accountId, context.region, false);
    },

    DeleteRule(input, context) {
      const bus = service.requireOwnBus(context.accountId, context.region, input.EventBusName);
      const rule = state.rule(bus.account, bus.region, bus.name, input.Name);
      // Deleting a rule that is not there succeeds, as on AWS.
      if (!rule) return;
      const ref = service.ruleRef(rule);
      if (rule.document.ManagedBy) {
        if (!input.Force) throw managedRule(rule.name);
        service.engine.forgetRule(ref);
      } else if (service.engine.targetCount(ref) > 0) {
        throw validation("Rule can't be deleted since it has targets.");
      }
      schedules.disarm(rule.arn);
      state.deleteRule(rule.arn);
      service.rulesChanged(rule.account, rule.region, rule.bus);
    },

    ListRuleNamesByTarget(input, context) {
      const bus = service.requireOwnBus(context.accountId, context.region, input.EventBusName);
      const names = service.engine.ruleNamesByTarget(bus.account, bus.region, bus.name, input.TargetArn);
      const page = pageAfterKey(names, (name) => name, input.Limit ?? 100, input.NextToken, invalidNextToken);
      return { RuleNames: page.items, NextToken: page.nextToken };
    },

    TestEventPattern(input) {
      const pattern = compileEventPattern(input.EventPattern);
      let event: unknown;
      try {
        event = JSON.parse(input.Event);
      } catch {
        throw validation('Parameter Event is not valid.');
      }
      if (event === null || typeof event !== 'object' || Array.isArray(event)) throw validation('Parameter Event is not valid.');
      for (const field of REQUIRED_EVENT_FIELDS) {
        if (!(field in event)) throw validation('Parameter Event is not valid.');
      }
      return { Result: pattern.matches(event) };
    },
  };
}
