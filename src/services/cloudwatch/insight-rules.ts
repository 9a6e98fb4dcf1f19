import type { RequestContext } from '../../core/context.js';
import { AwsError } from '../../core/errors.js';
import { arn, parseArn } from '../../core/ids.js';
import { pageAfterKey } from '../../core/pagination.js';
import { WorkSlices } from '../../core/work-slices.js';
import type * as Cw from '../../generated/cloudwatch.js';
import type { LogsApi } from '../logs/api.js';
import { invalidNextToken, invalidParameterValue } from './errors.js';
import { contributionOf, parseRuleDefinition, ruleCoversGroup, type RuleDefinition } from './insight-rule-definition.js';
import type { CloudWatchService } from './service.js';

/**
 * Contributor Insights: rules over CloudWatch Logs log groups (PutInsightRule,
 * DescribeInsightRules, Enable/Disable/DeleteInsightRules with partial
 * failures), reports computed from the groups' events (GetInsightRuleReport),
 * and managed rules, which Nimbus has no resources to offer.
 */

type Operations = Pick<
  Cw.CloudwatchOperations,
  | 'PutInsightRule'
  | 'DescribeInsightRules'
  | 'EnableInsightRules'
  | 'DisableInsightRules'
  | 'DeleteInsightRules'
  | 'GetInsightRuleReport'
  | 'PutManagedInsightRules'
  | 'ListManagedInsightRules'
>;

/** Rules an account may have in a Region. */
export const MAX_INSIGHT_RULES = 100;
const DEFAULT_CONTRIBUTORS = 10;
const MAX_CONTRIBUTORS = 100;
const DEFAULT_PAGE = 500;
const REPORT_METRICS = ['UniqueContributors', 'MaxContributorValue', 'SampleCount', 'Sum', 'Minimum', 'Maximum', 'Average'];
/** Events read from Logs a slice at a time. */
const EVENT_SLICE = 1_000;

export interface InsightRuleDocument {
  Name: string;
  State: 'ENABLED' | 'DISABLED';
  Definition: string;
  ManagedRule: boolean;
  ApplyOnTransformedLogs: boolean;
  /** The times the rule was enabled, [from, to) by ingestion time; `to` null while it is. A rule sees only what arrives while enabled. */
  enabled: Array<[number, number | null]>;
}

export function insightRuleArn(context: { accountId: string; region: string }, name: string): string {
  return arn({ service: 'cloudwatch', region: context.region, account: context.accountId, resource: `insight-rule/${name}` });
}

const ruleNotFound = (name: string) => new AwsError('ResourceNotFoundException', `Rule ${name} does not exist.`, 404);

interface Bucket {
  contributors: Map<string, number>;
  count: number;
  sum: number;
  min: number;
  max: number;
}

export function insightRuleOperations(service: CloudWatchService): Operations {
  const { state, clock, runtime } = service;
  const load = (context: RequestContext, name: string) => state.resource<InsightRuleDocument>(context.accountId, context.region, 'insight-rule', name);
  const save = (context: RequestContext, rule: InsightRuleDocument) => state.putResource(context.accountId, context.region, 'insight-rule', rule.Name, rule);

  function setState(rule: InsightRuleDocument, next: 'ENABLED' | 'DISABLED', now: number): void {
    if (rule.State === next) return;
    rule.State = next;
    if (next === 'ENABLED') rule.enabled.push([now, null]);
    else {
      const open = rule.enabled[rule.enabled.length - 1];
      if (open && open[1] === null) open[1] = now;
    }
  }

  /** Applies a change to each named rule; a name without a rule is a partial failure, as AWS lists them. */
  function eachRule(context: RequestContext, names: string[], change: (rule: InsightRuleDocument) => void): { Failures: Cw.PartialFailure[] } {
    const failures: Cw.PartialFailure[] = [];
    for (const name of names) {
      const rule = load(context, name);
      if (!rule) {
        failures.push({ FailureResource: name, ExceptionType: 'ResourceNotFoundException', FailureCode: '404', FailureDescription: `Rule ${name} does not exist.` });
        continue;
      }
      change(rule);
    }
    return { Failures: failures };
  }

  return {
    PutInsightRule(input, context) {
      const ruleState = input.RuleState ?? 'ENABLED';
      if (ruleState !== 'ENABLED' && ruleState !== 'DISABLED') throw invalidParameterValue(`The value ${ruleState} for parameter RuleState is not valid. Valid values are: ENABLED, DISABLED.`);
      parseRuleDefinition(input.RuleDefinition);
      const now = clock.now();
      const existing = load(context, input.RuleName);
      if (existing?.ManagedRule) throw invalidParameterValue(`The rule ${input.RuleName} is a managed rule and cannot be changed with PutInsightRule.`);
      if (!existing && state.resourceCount(context.accountId, context.region, 'insight-rule') >= MAX_INSIGHT_RULES) {
        throw new AwsError('LimitExceededException', `The maximum number of Contributor Insights rules (${MAX_INSIGHT_RULES}) in this Region has been reached.`, 400);
      }
      const rule: InsightRuleDocument = existing ?? {
        Name: input.RuleName,
        State: 'DISABLED',
        Definition: input.RuleDefinition,
        ManagedRule: false,
        ApplyOnTransformedLogs: false,
        enabled: [],
      };
      rule.Definition = input.RuleDefinition;
      rule.ApplyOnTransformedLogs = input.ApplyOnTransformedLogs ?? false;
      setState(rule, ruleState, now);
      save(context, rule);
      if (!existing && input.Tags?.length) state.setTags(insightRuleArn(context, rule.Name), Object.fromEntries(input.Tags.map((t) => [t.Key, t.Value])));
      return {};
    },

    DescribeInsightRules(input, context) {
      const rules = state.resources<InsightRuleDocument>(context.accountId, context.region, 'insight-rule');
      const page = pageAfterKey(rules, (r) => r.Name, input.MaxResults ?? DEFAULT_PAGE, input.NextToken, invalidNextToken);
      return {
        InsightRules: page.items.map((r) => ({
          Name: r.Name,
          State: r.State,
          Schema: 'CloudWatchLogRule/1',
          Definition: r.Definition,
          ManagedRule: r.ManagedRule,
          ApplyOnTransformedLogs: r.ApplyOnTransformedLogs,
        })),
        NextToken: page.nextToken,
      };
    },

    EnableInsightRules(input, context) {
      const now = clock.now();
      return eachRule(context, input.RuleNames, (rule) => {
        setState(rule, 'ENABLED', now);
        save(context, rule);
      });
    },

    DisableInsightRules(input, context) {
      const now = clock.now();
      return eachRule(context, input.RuleNames, (rule) => {
        setState(rule, 'DISABLED', now);
        save(context, rule);
      });
    },

    DeleteInsightRules(input, context) {
      return eachRule(context, input.RuleNames, (rule) => {
        state.deleteResource(context.accountId, context.region, 'insight-rule', rule.Name);
        state.setTags(insightRuleArn(context, rule.Name), {});
      });
    },

    async GetInsightRuleReport(input, context) {
      const rule = load(context, input.RuleName);
      if (!rule) throw ruleNotFound(input.RuleName);
      const start = input.StartTime.getTime();
      const end = input.EndTime.getTime();
      if (start >= end) throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
      const maxContributors = input.MaxContributorCount ?? DEFAULT_CONTRIBUTORS;
      if (maxContributors < 1 || maxContributors > MAX_CONTRIBUTORS) throw invalidParameterValue(`The parameter MaxContributorCount must be between 1 and ${MAX_CONTRIBUTORS}.`);
      for (const metric of input.Metrics ?? []) {
        if (!REPORT_METRICS.includes(metric)) throw invalidParameterValue(`The value ${metric} for parameter Metrics is not valid. Valid values are: ${REPORT_METRICS.join(', ')}.`);
      }
      const orderBy = input.OrderBy ?? 'Sum';
      if (orderBy !== 'Sum' && orderBy !== 'Maximum') throw invalidParameterValue(`The value ${orderBy} for parameter OrderBy is not valid. Valid values are: Sum, Maximum.`);
      if (input.Period < 60 || input.Period % 60 !== 0) throw invalidParameterValue('The parameter Period must be a multiple of 60.');
      const definition = parseRuleDefinition(rule.Definition);
      const buckets = await collect(context, rule, definition, start, end, input.Period * 1000);
      return report(definition, buckets, maxContributors, orderBy, input.Metrics ?? []);
    },

    PutManagedInsightRules(input) {
      // Managed rules come with AWS resources' templates; Nimbus has none to offer.
      return {
        Failures: input.ManagedRules.map((rule) => ({
          FailureResource: rule.ResourceARN,
          ExceptionType: 'InvalidParameterValueException',
          FailureCode: '400',
          FailureDescription: `No managed rule template ${rule.TemplateName} exists for ${rule.ResourceARN}.`,
        })),
      };
    },

    ListManagedInsightRules(input) {
      if (!parseArn(input.ResourceARN)) throw invalidParameterValue(`The value ${input.ResourceARN} for parameter ResourceARN is not a valid ARN.`);
      return { ManagedRules: [] };
    },
  };

  /** The rule's contributions per period from the events of its log groups that arrived while it was enabled. */
  async function collect(context: RequestContext, rule: InsightRuleDocument, definition: RuleDefinition, start: number, end: number, periodMs: number): Promise<Map<number, Bucket>> {
    const buckets = new Map<number, Bucket>();
    const logs = await runtime.optionalApi<LogsApi>('logs');
    if (!logs || !rule.enabled.length) return buckets;
    const enabledAt = (t: number) => rule.enabled.some(([from, to]) => t >= from && (to === null || t < to));
    const alignedStart = Math.floor(start / periodMs) * periodMs;
    const groups = logs.logGroupNames({ account: context.accountId, region: context.region }).filter((name) => ruleCoversGroup(definition, name));
    const slices = new WorkSlices();
    for (const logGroupName of groups) {
      let after: { timestamp: number; seq: number } | undefined;
      for (;;) {
        const events = logs.readEvents({ account: context.accountId, region: context.region, logGroupName, start, end: end - 1, after, limit: EVENT_SLICE }) ?? [];
        for (const event of events) {
          if (!enabledAt(event.ingestedAt)) continue;
          const contribution = contributionOf(definition, event.message);
          if (!contribution) continue;
          const t = alignedStart + Math.floor((event.timestamp - alignedStart) / periodMs) * periodMs;
          let bucket = buckets.get(t);
          if (!bucket) {
            bucket = { contributors: new Map(), count: 0, sum: 0, min: Infinity, max: -Infinity };
            buckets.set(t, bucket);
          }
          const key = JSON.stringify(contribution.keys);
          bucket.contributors.set(key, (bucket.contributors.get(key) ?? 0) + contribution.value);
          bucket.count++;
          bucket.sum += contribution.value;
          bucket.min = Math.min(bucket.min, contribution.value);
          bucket.max = Math.max(bucket.max, contribution.value);
        }
        if (events.length < EVENT_SLICE) break;
        const last = events[events.length - 1];
        after = { timestamp: last.timestamp, seq: last.seq };
        if (slices.due()) await slices.pause();
      }
    }
    return buckets;
  }
}

/** The report: the top contributors by OrderBy, the totals, and the requested metrics per period. */
function report(definition: RuleDefinition, buckets: Map<number, Bucket>, maxContributors: number, orderBy: 'Sum' | 'Maximum', metrics: string[]): Cw.GetInsightRuleReportOutput {
  const times = [...buckets.keys()].sort((a, b) => a - b);
  const contributors = new Map<string, { total: number; max: number; points: Array<[number, number]> }>();
  for (const t of times) {
    for (const [key, value] of buckets.get(t)!.contributors) {
      let entry = contributors.get(key);
      if (!entry) {
        entry = { total: 0, max: -Infinity, points: [] };
        contributors.set(key, entry);
      }
      entry.total += value;
      entry.max = Math.max(entry.max, value);
      entry.points.push([t, value]);
    }
  }
  const ranked = [...contributors].sort((a, b) => (orderBy === 'Sum' ? b[1].total - a[1].total : b[1].max - a[1].max) || (a[0] < b[0] ? -1 : 1));
  const wanted = new Set(metrics);
  return {
    KeyLabels: definition.keys,
    AggregationStatistic: definition.aggregateOn,
    AggregateValue: [...contributors.values()].reduce((sum, c) => sum + c.total, 0),
    ApproximateUniqueCount: contributors.size,
    Contributors: ranked.slice(0, maxContributors).map(([key, c]) => ({
      Keys: JSON.parse(key) as string[],
      ApproximateAggregateValue: c.total,
      Datapoints: c.points.map(([t, value]) => ({ Timestamp: new Date(t), ApproximateValue: value })),
    })),
    MetricDatapoints: metrics.length
      ? times.map((t) => {
          const bucket = buckets.get(t)!;
          const point: Cw.InsightRuleMetricDatapoint = { Timestamp: new Date(t) };
          if (wanted.has('UniqueContributors')) point.UniqueContributors = bucket.contributors.size;
          if (wanted.has('MaxContributorValue')) point.MaxContributorValue = [...bucket.contributors.values()].reduce((a, b) => (b > a ? b : a), -Infinity);
          if (wanted.has('SampleCount')) point.SampleCount = bucket.count;
          if (wanted.has('Sum')) point.Sum = bucket.sum;
          if (wanted.has('Minimum')) point.Minimum = bucket.min;
          if (wanted.has('Maximum')) point.Maximum = bucket.max;
          if (wanted.has('Average')) point.Average = bucket.sum / bucket.count;
          return point;
        })
      : [],
  };
}
