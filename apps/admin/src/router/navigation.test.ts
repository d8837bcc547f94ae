import { ALL_ROLES, type Role } from '@canteen/shared';
import { describe, expect, it } from 'vitest';
import { isAllowed, navigationFor } from './navigation';
import { routes } from './routes';

function entryNames(role: Role | null): string[] {
  return navigationFor(role, routes).map((entry) => entry.name);
}

describe('navigationFor', () => {
  it.each<[Role, string[]]>([
    ['SYSTEM_ADMIN', ['home', 'canteens']],
    ['CITY_OFFICIAL', ['home', 'canteens']],
    ['DISTRICT_OFFICIAL', ['home', 'canteens']],
    ['STREET_OFFICIAL', ['home', 'canteens']],
    ['MARKET_REGULATOR', ['home', 'canteens']],
    ['AUDITOR', ['home', 'canteens']],
    ['CANTEEN_MANAGER', ['home', 'my-canteen']],
    ['CANTEEN_STAFF', ['home', 'my-canteen']],
    ['VOLUNTEER', ['home']],
  ])('should give %s exactly %j', (role, expected) => {
    expect(entryNames(role)).toEqual(expected);
  });

  it('should cover every role in the table above', () => {
    expect(ALL_ROLES).toHaveLength(9);
  });

  it('should give nothing before sign-in', () => {
    expect(entryNames(null)).toEqual([]);
  });

  it('should only list pages that have a route, with a title and an icon', () => {
    const routeNames = new Set<string>();
    const collect = (records: typeof routes): void =>
      records.forEach((record) => {
        if (typeof record.name === 'string') routeNames.add(record.name);
        if (record.children) collect(record.children);
      });
    collect(routes);
    for (const role of ALL_ROLES) {
      for (const entry of navigationFor(role, routes)) {
        expect(routeNames.has(entry.name)).toBe(true);
        expect(entry.titleKey).toMatch(/^nav\./);
        expect(entry.icon).toBeTruthy();
      }
    }
  });
});

describe('isAllowed', () => {
  it('should open public pages to anyone and closed pages to no one signed out', () => {
    expect(isAllowed({ public: true }, null)).toBe(true);
    expect(isAllowed({}, null)).toBe(false);
  });

  it('should let a role list decide, and open a page without one to every signed-in role', () => {
    expect(isAllowed({ roles: ['AUDITOR'] }, 'AUDITOR')).toBe(true);
    expect(isAllowed({ roles: ['AUDITOR'] }, 'VOLUNTEER')).toBe(false);
    expect(isAllowed({}, 'VOLUNTEER')).toBe(true);
  });
});
