import { ALL_ROLES, type Role } from '@canteen/shared';
import { describe, expect, it } from 'vitest';
import {
  canApproveElders,
  canCancelOrders,
  canCreateCanteen,
  canEditCanteen,
  canEditMenus,
  canEditPolicies,
  canManageKioskDevices,
  canReadElderIdentity,
  canRegisterElders,
  canVerifyLedger,
  elderStatusTargets,
  isOwnPolicySubmission,
  ORDER_READER_ROLES,
  POLICY_READER_ROLES,
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

describe('subsidy and order permissions', () => {
  it('should mirror the API: editors district level and up, readers add auditors and the regulator', () => {
    expect(rolesWhere(canEditPolicies)).toEqual(['SYSTEM_ADMIN', 'CITY_OFFICIAL', 'DISTRICT_OFFICIAL']);
    expect(ALL_ROLES.filter((role) => POLICY_READER_ROLES.includes(role))).toEqual([
      'SYSTEM_ADMIN',
      'CITY_OFFICIAL',
      'DISTRICT_OFFICIAL',
      'MARKET_REGULATOR',
      'AUDITOR',
    ]);
  });

  it('should let officials and canteen people cancel orders, auditors only read them and check the ledger', () => {
    expect(rolesWhere(canCancelOrders)).toEqual([...OFFICIALS, 'CANTEEN_MANAGER', 'CANTEEN_STAFF']);
    expect(ALL_ROLES.filter((role) => ORDER_READER_ROLES.includes(role))).toEqual([...OFFICIALS, 'CANTEEN_MANAGER', 'CANTEEN_STAFF', 'AUDITOR']);
    expect(rolesWhere(canVerifyLedger)).toEqual(['SYSTEM_ADMIN', 'CITY_OFFICIAL', 'DISTRICT_OFFICIAL', 'AUDITOR']);
  });

  it('should recognise the author or the submitter of a version by user id', () => {
    const policy = { createdById: 'u-xishan', submittedById: 'u-kunming' };
    expect(isOwnPolicySubmission(policy, 'u-xishan')).toBe(true);
    expect(isOwnPolicySubmission(policy, 'u-kunming')).toBe(true);
    expect(isOwnPolicySubmission(policy, 'u-admin')).toBe(false);
    expect(isOwnPolicySubmission({ createdById: null, submittedById: null }, null)).toBe(false);
  });
});
