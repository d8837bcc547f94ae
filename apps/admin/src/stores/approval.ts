import { ApprovalStatus, type ApprovalSubject, ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { approveApi, getApprovalsApi, rejectApi } from '@/api/approvals';
import type { ApprovalItemDto } from '@/api/types';
import { errorCodeOf } from '@/utils/errors';

export interface ApprovalFilters {
  subject: ApprovalSubject | '';
  status: ApprovalStatus;
  page: number;
  pageSize: number;
}

export function defaultApprovalFilters(): ApprovalFilters {
  return { subject: '', status: ApprovalStatus.PENDING, page: 1, pageSize: 20 };
}

/**
 * The approval queue: pending categories and assessments in the approver's scope, and the pending
 * count the navigation shows as a badge. Approve and reject answer true or false; a refusal's code
 * (APPROVAL_OWN_PROPOSAL for the four-eyes rule, APPROVAL_NOT_PENDING when someone was faster) stays
 * in `actionErrorCode` for the page to explain.
 */
export const useApprovalStore = defineStore('approval', () => {
  const filters = ref<ApprovalFilters>(defaultApprovalFilters());
  const items = ref<ApprovalItemDto[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);
  const pendingCount = ref(0);
  const actionErrorCode = ref<ErrorCode | null>(null);
  /** Ids of items with an approve or reject in flight, so their buttons can spin. */
  const busyIds = ref<string[]>([]);

  let listRequest = 0;

  async function fetchList(next: ApprovalFilters = filters.value): Promise<void> {
    filters.value = { ...next };
    const requestId = ++listRequest;
    loading.value = true;
    errorCode.value = null;
    try {
      const { subject, ...rest } = filters.value;
      const page = await getApprovalsApi({ ...rest, ...(subject ? { subject } : {}) });
      if (requestId !== listRequest) return;
      items.value = page.items;
      total.value = page.total;
      if (filters.value.status === ApprovalStatus.PENDING && !subject) pendingCount.value = page.total;
    } catch (error) {
      if (requestId !== listRequest) return;
      items.value = [];
      total.value = 0;
      errorCode.value = errorCodeOf(error);
    } finally {
      if (requestId === listRequest) loading.value = false;
    }
  }

  /** For the navigation badge: one small request, failures leave the last known count. */
  async function refreshPendingCount(): Promise<void> {
    try {
      const page = await getApprovalsApi({ status: ApprovalStatus.PENDING, page: 1, pageSize: 1 });
      pendingCount.value = page.total;
    } catch {
      // The badge is a hint; the queue page shows errors.
    }
  }

  async function decide(item: ApprovalItemDto, call: () => Promise<ApprovalItemDto>): Promise<boolean> {
    actionErrorCode.value = null;
    busyIds.value.push(item.id);
    try {
      const decided = await call();
      settle(item, decided);
      return true;
    } catch (error) {
      actionErrorCode.value = errorCodeOf(error);
      // Someone else decided it meanwhile: show the queue as it now is.
      if (actionErrorCode.value === ErrorCode.APPROVAL_NOT_PENDING) void fetchList();
      return false;
    } finally {
      busyIds.value = busyIds.value.filter((id) => id !== item.id);
    }
  }

  /** A decided item leaves a queue of pending items; elsewhere it shows its new state. */
  function settle(item: ApprovalItemDto, decided: ApprovalItemDto): void {
    const index = items.value.findIndex((entry) => entry.id === item.id && entry.subject === item.subject);
    if (item.status === ApprovalStatus.PENDING) pendingCount.value = Math.max(0, pendingCount.value - 1);
    if (index < 0) return;
    if (filters.value.status === ApprovalStatus.PENDING && decided.status !== ApprovalStatus.PENDING) {
      items.value.splice(index, 1);
      total.value = Math.max(0, total.value - 1);
    } else {
      items.value.splice(index, 1, decided);
    }
  }

  function approve(item: ApprovalItemDto): Promise<boolean> {
    return decide(item, () => approveApi(item.subject, item.id));
  }

  function reject(item: ApprovalItemDto, reason: string): Promise<boolean> {
    return decide(item, () => rejectApi(item.subject, item.id, reason.trim()));
  }

  function $reset(): void {
    listRequest += 1;
    filters.value = defaultApprovalFilters();
    items.value = [];
    total.value = 0;
    loading.value = false;
    errorCode.value = null;
    pendingCount.value = 0;
    actionErrorCode.value = null;
    busyIds.value = [];
  }

  return {
    filters,
    items,
    total,
    loading,
    errorCode,
    pendingCount,
    actionErrorCode,
    busyIds,
    fetchList,
    refreshPendingCount,
    approve,
    reject,
    $reset,
  };
});
