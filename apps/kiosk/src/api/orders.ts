import { unwrap } from '@canteen/api-client';
import { deviceTokenHeader, kioskClient, requestSignal } from './request';
import type { OrderDto, OrderQuoteDto, PlaceOrderDto, QuoteOrderDto } from './types';

/*
 * TEMPORARY: the committed OpenAPI document does not list the order endpoints yet, so the typed client
 * cannot name their paths. The bodies and answers are typed by hand (types.ts) from docs/api-contract.md.
 */
type LooseCall = (
  path: string,
  init: { params: { header: Record<string, string> }; body: unknown; signal: AbortSignal },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const post = kioskClient.POST as unknown as LooseCall;

/** What an order would cost — the total, the 政府补贴 and what is left to pay. Nothing is written. */
export function quoteOrderApi(body: QuoteOrderDto): Promise<OrderQuoteDto> {
  return unwrap(
    post('/api/v1/orders/quote', { params: { header: deviceTokenHeader() }, body, signal: requestSignal() }),
  ) as Promise<OrderQuoteDto>;
}

/**
 * Places the order. The same `idempotencyKey` with the same body answers with the same order, so a retry
 * after a lost answer never makes a second one.
 */
export function placeOrderApi(body: PlaceOrderDto): Promise<OrderDto> {
  return unwrap(
    post('/api/v1/orders', { params: { header: deviceTokenHeader() }, body, signal: requestSignal() }),
  ) as Promise<OrderDto>;
}
