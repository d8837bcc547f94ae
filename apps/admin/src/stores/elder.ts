import type { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getEldersApi, registerElderApi, verifyElderApi } from '@/api/elders';
import type { ElderDetailDto, ElderSummaryDto, RegisterElderDto } from '@/api/types';
import { errorCodeOf } from '@/utils/errors';
import { apiQueryFromElderFilters, defaultElderFilters, type ElderFilters } from './elder-filters';

/** Page size used to walk every page of a filtered list for an export. */
export const ELDER_EXPORT_PAGE_SIZE = 100;

/** The elder list (and the review worklist, which is the same list filtered by review state). */
export const useElderStore = defineStore('elder', () => {
  const filters = ref<ElderFilters>(defaultElderFilters());
  const items = ref<ElderSummaryDto[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);

  // A slow answer to an older filter must not overwrite the answer to the newest one.
  let listRequest = 0;

  async function fetchList(next: ElderFilters = filters.value): Promise<void> {
    filters.value = { ...next };
    const requestId = ++listRequest;
    loading.value = true;
    errorCode.value = null;
    try {
      const page = await getEldersApi(apiQueryFromElderFilters(filters.value));
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
   * Every elder matching the current filters, across all pages (for the Excel export). `onProgress`
   * gets the rows fetched so far and the total, for a long export of a whole district.
   */
  async function fetchAllMatching(onProgress?: (done: number, total: number) => void): Promise<ElderSummaryDto[]> {
    const all: ElderSummaryDto[] = [];
    for (let page = 1; ; page += 1) {
      const query = apiQueryFromElderFilters({ ...filters.value, page, pageSize: ELDER_EXPORT_PAGE_SIZE });
      const result = await getEldersApi(query);
      all.push(...result.items);
      onProgress?.(all.length, result.total);
      if (result.items.length === 0 || all.length >= result.total) return all;
    }
  }

  /** Registers an elder (a card is issued at once) and reloads the list. Throws the API error. */
  async function register(body: RegisterElderDto): Promise<ElderDetailDto> {
    const created = await registerElderApi(body);
    void fetchList();
    return created;
  }

  /**
   * The elder a full ID number belongs to, if the caller may see them: the list's `q` matches a full ID
   * number by its blind index. Used to offer the existing record after ELDER_ALREADY_REGISTERED.
   */
  async function findByIdNumber(idNumber: string): Promise<ElderSummaryDto | null> {
    try {
      const page = await getEldersApi({ q: idNumber, page: 1, pageSize: 1 });
      return page.items[0] ?? null;
    } catch {
      return null;
    }
  }

  /** Re-verifies one elder from the list; the row is refreshed (in the worklist it then drops out). */
  async function verify(id: string, note: string): Promise<ElderDetailDto> {
    const verified = await verifyElderApi(id, note);
    await fetchList();
    return verified;
  }

  function $reset(): void {
    listRequest += 1;
    filters.value = defaultElderFilters();
    items.value = [];
    total.value = 0;
    loading.value = false;
    errorCode.value = null;
  }

  return { filters, items, total, loading, errorCode, fetchList, fetchAllMatching, register, findByIdNumber, verify, $reset };
});
