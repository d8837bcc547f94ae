import type { Schema } from '@canteen/api-client';
import type { MealSlot, SubsidyReason } from '@canteen/shared';

/** Request and response shapes of the kiosk endpoints, generated from the API's OpenAPI document. */
export type MenuItemDto = Schema<'MenuItemDto'>;
export type KioskMenuDto = Schema<'KioskMenuDto'>;
export type KioskDeviceInfoDto = Schema<'KioskDeviceInfoDto'>;
/** `POST /api/v1/kiosk/identify`: `{ method: 'CARD' | 'ID_NUMBER', value }`. */
export type KioskIdentifyDto = Schema<'KioskIdentifyDto'>;
export type KioskIdentifyMethod = KioskIdentifyDto['method'];
/** Who is at the kiosk: a masked name ("张*华"), a photo and the entitlement, nothing else. */
export type KioskIdentityDto = Schema<'KioskIdentityDto'>;

/*
 * Ordering (issue 4). Written by hand from docs/api-contract.md until packages/api-client/openapi.json
 * carries the order endpoints; then these become Schema<'QuoteOrderDto'> etc.
 */
export type OrderChannel = 'DINE_IN' | 'DELIVERY';
export type PaymentMethod = 'CASH' | 'QR' | 'CARD_BALANCE';
export type OrderStatus = 'PLACED' | 'PAID' | 'SERVED' | 'CANCELLED';

/** `POST /api/v1/orders/quote`: `elder` null for a visitor; at a kiosk serviceDate/slot are the menu's. */
export interface QuoteOrderDto {
  elder?: { cardNo?: string; elderId?: string } | null;
  serviceDate?: string;
  slot?: MealSlot;
  channel: OrderChannel;
  items: { menuItemId: string; qty: number }[];
  delivery?: { feeFen: number };
}

export interface PlaceOrderDto extends QuoteOrderDto {
  /** Made once per order by the client; a retry sends the same key (and the same body). */
  idempotencyKey: string;
  payment: { method: PaymentMethod };
}

export interface OrderLineDto {
  menuItemId: string;
  dishId: string;
  name: string;
  priceFen: number;
  qty: number;
  lineFen: number;
}

/** What the order costs, decided by the server: no tier code at a kiosk. */
export interface OrderQuoteDto {
  serviceDate: string;
  slot: MealSlot;
  channel: OrderChannel;
  lines: OrderLineDto[];
  deliveryFeeFen: number;
  totalFen: number;
  subsidyFen: number;
  payableFen: number;
  reasons: SubsidyReason[];
}

export interface OrderDto extends OrderQuoteDto {
  id: string;
  ticketNo: string;
  status: OrderStatus;
  canteen: { id: string; name: string };
  elderMaskedName: string | null;
  paymentMethod: PaymentMethod;
  placedAt: string;
  paidAt: string | null;
  servedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  tierCode: string | null;
  policyVersion: number | null;
  funding: { source: string; fen: number }[];
  elderId: string | null;
}
