import { ErrorCode } from '@canteen/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildDeviceInfo,
  buildIdentity,
  buildKioskMenu,
  buildOrder,
  buildOrderQuote,
  buildSubsidyBasis,
  DEMO_CARD_NUMBER,
} from '@/testing/fixtures';

type FetchMock = ReturnType<typeof vi.fn<(request: Request) => Promise<Response>>>;

/** openapi-fetch takes `fetch` when the client is created, so stub it first and load the module fresh. */
async function loadApi(fetchMock: FetchMock) {
  vi.stubGlobal('fetch', fetchMock);
  vi.resetModules();
  const [kiosk, elders, orders, request, client] = await Promise.all([
    import('./kiosk'),
    import('./elders'),
    import('./orders'),
    import('./request'),
    import('@canteen/api-client'),
  ]);
  return { ...kiosk, ...elders, ...orders, ...request, ApiError: client.ApiError };
}

function sentRequest(fetchMock: FetchMock, index = 0): Request {
  const call = fetchMock.mock.calls[index];
  if (!call) throw new Error(`no request #${index} was sent`);
  return call[0];
}

describe('kiosk API functions', () => {
  let fetchMock: FetchMock;

  beforeEach(() => {
    fetchMock = vi.fn<(request: Request) => Promise<Response>>();
  });

  it('should ask for the menu with the paired token and the kiosk language', async () => {
    fetchMock.mockResolvedValue(Response.json(buildKioskMenu()));
    const api = await loadApi(fetchMock);
    api.setRequestDeviceToken('tok-paired');
    api.setRequestLocale('en-US');

    await expect(api.getKioskMenuApi()).resolves.toMatchObject({ slot: 'LUNCH', isOpen: true });

    const request = sentRequest(fetchMock);
    expect(request.method).toBe('GET');
    expect(new URL(request.url).pathname).toBe('/api/v1/kiosk/menu');
    expect(request.headers.get('X-Device-Token')).toBe('tok-paired');
    expect(request.headers.get('Accept-Language')).toBe('en-US');
  });

  it('should check a new token without using the paired one', async () => {
    fetchMock.mockResolvedValue(Response.json(buildDeviceInfo()));
    const api = await loadApi(fetchMock);
    api.setRequestDeviceToken('tok-old');

    await expect(api.getKioskDeviceApi('tok-new')).resolves.toMatchObject({ deviceName: '大厅 1 号机' });

    const request = sentRequest(fetchMock);
    expect(new URL(request.url).pathname).toBe('/api/v1/kiosk/device');
    expect(request.headers.get('X-Device-Token')).toBe('tok-new');
  });

  it('should throw an ApiError carrying the code of the error envelope', async () => {
    fetchMock.mockResolvedValue(Response.json({ code: 'DEVICE_REVOKED', message: 'revoked' }, { status: 401 }));
    const api = await loadApi(fetchMock);

    const failure = api.getKioskMenuApi();

    await expect(failure).rejects.toBeInstanceOf(api.ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, code: ErrorCode.DEVICE_REVOKED });
  });

  it('should report an unreachable API as NETWORK_ERROR', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const api = await loadApi(fetchMock);

    await expect(api.getKioskMenuApi()).rejects.toMatchObject({ status: 0, code: ErrorCode.NETWORK_ERROR });
  });

  it('should identify an elder with a POST carrying the method, the value and the paired token', async () => {
    fetchMock.mockResolvedValue(Response.json(buildIdentity()));
    const api = await loadApi(fetchMock);
    api.setRequestDeviceToken('tok-paired');

    await expect(api.identifyElderApi({ method: 'CARD', value: DEMO_CARD_NUMBER })).resolves.toMatchObject({
      maskedName: '张*华',
    });

    const request = sentRequest(fetchMock);
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/kiosk/identify');
    expect(request.headers.get('X-Device-Token')).toBe('tok-paired');
    await expect(request.json()).resolves.toEqual({ method: 'CARD', value: DEMO_CARD_NUMBER });
  });

  it('should carry an elder error code from the identify endpoint', async () => {
    fetchMock.mockResolvedValue(Response.json({ code: 'ELDER_NOT_FOUND', message: 'not found' }, { status: 404 }));
    const api = await loadApi(fetchMock);

    await expect(api.identifyElderApi({ method: 'CARD', value: DEMO_CARD_NUMBER })).rejects.toMatchObject({
      status: 404,
      code: ErrorCode.ELDER_NOT_FOUND,
    });
  });

  it("should fetch an elder's subsidy basis for a meal with the paired token", async () => {
    fetchMock.mockResolvedValue(Response.json(buildSubsidyBasis()));
    const api = await loadApi(fetchMock);
    api.setRequestDeviceToken('tok-paired');

    await expect(api.getSubsidyBasisApi('3f1c1d9e-3c1b-4f5e-9a59-0d3f2a1b7c11', { serviceDate: '2026-11-23', slot: 'LUNCH' })).resolves.toMatchObject({
      slot: 'LUNCH',
    });

    const request = sentRequest(fetchMock);
    const url = new URL(request.url);
    expect(request.method).toBe('GET');
    expect(url.pathname).toBe('/api/v1/kiosk/elders/3f1c1d9e-3c1b-4f5e-9a59-0d3f2a1b7c11/subsidy-basis');
    expect(Object.fromEntries(url.searchParams)).toEqual({ serviceDate: '2026-11-23', slot: 'LUNCH' });
    expect(request.headers.get('X-Device-Token')).toBe('tok-paired');
  });

  it('should ask for a quote with a POST carrying the order and the paired token', async () => {
    fetchMock.mockResolvedValue(Response.json(buildOrderQuote()));
    const api = await loadApi(fetchMock);
    api.setRequestDeviceToken('tok-paired');
    const body = { elder: { elderId: 'elder-1' }, channel: 'DINE_IN' as const, items: [{ menuItemId: 'item-1', qty: 2 }] };

    await expect(api.quoteOrderApi(body)).resolves.toMatchObject({ payableFen: 1900 });

    const request = sentRequest(fetchMock);
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/orders/quote');
    expect(request.headers.get('X-Device-Token')).toBe('tok-paired');
    await expect(request.json()).resolves.toEqual(body);
  });

  it('should place an order with its idempotency key and carry SOLD_OUT back', async () => {
    fetchMock
      .mockResolvedValueOnce(Response.json(buildOrder(), { status: 201 }))
      .mockResolvedValueOnce(Response.json({ code: 'SOLD_OUT', message: 'sold out' }, { status: 409 }));
    const api = await loadApi(fetchMock);
    const body = {
      elder: null,
      channel: 'DINE_IN' as const,
      items: [{ menuItemId: 'item-1', qty: 1 }],
      idempotencyKey: '6f1c1d9e-3c1b-4f5e-9a59-0d3f2a1b7c11',
      payment: { method: 'CASH' as const },
    };

    await expect(api.placeOrderApi(body)).resolves.toMatchObject({ ticketNo: 'A-007' });
    const request = sentRequest(fetchMock);
    expect(new URL(request.url).pathname).toBe('/api/v1/orders');
    await expect(request.json()).resolves.toEqual(body);

    await expect(api.placeOrderApi(body)).rejects.toMatchObject({ status: 409, code: ErrorCode.SOLD_OUT });
  });
});
