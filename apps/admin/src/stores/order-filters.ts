import { ORDER_CHANNELS, type OrderChannel } from '@canteen/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { OrderQuery, OrderStatus, PaymentMethod } from '@/api/types';
import { isServiceDate } from '@/utils/dates';
import { apiQueryFromListFilters, firstString, hasListFilters, oneOf, pageFromQuery, queryFromListFilters } from '@/utils/url-filters';

export const ORDER_STATUSES: readonly OrderStatus[] = ['PLACED', 'PAID', 'SERVED', 'CANCELLED'];

/** What the order search is filtered by; mirrored in the URL so a link or a reload keeps it. */
export interface OrderFilters {
  canteenId: string;
  from: string;
  to: string;
  status: OrderStatus | '';
  channel: OrderChannel | '';
  /** Ticket number, e.g. "A-007". */
  q: string;
  page: number;
  pageSize: number;
}

export const ORDER_PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_ORDER_PAGE_SIZE = ORDER_PAGE_SIZES[0];
const FILTER_KEYS = ['canteenId', 'from', 'to', 'status', 'channel', 'q'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function defaultOrderFilters(): OrderFilters {
  return { canteenId: '', from: '', to: '', status: '', channel: '', q: '', page: 1, pageSize: DEFAULT_ORDER_PAGE_SIZE };
}

/** Reads filters from the URL, ignoring anything malformed rather than failing. */
export function orderFiltersFromQuery(query: LocationQuery): OrderFilters {
  const canteenId = firstString(query.canteenId);
  const from = firstString(query.from);
  const to = firstString(query.to);
  return {
    canteenId: UUID.test(canteenId) ? canteenId : '',
    from: isServiceDate(from) ? from : '',
    to: isServiceDate(to) ? to : '',
    status: oneOf(ORDER_STATUSES, firstString(query.status)),
    channel: oneOf(ORDER_CHANNELS, firstString(query.channel)),
    q: firstString(query.q).trim().slice(0, 16),
    ...pageFromQuery(query, ORDER_PAGE_SIZES, DEFAULT_ORDER_PAGE_SIZE),
  };
}

/** Only what differs from the defaults goes into the URL (other query keys, e.g. the open order, are kept by the caller). */
export function queryFromOrderFilters(filters: OrderFilters): LocationQueryRaw {
  return queryFromListFilters(filters, FILTER_KEYS, DEFAULT_ORDER_PAGE_SIZE);
}

/** The API query: empty filters are left out, not sent as empty strings. */
export function apiQueryFromOrderFilters(filters: OrderFilters): OrderQuery {
  return apiQueryFromListFilters(filters, FILTER_KEYS);
}

export function hasOrderFilters(filters: OrderFilters): boolean {
  return hasListFilters(filters, FILTER_KEYS);
}

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['CASH', 'QR', 'CARD_BALANCE'];
