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

/*
 * Subsidy policies, budgets and orders (issue 4). The API keeps these lists in
 * apps/api/src/modules/subsidies/subsidy-roles.ts and apps/api/src/modules/orders/order-roles.ts (and
 * CANCEL_ROLES in orders.service.ts); they are mirrored here and the tests pin them.
 */

/** Draft, edit, submit, decide and simulate policies, and set budgets: district level and up. */
export const POLICY_EDITOR_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.CITY_OFFICIAL, Role.DISTRICT_OFFICIAL];

/** Read policies and budgets: the editors, auditors, and the market regulator (fair prices). */
export const POLICY_READER_ROLES: readonly Role[] = [...POLICY_EDITOR_ROLES, Role.AUDITOR, Role.MARKET_REGULATOR];

/** Cancel an order before it is served: the officials over the canteen and its own people. */
export const ORDER_CANCEL_ROLES: readonly Role[] = [
  Role.SYSTEM_ADMIN,
  Role.CITY_OFFICIAL,
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICIAL,
  Role.CANTEEN_MANAGER,
  Role.CANTEEN_STAFF,
];

/** Read the orders in scope: those who may place and cancel them, and auditors. */
export const ORDER_READER_ROLES: readonly Role[] = [...ORDER_CANCEL_ROLES, Role.AUDITOR];

/** Run the subsidy-ledger check: officials and auditors. */
export const LEDGER_VERIFIER_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.CITY_OFFICIAL, Role.DISTRICT_OFFICIAL, Role.AUDITOR];

export function canEditPolicies(role: Role): boolean {
  return POLICY_EDITOR_ROLES.includes(role);
}

export function canCancelOrders(role: Role): boolean {
  return ORDER_CANCEL_ROLES.includes(role);
}

export function canVerifyLedger(role: Role): boolean {
  return LEDGER_VERIFIER_ROLES.includes(role);
}

/** Who wrote or submitted a version (user ids). */
export interface PolicyAuthorship {
  createdById: string | null;
  submittedById: string | null;
}

/**
 * Four eyes: a version is approved by an official who neither wrote nor submitted it. The UI compares the
 * signed-in user's id with the version's author and submitter; the API's 403 POLICY_OWN_SUBMISSION stays
 * the rule.
 */
export function isOwnPolicySubmission(policy: PolicyAuthorship, userId: string | null | undefined): boolean {
  if (!userId) return false;
  return policy.createdById === userId || policy.submittedById === userId;
}
