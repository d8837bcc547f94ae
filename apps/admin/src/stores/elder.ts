import { defineStore } from 'pinia';
import { getEldersApi, registerElderApi, verifyElderApi } from '@/api/elders';
import type { ElderDetailDto, ElderSummaryDto, RegisterElderDto } from '@/api/types';
import { usePagedList } from '@/composables/use-paged-list';
import { apiQueryFromElderFilters, defaultElderFilters } from './elder-filters';

/** Page size used to walk every page of a filtered list for an export. */
export const ELDER_EXPORT_PAGE_SIZE = 100;

/** The elder list (and the review worklist, which is the same list filtered by review state). */
export const useElderStore = defineStore('elder', () => {
  const { filters, items, total, loading, errorCode, fetchList, fetchAllMatching, reset } = usePagedList({
    defaults: defaultElderFilters,
    fetchPage: (query) => getEldersApi(apiQueryFromElderFilters(query)),
    exportPageSize: ELDER_EXPORT_PAGE_SIZE,
  });

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
    reset();
  }

  return { filters, items, total, loading, errorCode, fetchList, fetchAllMatching, register, findByIdNumber, verify, $reset };
});
