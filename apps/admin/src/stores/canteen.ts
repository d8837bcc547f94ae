import type { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { createCanteenApi, getCanteenApi, getCanteensApi, updateCanteenApi } from '@/api/canteens';
import type { CanteenDto, CreateCanteenDto, UpdateCanteenDto } from '@/api/types';
import { usePagedList } from '@/composables/use-paged-list';
import { errorCodeOf } from '@/utils/errors';
import { apiQueryFromFilters, defaultCanteenFilters } from './canteen-filters';

/** Page size used to walk every page of a filtered list for an export. */
export const EXPORT_PAGE_SIZE = 100;

export const useCanteenStore = defineStore('canteen', () => {
  const { filters, items, total, loading, errorCode, fetchList, fetchAllMatching, reset } = usePagedList({
    defaults: defaultCanteenFilters,
    fetchPage: (query) => getCanteensApi(apiQueryFromFilters(query)),
    exportPageSize: EXPORT_PAGE_SIZE,
  });

  const current = ref<CanteenDto | null>(null);
  const currentLoading = ref(false);
  const currentErrorCode = ref<ErrorCode | null>(null);

  async function fetchCanteen(id: string): Promise<void> {
    if (current.value?.id !== id) current.value = null;
    currentLoading.value = true;
    currentErrorCode.value = null;
    try {
      current.value = await getCanteenApi(id);
    } catch (error) {
      currentErrorCode.value = errorCodeOf(error);
    } finally {
      currentLoading.value = false;
    }
  }

  /** Creates a canteen, then reloads the list so it shows where the filters and order put it. */
  async function createCanteen(body: CreateCanteenDto): Promise<CanteenDto> {
    const created = await createCanteenApi(body);
    await fetchList();
    return created;
  }

  /** Updates a canteen; the list row and the open canteen show the saved record. Throws the API error. */
  async function updateCanteen(id: string, body: UpdateCanteenDto): Promise<CanteenDto> {
    const saved = await updateCanteenApi(id, body);
    const index = items.value.findIndex((canteen) => canteen.id === saved.id);
    if (index >= 0) items.value.splice(index, 1, saved);
    if (current.value?.id === saved.id) current.value = saved;
    return saved;
  }

  function $reset(): void {
    reset();
    current.value = null;
    currentLoading.value = false;
    currentErrorCode.value = null;
  }

  return {
    filters,
    items,
    total,
    loading,
    errorCode,
    current,
    currentLoading,
    currentErrorCode,
    fetchList,
    fetchAllMatching,
    fetchCanteen,
    createCanteen,
    updateCanteen,
    $reset,
  };
});
