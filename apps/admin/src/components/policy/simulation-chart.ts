import { formatYuan } from '@canteen/shared';
import type { ComparisonChartOption } from '@/components/elder-stats/echarts';

/** One bar pair of a comparison: what was granted and what the simulated version would grant. */
export interface ComparisonRow {
  key: string;
  label: string;
  actualFen: number;
  simulatedFen: number;
  actualOrders: number | null;
  simulatedOrders: number | null;
}

interface Part {
  subsidyFen: number;
  orders?: number;
}

/**
 * Sets two breakdowns side by side by key, in the order they first appear (actual first, then keys only
 * the simulation has): a tier the new version drops still shows, with 0 simulated.
 */
export function comparisonRows<T extends Part>(
  actual: readonly T[],
  simulated: readonly T[],
  keyOf: (part: T) => string,
  labelOf: (part: T) => string,
): ComparisonRow[] {
  const rows = new Map<string, ComparisonRow>();
  const rowFor = (part: T): ComparisonRow => {
    const key = keyOf(part);
    let row = rows.get(key);
    if (!row) {
      row = { key, label: labelOf(part), actualFen: 0, simulatedFen: 0, actualOrders: null, simulatedOrders: null };
      rows.set(key, row);
    }
    return row;
  };
  for (const part of actual) {
    const row = rowFor(part);
    row.actualFen += part.subsidyFen;
    if (part.orders !== undefined) row.actualOrders = (row.actualOrders ?? 0) + part.orders;
  }
  for (const part of simulated) {
    const row = rowFor(part);
    row.simulatedFen += part.subsidyFen;
    if (part.orders !== undefined) row.simulatedOrders = (row.simulatedOrders ?? 0) + part.orders;
  }
  return [...rows.values()];
}

const ACTUAL_COLOUR = '#94a3b8';
const SIMULATED_COLOUR = '#c2410c';

/** Yuan as a plain number for the axis (ECharts needs numbers); labels show two decimals. */
function yuanValue(fen: number): number {
  return Number(formatYuan(fen));
}

/**
 * Horizontal bars, actual and simulated side by side per row, in yuan; the first row at the top as in
 * the table beside it. `names` are the two series' translated names.
 */
export function comparisonChartOption(rows: readonly ComparisonRow[], names: { actual: string; simulated: string }): ComparisonChartOption {
  const reversed = [...rows].reverse();
  const series = (name: string, colour: string, pick: (row: ComparisonRow) => number) => ({
    type: 'bar' as const,
    name,
    data: reversed.map((row) => yuanValue(pick(row))),
    itemStyle: { color: colour },
    barMaxWidth: 18,
    label: { show: true, position: 'right' as const, formatter: (params: { value: unknown }) => Number(params.value).toFixed(2) },
  });
  return {
    grid: { left: 8, right: 72, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [names.actual, names.simulated] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    // Each bar carries its amount: axis numbers would only crowd a narrow chart.
    xAxis: { type: 'value', axisLabel: { show: false } },
    yAxis: {
      type: 'category',
      data: reversed.map((row) => row.label),
      axisTick: { show: false },
      axisLabel: { interval: 0, width: 110, overflow: 'break' },
    },
    series: [series(names.actual, ACTUAL_COLOUR, (row) => row.actualFen), series(names.simulated, SIMULATED_COLOUR, (row) => row.simulatedFen)],
  };
}

/** Room for two bars and a label per row, with a floor for short lists. */
export function comparisonChartHeight(rowCount: number): number {
  return Math.max(180, rowCount * 52 + 48);
}
