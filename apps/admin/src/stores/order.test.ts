import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getCanteensApi } from '@/api/canteens';
import { cancelOrderApi, getOrderApi, getOrdersApi, verifySubsidyLedgerApi } from '@/api/orders';
import type { CanteenPageDto, OrderDto, OrderPageDto, OrderQuery } from '@/api/types';
import { defaultOrderFilters } from './order-filters';
import { useOrderStore } from './order';

vi.mock('@/api/orders', () => ({ getOrdersApi: vi.fn(), getOrderApi: vi.fn(), cancelOrderApi: vi.fn(), verifySubsidyLedgerApi: vi.fn() }));
vi.mock('@/api/canteens', () => ({ getCanteensApi: vi.fn() }));

function order(index: number, overrides: Partial<OrderDto> = {}): OrderDto {
  return {
    id: `o0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    ticketNo: `A-${String(index).padStart(3, '0')}`,
    status: 'PAID',
    serviceDate: '2026-11-20',
    slot: 'LUNCH',
    channel: 'DINE_IN',
    lines: [{ menuItemId: 'm1', dishId: 'd1', name: '番茄炒蛋套餐', priceFen: 1200, qty: 1, lineFen: 1200 }],
    deliveryFeeFen: 0,
    totalFen: 1200,
    subsidyFen: 500,
    payableFen: 700,
    reasons: ['TIER_CHOSEN'],
    canteen: { id: 'c1', name: '金碧街道幸福食堂' },
    elderMaskedName: '张*华',
    paymentMethod: 'CASH',
    placedAt: '2026-11-20T03:30:00.000Z',
    paidAt: '2026-11-20T03:30:05.000Z',
    servedAt: null,
    cancelledAt: null,
    cancelReason: null,
    tierCode: 'AGE_80',
    policyVersion: 1,
    policyId: 'p1',
    funding: [{ source: 'DISTRICT', fen: 500 }],
    elderId: 'e1',
    ...overrides,
  };
}

function serveOrders(count: number): OrderDto[] {
  const all = Array.from({ length: count }, (_, index) => order(index + 1));
  vi.mocked(getOrdersApi).mockImplementation(async (query: OrderQuery): Promise<OrderPageDto> => {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
  });
  return all;
}

describe('useOrderStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    for (const api of [getOrdersApi, getOrderApi, cancelOrderApi, verifySubsidyLedgerApi, getCanteensApi]) {
      vi.mocked(api).mockReset();
      vi.mocked(api).mockRejectedValue(new Error('unexpected API call'));
    }
  });

  it('should search with the filters, leaving empty ones out', async () => {
    serveOrders(30);
    const sut = useOrderStore();

    await sut.fetchList({ ...defaultOrderFilters(), from: '2026-11-01', to: '2026-11-30', status: 'PAID', page: 2 });

    expect(getOrdersApi).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-11-30', status: 'PAID', page: 2, pageSize: 20 });
    expect(sut.items.map((entry) => entry.ticketNo)[0]).toBe('A-021');
    expect(sut.total).toBe(30);
  });

  it('should keep the answer to the newest search when an older one answers last', async () => {
    let answerOld: (page: OrderPageDto) => void = () => undefined;
    vi.mocked(getOrdersApi)
      .mockImplementationOnce(() => new Promise((resolve) => (answerOld = resolve)))
      .mockResolvedValueOnce({ items: [order(2)], total: 1, page: 1, pageSize: 20 });
    const sut = useOrderStore();

    const older = sut.fetchList({ ...defaultOrderFilters(), q: 'A' });
    await sut.fetchList({ ...defaultOrderFilters(), q: 'A-002' });
    answerOld({ items: [order(1), order(3)], total: 2, page: 1, pageSize: 20 });
    await older;

    expect(sut.items.map((entry) => entry.ticketNo)).toEqual(['A-002']);
  });

  it('should walk every page of the current search for the export', async () => {
    const all = serveOrders(230);
    const sut = useOrderStore();
    await sut.fetchList({ ...defaultOrderFilters(), channel: 'DELIVERY' });
    vi.mocked(getOrdersApi).mockClear();
    const progress: string[] = [];

    await expect(sut.fetchAllMatching((done, total) => progress.push(`${done}/${total}`))).resolves.toEqual(all);

    expect(vi.mocked(getOrdersApi).mock.calls.map(([query]) => query.page)).toEqual([1, 2, 3]);
    expect(vi.mocked(getOrdersApi).mock.calls.every(([query]) => query.channel === 'DELIVERY' && query.pageSize === 100)).toBe(true);
    expect(progress).toEqual(['100/230', '200/230', '230/230']);
  });

  it('should open an order and show its error when it is out of reach', async () => {
    vi.mocked(getOrderApi).mockResolvedValueOnce({ ...order(5), events: [] });
    const sut = useOrderStore();

    await sut.fetchOrder(order(5).id);
    expect(sut.current?.ticketNo).toBe('A-005');

    vi.mocked(getOrderApi).mockRejectedValueOnce(new ApiError(403, { code: ErrorCode.OUT_OF_SCOPE, message: 'no' }));
    await sut.fetchOrder(order(6).id);
    expect(sut.current).toBeNull();
    expect(sut.currentErrorCode).toBe(ErrorCode.OUT_OF_SCOPE);
  });

  it('should cancel with a trimmed reason and show the cancelled order in the table and the drawer', async () => {
    serveOrders(3);
    vi.mocked(getOrderApi).mockResolvedValue({ ...order(2), events: [] });
    vi.mocked(cancelOrderApi).mockResolvedValue({ ...order(2, { status: 'CANCELLED', cancelReason: '老人临时有事', subsidyFen: 500 }), events: [] });
    const sut = useOrderStore();
    await sut.fetchList();
    await sut.fetchOrder(order(2).id);

    await sut.cancel(order(2).id, ' 老人临时有事 ');

    expect(cancelOrderApi).toHaveBeenCalledWith(order(2).id, '老人临时有事');
    expect(sut.items[1]?.status).toBe('CANCELLED');
    expect(sut.current?.status).toBe('CANCELLED');
    expect(sut.cancelling).toBe(false);
  });

  it('should throw a refused cancellation and leave the order as it was', async () => {
    serveOrders(1);
    vi.mocked(cancelOrderApi).mockRejectedValue(new ApiError(409, { code: ErrorCode.ORDER_STATUS_CONFLICT, message: 'served' }));
    const sut = useOrderStore();
    await sut.fetchList();

    await expect(sut.cancel(order(1).id, '录入错误')).rejects.toMatchObject({ code: ErrorCode.ORDER_STATUS_CONFLICT });
    expect(sut.items[0]?.status).toBe('PAID');
  });

  it('should load the canteens in scope once for the filter', async () => {
    vi.mocked(getCanteensApi).mockResolvedValue({ items: [{ id: 'c1', name: '金碧街道幸福食堂' }], total: 1, page: 1, pageSize: 100 } as CanteenPageDto);
    const sut = useOrderStore();

    await sut.ensureCanteenOptions();
    await sut.ensureCanteenOptions();

    expect(getCanteensApi).toHaveBeenCalledTimes(1);
    expect(sut.canteenOptions).toEqual([{ id: 'c1', name: '金碧街道幸福食堂' }]);
  });

  it('should keep the ledger check result, or its error', async () => {
    const sut = useOrderStore();
    vi.mocked(verifySubsidyLedgerApi).mockResolvedValueOnce({
      ok: true,
      ordersChecked: 10,
      ledgerRows: 12,
      ordersSubsidyFen: 5000,
      ledgerFen: 5000,
      orderMismatches: [],
      usageMismatches: [],
    });
    await sut.verifyLedger();
    expect(sut.verification?.ok).toBe(true);

    vi.mocked(verifySubsidyLedgerApi).mockRejectedValueOnce(new ApiError(403, { code: ErrorCode.FORBIDDEN, message: 'no' }));
    await sut.verifyLedger();
    expect(sut.verification).toBeNull();
    expect(sut.verifyErrorCode).toBe(ErrorCode.FORBIDDEN);
    expect(sut.verifying).toBe(false);
  });
});
