import { describe, expect, it } from 'vitest';
import { apiQueryFromOrderFilters, defaultOrderFilters, hasOrderFilters, orderFiltersFromQuery, queryFromOrderFilters } from './order-filters';

const CANTEEN = 'c0000000-0000-4000-8000-000000000001';

describe('order filters', () => {
  it('should read valid filters from the URL and drop malformed ones', () => {
    expect(
      orderFiltersFromQuery({ canteenId: CANTEEN, from: '2026-11-01', to: 'yesterday', status: 'PAID', channel: 'BOAT', q: ' A-007 ', page: '2', pageSize: '7' }),
    ).toEqual({ ...defaultOrderFilters(), canteenId: CANTEEN, from: '2026-11-01', status: 'PAID', q: 'A-007', page: 2 });
    expect(orderFiltersFromQuery({ canteenId: 'not-a-uuid' }).canteenId).toBe('');
  });

  it('should write only what differs from the defaults, and round-trip through the URL', () => {
    const filters = { ...defaultOrderFilters(), from: '2026-11-01', to: '2026-11-30', channel: 'DELIVERY' as const, pageSize: 50 };
    const query = queryFromOrderFilters(filters);
    expect(query).toEqual({ from: '2026-11-01', to: '2026-11-30', channel: 'DELIVERY', pageSize: '50' });
    expect(orderFiltersFromQuery(query as Record<string, string>)).toEqual(filters);
  });

  it('should leave empty filters out of the API query', () => {
    expect(apiQueryFromOrderFilters({ ...defaultOrderFilters(), q: 'D-002', status: 'CANCELLED' })).toEqual({ q: 'D-002', status: 'CANCELLED', page: 1, pageSize: 20 });
    expect(hasOrderFilters(defaultOrderFilters())).toBe(false);
    expect(hasOrderFilters({ ...defaultOrderFilters(), canteenId: CANTEEN })).toBe(true);
  });
});
