import { CANTEEN_STATUSES, type CanteenStatus } from '@canteen/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CanteenQuery } from '@/api/types';
import { apiQueryFromListFilters, firstString, oneOf, pageFromQuery, queryFromListFilters } from '@/utils/url-filters';

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
const FILTER_KEYS = ['regionCode', 'status', 'q'] as const;

export function defaultCanteenFilters(): CanteenFilters {
  return { regionCode: '', status: '', q: '', page: 1, pageSize: DEFAULT_PAGE_SIZE };
}

/** Reads filters from the URL, ignoring anything malformed rather than failing. */
export function filtersFromQuery(query: LocationQuery): CanteenFilters {
  const regionCode = firstString(query.regionCode);
  return {
    regionCode: /^\d+$/.test(regionCode) ? regionCode : '',
    status: oneOf(CANTEEN_STATUSES, firstString(query.status)),
    q: firstString(query.q).trim(),
    ...pageFromQuery(query, PAGE_SIZES, DEFAULT_PAGE_SIZE),
  };
}

/** Only what differs from the defaults goes into the URL. */
export function queryFromFilters(filters: CanteenFilters): LocationQueryRaw {
  return queryFromListFilters(filters, FILTER_KEYS, DEFAULT_PAGE_SIZE);
}

/** The API query: empty filters are left out, not sent as empty strings. */
export function apiQueryFromFilters(filters: CanteenFilters): CanteenQuery {
  return apiQueryFromListFilters(filters, FILTER_KEYS);
}
