import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identifyElderApi, placeOrderApi, quoteOrderApi, type OrderDto, type PlaceOrderDto } from '@/api';
import { buildDeviceInfo, buildIdentity, buildMenuItem, buildOrder, buildOrderQuote, DEMO_CARD_NUMBER } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import { useCartStore } from './cart';
import { useDeviceStore } from './device';
import { useElderSessionStore } from './elder-session';
import { newIdempotencyKey, useOrderStore } from './order';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

const apiError = (status: number, code: ErrorCode) => new ApiError(status, { code, message: 'server prose' });
const LUNCH = { serviceDate: '2026-11-23', slot: 'LUNCH' } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function placedBody(call: number): PlaceOrderDto {
  const body = vi.mocked(placeOrderApi).mock.calls[call]?.[0];
  if (!body) throw new Error(`placeOrderApi call #${call} was not made`);
  return body;
}

async function identifyElder(): Promise<void> {
  vi.mocked(identifyElderApi).mockResolvedValue(buildIdentity());
  await useElderSessionStore().identify('CARD', DEMO_CARD_NUMBER);
}

function fillCart(): void {
  const cart = useCartStore();
  const pork = buildMenuItem({ id: 'item-1', name: '红烧肉' });
  cart.add(pork, LUNCH);
  cart.add(pork, LUNCH);
}

describe('useOrderStore', () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
    setActivePinia(createPinia());
  });

  describe('quote', () => {
    it("should ask the server for the elder's amounts and keep them", async () => {
      await identifyElder();
      fillCart();
      vi.mocked(quoteOrderApi).mockResolvedValue(buildOrderQuote({ totalFen: 2400, subsidyFen: 500, payableFen: 1900 }));
      const sut = useOrderStore();
      sut.beginReview();

      await expect(sut.requestQuote()).resolves.toBe(true);

      expect(quoteOrderApi).toHaveBeenCalledExactlyOnceWith({
        elder: { elderId: 'elder-1' },
        serviceDate: '2026-11-23',
        slot: 'LUNCH',
        channel: 'DINE_IN',
        items: [{ menuItemId: 'item-1', qty: 2 }],
      });
      expect(sut.quote).toMatchObject({ totalFen: 2400, subsidyFen: 500, payableFen: 1900 });
      expect(sut.quoting).toBe(false);
      expect(sut.quoteError).toBeNull();
    });

    it('should quote a visitor with no elder', async () => {
      fillCart();
      vi.mocked(quoteOrderApi).mockResolvedValue(buildOrderQuote({ subsidyFen: 0, payableFen: 2400, reasons: ['VISITOR'] }));
      const sut = useOrderStore();
      sut.beginReview();

      await sut.requestQuote();

      expect(vi.mocked(quoteOrderApi).mock.calls[0]?.[0].elder).toBeNull();
      expect(sut.quote?.reasons).toEqual(['VISITOR']);
    });

    it('should expose why a quote failed', async () => {
      fillCart();
      vi.mocked(quoteOrderApi).mockRejectedValue(apiError(409, ErrorCode.SOLD_OUT));
      const sut = useOrderStore();
      sut.beginReview();

      await expect(sut.requestQuote()).resolves.toBe(false);

      expect(sut.quote).toBeNull();
      expect(sut.quoteError).toBe(ErrorCode.SOLD_OUT);
    });

    it('should not ask for an empty cart', async () => {
      const sut = useOrderStore();
      await expect(sut.requestQuote()).resolves.toBe(false);
      expect(quoteOrderApi).not.toHaveBeenCalled();
    });
  });

  describe('place', () => {
    it('should send the same idempotency key again when retrying after a network error', async () => {
      await identifyElder();
      fillCart();
      vi.mocked(placeOrderApi)
        .mockRejectedValueOnce(apiError(0, ErrorCode.NETWORK_ERROR))
        .mockResolvedValueOnce(buildOrder({ paymentMethod: 'QR' }));
      const sut = useOrderStore();
      sut.beginReview();
      const key = sut.idempotencyKey;
      expect(key).toMatch(UUID);

      await expect(sut.place('QR')).resolves.toBe(false);
      expect(sut.placeError).toBe(ErrorCode.NETWORK_ERROR);
      expect(sut.outcomeUnknown).toBe(true);
      expect(sut.idempotencyKey).toBe(key);

      // Going back to the review and confirming again is still the same order.
      sut.beginReview();
      expect(sut.idempotencyKey).toBe(key);
      await expect(sut.retryPlace()).resolves.toBe(true);

      expect(placeOrderApi).toHaveBeenCalledTimes(2);
      expect(placedBody(0).idempotencyKey).toBe(key);
      expect(placedBody(1)).toEqual(placedBody(0));
      expect(placedBody(1)).toMatchObject({
        elder: { elderId: 'elder-1' },
        channel: 'DINE_IN',
        items: [{ menuItemId: 'item-1', qty: 2 }],
        payment: { method: 'QR' },
      });
    });

    it('should expose SOLD_OUT, and make a new key for the next attempt (the server made nothing)', async () => {
      fillCart();
      vi.mocked(placeOrderApi).mockRejectedValue(apiError(409, ErrorCode.SOLD_OUT));
      const sut = useOrderStore();
      sut.beginReview();
      const firstKey = sut.idempotencyKey;

      await expect(sut.place('CASH')).resolves.toBe(false);

      expect(sut.placeError).toBe(ErrorCode.SOLD_OUT);
      expect(sut.outcomeUnknown).toBe(false);
      sut.beginReview();
      expect(sut.idempotencyKey).toMatch(UUID);
      expect(sut.idempotencyKey).not.toBe(firstKey);
    });

    it('should keep the ticket without the name or tier, and wipe the cart and the elder', async () => {
      await identifyElder();
      fillCart();
      const staffFields: Partial<OrderDto> = { tierCode: 'T-80PLUS', elderId: 'elder-1', funding: [{ source: 'CITY', fen: 500 }] };
      vi.mocked(placeOrderApi).mockResolvedValue(buildOrder({ ...staffFields, ticketNo: 'A-012' }));
      const sut = useOrderStore();
      sut.beginReview();

      await expect(sut.place('CASH')).resolves.toBe(true);

      expect(sut.ticket).toMatchObject({ ticketNo: 'A-012', canteenName: '翠湖社区幸福食堂', subsidyFen: 500, payableFen: 1900 });
      expect(sut.ticket?.settled).toBe(false);
      const kept = JSON.stringify(sut.$state);
      expect(kept).not.toContain('张*华');
      expect(kept).not.toContain('T-80PLUS');
      expect(kept).not.toContain('elder-1');
      expect(sut.idempotencyKey).toBeNull();
      expect(useCartStore().isEmpty).toBe(true);
      expect(useElderSessionStore().elder).toBeNull();
    });

    it('should call a ticket with nothing to pay settled', async () => {
      fillCart();
      vi.mocked(placeOrderApi).mockResolvedValue(buildOrder({ subsidyFen: 2400, payableFen: 0 }));
      const sut = useOrderStore();
      sut.beginReview();
      await sut.place('CASH');
      expect(sut.ticket?.settled).toBe(true);
    });

    it('should drop the pairing when the device is refused', async () => {
      fillCart();
      vi.mocked(placeOrderApi).mockRejectedValue(apiError(401, ErrorCode.DEVICE_REVOKED));
      const sut = useOrderStore();
      sut.beginReview();

      await sut.place('CASH');

      expect(sut.placeError).toBe(ErrorCode.DEVICE_REVOKED);
      expect(useDeviceStore().isPaired).toBe(false);
    });
  });

  it('should clear everything on $reset and drop an answer that arrives after it', async () => {
    fillCart();
    let answer: (order: OrderDto) => void = () => {};
    vi.mocked(placeOrderApi).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const sut = useOrderStore();
    sut.beginReview();
    const pending = sut.place('CASH');

    sut.$reset();
    answer(buildOrder());

    await expect(pending).resolves.toBe(false);
    expect(sut.ticket).toBeNull();
    expect(sut.quote).toBeNull();
    expect(sut.placing).toBe(false);
    expect(sut.placeError).toBeNull();
    expect(sut.idempotencyKey).toBeNull();
    expect(sut.paymentMethod).toBeNull();
  });

});

describe('newIdempotencyKey', () => {
  it('should make a v4 UUID, also where crypto.randomUUID is missing (plain http)', () => {
    expect(newIdempotencyKey()).toMatch(UUID);
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array<ArrayBuffer>) => real.getRandomValues(array) });

    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));

    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID);
  });
});
