import { ApiError } from '@canteen/api-client';
import { CanteenKind, CanteenStatus, ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCanteenApi, getCanteensApi, updateCanteenApi } from '@/api/canteens';
import type { CanteenDto, CanteenPageDto, CanteenQuery } from '@/api/types';
import { useCanteenStore } from './canteen';
import { defaultCanteenFilters } from './canteen-filters';

vi.mock('@/api/canteens', () => ({
  getCanteensApi: vi.fn(),
  getCanteenApi: vi.fn(),
  createCanteenApi: vi.fn(),
  updateCanteenApi: vi.fn(),
}));

function canteen(index: number, overrides: Partial<CanteenDto> = {}): CanteenDto {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    code: `XS-${String(index).padStart(3, '0')}`,
    name: `幸福食堂 ${index}`,
    kind: CanteenKind.CANTEEN,
    regionCode: '530112001001',
    regionName: '碧鸡社区',
    address: `碧鸡路 ${index} 号`,
    status: CanteenStatus.OPEN,
    openedOn: '2026-03-01',
    seats: 40,
    dailyCapacity: 200,
    timeZone: 'Asia/Shanghai',
    slots: [{ slot: 'LUNCH', start: '11:00', end: '13:00' }],
    ...overrides,
  };
}

/** A fake server holding `count` canteens, answering pages like the API does. */
function serveCanteens(count: number): CanteenDto[] {
  const all = Array.from({ length: count }, (_, index) => canteen(index + 1));
  vi.mocked(getCanteensApi).mockImplementation(async (query: CanteenQuery): Promise<CanteenPageDto> => {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
  });
  return all;
}

describe('useCanteenStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.mocked(getCanteensApi).mockReset();
    vi.mocked(createCanteenApi).mockReset();
    vi.mocked(updateCanteenApi).mockReset();
  });

  it('should load one page with the filters, leaving empty filters out of the query', async () => {
    serveCanteens(45);
    const sut = useCanteenStore();

    await sut.fetchList({ ...defaultCanteenFilters(), status: CanteenStatus.OPEN, page: 2 });

    expect(getCanteensApi).toHaveBeenCalledWith({ status: 'OPEN', page: 2, pageSize: 20 });
    expect(sut.items.map((item) => item.code)).toEqual(Array.from({ length: 20 }, (_, i) => `XS-${String(21 + i).padStart(3, '0')}`));
    expect(sut.total).toBe(45);
    expect(sut.loading).toBe(false);
    expect(sut.errorCode).toBeNull();
  });

  it('should expose the error code and an empty list when loading fails', async () => {
    vi.mocked(getCanteensApi).mockRejectedValue(new ApiError(403, { code: ErrorCode.OUT_OF_SCOPE, message: 'no' }));
    const sut = useCanteenStore();

    await sut.fetchList({ ...defaultCanteenFilters(), regionCode: '530114' });

    expect(sut.errorCode).toBe(ErrorCode.OUT_OF_SCOPE);
    expect(sut.items).toEqual([]);
    expect(sut.total).toBe(0);
    expect(sut.loading).toBe(false);
  });

  it('should keep the answer to the newest filters when an older request answers last', async () => {
    let answerOld: (page: CanteenPageDto) => void = () => undefined;
    vi.mocked(getCanteensApi)
      .mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
      .mockResolvedValueOnce({ items: [canteen(2)], total: 1, page: 1, pageSize: 20 });
    const sut = useCanteenStore();

    const older = sut.fetchList({ ...defaultCanteenFilters(), q: '碧' });
    await sut.fetchList({ ...defaultCanteenFilters(), q: '碧鸡' });
    answerOld({ items: [canteen(1), canteen(3)], total: 2, page: 1, pageSize: 20 });
    await older;

    expect(sut.filters.q).toBe('碧鸡');
    expect(sut.items.map((item) => item.id)).toEqual([canteen(2).id]);
    expect(sut.total).toBe(1);
  });

  it('should walk every page with the current filters for an export', async () => {
    const all = serveCanteens(230);
    const sut = useCanteenStore();
    await sut.fetchList({ ...defaultCanteenFilters(), status: CanteenStatus.OPEN, page: 3 });
    vi.mocked(getCanteensApi).mockClear();

    const rows = await sut.fetchAllMatching();

    expect(rows).toEqual(all);
    expect(vi.mocked(getCanteensApi).mock.calls.map(([query]) => query)).toEqual([
      { status: 'OPEN', page: 1, pageSize: 100 },
      { status: 'OPEN', page: 2, pageSize: 100 },
      { status: 'OPEN', page: 3, pageSize: 100 },
    ]);
    // The table stays on the page the user was looking at.
    expect(sut.filters.page).toBe(3);
  });

  it('should stop walking pages when the server returns an empty page early', async () => {
    vi.mocked(getCanteensApi).mockResolvedValue({ items: [], total: 5, page: 1, pageSize: 100 });
    const sut = useCanteenStore();

    await expect(sut.fetchAllMatching()).resolves.toEqual([]);
    expect(getCanteensApi).toHaveBeenCalledTimes(1);
  });

  it('should replace the row in place after an update', async () => {
    serveCanteens(3);
    const sut = useCanteenStore();
    await sut.fetchList();
    const renamed = canteen(2, { name: '碧鸡街道老年幸福食堂' });
    vi.mocked(updateCanteenApi).mockResolvedValue(renamed);

    await sut.updateCanteen(renamed.id, { name: renamed.name, timeZone: 'Asia/Shanghai' });

    expect(sut.items[1]).toEqual(renamed);
    expect(sut.items).toHaveLength(3);
  });

  it('should reload the list after a create so the new canteen shows where the server puts it', async () => {
    serveCanteens(2);
    const sut = useCanteenStore();
    const created = canteen(99);
    vi.mocked(createCanteenApi).mockResolvedValue(created);
    const { id: _id, regionName: _regionName, ...body } = created;

    await expect(sut.createCanteen(body)).resolves.toEqual(created);

    expect(createCanteenApi).toHaveBeenCalledWith(body);
    expect(getCanteensApi).toHaveBeenCalledTimes(1);
  });

  it('should let the API error of a failed save reach the caller', async () => {
    vi.mocked(updateCanteenApi).mockRejectedValue(new ApiError(409, { code: ErrorCode.CANTEEN_CODE_TAKEN, message: 'taken' }));
    const sut = useCanteenStore();

    await expect(sut.updateCanteen(canteen(1).id, { code: 'XS-002', timeZone: 'Asia/Shanghai' })).rejects.toMatchObject({
      code: ErrorCode.CANTEEN_CODE_TAKEN,
    });
  });

  it('should forget everything on $reset', async () => {
    serveCanteens(3);
    const sut = useCanteenStore();
    await sut.fetchList({ ...defaultCanteenFilters(), q: '碧鸡' });

    sut.$reset();

    expect(sut.items).toEqual([]);
    expect(sut.total).toBe(0);
    expect(sut.filters).toEqual(defaultCanteenFilters());
    expect(sut.current).toBeNull();
  });
});
