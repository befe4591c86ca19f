// Loaded on demand by the numbers view, so ECharts is fetched only by managers who open it.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { DayScore, Tally } from './types';

// SVG: labels are text the browser lays out (and a test can measure), sharp at any zoom.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

const draw = (host: HTMLElement) => {
  const chart = echarts.init(host, null, { renderer: 'svg' });
  chart.setOption({ animation: false }); // figures, not a show: drawn at once, where they stay
  return chart;
};

/** Category labels never overlap: tilted when many, cut to a width with an ellipsis, and skipped if they still would. */
const categoryLabels = (count: number) => ({ interval: 0, rotate: count > 4 ? 35 : 0, width: count > 4 ? 90 : 110, overflow: 'truncate', hideOverlap: true });

/** Something drawn that must be let go when the view goes. */
export interface Drawn { dispose(): void }

export function bars(host: HTMLElement, title: string, tallies: readonly Tally[]): Drawn {
  const chart = draw(host);
  chart.setOption({
    title: { text: title, textStyle: { fontSize: 14 } }, tooltip: {}, grid: { left: 10, right: 10, top: 40, bottom: 10, containLabel: true },
    xAxis: { type: 'category', data: tallies.map((x) => x.key), axisLabel: categoryLabels(tallies.length) },
    yAxis: { type: 'value', minInterval: 1 }, series: [{ type: 'bar', data: tallies.map((x) => x.count) }],
  });
  return chart;
}

export function pie(host: HTMLElement, title: string, tallies: readonly Tally[]): Drawn {
  const chart = draw(host);
  chart.setOption({
    title: { text: title, textStyle: { fontSize: 14 } }, tooltip: {}, legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['30%', '55%'], center: ['50%', '50%'], avoidLabelOverlap: true, labelLayout: { hideOverlap: true },
      data: tallies.map((x) => ({ name: x.key, value: x.count })) }],
  });
  return chart;
}

/** Cases per day as bars and, on a second axis, the day's average satisfaction as a line. */
export function trend(host: HTMLElement, title: string, days: readonly Tally[], csat: readonly Pick<DayScore, 'day' | 'average'>[], labels: [string, string]): Drawn {
  const chart = draw(host);
  const average = new Map(csat.map((c) => [c.day, c.average]));
  const count = new Map(days.map((d) => [d.key, d.count]));
  const axis = [...new Set([...count.keys(), ...average.keys()])].sort();
  chart.setOption({
    title: { text: title, textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
    grid: { left: 10, right: 10, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: axis, axisLabel: { hideOverlap: true } },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 1, max: 5 }],
    series: [
      { name: labels[0], type: 'bar', data: axis.map((d) => count.get(d) ?? 0) },
      { name: labels[1], type: 'line', yAxisIndex: 1, connectNulls: true, data: axis.map((d) => average.get(d) ?? null) },
    ],
  });
  return chart;
}
