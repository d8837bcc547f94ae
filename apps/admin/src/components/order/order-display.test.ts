import { describe, expect, it } from 'vitest';
import type { OrderDto } from '@/api/types';
import { fundingShares, isCancellable, orderExportColumns, orderTimeline } from './order-display';

const ORDER: OrderDto = {
  id: 'o1',
  ticketNo: 'A-007',
  status: 'CANCELLED',
  serviceDate: '2026-11-20',
  slot: 'LUNCH',
  channel: 'DINE_IN',
  lines: [{ menuItemId: 'm1', dishId: 'd1', name: '番茄炒蛋套餐', priceFen: 1200, qty: 1, lineFen: 1200 }],
  deliveryFeeFen: 0,
  totalFen: 1200,
  subsidyFen: 900,
  payableFen: 300,
  reasons: ['TIER_CHOSEN', 'MIN_SELF_PAY'],
  canteen: { id: 'c1', name: '金碧街道幸福食堂' },
  elderMaskedName: '张*华',
  paymentMethod: 'CASH',
  placedAt: '2026-11-20T03:30:00.000Z',
  paidAt: '2026-11-20T03:30:05.000Z',
  servedAt: null,
  cancelledAt: '2026-11-20T03:40:00.000Z',
  cancelReason: '老人临时有事',
  tierCode: 'AGE_80',
  policyVersion: 2,
  policyId: 'p2',
  funding: [
    { source: 'CITY', fen: 300 },
    { source: 'DISTRICT', fen: 600 },
  ],
  elderId: 'e1',
};

describe('order display', () => {
  it('should build the timeline from the recorded status changes, with who and the cancel reason', () => {
    const events = [
      { fromStatus: null, toStatus: 'PLACED' as const, actorKind: 'DEVICE' as const, actorName: '大厅1号机', reason: null, at: '2026-11-20T03:01:00.000Z' },
      { fromStatus: 'PLACED' as const, toStatus: 'PAID' as const, actorKind: 'STAFF' as const, actorName: '王店长', reason: null, at: '2026-11-20T03:02:00.000Z' },
      { fromStatus: 'PAID' as const, toStatus: 'CANCELLED' as const, actorKind: 'STAFF' as const, actorName: '王店长', reason: '老人临时有事', at: '2026-11-20T03:05:00.000Z' },
    ];
    expect(orderTimeline({ events })).toEqual([
      { status: 'PLACED', at: events[0]!.at, actor: '大厅1号机', note: null },
      { status: 'PAID', at: events[1]!.at, actor: '王店长', note: null },
      { status: 'CANCELLED', at: events[2]!.at, actor: '王店长', note: '老人临时有事' },
    ]);
  });

  it('should allow cancelling only before serving', () => {
    expect(['PLACED', 'PAID', 'SERVED', 'CANCELLED'].map((status) => isCancellable({ status: status as OrderDto['status'] }))).toEqual([true, true, false, false]);
  });

  it('should give each funding part its share of the subsidy', () => {
    expect(fundingShares(ORDER)).toEqual([
      { source: 'CITY', fen: 300, percent: 33.3 },
      { source: 'DISTRICT', fen: 600, percent: 66.7 },
    ]);
    expect(fundingShares({ funding: [], subsidyFen: 0 })).toEqual([]);
  });

  it('should export yuan as numbers and reasons in words', () => {
    const cells = orderExportColumns((key) => `<${key}>`).map((column) => column.value(ORDER));
    expect(cells).toContain(12);
    expect(cells).toContain(9);
    expect(cells).toContain('<fundingSources.CITY> 3.00；<fundingSources.DISTRICT> 6.00');
    expect(cells).toContain('<subsidyReasons.TIER_CHOSEN>；<subsidyReasons.MIN_SELF_PAY>');
    // 03:30 UTC is 11:30 in Asia/Shanghai.
    expect(cells).toContain('2026-11-20 11:30');
  });
});
