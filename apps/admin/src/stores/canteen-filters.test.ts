import { describe, expect, it } from 'vitest';
import { apiQueryFromFilters, defaultCanteenFilters, filtersFromQuery, queryFromFilters } from './canteen-filters';

describe('canteen filters in the URL', () => {
  it('should read every filter from the query', () => {
    expect(filtersFromQuery({ regionCode: '530112001', status: 'OPEN', q: ' 碧鸡 ', page: '3', pageSize: '50' })).toEqual({
      regionCode: '530112001',
      status: 'OPEN',
      q: '碧鸡',
      page: 3,
      pageSize: 50,
    });
  });

  it('should ignore malformed values instead of failing', () => {
    expect(filtersFromQuery({ regionCode: "53' OR 1=1", status: 'DELETED', page: '-2', pageSize: '7' })).toEqual(
      defaultCanteenFilters(),
    );
  });

  it('should take the first of repeated parameters', () => {
    expect(filtersFromQuery({ status: ['CLOSED', 'OPEN'] }).status).toBe('CLOSED');
  });

  it('should write only what differs from the defaults, and read it back the same', () => {
    const filters = { ...defaultCanteenFilters(), status: 'SUSPENDED' as const, page: 2 };
    const query = queryFromFilters(filters);

    expect(query).toEqual({ status: 'SUSPENDED', page: '2' });
    expect(filtersFromQuery(query as Record<string, string>)).toEqual(filters);
    expect(queryFromFilters(defaultCanteenFilters())).toEqual({});
  });

  it('should leave empty filters out of the API query', () => {
    expect(apiQueryFromFilters(defaultCanteenFilters())).toEqual({ page: 1, pageSize: 20 });
  });
});
