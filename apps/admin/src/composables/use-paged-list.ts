import type { ErrorCode } from '@canteen/shared';
import { type Ref, ref } from 'vue';
import { errorCodeOf } from '@/utils/errors';
import type { PageFilters } from '@/utils/url-filters';

/** One page of a list as the API answers it. */
export interface Page<TItem> {
  items: TItem[];
  total: number;
}

export interface PagedListOptions<TFilters extends PageFilters, TItem> {
  /** Fresh default filters (for the initial state and `reset`). */
  defaults: () => TFilters;
  /** Asks the API for the page the filters describe. */
  fetchPage: (filters: TFilters) => Promise<Page<TItem>>;
  /** Page size used to walk every page of the filtered list for an export. */
  exportPageSize: number;
}

/**
 * The state and actions every paged admin list shares, for use inside a Pinia setup store: the current
 * filters and page, loading and error state, a fetch that drops stale answers, and an export of every
 * matching row across all pages.
 */
export function usePagedList<TFilters extends PageFilters, TItem>(options: PagedListOptions<TFilters, TItem>) {
  const filters = ref(options.defaults()) as Ref<TFilters>;
  const items = ref([]) as Ref<TItem[]>;
  const total = ref(0);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);

  // A slow answer to an older filter must not overwrite the answer to the newest one.
  let listRequest = 0;

  async function fetchList(next: TFilters = filters.value): Promise<void> {
    filters.value = { ...next };
    const requestId = ++listRequest;
    loading.value = true;
    errorCode.value = null;
    try {
      const page = await options.fetchPage(filters.value);
      if (requestId !== listRequest) return;
      items.value = page.items;
      total.value = page.total;
    } catch (error) {
      if (requestId !== listRequest) return;
      items.value = [];
      total.value = 0;
      errorCode.value = errorCodeOf(error);
    } finally {
      if (requestId === listRequest) loading.value = false;
    }
  }

  /**
   * Every row matching the current filters, across all pages (for the Excel export). `onProgress` gets
   * the rows fetched so far and the total, for a long export.
   */
  async function fetchAllMatching(onProgress?: (done: number, total: number) => void): Promise<TItem[]> {
    const all: TItem[] = [];
    for (let page = 1; ; page += 1) {
      const result = await options.fetchPage({ ...filters.value, page, pageSize: options.exportPageSize });
      all.push(...result.items);
      onProgress?.(all.length, result.total);
      if (result.items.length === 0 || all.length >= result.total) return all;
    }
  }

  /** Back to the defaults; an answer still on its way is dropped. */
  function reset(): void {
    listRequest += 1;
    filters.value = options.defaults();
    items.value = [];
    total.value = 0;
    loading.value = false;
    errorCode.value = null;
  }

  return { filters, items, total, loading, errorCode, fetchList, fetchAllMatching, reset };
}
