import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { approveApi, getApprovalsApi, rejectApi } from '@/api/approvals';
import type { ApprovalItemDto } from '@/api/types';
import { defaultApprovalFilters, useApprovalStore } from './approval';

vi.mock('@/api/approvals', () => ({ getApprovalsApi: vi.fn(), approveApi: vi.fn(), rejectApi: vi.fn() }));

function item(index: number, overrides: Partial<ApprovalItemDto> = {}): ApprovalItemDto {
  return {
    id: `a${index}`,
    subject: index % 2 === 0 ? 'ASSESSMENT' : 'CATEGORY',
    status: 'PENDING',
    elderId: `e${index}`,
    elderName: `老人${index}`,
    residentRegionCode: '530112001001',
    residentRegionName: '碧鸡社区',
    summary: index % 2 === 0 ? { grade: 'MODERATE', assessedOn: '2026-03-01', validUntil: '2027-03-01' } : { category: 'DIBAO', validFrom: '2026-01-01' },
    proposedByName: '社区工作者甲',
    proposedAt: '2026-03-02T02:00:00.000Z',
    decidedByName: null,
    decidedAt: null,
    rejectionReason: null,
    ...overrides,
  };
}

function decided(source: ApprovalItemDto, status: 'APPROVED' | 'REJECTED', reason: string | null = null): ApprovalItemDto {
  return { ...source, status, decidedByName: '街道民政乙', decidedAt: '2026-03-03T02:00:00.000Z', rejectionReason: reason };
}

async function loadedQueue(count = 3) {
  const items = Array.from({ length: count }, (_, index) => item(index + 1));
  vi.mocked(getApprovalsApi).mockResolvedValue({ items, total: count, page: 1, pageSize: 20 });
  const sut = useApprovalStore();
  await sut.fetchList(defaultApprovalFilters());
  return { sut, items };
}

describe('useApprovalStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.mocked(getApprovalsApi).mockReset();
    vi.mocked(approveApi).mockReset();
    vi.mocked(rejectApi).mockReset();
  });

  it('should load the pending queue and take its total as the badge count', async () => {
    const { sut } = await loadedQueue(3);

    expect(getApprovalsApi).toHaveBeenCalledWith({ status: 'PENDING', page: 1, pageSize: 20 });
    expect(sut.items).toHaveLength(3);
    expect(sut.pendingCount).toBe(3);
  });

  it('should ask for one subject only when filtered, without touching the badge', async () => {
    const { sut } = await loadedQueue(3);
    vi.mocked(getApprovalsApi).mockResolvedValue({ items: [item(2)], total: 1, page: 1, pageSize: 20 });

    await sut.fetchList({ ...defaultApprovalFilters(), subject: 'ASSESSMENT' });

    expect(getApprovalsApi).toHaveBeenLastCalledWith({ subject: 'ASSESSMENT', status: 'PENDING', page: 1, pageSize: 20 });
    expect(sut.pendingCount).toBe(3);
  });

  it('should refresh the badge with a one-row request, keeping the last count when it fails', async () => {
    vi.mocked(getApprovalsApi).mockResolvedValueOnce({ items: [item(1)], total: 17, page: 1, pageSize: 1 });
    const sut = useApprovalStore();

    await sut.refreshPendingCount();
    expect(sut.pendingCount).toBe(17);
    expect(getApprovalsApi).toHaveBeenCalledWith({ status: 'PENDING', page: 1, pageSize: 1 });

    vi.mocked(getApprovalsApi).mockRejectedValueOnce(new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'down' }));
    await sut.refreshPendingCount();
    expect(sut.pendingCount).toBe(17);
  });

  it('should approve: the item leaves the pending queue and the badge goes down', async () => {
    const { sut, items } = await loadedQueue(3);
    vi.mocked(approveApi).mockResolvedValue(decided(items[0]!, 'APPROVED'));

    await expect(sut.approve(items[0]!)).resolves.toBe(true);

    expect(approveApi).toHaveBeenCalledWith('CATEGORY', 'a1');
    expect(sut.items.map((entry) => entry.id)).toEqual(['a2', 'a3']);
    expect(sut.total).toBe(2);
    expect(sut.pendingCount).toBe(2);
    expect(sut.actionErrorCode).toBeNull();
    expect(sut.busyIds).toEqual([]);
  });

  it('should reject with the trimmed reason', async () => {
    const { sut, items } = await loadedQueue(2);
    vi.mocked(rejectApi).mockResolvedValue(decided(items[1]!, 'REJECTED', '评估报告已过期'));

    await expect(sut.reject(items[1]!, '  评估报告已过期 ')).resolves.toBe(true);

    expect(rejectApi).toHaveBeenCalledWith('ASSESSMENT', 'a2', '评估报告已过期');
    expect(sut.items.map((entry) => entry.id)).toEqual(['a1']);
    expect(sut.pendingCount).toBe(1);
  });

  it('should show a decided item in place when the list shows decided items too', async () => {
    const pendingItem = item(1);
    vi.mocked(getApprovalsApi).mockResolvedValue({ items: [pendingItem], total: 1, page: 1, pageSize: 20 });
    const sut = useApprovalStore();
    await sut.fetchList({ ...defaultApprovalFilters(), status: 'APPROVED' });
    vi.mocked(rejectApi).mockResolvedValue(decided(pendingItem, 'REJECTED', '材料不全'));

    await sut.reject(pendingItem, '材料不全');

    expect(sut.items).toEqual([decided(pendingItem, 'REJECTED', '材料不全')]);
  });

  it('should expose APPROVAL_OWN_PROPOSAL when an approver tries to approve their own proposal (four eyes)', async () => {
    const { sut, items } = await loadedQueue(2);
    vi.mocked(approveApi).mockRejectedValue(new ApiError(403, { code: ErrorCode.APPROVAL_OWN_PROPOSAL, message: 'own' }));

    await expect(sut.approve(items[0]!)).resolves.toBe(false);

    expect(sut.actionErrorCode).toBe(ErrorCode.APPROVAL_OWN_PROPOSAL);
    expect(sut.items).toHaveLength(2);
    expect(sut.pendingCount).toBe(2);
    expect(sut.busyIds).toEqual([]);
  });

  it('should reload the queue when someone else decided the item first', async () => {
    const { sut, items } = await loadedQueue(2);
    vi.mocked(approveApi).mockRejectedValue(new ApiError(409, { code: ErrorCode.APPROVAL_NOT_PENDING, message: 'late' }));
    vi.mocked(getApprovalsApi).mockResolvedValue({ items: [items[1]!], total: 1, page: 1, pageSize: 20 });

    await expect(sut.approve(items[0]!)).resolves.toBe(false);
    await vi.waitFor(() => expect(sut.items).toHaveLength(1));

    expect(sut.actionErrorCode).toBe(ErrorCode.APPROVAL_NOT_PENDING);
    expect(sut.pendingCount).toBe(1);
  });

  it('should clear a previous refusal when the next decision succeeds', async () => {
    const { sut, items } = await loadedQueue(2);
    vi.mocked(approveApi)
      .mockRejectedValueOnce(new ApiError(403, { code: ErrorCode.APPROVAL_OWN_PROPOSAL, message: 'own' }))
      .mockResolvedValueOnce(decided(items[1]!, 'APPROVED'));

    await sut.approve(items[0]!);
    await sut.approve(items[1]!);

    expect(sut.actionErrorCode).toBeNull();
  });
});
