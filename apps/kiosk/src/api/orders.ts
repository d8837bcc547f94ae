import { unwrap } from '@canteen/api-client';
import { deviceTokenHeader, kioskClient, requestSignal } from './request';
import type { OrderDto, OrderQuoteDto, PlaceOrderDto, QuoteOrderDto } from './types';

/** What an order would cost — the total, the 政府补贴 and what is left to pay. Nothing is written. */
export function quoteOrderApi(body: QuoteOrderDto): Promise<OrderQuoteDto> {
  return unwrap(
    kioskClient.POST('/api/v1/orders/quote', { params: { header: deviceTokenHeader() }, body, signal: requestSignal() }),
  );
}

/**
 * Places the order. The same `idempotencyKey` with the same body answers with the same order, so a retry
 * after a lost answer never makes a second one.
 */
export function placeOrderApi(body: PlaceOrderDto): Promise<OrderDto> {
  return unwrap(kioskClient.POST('/api/v1/orders', { params: { header: deviceTokenHeader() }, body, signal: requestSignal() }));
}
