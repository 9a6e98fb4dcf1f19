import { WorkSlices } from '../../core/work-slices.js';
import type * as Cw from '../../generated/cloudwatch.js';
import { invalidParameterValue, validationError } from './errors.js';
import { MathError } from './metric-math.js';
import { MAX_DATAPOINTS_PER_CALL, SearchSession } from './metric-queries.js';
import type { CloudWatchService } from './service.js';
import { parseWidget, renderChart, WidgetError, type ChartSeries } from './widget-image/chart.js';

/** GetMetricWidgetImage: a graph widget drawn as a PNG from the same metric queries GetMetricData runs. */
export function widgetImageOperations(service: CloudWatchService): Pick<Cw.CloudwatchOperations, 'GetMetricWidgetImage'> {
  const { clock, reader } = service;
  return {
    GetMetricWidgetImage(input, context) {
      const format = (input.OutputFormat ?? 'png').toLowerCase();
      if (format !== 'png') throw invalidParameterValue(`The value ${input.OutputFormat} for parameter OutputFormat is not supported; use png.`);
      const now = clock.now();
      let definition;
      try {
        definition = parseWidget(input.MetricWidget, now);
      } catch (error) {
        if (error instanceof WidgetError) throw validationError(error.message);
        throw error;
      }
      const widget = definition;
      // Sized like GetMetricData (a graph draws at most what one call returns, the newest part of its range) and run in slices.
      const draw = async () => {
        const session = new SearchSession();
        const slices = new WorkSlices();
        const pause = () => slices.pause();
        await reader.prefetchSearches(context.accountId, context.region, widget.queries, now, session, pause);
        const plan = reader.plan(context.accountId, context.region, widget.queries, widget.start, widget.end, now, { returnCap: MAX_DATAPOINTS_PER_CALL, newestFirst: true, session });
        const { results } = await reader.runQueriesInSlices(context.accountId, context.region, widget.queries, plan.start, plan.end, now, pause, session);
        const series: ChartSeries[] = results
          .filter((r) => r.returnData)
          .map((r) => ({ label: r.label, color: widget.colors.get(r.id), points: [...r.series.points].filter(([t]) => t >= widget.start - r.series.period * 1000 && t < widget.end) }));
        return { MetricWidgetImage: renderChart(widget, series) };
      };
      return draw().catch((error: unknown) => {
        throw error instanceof MathError ? validationError(error.message) : error;
      });
    },
  };
}
