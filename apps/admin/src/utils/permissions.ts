import {
  CANTEEN_ADMIN_ROLES,
  CANTEEN_ROLES,
  ELDER_APPROVER_ROLES,
  ELDER_IDENTITY_READER_ROLES,
  ELDER_REGISTRAR_ROLES,
  ElderStatus,
  Role,
} from '@canteen/shared';

/*
 * What the UI offers to whom. The API enforces the same rules; these only keep buttons that would be
 * refused from being shown.
 */

/** Officials, the regulator and auditors browse the canteen network of their region. */
export const CANTEEN_BROWSER_ROLES: readonly Role[] = [...CANTEEN_ADMIN_ROLES, Role.MARKET_REGULATOR, Role.AUDITOR];

export interface Actor {
  role: Role;
  canteenId: string | null;
}

function isOwnCanteen(actor: Actor, canteenId: string): boolean {
  return CANTEEN_ROLES.includes(actor.role) && actor.canteenId === canteenId;
}

export function canCreateCanteen(actor: Actor): boolean {
  return CANTEEN_ADMIN_ROLES.includes(actor.role);
}

export function canEditCanteen(actor: Actor, canteenId: string): boolean {
  return CANTEEN_ADMIN_ROLES.includes(actor.role) || (actor.role === Role.CANTEEN_MANAGER && actor.canteenId === canteenId);
}

/** Dishes and daily menus: officials, and the canteen's own manager and staff. */
export function canEditMenus(actor: Actor, canteenId: string): boolean {
  return CANTEEN_ADMIN_ROLES.includes(actor.role) || isOwnCanteen(actor, canteenId);
}

/** Kiosk devices carry a credential: officials and the canteen's own manager only. */
export function canManageKioskDevices(actor: Actor, canteenId: string): boolean {
  return CANTEEN_ADMIN_ROLES.includes(actor.role) || (actor.role === Role.CANTEEN_MANAGER && actor.canteenId === canteenId);
}

/** District officials and above set the review interval of a district (县/区). */
export const ELIGIBILITY_SETTINGS_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.CITY_OFFICIAL, Role.DISTRICT_OFFICIAL];

export function canRegisterElders(role: Role): boolean {
  return ELDER_REGISTRAR_ROLES.includes(role);
}

export function canApproveElders(role: Role): boolean {
  return ELDER_APPROVER_ROLES.includes(role);
}

export function canReadElderIdentity(role: Role): boolean {
  return ELDER_IDENTITY_READER_ROLES.includes(role);
}

/**
 * The statuses a role may move an elder to from `current`. Approvers suspend, reinstate and mark moved
 * out; any registrar may record a death (the community worker is often first to know). Death is final.
 */
export function elderStatusTargets(role: Role, current: ElderStatus): ElderStatus[] {
  if (current === ElderStatus.DECEASED) return [];
  const targets: ElderStatus[] = [];
  if (canApproveElders(role)) {
    targets.push(...[ElderStatus.ACTIVE, ElderStatus.SUSPENDED, ElderStatus.MOVED_OUT].filter((status) => status !== current));
  }
  if (canRegisterElders(role)) targets.push(ElderStatus.DECEASED);
  return targets;
}
