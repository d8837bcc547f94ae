import { ALL_ROLES, type Role } from '@canteen/shared';
import { describe, expect, it } from 'vitest';
import { canCreateCanteen, canEditCanteen, canEditMenus, canManageKioskDevices } from './permissions';

const OWN = 'canteen-own';
const OTHER = 'canteen-other';

function actor(role: Role) {
  return { role, canteenId: role === 'CANTEEN_MANAGER' || role === 'CANTEEN_STAFF' ? OWN : null };
}

function rolesWhere(check: (role: Role) => boolean): Role[] {
  return ALL_ROLES.filter(check);
}

const OFFICIALS: Role[] = ['SYSTEM_ADMIN', 'CITY_OFFICIAL', 'DISTRICT_OFFICIAL', 'STREET_OFFICIAL'];

describe('permissions', () => {
  it('should let only officials create canteens (auditors and the regulator read only)', () => {
    expect(rolesWhere((role) => canCreateCanteen(actor(role)))).toEqual(OFFICIALS);
  });

  it('should let officials and the own manager edit a canteen', () => {
    expect(rolesWhere((role) => canEditCanteen(actor(role), OWN))).toEqual([...OFFICIALS, 'CANTEEN_MANAGER']);
    expect(rolesWhere((role) => canEditCanteen(actor(role), OTHER))).toEqual(OFFICIALS);
  });

  it("should let the canteen's own manager and staff edit its menus, not another canteen's", () => {
    expect(rolesWhere((role) => canEditMenus(actor(role), OWN))).toEqual([...OFFICIALS, 'CANTEEN_MANAGER', 'CANTEEN_STAFF']);
    expect(rolesWhere((role) => canEditMenus(actor(role), OTHER))).toEqual(OFFICIALS);
  });

  it('should keep kiosk credentials to officials and the own manager', () => {
    expect(rolesWhere((role) => canManageKioskDevices(actor(role), OWN))).toEqual([...OFFICIALS, 'CANTEEN_MANAGER']);
  });
});
