import { AGE_BANDS, type AgeBand, ELDER_CATEGORIES, ELDER_STATUSES, type ElderCategory, type ElderStatus } from '@canteen/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ElderQuery } from '@/api/types';

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

export function defaultElderFilters(): ElderFilters {
  return { regionCode: '', category: '', ageBand: '', status: '', review: '', q: '', page: 1, pageSize: DEFAULT_ELDER_PAGE_SIZE };
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
export function elderFiltersFromQuery(query: LocationQuery): ElderFilters {
  const regionCode = firstString(query.regionCode);
  const pageSize = positiveInteger(firstString(query.pageSize), DEFAULT_ELDER_PAGE_SIZE);
  return {
    regionCode: /^\d{2,12}$/.test(regionCode) ? regionCode : '',
    category: oneOf(ELDER_CATEGORIES, firstString(query.category)),
    ageBand: oneOf(AGE_BANDS, firstString(query.ageBand)),
    status: oneOf(ELDER_STATUSES, firstString(query.status)),
    review: oneOf(REVIEW_FILTERS, firstString(query.review)),
    q: firstString(query.q).trim().slice(0, 64),
    page: positiveInteger(firstString(query.page), 1),
    pageSize: (ELDER_PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_ELDER_PAGE_SIZE,
  };
}

/** Only what differs from the defaults goes into the URL. */
export function queryFromElderFilters(filters: ElderFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of ['regionCode', 'category', 'ageBand', 'status', 'review', 'q'] as const) {
    if (filters[key]) query[key] = filters[key];
  }
  if (filters.page !== 1) query.page = String(filters.page);
  if (filters.pageSize !== DEFAULT_ELDER_PAGE_SIZE) query.pageSize = String(filters.pageSize);
  return query;
}

/** The API query: empty filters are left out, not sent as empty strings. */
export function apiQueryFromElderFilters(filters: ElderFilters): ElderQuery {
  return {
    ...(filters.regionCode ? { regionCode: filters.regionCode } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.ageBand ? { ageBand: filters.ageBand } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.review ? { review: filters.review } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

export function hasElderFilters(filters: ElderFilters): boolean {
  return Boolean(filters.regionCode || filters.category || filters.ageBand || filters.status || filters.review || filters.q);
}
