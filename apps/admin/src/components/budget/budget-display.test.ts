import { describe, expect, it } from 'vitest';
import type { SubsidyBudgetDto } from '@/api/types';
import { budgetExportColumns, progressWidth } from './budget-display';

describe('budget display', () => {
  it('should cap the bar at 100 % and never go below 0', () => {
    expect(progressWidth(81.5)).toBe(81.5);
    expect(progressWidth(130)).toBe(100);
    expect(progressWidth(-1)).toBe(0);
  });

  it('should export amounts as yuan numbers with translated source, alert and hard stop', () => {
    const line: SubsidyBudgetDto = {
      regionCode: '530112',
      month: '2026-11',
      source: 'CITY',
      budgetFen: 1_000_000,
      spentFen: 812_345,
      percentUsed: 81.2,
      alert: 'WARN_80',
      hardStop: true,
    };
    const columns = budgetExportColumns((key) => `<${key}>`, (code) => (code === '530112' ? '西山区' : code));
    expect(columns.map((column) => column.value(line))).toEqual([
      '西山区',
      '530112',
      '2026-11',
      '<fundingSources.CITY>',
      10_000,
      8123.45,
      1876.55,
      81.2,
      '<budgetAlerts.WARN_80>',
      '<common.yes>',
    ]);
  });
});
