import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** The page part of a list's filters. */
export interface PageFilters {
  page: number;
  pageSize: number;
}

/** The first value of a URL parameter ('' when absent, empty or null). */
export function firstString(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** A positive safe integer from text, or the fallback. */
export function positiveInteger(text: string, fallback: number): number {
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

/** The text if it is one of the allowed values, or '' (unset). */
export function oneOf<T extends string>(allowed: readonly T[], text: string): T | '' {
  return (allowed as readonly string[]).includes(text) ? (text as T) : '';
}

/** `page` and `pageSize` from the URL; a page size the list does not offer falls back to the default. */
export function pageFromQuery(query: LocationQuery, pageSizes: readonly number[], defaultPageSize: number): PageFilters {
  const pageSize = positiveInteger(firstString(query.pageSize), defaultPageSize);
  return {
    page: positiveInteger(firstString(query.page), 1),
    pageSize: pageSizes.includes(pageSize) ? pageSize : defaultPageSize,
  };
}

/** The URL query for filters: only the set fields among `keys`, and the page when it is not the default. */
export function queryFromListFilters<F extends PageFilters>(filters: F, keys: readonly (keyof F & string)[], defaultPageSize: number): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of keys) {
    if (filters[key]) query[key] = String(filters[key]);
  }
  if (filters.page !== 1) query.page = String(filters.page);
  if (filters.pageSize !== defaultPageSize) query.pageSize = String(filters.pageSize);
  return query;
}

/** An API query: the set fields among `keys` (unset ones are left out, not sent as ''), and the page. */
export type ApiQueryOf<F extends PageFilters, K extends keyof F> = { [P in K]?: Exclude<F[P], ''> } & PageFilters;

/** The API query for filters: empty filters are left out, not sent as empty strings. */
export function apiQueryFromListFilters<F extends PageFilters, K extends keyof F & string>(filters: F, keys: readonly K[]): ApiQueryOf<F, K> {
  const query: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    if (filters[key]) query[key] = filters[key];
  }
  return { ...query, page: filters.page, pageSize: filters.pageSize } as ApiQueryOf<F, K>;
}

/** Whether any of `keys` narrows the list (the page does not count). */
export function hasListFilters<F extends PageFilters>(filters: F, keys: readonly (keyof F & string)[]): boolean {
  return keys.some((key) => Boolean(filters[key]));
}
