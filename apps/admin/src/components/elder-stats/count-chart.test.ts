import { describe, expect, it } from 'vitest';
import { chartHeight, countChartOption } from './count-chart';

const rows = [
  { key: '530112001', label: '金碧街道', count: 33, drillable: true },
  { key: '530112002', label: '永昌街道', count: 19, drillable: false },
];

describe('countChartOption', () => {
  it('should draw horizontal bars top-down in the order of the table, darker where a click drills down', () => {
    const option = countChartOption(rows, true);
    const yAxis = option.yAxis as { data: string[]; axisLabel: { interval: number } };
    const series = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]!;

    // ECharts draws the first category at the bottom: the data is reversed so 金碧 is on top.
    expect(yAxis.data).toEqual(['永昌街道', '金碧街道']);
    expect(series.data.map((bar) => bar.value)).toEqual([19, 33]);
    expect(series.data[1]!.itemStyle.color).not.toBe(series.data[0]!.itemStyle.color);
    expect(yAxis.axisLabel.interval).toBe(0);
  });

  it('should give each horizontal bar room, with a floor for short lists', () => {
    expect(chartHeight(15, true)).toBe(480);
    expect(chartHeight(1, true)).toBe(160);
  });
});
