import { CANTEEN_ADMIN_ROLES, CANTEEN_ROLES, Role } from '@canteen/shared';

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
