import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getEldersApi, registerElderApi, verifyElderApi } from '@/api/elders';
import type { ElderDetailDto, ElderPageDto, ElderQuery, ElderSummaryDto } from '@/api/types';
import { useElderStore } from './elder';
import { defaultElderFilters } from './elder-filters';

vi.mock('@/api/elders', () => ({ getEldersApi: vi.fn(), registerElderApi: vi.fn(), verifyElderApi: vi.fn() }));

function elderSummary(index: number, overrides: Partial<ElderSummaryDto> = {}): ElderSummaryDto {
  return {
    id: `e0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    name: `老人${index}`,
    idNumberMasked: '5301**********1238',
    sex: 'M',
    birthDate: '1940-03-15',
    age: 86,
    residentRegionCode: '530112001001',
    residentRegionName: '碧鸡社区',
    registeredRegionCode: '530112',
    status: 'ACTIVE',
    categories: ['DIBAO'],
    assessmentGrade: null,
    reviewDueOn: '2026-12-01',
    reviewState: 'CURRENT',
    cardNumber: '100000000016',
    ...overrides,
  };
}

function serveElders(count: number): ElderSummaryDto[] {
  const all = Array.from({ length: count }, (_, index) => elderSummary(index + 1));
  vi.mocked(getEldersApi).mockImplementation(async (query: ElderQuery): Promise<ElderPageDto> => {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
  });
  return all;
}

describe('useElderStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.mocked(getEldersApi).mockReset();
    vi.mocked(registerElderApi).mockReset();
    vi.mocked(verifyElderApi).mockReset();
  });

  it('should turn the filters into the API query, leaving empty ones out', async () => {
    serveElders(45);
    const sut = useElderStore();

    await sut.fetchList({ ...defaultElderFilters(), category: 'TEKUN', review: 'DUE', regionCode: '530112001', page: 2 });

    expect(getEldersApi).toHaveBeenCalledWith({ regionCode: '530112001', category: 'TEKUN', review: 'DUE', page: 2, pageSize: 20 });
    expect(sut.items).toHaveLength(20);
    expect(sut.items[0]?.name).toBe('老人21');
    expect(sut.total).toBe(45);
    expect(sut.loading).toBe(false);
  });

  it('should expose the error code and an empty list when loading fails', async () => {
    vi.mocked(getEldersApi).mockRejectedValue(new ApiError(403, { code: ErrorCode.OUT_OF_SCOPE, message: 'no' }));
    const sut = useElderStore();

    await sut.fetchList({ ...defaultElderFilters(), regionCode: '530114' });

    expect(sut.errorCode).toBe(ErrorCode.OUT_OF_SCOPE);
    expect(sut.items).toEqual([]);
    expect(sut.total).toBe(0);
  });

  it('should keep the answer to the newest filters when an older request answers last', async () => {
    let answerOld: (page: ElderPageDto) => void = () => undefined;
    vi.mocked(getEldersApi)
      .mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
      .mockResolvedValueOnce({ items: [elderSummary(2)], total: 1, page: 1, pageSize: 20 });
    const sut = useElderStore();

    const older = sut.fetchList({ ...defaultElderFilters(), q: '张' });
    await sut.fetchList({ ...defaultElderFilters(), q: '张秀英' });
    answerOld({ items: [elderSummary(1), elderSummary(3)], total: 2, page: 1, pageSize: 20 });
    await older;

    expect(sut.items.map((item) => item.name)).toEqual(['老人2']);
  });

  it('should walk every page with the current filters for the export, reporting progress', async () => {
    const all = serveElders(250);
    const sut = useElderStore();
    await sut.fetchList({ ...defaultElderFilters(), status: 'ACTIVE', page: 2 });
    vi.mocked(getEldersApi).mockClear();
    const progress: string[] = [];

    const rows = await sut.fetchAllMatching((done, total) => progress.push(`${done}/${total}`));

    expect(rows).toEqual(all);
    expect(vi.mocked(getEldersApi).mock.calls.map(([query]) => query)).toEqual([
      { status: 'ACTIVE', page: 1, pageSize: 100 },
      { status: 'ACTIVE', page: 2, pageSize: 100 },
      { status: 'ACTIVE', page: 3, pageSize: 100 },
    ]);
    expect(progress).toEqual(['100/250', '200/250', '250/250']);
    expect(sut.filters.page).toBe(2);
  });

  it('should find an existing elder by full ID number, and answer null when none is in scope', async () => {
    vi.mocked(getEldersApi).mockResolvedValueOnce({ items: [elderSummary(7)], total: 1, page: 1, pageSize: 1 });
    const sut = useElderStore();

    await expect(sut.findByIdNumber('530112194003151238')).resolves.toMatchObject({ name: '老人7' });
    expect(getEldersApi).toHaveBeenCalledWith({ q: '530112194003151238', page: 1, pageSize: 1 });

    vi.mocked(getEldersApi).mockResolvedValueOnce({ items: [], total: 0, page: 1, pageSize: 1 });
    await expect(sut.findByIdNumber('530112194003151238')).resolves.toBeNull();
    vi.mocked(getEldersApi).mockRejectedValueOnce(new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'down' }));
    await expect(sut.findByIdNumber('530112194003151238')).resolves.toBeNull();
  });

  it('should re-verify an elder and reload the list so the worklist row drops out', async () => {
    serveElders(2);
    vi.mocked(verifyElderApi).mockResolvedValue({ id: elderSummary(1).id, reviewDueOn: '2027-06-01' } as ElderDetailDto);
    const sut = useElderStore();

    await expect(sut.verify(elderSummary(1).id, '入户核实')).resolves.toMatchObject({ reviewDueOn: '2027-06-01' });

    expect(verifyElderApi).toHaveBeenCalledWith(elderSummary(1).id, '入户核实');
    expect(getEldersApi).toHaveBeenCalledTimes(1);
  });

  it('should forget everything on $reset', async () => {
    serveElders(3);
    const sut = useElderStore();
    await sut.fetchList({ ...defaultElderFilters(), q: '老人' });

    sut.$reset();

    expect(sut.items).toEqual([]);
    expect(sut.filters).toEqual(defaultElderFilters());
  });
});
