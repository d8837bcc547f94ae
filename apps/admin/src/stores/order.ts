import type { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getCanteensApi } from '@/api/canteens';
import { cancelOrderApi, getOrderApi, getOrdersApi, verifySubsidyLedgerApi } from '@/api/orders';
import type { LedgerVerificationDto, OrderDetailDto } from '@/api/types';
import { usePagedList } from '@/composables/use-paged-list';
import { errorCodeOf } from '@/utils/errors';
import { apiQueryFromOrderFilters, defaultOrderFilters } from './order-filters';

/** Page size used to walk every page of a filtered search for an export. */
export const ORDER_EXPORT_PAGE_SIZE = 100;

export interface CanteenOption {
  id: string;
  name: string;
}

/** The order search, the order open in the drawer, and the subsidy-ledger check. */
export const useOrderStore = defineStore('order', () => {
  const { filters, items, total, loading, errorCode, fetchList, fetchAllMatching, reset } = usePagedList({
    defaults: defaultOrderFilters,
    fetchPage: (query) => getOrdersApi(apiQueryFromOrderFilters(query)),
    exportPageSize: ORDER_EXPORT_PAGE_SIZE,
  });

  const current = ref<OrderDetailDto | null>(null);
  const currentLoading = ref(false);
  const currentErrorCode = ref<ErrorCode | null>(null);
  const cancelling = ref(false);

  const canteenOptions = ref<CanteenOption[]>([]);
  const canteensLoaded = ref(false);

  const verification = ref<LedgerVerificationDto | null>(null);
  const verifying = ref(false);
  const verifyErrorCode = ref<ErrorCode | null>(null);

  let currentRequest = 0;

  async function fetchOrder(id: string): Promise<void> {
    const requestId = ++currentRequest;
    if (current.value?.id !== id) {
      // The row from the table shows at once; its history arrives with the answer.
      const row = items.value.find((order) => order.id === id);
      current.value = row ? { ...row, events: [] } : null;
    }
    currentLoading.value = true;
    currentErrorCode.value = null;
    try {
      const answer = await getOrderApi(id);
      if (requestId === currentRequest) current.value = answer;
    } catch (error) {
      if (requestId !== currentRequest) return;
      current.value = null;
      currentErrorCode.value = errorCodeOf(error);
    } finally {
      if (requestId === currentRequest) currentLoading.value = false;
    }
  }

  function closeOrder(): void {
    currentRequest += 1;
    current.value = null;
    currentLoading.value = false;
    currentErrorCode.value = null;
  }

  /** Cancels an order (before serving) and shows its new state in the drawer and the table. Throws the API error. */
  async function cancel(id: string, reason: string): Promise<OrderDetailDto> {
    cancelling.value = true;
    try {
      const cancelled = await cancelOrderApi(id, reason.trim());
      const index = items.value.findIndex((order) => order.id === id);
      if (index >= 0) items.value.splice(index, 1, cancelled);
      if (current.value?.id === id) current.value = cancelled;
      return cancelled;
    } finally {
      cancelling.value = false;
    }
  }

  /** The canteens in scope, for the filter; loaded once per session. Failures leave the list empty. */
  async function ensureCanteenOptions(): Promise<void> {
    if (canteensLoaded.value) return;
    try {
      const options: CanteenOption[] = [];
      for (let page = 1; ; page += 1) {
        const result = await getCanteensApi({ page, pageSize: 100 });
        options.push(...result.items.map((canteen) => ({ id: canteen.id, name: canteen.name })));
        if (result.items.length === 0 || options.length >= result.total) break;
      }
      canteenOptions.value = options;
      canteensLoaded.value = true;
    } catch {
      // The filter is a convenience: the search still works without it.
    }
  }

  async function verifyLedger(): Promise<void> {
    verifying.value = true;
    verifyErrorCode.value = null;
    try {
      verification.value = await verifySubsidyLedgerApi();
    } catch (error) {
      verification.value = null;
      verifyErrorCode.value = errorCodeOf(error);
    } finally {
      verifying.value = false;
    }
  }

  function $reset(): void {
    reset();
    closeOrder();
    cancelling.value = false;
    canteenOptions.value = [];
    canteensLoaded.value = false;
    verification.value = null;
    verifying.value = false;
    verifyErrorCode.value = null;
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
    cancelling,
    canteenOptions,
    verification,
    verifying,
    verifyErrorCode,
    fetchList,
    fetchAllMatching,
    fetchOrder,
    closeOrder,
    cancel,
    ensureCanteenOptions,
    verifyLedger,
    $reset,
  };
});
