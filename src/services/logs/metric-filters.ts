import { WorkSlices } from '../../core/work-slices.js';
import { pageAfterKey } from '../../core/pagination.js';
import type * as Logs from '../../generated/logs.js';
import type { ServiceMetricData, ServiceMetricDatum, StandardUnit } from '../cloudwatch/api.js';
import { compileFilterPattern, compileRequestPattern, resolveFieldReference, type MatchResult } from './filter-pattern.js';
import { invalidOperation, invalidParameter, invalidToken, limitExceeded, notFound } from './errors.js';
import type { LogsService } from './service.js';
import type { MetricFilterRow, NewEvent } from './state.js';

/**
 * Metric filters turn matching events into metric data points as they are
 * ingested (never retroactively): the metric value is a number or a field
 * the pattern extracted ($name, $.path); dimensions (up to three) name
 * fields too; a default value is reported when a batch has no match.
 */

export interface Transformation {
  metricName: string;
  metricNamespace: string;
  metricValue: string;
  defaultValue?: number;
  dimensions?: Record<string, string>;
  unit?: StandardUnit;
}

const FIELD_REFERENCE = /^\$(\.[^\s]+|[A-Za-z_][A-Za-z0-9_]*)$/;

/** PutMetricFilter's checks of a transformation against its pattern. */
export function checkTransformation(transformation: Transformation, patternKind: string): void {
  const value = transformation.metricValue;
  const isNumber = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value.trim());
  if (!isNumber && !FIELD_REFERENCE.test(value)) throw invalidParameter(`Invalid metric value: ${value}`);
  if (!isNumber && value.startsWith('$.') && patternKind !== 'json') throw invalidParameter(`Invalid metric value: ${value}. A JSON selector needs a JSON filter pattern.`);
  if (!isNumber && !value.startsWith('$.') && patternKind !== 'delimited') throw invalidParameter(`Invalid metric value: ${value}. A field name needs a space-delimited filter pattern.`);
  const dimensions = Object.entries(transformation.dimensions ?? {});
  if (dimensions.length > 3) throw invalidParameter('A metric filter can have at most 3 dimensions.');
  if (dimensions.length && transformation.defaultValue !== undefined) throw invalidParameter('A metric filter cannot have both dimensions and a default value.');
  for (const [name, reference] of dimensions) {
    if (!FIELD_REFERENCE.test(reference)) throw invalidParameter(`Invalid dimension value for ${name}: ${reference}. Dimension values must be fields of the filter pattern.`);
  }
}

/** The data points the filters produce for a batch of accepted events. */
/** A batch meets up to 100 filters: the work yields to the event loop in slices (see WorkSlices) instead of holding it for the whole batch. */
export async function metricDataFor(filters: MetricFilterRow[], events: NewEvent[], account: string, region: string): Promise<ServiceMetricData[]> {
  const slices = new WorkSlices();
  const byNamespace = new Map<string, ServiceMetricDatum[]>();
  const add = (namespace: string, datum: ServiceMetricDatum) => {
    const list = byNamespace.get(namespace);
    if (list) list.push(datum);
    else byNamespace.set(namespace, [datum]);
  };
  for (const filter of filters) {
    let pattern;
    try {
      pattern = compileFilterPattern(filter.pattern);
    } catch {
      continue;
    }
    for (const transformation of filter.transformations as unknown as Transformation[]) {
      // Matches are gathered per metric identity and minute: one datum with Values/Counts each.
      const groups = new Map<string, { timestamp: number; dimensions: Array<{ name: string; value: string }>; values: Map<number, number> }>();
      let matches = 0;
      for (const event of events) {
        if (slices.due()) await slices.pause();
        const result: MatchResult = pattern.test(event.message);
        if (!result.matched) continue;
        const raw = resolveFieldReference(transformation.metricValue, result);
        const value = raw === undefined ? Number.NaN : Number(raw);
        if (!Number.isFinite(value)) continue;
        const dimensions: Array<{ name: string; value: string }> = [];
        let complete = true;
        for (const [name, reference] of Object.entries(transformation.dimensions ?? {})) {
          const dimensionValue = resolveFieldReference(reference, result);
          if (dimensionValue === undefined || dimensionValue === '') complete = false;
          else dimensions.push({ name, value: dimensionValue });
        }
        if (!complete) continue;
        matches++;
        const minute = Math.floor(event.timestamp / 60_000) * 60_000;
        const key = `${minute}|${JSON.stringify(dimensions)}`;
        let group = groups.get(key);
        if (!group) {
          group = { timestamp: event.timestamp, dimensions, values: new Map() };
          groups.set(key, group);
        }
        group.values.set(value, (group.values.get(value) ?? 0) + 1);
      }
      for (const group of groups.values()) {
        add(transformation.metricNamespace, {
          metricName: transformation.metricName,
          dimensions: group.dimensions.length ? group.dimensions : undefined,
          values: [...group.values.keys()],
          counts: [...group.values.values()],
          unit: transformation.unit,
          timestamp: group.timestamp,
        });
      }
      if (matches === 0 && transformation.defaultValue !== undefined && events.length) {
        add(transformation.metricNamespace, {
          metricName: transformation.metricName,
          value: transformation.defaultValue,
          unit: transformation.unit,
          timestamp: events[events.length - 1].timestamp,
        });
      }
    }
  }
  return [...byNamespace].map(([namespace, metricData]) => ({ account, region, namespace, metricData }));
}

const MAX_METRIC_FILTERS = 100;

/** Metric filters: put, describe (one group's or the region's), delete and test. */
export function metricFilterOperations(service: LogsService): Partial<Logs.LogsOperations> {
  const { state } = service;
  return {
    PutMetricFilter(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      if (group.groupClass === 'INFREQUENT_ACCESS') throw invalidOperation('Metric filters are not supported for log groups of the INFREQUENT_ACCESS class.');
      const pattern = compileRequestPattern(input.filterPattern);
      for (const transformation of input.metricTransformations) checkTransformation(transformation as Transformation, pattern.kind);
      const existing = state.metricFilters(group.id);
      const current = existing.find((f) => f.name === input.filterName);
      if (!current && existing.length >= MAX_METRIC_FILTERS) throw limitExceeded();
      service.checkRegexQuota(group, pattern, { metric: input.filterName });
      state.putMetricFilter({
        groupId: group.id,
        name: input.filterName,
        pattern: input.filterPattern,
        transformations: input.metricTransformations as unknown as Array<Record<string, unknown>>,
        createdAt: current?.createdAt ?? service.clock.now(),
        applyOnTransformedLogs: input.applyOnTransformedLogs ?? false,
      });
    },

    DescribeMetricFilters(input, context) {
      if ((input.metricName === undefined) !== (input.metricNamespace === undefined)) {
        throw invalidParameter('metricName and metricNamespace must be specified together.');
      }
      if (input.filterNamePrefix && !input.logGroupName) throw invalidParameter('logGroupName is required when filterNamePrefix is specified.');
      let filters = input.logGroupName
        ? state.metricFilters(service.requireGroup(context, input.logGroupName).id).map((f) => ({ ...f, groupName: input.logGroupName! }))
        : state.allMetricFilters(context.accountId, context.region);
      filters = filters.filter((f) => {
        if (input.filterNamePrefix && !f.name.startsWith(input.filterNamePrefix)) return false;
        if (input.metricName) {
          return (f.transformations as unknown as Transformation[]).some((t) => t.metricName === input.metricName && t.metricNamespace === input.metricNamespace);
        }
        return true;
      });
      const result = pageAfterKey(filters, (f) => `${f.groupName}\u0000${f.name}`, input.limit ?? 50, input.nextToken, invalidToken);
      return {
        metricFilters: result.items.map((f) => ({
          filterName: f.name,
          filterPattern: f.pattern,
          metricTransformations: f.transformations as unknown as Logs.MetricTransformation[],
          creationTime: f.createdAt,
          logGroupName: f.groupName,
          applyOnTransformedLogs: f.applyOnTransformedLogs,
        })),
        nextToken: result.nextToken,
      };
    },

    DeleteMetricFilter(input, context) {
      const group = service.requireGroup(context, input.logGroupName);
      if (!state.deleteMetricFilter(group.id, input.filterName)) throw notFound('The specified metric filter does not exist.');
    },

    TestMetricFilter(input) {
      const pattern = compileRequestPattern(input.filterPattern);
      const matches: Logs.MetricFilterMatchRecord[] = [];
      input.logEventMessages.forEach((message, index) => {
        const result = pattern.test(message);
        if (result.matched) matches.push({ eventNumber: index + 1, eventMessage: message, extractedValues: result.fields });
      });
      return { matches };
    },
  };
}
