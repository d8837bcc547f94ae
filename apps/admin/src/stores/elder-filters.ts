import { AGE_BANDS, type AgeBand, ELDER_CATEGORIES, ELDER_STATUSES, type ElderCategory, type ElderStatus } from '@canteen/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ElderQuery } from '@/api/types';
import { apiQueryFromListFilters, firstString, hasListFilters, oneOf, pageFromQuery, queryFromListFilters } from '@/utils/url-filters';

/** The review states a list can be narrowed to (CURRENT is everybody else). */
export const REVIEW_FILTERS = ['LAPSED', 'DUE'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** What the elder list is filtered by; mirrored in the URL so a link or a reload keeps it. */
export interface ElderFilters {
  regionCode: string;
  category: ElderCategory | '';
  ageBand: AgeBand | '';
  status: ElderStatus | '';
  review: ReviewFilter | '';
  q: string;
  page: number;
  pageSize: number;
}

export const ELDER_PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_ELDER_PAGE_SIZE = ELDER_PAGE_SIZES[0];
const FILTER_KEYS = ['regionCode', 'category', 'ageBand', 'status', 'review', 'q'] as const;

export function defaultElderFilters(): ElderFilters {
  return { regionCode: '', category: '', ageBand: '', status: '', review: '', q: '', page: 1, pageSize: DEFAULT_ELDER_PAGE_SIZE };
}

/** Reads filters from the URL, ignoring anything malformed rather than failing. */
export function elderFiltersFromQuery(query: LocationQuery): ElderFilters {
  const regionCode = firstString(query.regionCode);
  return {
    regionCode: /^\d{2,12}$/.test(regionCode) ? regionCode : '',
    category: oneOf(ELDER_CATEGORIES, firstString(query.category)),
    ageBand: oneOf(AGE_BANDS, firstString(query.ageBand)),
    status: oneOf(ELDER_STATUSES, firstString(query.status)),
    review: oneOf(REVIEW_FILTERS, firstString(query.review)),
    q: firstString(query.q).trim().slice(0, 64),
    ...pageFromQuery(query, ELDER_PAGE_SIZES, DEFAULT_ELDER_PAGE_SIZE),
  };
}

/** Only what differs from the defaults goes into the URL. */
export function queryFromElderFilters(filters: ElderFilters): LocationQueryRaw {
  return queryFromListFilters(filters, FILTER_KEYS, DEFAULT_ELDER_PAGE_SIZE);
}

/** The API query: empty filters are left out, not sent as empty strings. */
export function apiQueryFromElderFilters(filters: ElderFilters): ElderQuery {
  return apiQueryFromListFilters(filters, FILTER_KEYS);
}

export function hasElderFilters(filters: ElderFilters): boolean {
  return hasListFilters(filters, FILTER_KEYS);
}
