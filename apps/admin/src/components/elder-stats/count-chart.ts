import type { CountChartOption } from './echarts';

export interface CountRow {
  key: string;
  label: string;
  count: number;
  /** A bar the user can click to see inside it (a region with sub-regions). */
  drillable?: boolean;
}

const BRAND = '#c2410c';
const BRAND_LIGHT = '#fb923c';

/**
 * A bar chart of counts. Horizontal bars read best for long Chinese labels (categories, streets); the
 * first row is drawn at the top, as in the table beside it.
 */
export function countChartOption(rows: readonly CountRow[], horizontal: boolean): CountChartOption {
  const labels = rows.map((row) => row.label);
  const data = rows.map((row) => ({ value: row.count, itemStyle: { color: row.drillable ? BRAND : BRAND_LIGHT } }));
  const valueAxis = { type: 'value' as const, minInterval: 1 };
  // Every label shown: a skipped age band or street would hide which bar is which.
  const axisLabel = { interval: 0, width: horizontal ? 120 : 72, overflow: 'break' as const };
  const categoryAxis = {
    type: 'category' as const,
    data: horizontal ? [...labels].reverse() : labels,
    axisTick: { show: false },
    axisLabel,
  };
  return {
    grid: { left: 8, right: 32, top: 12, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        data: horizontal ? [...data].reverse() : data,
        barMaxWidth: 28,
        label: { show: true, position: horizontal ? 'right' : 'top' },
        cursor: 'pointer',
      },
    ],
  };
}

/** Chart height that gives each horizontal bar room for its label. */
export function chartHeight(rowCount: number, horizontal: boolean): number {
  return horizontal ? Math.max(160, rowCount * 30 + 30) : 260;
}
