import { WorkSlices } from '../../core/work-slices.js';
import type { ServiceMetricData, ServiceMetricDatum, StandardUnit } from '../cloudwatch/api.js';
import { compileFilterPattern, resolveFieldReference, type MatchResult } from './filter-pattern.js';
import { invalidParameter } from './errors.js';
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
