import { budgetAlertOf, percentUsedOf } from './subsidy.mapper.js';

describe('budget alerts', () => {
  it.each([
    [10_000, 0, 0, 'OK'],
    [10_000, 7_999, 79.9, 'OK'],
    [10_000, 8_000, 80, 'WARN_80'],
    [10_000, 9_999, 99.9, 'WARN_80'],
    [10_000, 10_000, 100, 'OVER_100'],
    [10_000, 12_345, 123.4, 'OVER_100'],
    [3, 2, 66.6, 'OK'],
    [0, 0, 100, 'OVER_100'],
  ])('should rate %i fen budget with %i spent as %d %% and %s', (budgetFen, spentFen, percent, alert) => {
    expect(percentUsedOf(budgetFen, spentFen)).toBe(percent);
    expect(budgetAlertOf(budgetFen, spentFen)).toBe(alert);
  });
});
