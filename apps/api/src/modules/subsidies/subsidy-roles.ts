import { Role } from '@canteen/shared';

/** Who may draft, edit, submit, approve, reject and simulate policies, and set budgets (district level and up). */
export const POLICY_EDITOR_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.CITY_OFFICIAL, Role.DISTRICT_OFFICIAL];

/** Who may read policies and budgets: the editors, auditors, and market regulators (fair prices). */
export const POLICY_READER_ROLES: readonly Role[] = [...POLICY_EDITOR_ROLES, Role.AUDITOR, Role.MARKET_REGULATOR];
