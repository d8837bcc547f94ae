import { ORDER_CHANNELS, type OrderChannel } from '@canteen/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { OrderQuery, OrderStatus, PaymentMethod } from '@/api/types';
import { isServiceDate } from '@/utils/dates';

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
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function defaultOrderFilters(): OrderFilters {
  return { canteenId: '', from: '', to: '', status: '', channel: '', q: '', page: 1, pageSize: DEFAULT_ORDER_PAGE_SIZE };
}

function firstString(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function positiveInteger(text: string, fallback: number): number {
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

function oneOf<T extends string>(allowed: readonly T[], text: string): T | '' {
  return (allowed as readonly string[]).includes(text) ? (text as T) : '';
}

/** Reads filters from the URL, ignoring anything malformed rather than failing. */
export function orderFiltersFromQuery(query: LocationQuery): OrderFilters {
  const canteenId = firstString(query.canteenId);
  const from = firstString(query.from);
  const to = firstString(query.to);
  const pageSize = positiveInteger(firstString(query.pageSize), DEFAULT_ORDER_PAGE_SIZE);
  return {
    canteenId: UUID.test(canteenId) ? canteenId : '',
    from: isServiceDate(from) ? from : '',
    to: isServiceDate(to) ? to : '',
    status: oneOf(ORDER_STATUSES, firstString(query.status)),
    channel: oneOf(ORDER_CHANNELS, firstString(query.channel)),
    q: firstString(query.q).trim().slice(0, 16),
    page: positiveInteger(firstString(query.page), 1),
    pageSize: (ORDER_PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_ORDER_PAGE_SIZE,
  };
}

/** Only what differs from the defaults goes into the URL (other query keys, e.g. the open order, are kept by the caller). */
export function queryFromOrderFilters(filters: OrderFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of ['canteenId', 'from', 'to', 'status', 'channel', 'q'] as const) {
    if (filters[key]) query[key] = filters[key];
  }
  if (filters.page !== 1) query.page = String(filters.page);
  if (filters.pageSize !== DEFAULT_ORDER_PAGE_SIZE) query.pageSize = String(filters.pageSize);
  return query;
}

/** The API query: empty filters are left out, not sent as empty strings. */
export function apiQueryFromOrderFilters(filters: OrderFilters): OrderQuery {
  return {
    ...(filters.canteenId ? { canteenId: filters.canteenId } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

export function hasOrderFilters(filters: OrderFilters): boolean {
  return Boolean(filters.canteenId || filters.from || filters.to || filters.status || filters.channel || filters.q);
}

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['CASH', 'QR', 'CARD_BALANCE'];
