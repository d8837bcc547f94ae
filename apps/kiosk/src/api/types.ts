import type { Schema } from '@canteen/api-client';

/** Request and response shapes of the kiosk endpoints, generated from the API's OpenAPI document. */
export type MenuItemDto = Schema<'MenuItemDto'>;
export type KioskMenuDto = Schema<'KioskMenuDto'>;
export type KioskDeviceInfoDto = Schema<'KioskDeviceInfoDto'>;
/** `POST /api/v1/kiosk/identify`: `{ method: 'CARD' | 'ID_NUMBER', value }`. */
export type KioskIdentifyDto = Schema<'KioskIdentifyDto'>;
export type KioskIdentifyMethod = KioskIdentifyDto['method'];
/** Who is at the kiosk: a masked name ("张*华"), a photo and the entitlement, nothing else. */
export type KioskIdentityDto = Schema<'KioskIdentityDto'>;

/**
 * `GET /api/v1/kiosk/elders/:elderId/subsidy-basis`: what the shared engine needs besides the cart (the
 * policy in force, the elder's facts on the date, usage so far). For the preview only, in memory only.
 */
export type SubsidyBasisDto = Schema<'SubsidyBasisDto'>;

/** Ordering (issue 4). */
export type OrderChannel = Schema<'OrderChannel'>;
export type PaymentMethod = Schema<'PaymentMethod'>;
export type OrderStatus = Schema<'OrderStatus'>;
/** `POST /api/v1/orders/quote`: `elder` null for a visitor; at a kiosk serviceDate/slot are the menu's. */
export type QuoteOrderDto = Schema<'QuoteOrderDto'>;
/** A quote plus the idempotency key (made once per order by the client) and the way to pay. */
export type PlaceOrderDto = Schema<'PlaceOrderDto'>;
export type OrderLineDto = Schema<'OrderLineDto'>;
/** What the order costs, decided by the server: no tier code at a kiosk. */
export type OrderQuoteDto = Schema<'OrderQuoteDto'>;
export type OrderDto = Schema<'OrderDto'>;
