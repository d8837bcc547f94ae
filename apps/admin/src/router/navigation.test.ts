import { ALL_ROLES, type Role } from '@canteen/shared';
import type { RouteRecordRaw } from 'vue-router';
import { describe, expect, it } from 'vitest';
import { isAllowed, navigationFor } from './navigation';
import { routes } from './routes';

function entryNames(role: Role | null): string[] {
  return navigationFor(role, routes).map((entry) => entry.name);
}

/** Policies and budgets: read by the editors, auditors and the market regulator (the API's POLICY_READER_ROLES). */
const SUBSIDY_PAGES = ['subsidy-policies', 'subsidy-budgets'];

describe('navigationFor', () => {
  it.each<[Role, string[]]>([
    ['SYSTEM_ADMIN', ['home', 'canteens', 'elders', 'approvals', 'reviews', 'eligibility-settings', ...SUBSIDY_PAGES, 'orders']],
    ['CITY_OFFICIAL', ['home', 'canteens', 'elders', 'approvals', 'reviews', 'eligibility-settings', ...SUBSIDY_PAGES, 'orders']],
    ['DISTRICT_OFFICIAL', ['home', 'canteens', 'elders', 'approvals', 'reviews', 'eligibility-settings', ...SUBSIDY_PAGES, 'orders']],
    ['STREET_OFFICIAL', ['home', 'canteens', 'elders', 'approvals', 'reviews', 'orders']],
    ['COMMUNITY_WORKER', ['home', 'elders']],
    ['MARKET_REGULATOR', ['home', 'canteens', ...SUBSIDY_PAGES]],
    ['AUDITOR', ['home', 'canteens', 'elders', ...SUBSIDY_PAGES, 'orders']],
    ['CANTEEN_MANAGER', ['home', 'orders', 'my-canteen']],
    ['CANTEEN_STAFF', ['home', 'orders', 'my-canteen']],
    ['VOLUNTEER', ['home']],
  ])('should give %s exactly %j', (role, expected) => {
    expect(entryNames(role)).toEqual(expected);
  });

  it('should cover every role in the table above', () => {
    expect(ALL_ROLES).toHaveLength(10);
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

function rolesFor(name: string): readonly Role[] | undefined {
  const find = (records: typeof routes): RouteRecordRaw | undefined =>
    records.reduce<RouteRecordRaw | undefined>((found, record) => found ?? (record.name === name ? record : find(record.children ?? [])), undefined);
  return find(routes)?.meta?.roles;
}

describe('elder pages', () => {
  it('should let a community worker register and import but not approve or set intervals', () => {
    expect(isAllowed({ roles: rolesFor('elder-import') }, 'COMMUNITY_WORKER')).toBe(true);
    expect(isAllowed({ roles: rolesFor('elder-detail') }, 'COMMUNITY_WORKER')).toBe(true);
    expect(isAllowed({ roles: rolesFor('approvals') }, 'COMMUNITY_WORKER')).toBe(false);
    expect(isAllowed({ roles: rolesFor('eligibility-settings') }, 'COMMUNITY_WORKER')).toBe(false);
  });

  it('should keep import away from read-only auditors while letting them read the registry and print cards', () => {
    expect(isAllowed({ roles: rolesFor('elder-import') }, 'AUDITOR')).toBe(false);
    expect(isAllowed({ roles: rolesFor('elder-stats') }, 'AUDITOR')).toBe(true);
    expect(isAllowed({ roles: rolesFor('elder-card-print') }, 'AUDITOR')).toBe(true);
  });

  it('should keep the elder registry from canteen staff, volunteers and the market regulator', () => {
    for (const role of ['CANTEEN_MANAGER', 'CANTEEN_STAFF', 'VOLUNTEER', 'MARKET_REGULATOR'] as const) {
      expect(isAllowed({ roles: rolesFor('elders') }, role)).toBe(false);
    }
  });
});

describe('subsidy and order pages', () => {
  it('should keep drafting and editing to district officials and above, like the API', () => {
    for (const name of ['subsidy-policy-new', 'subsidy-policy-edit']) {
      expect(ALL_ROLES.filter((role) => isAllowed({ roles: rolesFor(name) }, role))).toEqual(['SYSTEM_ADMIN', 'CITY_OFFICIAL', 'DISTRICT_OFFICIAL']);
    }
  });

  it('should let auditors and the regulator read a version, and keep street officials out of policies', () => {
    expect(isAllowed({ roles: rolesFor('subsidy-policy-detail') }, 'AUDITOR')).toBe(true);
    expect(isAllowed({ roles: rolesFor('subsidy-policy-detail') }, 'MARKET_REGULATOR')).toBe(true);
    expect(isAllowed({ roles: rolesFor('subsidy-policy-detail') }, 'STREET_OFFICIAL')).toBe(false);
    expect(isAllowed({ roles: rolesFor('orders') }, 'MARKET_REGULATOR')).toBe(false);
    expect(isAllowed({ roles: rolesFor('orders') }, 'VOLUNTEER')).toBe(false);
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
