import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { describe, expect, it, vi } from 'vitest';
import { type Page, usePagedList } from './use-paged-list';

interface Filters {
  q: string;
  page: number;
  pageSize: number;
}

const defaults = (): Filters => ({ q: '', page: 1, pageSize: 20 });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** A fake API holding `count` rows numbered from 1, answering pages like the API does. */
function serve(count: number) {
  const all = Array.from({ length: count }, (_, index) => index + 1);
  return vi.fn(async (filters: Filters): Promise<Page<number>> => {
    const start = (filters.page - 1) * filters.pageSize;
    return { items: all.slice(start, start + filters.pageSize), total: count };
  });
}

describe(usePagedList.name, () => {
  it('should start from the defaults', () => {
    const sut = usePagedList({ defaults, fetchPage: serve(0), exportPageSize: 100 });

    expect(sut.filters.value).toEqual(defaults());
    expect(sut.items.value).toEqual([]);
    expect(sut.total.value).toBe(0);
    expect(sut.loading.value).toBe(false);
    expect(sut.errorCode.value).toBeNull();
  });

  it('should fetch the page the filters describe and keep a copy of them', async () => {
    const fetchPage = serve(45);
    const sut = usePagedList({ defaults, fetchPage, exportPageSize: 100 });
    const next = { q: 'x', page: 3, pageSize: 20 };

    await sut.fetchList(next);

    expect(fetchPage).toHaveBeenCalledWith(next);
    expect(sut.filters.value).toEqual(next);
    expect(sut.filters.value).not.toBe(next);
    expect(sut.items.value).toEqual([41, 42, 43, 44, 45]);
    expect(sut.total.value).toBe(45);
    expect(sut.loading.value).toBe(false);
  });

  it('should drop a slow answer to an older filter', async () => {
    const slow = deferred<Page<number>>();
    const fast = deferred<Page<number>>();
    const fetchPage = vi.fn().mockReturnValueOnce(slow.promise).mockReturnValueOnce(fast.promise);
    const sut = usePagedList<Filters, number>({ defaults, fetchPage, exportPageSize: 100 });

    const first = sut.fetchList({ ...defaults(), q: 'old' });
    const second = sut.fetchList({ ...defaults(), q: 'new' });
    fast.resolve({ items: [2], total: 1 });
    await second;
    expect(sut.loading.value).toBe(false);
    slow.resolve({ items: [1], total: 1 });
    await first;

    expect(sut.items.value).toEqual([2]);
    expect(sut.filters.value.q).toBe('new');
    expect(sut.loading.value).toBe(false);
  });

  it('should empty the list and keep the error code when the fetch fails', async () => {
    const fetchPage = serve(3);
    const sut = usePagedList({ defaults, fetchPage, exportPageSize: 100 });
    await sut.fetchList();
    fetchPage.mockRejectedValueOnce(new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'down' }));

    await sut.fetchList();

    expect(sut.items.value).toEqual([]);
    expect(sut.total.value).toBe(0);
    expect(sut.errorCode.value).toBe(ErrorCode.NETWORK_ERROR);
    expect(sut.loading.value).toBe(false);
  });

  it('should walk every page of the current filters for an export, reporting progress', async () => {
    const fetchPage = serve(250);
    const sut = usePagedList({ defaults, fetchPage, exportPageSize: 100 });
    await sut.fetchList({ q: 'x', page: 2, pageSize: 50 });
    fetchPage.mockClear();
    const progress: string[] = [];

    const rows = await sut.fetchAllMatching((done, total) => progress.push(`${done}/${total}`));

    expect(rows).toHaveLength(250);
    expect(fetchPage.mock.calls.map(([filters]) => filters)).toEqual([
      { q: 'x', page: 1, pageSize: 100 },
      { q: 'x', page: 2, pageSize: 100 },
      { q: 'x', page: 3, pageSize: 100 },
    ]);
    expect(progress).toEqual(['100/250', '200/250', '250/250']);
    expect(sut.filters.value).toEqual({ q: 'x', page: 2, pageSize: 50 });
  });

  it('should stop an export at an empty page even if the total promised more', async () => {
    const fetchPage = vi.fn(async (): Promise<Page<number>> => ({ items: [], total: 10 }));
    const sut = usePagedList<Filters, number>({ defaults, fetchPage, exportPageSize: 100 });

    await expect(sut.fetchAllMatching()).resolves.toEqual([]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('should reset to the defaults and drop an answer still on its way', async () => {
    const slow = deferred<Page<number>>();
    const sut = usePagedList<Filters, number>({ defaults, fetchPage: () => slow.promise, exportPageSize: 100 });

    const pending = sut.fetchList({ ...defaults(), q: 'x' });
    sut.reset();
    slow.resolve({ items: [1], total: 1 });
    await pending;

    expect(sut.filters.value).toEqual(defaults());
    expect(sut.items.value).toEqual([]);
    expect(sut.loading.value).toBe(false);
  });
});
