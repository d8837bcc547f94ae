import { describe, expect, it } from 'vitest';
import {
  apiQueryFromListFilters,
  firstString,
  hasListFilters,
  oneOf,
  pageFromQuery,
  positiveInteger,
  queryFromListFilters,
} from './url-filters';

interface Filters {
  kind: 'A' | 'B' | '';
  q: string;
  page: number;
  pageSize: number;
}

const KEYS = ['kind', 'q'] as const;
const empty = (): Filters => ({ kind: '', q: '', page: 1, pageSize: 20 });

describe('URL filters', () => {
  it('should take the first string of a URL parameter', () => {
    expect(firstString('a')).toBe('a');
    expect(firstString(['b', 'c'])).toBe('b');
    expect(firstString([null, 'c'])).toBe('');
    expect(firstString(null)).toBe('');
    expect(firstString(undefined)).toBe('');
  });

  it('should accept only positive safe integers', () => {
    expect(positiveInteger('3', 1)).toBe(3);
    expect(positiveInteger('0', 1)).toBe(1);
    expect(positiveInteger('-2', 1)).toBe(1);
    expect(positiveInteger('1.5', 1)).toBe(1);
    expect(positiveInteger('9007199254740993', 1)).toBe(1);
    expect(positiveInteger('', 7)).toBe(7);
  });

  it('should accept only allowed values', () => {
    expect(oneOf(['A', 'B'] as const, 'B')).toBe('B');
    expect(oneOf(['A', 'B'] as const, 'b')).toBe('');
  });

  it('should read the page and fall back to the default page size when the list does not offer it', () => {
    expect(pageFromQuery({ page: '3', pageSize: '50' }, [20, 50], 20)).toEqual({ page: 3, pageSize: 50 });
    expect(pageFromQuery({ page: 'x', pageSize: '7' }, [20, 50], 20)).toEqual({ page: 1, pageSize: 20 });
    expect(pageFromQuery({}, [20, 50], 20)).toEqual({ page: 1, pageSize: 20 });
  });

  it('should put only what differs from the defaults into the URL', () => {
    expect(queryFromListFilters(empty(), KEYS, 20)).toEqual({});
    expect(queryFromListFilters({ kind: 'A', q: '', page: 2, pageSize: 50 }, KEYS, 20)).toEqual({ kind: 'A', page: '2', pageSize: '50' });
  });

  it('should leave empty filters out of the API query', () => {
    expect(apiQueryFromListFilters(empty(), KEYS)).toEqual({ page: 1, pageSize: 20 });
    expect(apiQueryFromListFilters({ kind: '', q: 'x', page: 3, pageSize: 20 }, KEYS)).toEqual({ q: 'x', page: 3, pageSize: 20 });
  });

  it('should tell whether any filter narrows the list, whatever the page', () => {
    expect(hasListFilters({ ...empty(), page: 4 }, KEYS)).toBe(false);
    expect(hasListFilters({ ...empty(), kind: 'B' }, KEYS)).toBe(true);
  });
});
