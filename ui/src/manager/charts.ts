// Loaded on demand by the numbers view, so ECharts is fetched only by managers who open it.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { DayScore, Tally } from './types';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** Something drawn that must be let go when the view goes. */
export interface Drawn { dispose(): void }

export function bars(host: HTMLElement, title: string, tallies: readonly Tally[]): Drawn {
  const chart = echarts.init(host);
  chart.setOption({
    title: { text: title, textStyle: { fontSize: 14 } }, tooltip: {}, grid: { left: 40, right: 10, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: tallies.map((x) => x.key), axisLabel: { interval: 0, rotate: tallies.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 }, series: [{ type: 'bar', data: tallies.map((x) => x.count) }],
  });
  return chart;
}

export function pie(host: HTMLElement, title: string, tallies: readonly Tally[]): Drawn {
  const chart = echarts.init(host);
  chart.setOption({
    title: { text: title, textStyle: { fontSize: 14 } }, tooltip: {}, legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: tallies.map((x) => ({ name: x.key, value: x.count })) }],
  });
  return chart;
}

/** Cases per day as bars and, on a second axis, the day's average satisfaction as a line. */
export function trend(host: HTMLElement, title: string, days: readonly Tally[], csat: readonly Pick<DayScore, 'day' | 'average'>[], labels: [string, string]): Drawn {
  const chart = echarts.init(host);
  const average = new Map(csat.map((c) => [c.day, c.average]));
  const count = new Map(days.map((d) => [d.key, d.count]));
  const axis = [...new Set([...count.keys(), ...average.keys()])].sort();
  chart.setOption({
    title: { text: title, textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 40, right: 40, top: 40, bottom: 50 },
    xAxis: { type: 'category', data: axis },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 1, max: 5 }],
    series: [
      { name: labels[0], type: 'bar', data: axis.map((d) => count.get(d) ?? 0) },
      { name: labels[1], type: 'line', yAxisIndex: 1, connectNulls: true, data: axis.map((d) => average.get(d) ?? null) },
    ],
  });
  return chart;
}
