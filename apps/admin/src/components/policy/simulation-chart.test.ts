import { describe, expect, it } from 'vitest';
import { comparisonChartHeight, comparisonChartOption, comparisonRows } from './simulation-chart';

describe('comparisonRows', () => {
  it('should pair actual and simulated by key, keeping tiers that only one side has', () => {
    const rows = comparisonRows(
      [
        { tierCode: 'AGE_80', orders: 10, subsidyFen: 5000 },
        { tierCode: null, orders: 4, subsidyFen: 0 },
      ],
      [
        { tierCode: 'AGE_80', orders: 10, subsidyFen: 6000 },
        { tierCode: 'TEKUN', orders: 2, subsidyFen: 2400 },
      ],
      (part) => part.tierCode ?? '',
      (part) => part.tierCode ?? '无档位',
    );
    expect(rows).toEqual([
      { key: 'AGE_80', label: 'AGE_80', actualFen: 5000, simulatedFen: 6000, actualOrders: 10, simulatedOrders: 10 },
      { key: '', label: '无档位', actualFen: 0, simulatedFen: 0, actualOrders: 4, simulatedOrders: null },
      { key: 'TEKUN', label: 'TEKUN', actualFen: 0, simulatedFen: 2400, actualOrders: null, simulatedOrders: 2 },
    ]);
  });

  it('should leave order counts empty for breakdowns that have none (funding sources)', () => {
    const rows = comparisonRows([{ source: 'CITY', subsidyFen: 100 }], [{ source: 'CITY', subsidyFen: 150 }], (part) => part.source, (part) => part.source);
    expect(rows[0]).toMatchObject({ actualOrders: null, simulatedOrders: null, actualFen: 100, simulatedFen: 150 });
  });
});

describe('comparisonChartOption', () => {
  it('should draw actual and simulated side by side in yuan, first row on top', () => {
    const option = comparisonChartOption(
      [
        { key: 'a', label: '金碧食堂', actualFen: 12_345, simulatedFen: 15_000, actualOrders: 3, simulatedOrders: 3 },
        { key: 'b', label: '马街食堂', actualFen: 100, simulatedFen: 0, actualOrders: 1, simulatedOrders: 1 },
      ],
      { actual: '实际', simulated: '模拟' },
    );
    const series = option.series as { name: string; data: number[] }[];
    expect((option.yAxis as { data: string[] }).data).toEqual(['马街食堂', '金碧食堂']);
    expect(series.map((entry) => entry.name)).toEqual(['实际', '模拟']);
    expect(series[0]!.data).toEqual([1, 123.45]);
    expect(series[1]!.data).toEqual([0, 150]);
  });

  it('should give each row room for its two bars', () => {
    expect(comparisonChartHeight(10)).toBe(568);
    expect(comparisonChartHeight(1)).toBe(180);
  });
});
