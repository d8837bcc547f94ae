/** Staff and volunteer roles. Every user also has a region scope (a region code). */
export const Role = {
  SYSTEM_ADMIN: 'SYSTEM_ADMIN',
  CITY_OFFICIAL: 'CITY_OFFICIAL',
  DISTRICT_OFFICIAL: 'DISTRICT_OFFICIAL',
  STREET_OFFICIAL: 'STREET_OFFICIAL',
  MARKET_REGULATOR: 'MARKET_REGULATOR',
  CANTEEN_MANAGER: 'CANTEEN_MANAGER',
  CANTEEN_STAFF: 'CANTEEN_STAFF',
  VOLUNTEER: 'VOLUNTEER',
  AUDITOR: 'AUDITOR',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles that may look at everything in their scope but change nothing. */
export const READ_ONLY_ROLES: readonly Role[] = [Role.AUDITOR];

/** Roles tied to one canteen (their user record names it). */
export const CANTEEN_ROLES: readonly Role[] = [Role.CANTEEN_MANAGER, Role.CANTEEN_STAFF];

/** Who may manage canteen records, dishes and menus (besides the canteen's own manager and staff). */
export const CANTEEN_ADMIN_ROLES: readonly Role[] = [
  Role.SYSTEM_ADMIN,
  Role.CITY_OFFICIAL,
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICIAL,
];

export function isReadOnlyRole(role: Role): boolean {
  return READ_ONLY_ROLES.includes(role);
}
