import type { EChartsOption } from "echarts";

import { formatPercent } from "./format";

export type ChartOption = EChartsOption;

/** A slice of a share: what it counts, its label, its colour. */
export type Part = { label: string; color: string };

/** A donut of the shares of a whole; null when there is nothing to share. */
export function donutOption(slices: (Part & { count: number; percent: number })[], language: string): ChartOption | null {
  if (slices.every((slice) => slice.count === 0)) return null;
  return {
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const { name, value, dataIndex } = params as { name: string; value: number; dataIndex: number };
        return `${name}: ${value} (${formatPercent(slices[dataIndex].percent, language)})`;
      },
    },
    legend: { bottom: 0, type: "scroll" },
    series: [
      {
        type: "pie",
        radius: ["45%", "70%"],
        center: ["50%", "45%"],
        avoidLabelOverlap: true,
        label: { formatter: (params) => formatPercent(slices[params.dataIndex].percent, language) },
        // an empty slice keeps its legend entry but no label, which would only pile up on its neighbours
        data: slices.map((slice) => ({
          name: slice.label,
          value: slice.count,
          itemStyle: { color: slice.color },
          ...(slice.count === 0 ? { label: { show: false }, labelLine: { show: false } } : {}),
        })),
      },
    ],
  };
}

/**
 * Stacked horizontal bars, one bar per category (a unit, a channel), one segment per part; categories with nothing
 * counted are left out so that fifty units stay readable. Null when nothing is left.
 */
export function stackedBarsOption(categories: { name: string; counts: number[] }[], parts: Part[]): ChartOption | null {
  const shown = categories.filter((category) => category.counts.some((count) => count > 0));
  if (shown.length === 0) return null;
  // ECharts draws the first category at the bottom of a vertical axis: reversed, the chart reads like the table
  const ordered = [...shown].reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { bottom: 0, type: "scroll" },
    grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: ordered.map((category) => category.name), axisLabel: { width: 220, overflow: "truncate" } },
    series: parts.map((part, index) => ({
      type: "bar",
      name: part.label,
      stack: "total",
      itemStyle: { color: part.color },
      data: ordered.map((category) => category.counts[index]),
    })),
  };
}

/** The height a bar chart needs for `count` bars: at least the donut's beside it, at most a screen and a half. */
export function barsHeight(count: number): number {
  return Math.min(Math.max(280, 60 + count * 28), 1400);
}

/** PAKN reported per week (the week's Monday, dd/MM on the axis). Null when there were none. */
export function weeklyTrendOption(weeks: { weekStart: string; count: number }[], seriesName: string): ChartOption | null {
  if (weeks.every((week) => week.count === 0)) return null;
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: "category", boundaryGap: false, data: weeks.map((week) => `${week.weekStart.slice(8, 10)}/${week.weekStart.slice(5, 7)}`) },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "line", name: seriesName, smooth: true, areaStyle: { opacity: 0.15 }, data: weeks.map((week) => week.count) }],
  };
}
