import { ALL_ROLES, type Role } from '@canteen/shared';
import { describe, expect, it } from 'vitest';
import {
  canApproveElders,
  canCreateCanteen,
  canEditCanteen,
  canEditMenus,
  canManageKioskDevices,
  canReadElderIdentity,
  canRegisterElders,
  elderStatusTargets,
} from './permissions';

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

  it('should let the community worker register elders but not approve or read full identities', () => {
    expect(rolesWhere(canRegisterElders)).toEqual([...OFFICIALS, 'COMMUNITY_WORKER']);
    expect(rolesWhere(canApproveElders)).toEqual(OFFICIALS);
    expect(rolesWhere(canReadElderIdentity)).toEqual(['SYSTEM_ADMIN', 'DISTRICT_OFFICIAL', 'STREET_OFFICIAL']);
  });

  it('should let approvers suspend, reinstate and move out, and any registrar record a death', () => {
    expect(elderStatusTargets('STREET_OFFICIAL', 'ACTIVE')).toEqual(['SUSPENDED', 'MOVED_OUT', 'DECEASED']);
    expect(elderStatusTargets('STREET_OFFICIAL', 'SUSPENDED')).toEqual(['ACTIVE', 'MOVED_OUT', 'DECEASED']);
    expect(elderStatusTargets('COMMUNITY_WORKER', 'ACTIVE')).toEqual(['DECEASED']);
    expect(elderStatusTargets('AUDITOR', 'ACTIVE')).toEqual([]);
  });

  it('should offer nothing once an elder is recorded as deceased', () => {
    expect(ALL_ROLES.flatMap((role) => elderStatusTargets(role, 'DECEASED'))).toEqual([]);
  });
});
