import { CANTEEN_STATUSES, type CanteenStatus } from '@canteen/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CanteenQuery } from '@/api/types';

/** What the canteen list is filtered by; mirrored in the URL so a link or a reload keeps it. */
export interface CanteenFilters {
  regionCode: string;
  status: CanteenStatus | '';
  q: string;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];

export function defaultCanteenFilters(): CanteenFilters {
  return { regionCode: '', status: '', q: '', page: 1, pageSize: DEFAULT_PAGE_SIZE };
}

function firstString(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function positiveInteger(text: string, fallback: number): number {
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

/** Reads filters from the URL, ignoring anything malformed rather than failing. */
export function filtersFromQuery(query: LocationQuery): CanteenFilters {
  const status = firstString(query.status);
  const pageSize = positiveInteger(firstString(query.pageSize), DEFAULT_PAGE_SIZE);
  return {
    regionCode: /^\d+$/.test(firstString(query.regionCode)) ? firstString(query.regionCode) : '',
    status: (CANTEEN_STATUSES as readonly string[]).includes(status) ? (status as CanteenStatus) : '',
    q: firstString(query.q).trim(),
    page: positiveInteger(firstString(query.page), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Only what differs from the defaults goes into the URL. */
export function queryFromFilters(filters: CanteenFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.regionCode) query.regionCode = filters.regionCode;
  if (filters.status) query.status = filters.status;
  if (filters.q) query.q = filters.q;
  if (filters.page !== 1) query.page = String(filters.page);
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) query.pageSize = String(filters.pageSize);
  return query;
}

/** The API query: empty filters are left out, not sent as empty strings. */
export function apiQueryFromFilters(filters: CanteenFilters): CanteenQuery {
  return {
    ...(filters.regionCode ? { regionCode: filters.regionCode } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    page: filters.page,
    pageSize: filters.pageSize,
  };
}
