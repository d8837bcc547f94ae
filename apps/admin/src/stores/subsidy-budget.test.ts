import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getSubsidyBudgetsApi, putSubsidyBudgetsApi } from '@/api/subsidy-budgets';
import type { SubsidyBudgetDto } from '@/api/types';
import { currentBudgetMonth, groupBudgets, useSubsidyBudgetStore } from './subsidy-budget';

vi.mock('@/api/subsidy-budgets', () => ({ getSubsidyBudgetsApi: vi.fn(), putSubsidyBudgetsApi: vi.fn() }));

function line(regionCode: string, source: SubsidyBudgetDto['source'], budgetFen: number, spentFen: number, overrides: Partial<SubsidyBudgetDto> = {}): SubsidyBudgetDto {
  const percentUsed = budgetFen === 0 ? 100 : Math.floor((spentFen * 1000) / budgetFen) / 10;
  const alert = spentFen >= budgetFen ? 'OVER_100' : percentUsed >= 80 ? 'WARN_80' : 'OK';
  return { regionCode, month: '2026-11', source, budgetFen, spentFen, percentUsed, alert, hardStop: false, ...overrides };
}

describe('groupBudgets', () => {
  it('should total each district, order its lines by funding source and carry its worst alert', () => {
    const [xishan, chenggong] = groupBudgets([
      line('530114', 'DISTRICT', 10_000, 1_000),
      line('530112', 'DISTRICT', 100_000, 85_000),
      line('530112', 'CITY', 50_000, 10_000, { hardStop: true }),
    ]);
    expect(xishan).toMatchObject({ regionCode: '530112', budgetFen: 150_000, spentFen: 95_000, alert: 'WARN_80', hardStop: true });
    expect(xishan?.lines.map((entry) => entry.source)).toEqual(['CITY', 'DISTRICT']);
    expect(chenggong).toMatchObject({ regionCode: '530114', alert: 'OK', hardStop: false });
  });

  it('should take the month of a business date', () => {
    expect(currentBudgetMonth('2026-11-30')).toBe('2026-11');
  });
});

describe('useSubsidyBudgetStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.mocked(getSubsidyBudgetsApi).mockReset();
    vi.mocked(putSubsidyBudgetsApi).mockReset();
  });

  it('should load the lines of the chosen month', async () => {
    vi.mocked(getSubsidyBudgetsApi).mockResolvedValue([line('530112', 'DISTRICT', 100_000, 100_000)]);
    const sut = useSubsidyBudgetStore();

    await sut.fetchMonth('2026-11');

    expect(getSubsidyBudgetsApi).toHaveBeenCalledWith({ month: '2026-11' });
    expect(sut.month).toBe('2026-11');
    expect(sut.districts[0]?.alert).toBe('OVER_100');
  });

  it('should replace only the saved district’s lines with the answer', async () => {
    vi.mocked(getSubsidyBudgetsApi).mockResolvedValue([line('530112', 'DISTRICT', 100_000, 5_000), line('530114', 'DISTRICT', 10_000, 0)]);
    vi.mocked(putSubsidyBudgetsApi).mockResolvedValue([
      line('530112', 'CITY', 20_000, 0, { hardStop: true }),
      line('530112', 'DISTRICT', 120_000, 5_000, { hardStop: true }),
    ]);
    const sut = useSubsidyBudgetStore();
    await sut.fetchMonth('2026-11');

    await sut.save('530112', [{ source: 'CITY', budgetFen: 20_000 }, { source: 'DISTRICT', budgetFen: 120_000 }], true);

    expect(putSubsidyBudgetsApi).toHaveBeenCalledWith('530112', '2026-11', {
      lines: [{ source: 'CITY', budgetFen: 20_000 }, { source: 'DISTRICT', budgetFen: 120_000 }],
      hardStop: true,
    });
    expect(sut.districts.map((district) => [district.regionCode, district.budgetFen, district.hardStop])).toEqual([
      ['530112', 140_000, true],
      ['530114', 10_000, false],
    ]);
    expect(sut.saving).toBe(false);
  });

  it('should throw a refused save and keep the lines as they were', async () => {
    vi.mocked(getSubsidyBudgetsApi).mockResolvedValue([line('530112', 'DISTRICT', 100_000, 5_000)]);
    vi.mocked(putSubsidyBudgetsApi).mockRejectedValue(new ApiError(403, { code: ErrorCode.AUTH_READ_ONLY_ROLE, message: 'ro' }));
    const sut = useSubsidyBudgetStore();
    await sut.fetchMonth('2026-11');

    await expect(sut.save('530112', [{ source: 'DISTRICT', budgetFen: 1 }], false)).rejects.toMatchObject({ code: ErrorCode.AUTH_READ_ONLY_ROLE });

    expect(sut.lines[0]?.budgetFen).toBe(100_000);
  });

  it('should expose the error of a month that cannot be read, and forget everything on $reset', async () => {
    vi.mocked(getSubsidyBudgetsApi).mockRejectedValue(new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'down' }));
    const sut = useSubsidyBudgetStore();

    await sut.fetchMonth('2026-10');
    expect(sut.errorCode).toBe(ErrorCode.NETWORK_ERROR);

    sut.$reset();
    expect(sut.errorCode).toBeNull();
    expect(sut.month).toBe(currentBudgetMonth());
  });
});
