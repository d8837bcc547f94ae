import { describe, expect, it } from 'vitest';
import { apiQueryFromElderFilters, defaultElderFilters, elderFiltersFromQuery, hasElderFilters, queryFromElderFilters } from './elder-filters';

describe('elder filters in the URL', () => {
  it('should read every filter from the query', () => {
    expect(
      elderFiltersFromQuery({
        regionCode: '530112001',
        category: 'DIBAO',
        ageBand: 'AGE_80_99',
        status: 'ACTIVE',
        review: 'LAPSED',
        q: ' 张秀英 ',
        page: '2',
        pageSize: '50',
      }),
    ).toEqual({
      regionCode: '530112001',
      category: 'DIBAO',
      ageBand: 'AGE_80_99',
      status: 'ACTIVE',
      review: 'LAPSED',
      q: '张秀英',
      page: 2,
      pageSize: 50,
    });
  });

  it('should ignore malformed values instead of failing', () => {
    expect(
      elderFiltersFromQuery({ regionCode: '53%', category: 'RICH', ageBand: '18-30', status: 'GONE', review: 'CURRENT', page: '0', pageSize: '7' }),
    ).toEqual(defaultElderFilters());
  });

  it('should write only what differs from the defaults, and read it back the same', () => {
    const filters = { ...defaultElderFilters(), category: 'TEKUN' as const, review: 'DUE' as const, page: 3 };
    const query = queryFromElderFilters(filters);

    expect(query).toEqual({ category: 'TEKUN', review: 'DUE', page: '3' });
    expect(elderFiltersFromQuery(query as Record<string, string>)).toEqual(filters);
    expect(queryFromElderFilters(defaultElderFilters())).toEqual({});
  });

  it('should send only the filters that are set to the API, and a full ID number as the search', () => {
    expect(apiQueryFromElderFilters(defaultElderFilters())).toEqual({ page: 1, pageSize: 20 });
    expect(apiQueryFromElderFilters({ ...defaultElderFilters(), ageBand: 'AGE_100_PLUS', q: '530112194003151238' })).toEqual({
      ageBand: 'AGE_100_PLUS',
      q: '530112194003151238',
      page: 1,
      pageSize: 20,
    });
  });

  it('should tell a filtered list from an unfiltered one, whatever the page', () => {
    expect(hasElderFilters({ ...defaultElderFilters(), page: 4 })).toBe(false);
    expect(hasElderFilters({ ...defaultElderFilters(), status: 'SUSPENDED' })).toBe(true);
  });
});
