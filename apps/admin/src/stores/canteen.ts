import type { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { createCanteenApi, getCanteenApi, getCanteensApi, updateCanteenApi } from '@/api/canteens';
import type { CanteenDto, CreateCanteenDto, UpdateCanteenDto } from '@/api/types';
import { errorCodeOf } from '@/utils/errors';
import { apiQueryFromFilters, type CanteenFilters, defaultCanteenFilters } from './canteen-filters';

/** Page size used to walk every page of a filtered list for an export. */
export const EXPORT_PAGE_SIZE = 100;

export const useCanteenStore = defineStore('canteen', () => {
  const filters = ref<CanteenFilters>(defaultCanteenFilters());
  const items = ref<CanteenDto[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);

  const current = ref<CanteenDto | null>(null);
  const currentLoading = ref(false);
  const currentErrorCode = ref<ErrorCode | null>(null);

  // A slow answer to an older filter must not overwrite the answer to the newest one.
  let listRequest = 0;

  async function fetchList(next: CanteenFilters = filters.value): Promise<void> {
    filters.value = { ...next };
    const requestId = ++listRequest;
    loading.value = true;
    errorCode.value = null;
    try {
      const page = await getCanteensApi(apiQueryFromFilters(filters.value));
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

  /** Every canteen matching the current filters, across all pages (for the Excel export). */
  async function fetchAllMatching(): Promise<CanteenDto[]> {
    const all: CanteenDto[] = [];
    for (let page = 1; ; page += 1) {
      const result = await getCanteensApi(apiQueryFromFilters({ ...filters.value, page, pageSize: EXPORT_PAGE_SIZE }));
      all.push(...result.items);
      if (result.items.length === 0 || all.length >= result.total) return all;
    }
  }

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
    listRequest += 1;
    filters.value = defaultCanteenFilters();
    items.value = [];
    total.value = 0;
    loading.value = false;
    errorCode.value = null;
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
