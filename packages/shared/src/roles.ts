/** Staff and volunteer roles. Every user also has a region scope (a region code). */
export const Role = {
  SYSTEM_ADMIN: 'SYSTEM_ADMIN',
  CITY_OFFICIAL: 'CITY_OFFICIAL',
  DISTRICT_OFFICIAL: 'DISTRICT_OFFICIAL',
  STREET_OFFICIAL: 'STREET_OFFICIAL',
  /** 社区工作者: registers elders and proposes changes in their community or street. */
  COMMUNITY_WORKER: 'COMMUNITY_WORKER',
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

/** Who may register elders and propose categories and assessments. */
export const ELDER_REGISTRAR_ROLES: readonly Role[] = [
  Role.SYSTEM_ADMIN,
  Role.CITY_OFFICIAL,
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICIAL,
  Role.COMMUNITY_WORKER,
];

/** Who may approve or reject proposals, re-verify eligibility and suspend or reinstate elders. */
export const ELDER_APPROVER_ROLES: readonly Role[] = [
  Role.SYSTEM_ADMIN,
  Role.CITY_OFFICIAL,
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICIAL,
];

/** Who may see the elder registry at all (read). */
export const ELDER_READER_ROLES: readonly Role[] = [...ELDER_REGISTRAR_ROLES, Role.AUDITOR];

/** Who may read a full resident ID number or phone (each read is audit-logged). */
export const ELDER_IDENTITY_READER_ROLES: readonly Role[] = [
  Role.SYSTEM_ADMIN,
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICIAL,
];
