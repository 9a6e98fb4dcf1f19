import type * as Cw from '../../../generated/cloudwatch.js';
import { encodePng } from './png.js';
import { Raster, type Rgb } from './raster.js';

/**
 * GetMetricWidgetImage: a widget definition (the JSON of a dashboard's metric
 * widget) becomes metric data queries, and their series a line chart in PNG:
 * title, horizontal grid with value labels, time labels, one coloured line per
 * series and a legend.
 */

export class WidgetError extends Error {}

export interface WidgetDefinition {
  queries: Cw.MetricDataQuery[];
  start: number;
  end: number;
  width: number;
  height: number;
  title?: string;
  yMin?: number;
  yMax?: number;
  legend: boolean;
  colors: Map<string, string>;
}

export interface ChartSeries {
  label: string;
  color?: string;
  points: Array<[number, number]>;
}

const PALETTE: Rgb[] = [
  [31, 119, 180],
  [255, 127, 14],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
  [140, 86, 75],
  [227, 119, 194],
  [127, 127, 127],
  [188, 189, 34],
  [23, 190, 207],
];

export function paletteColor(index: number): Rgb {
  return PALETTE[index % PALETTE.length];
}

/** ISO 8601 durations (-PT3H, P1D, -P1W) relative to now, or absolute times. */
export function widgetTime(value: unknown, now: number, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value !== 'string') throw new WidgetError('start and end must be ISO 8601 times or durations');
  const match = /^(-)?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (match) {
    const [, minus, weeks, days, hours, minutes, seconds] = match;
    const ms = (Number(weeks ?? 0) * 7 * 86400 + Number(days ?? 0) * 86400 + Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)) * 1000;
    return now + (minus ? -ms : ms);
  }
  const parsed = Date.parse(value);
  if (!Number.isFinite(parsed)) throw new WidgetError(`${value} is not an ISO 8601 time or duration`);
  return parsed;
}

export function parseWidget(text: string, now: number): WidgetDefinition {
  let widget: Record<string, unknown>;
  try {
    widget = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new WidgetError('The MetricWidget is not valid JSON.');
  }
  if (typeof widget !== 'object' || widget === null || Array.isArray(widget)) throw new WidgetError('The MetricWidget must be a JSON object.');
  const rows = widget.metrics;
  if (!Array.isArray(rows) || !rows.length) throw new WidgetError('The MetricWidget must have a non-empty "metrics" array.');
  // A graph holds at most 500 metrics and expressions, as a GetMetricData call does.
  if (rows.length > 500) throw new WidgetError('The MetricWidget must not have more than 500 metrics and expressions.');
  const defaultStat = typeof widget.stat === 'string' ? widget.stat : 'Average';
  const defaultPeriod = typeof widget.period === 'number' ? widget.period : 300;
  const queries: Cw.MetricDataQuery[] = [];
  const colors = new Map<string, string>();
  let previous: string[] = [];
  rows.forEach((row, index) => {
    if (!Array.isArray(row)) throw new WidgetError(`metrics[${index}] must be an array.`);
    const last = row[row.length - 1];
    const options = last && typeof last === 'object' && !Array.isArray(last) ? (last as Record<string, unknown>) : {};
    const parts = (options === last ? row.slice(0, -1) : row).map((part, i) => {
      if (typeof part !== 'string') throw new WidgetError(`metrics[${index}][${i}] must be a string.`);
      return part === '.' ? (previous[i] ?? '.') : part;
    });
    const id = typeof options.id === 'string' ? options.id : `m${index + 1}`;
    if (typeof options.color === 'string') colors.set(id, options.color);
    const visible = options.visible !== false;
    if (typeof options.expression === 'string') {
      queries.push({ Id: id, Expression: options.expression, Label: typeof options.label === 'string' ? options.label : undefined, ReturnData: visible, Period: typeof options.period === 'number' ? options.period : defaultPeriod });
      return;
    }
    if (parts.length < 2 || parts.length % 2 !== 0) throw new WidgetError(`metrics[${index}] must be [namespace, metricName, dimensionName, dimensionValue, ...].`);
    previous = parts;
    const dimensions: Cw.Dimension[] = [];
    for (let i = 2; i < parts.length; i += 2) dimensions.push({ Name: parts[i], Value: parts[i + 1] });
    queries.push({
      Id: id,
      Label: typeof options.label === 'string' ? options.label : undefined,
      ReturnData: visible,
      MetricStat: {
        Metric: { Namespace: parts[0], MetricName: parts[1], Dimensions: dimensions },
        Period: typeof options.period === 'number' ? options.period : defaultPeriod,
        Stat: typeof options.stat === 'string' ? options.stat : defaultStat,
      },
    });
  });
  const end = widgetTime(widget.end, now, now);
  const start = widgetTime(widget.start, now, now - 3 * 3600_000);
  if (start >= end) throw new WidgetError('The start of the MetricWidget must be before its end.');
  const size = (value: unknown, fallback: number) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 2000) throw new WidgetError('width and height must be integers from 1 to 2000.');
    return value;
  };
  const yAxis = (widget.yAxis as { left?: { min?: number; max?: number } } | undefined)?.left;
  return {
    queries,
    start,
    end,
    width: size(widget.width, 600),
    height: size(widget.height, 395),
    title: typeof widget.title === 'string' ? widget.title : undefined,
    yMin: typeof yAxis?.min === 'number' ? yAxis.min : undefined,
    yMax: typeof yAxis?.max === 'number' ? yAxis.max : undefined,
    legend: (widget.legend as { position?: string } | undefined)?.position !== 'hidden',
    colors,
  };
}

function parseColor(text: string | undefined): Rgb | undefined {
  const match = text ? /^#?([0-9a-f]{6})$/i.exec(text) : null;
  if (!match) return undefined;
  const n = parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function niceStep(range: number, ticks: number): number {
  const raw = range / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function formatValue(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9) return `${+(value / 1e9).toFixed(1)}G`;
  if (magnitude >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
  if (magnitude >= 1e4) return `${+(value / 1e3).toFixed(1)}K`;
  return String(+value.toFixed(2));
}

function formatTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

const AXIS: Rgb = [90, 90, 90];
const MAX_TICKS = 20;
const GRID: Rgb = [226, 226, 226];
const TEXT: Rgb = [40, 40, 40];

/** Draws the chart and encodes it as PNG. */
export function renderChart(definition: WidgetDefinition, series: ChartSeries[]): Buffer {
  const { width, height } = definition;
  const raster = new Raster(width, height);
  const top = definition.title ? 30 : 12;
  const legendRows = definition.legend && series.length ? Math.ceil(series.length / 3) : 0;
  const bottom = 24 + legendRows * 14;
  const left = 56;
  const right = 16;
  const plotWidth = Math.max(10, width - left - right);
  const plotHeight = Math.max(10, height - top - bottom);
  if (definition.title) raster.text(left, 8, definition.title.slice(0, Math.floor((width - left) / 12)), TEXT, 2);

  // A loop, not Math.min(...values): spreading 100,800 values overflows the stack.
  let smallest = Infinity;
  let largest = -Infinity;
  for (const s of series) {
    for (const [, v] of s.points) {
      if (!Number.isFinite(v)) continue;
      if (v < smallest) smallest = v;
      if (v > largest) largest = v;
    }
  }
  const any = smallest <= largest;
  let low = definition.yMin ?? (any ? smallest : 0);
  let high = definition.yMax ?? (any ? largest : 1);
  if (definition.yMin === undefined && low > 0 && low < high * 0.5) low = 0;
  if (high === low) {
    high += 1;
    low -= low === 0 ? 0 : 1;
  }
  const step = niceStep(high - low, 5);
  if (definition.yMin === undefined) low = Math.floor(low / step) * step;
  if (definition.yMax === undefined) high = Math.ceil(high / step) * step;
  const yOf = (v: number) => top + plotHeight - ((v - low) / (high - low)) * plotHeight;
  const xOf = (t: number) => left + ((t - definition.start) / (definition.end - definition.start)) * plotWidth;

  // Ticks by count: adding a step smaller than the values' precision (1e15 + 0.05) would never reach the top.
  const ticks = Number.isFinite(step) && step > 0 ? Math.min(MAX_TICKS, Math.floor((high - low) / step + 0.5)) : 0;
  for (let i = 0; i <= ticks; i++) {
    const v = low + i * step;
    const y = Math.round(yOf(v));
    raster.line(left, y, left + plotWidth, y, GRID);
    const label = formatValue(v);
    raster.text(left - 6 - Raster.textWidth(label), y - 3, label, TEXT);
  }
  raster.line(left, top, left, top + plotHeight, AXIS);
  raster.line(left, top + plotHeight, left + plotWidth, top + plotHeight, AXIS);
  for (let i = 0; i <= 4; i++) {
    const t = definition.start + ((definition.end - definition.start) * i) / 4;
    const x = Math.round(xOf(t));
    raster.line(x, top + plotHeight, x, top + plotHeight + 3, AXIS);
    const label = formatTime(t);
    raster.text(Math.min(width - Raster.textWidth(label) - 2, Math.max(0, x - Raster.textWidth(label) / 2)), top + plotHeight + 7, label, TEXT);
  }

  series.forEach((s, index) => {
    const color = parseColor(s.color) ?? paletteColor(index);
    const points = [...s.points].filter(([, v]) => Number.isFinite(v)).sort((a, b) => a[0] - b[0]);
    const clampY = (v: number) => Math.min(top + plotHeight, Math.max(top, yOf(v)));
    if (points.length === 1) raster.fill(Math.round(xOf(points[0][0])) - 2, Math.round(clampY(points[0][1])) - 2, 5, 5, color);
    for (let i = 1; i < points.length; i++) {
      raster.line(xOf(points[i - 1][0]), clampY(points[i - 1][1]), xOf(points[i][0]), clampY(points[i][1]), color, 2);
    }
    if (definition.legend) {
      const column = index % 3;
      const row = Math.floor(index / 3);
      const x = left + column * Math.floor(plotWidth / 3);
      const y = top + plotHeight + 22 + row * 14;
      raster.fill(x, y, 8, 8, color);
      raster.text(x + 12, y + 1, s.label.slice(0, Math.max(1, Math.floor(plotWidth / 3 / 6) - 3)), TEXT);
    }
  });
  return encodePng(width, height, raster.pixels);
}
