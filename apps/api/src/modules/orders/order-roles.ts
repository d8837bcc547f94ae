import { Role } from '@canteen/shared';

/**
 * Staff who may quote, place, pay and cancel orders (a kiosk device may too, for its canteen). Serving and
 * marking paid are further limited to the canteen's own people; volunteers and community workers come
 * with delivery ordering (issue 6).
 */
export const ORDER_PLACER_ROLES: readonly Role[] = [
  Role.SYSTEM_ADMIN,
  Role.CITY_OFFICIAL,
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICIAL,
  Role.CANTEEN_MANAGER,
  Role.CANTEEN_STAFF,
];

/** Who may read orders in their scope: the placers, and auditors. */
export const ORDER_READER_ROLES: readonly Role[] = [...ORDER_PLACER_ROLES, Role.AUDITOR];

/** Who may run the ledger check: officials and auditors. */
export const LEDGER_VERIFIER_ROLES: readonly Role[] = [Role.SYSTEM_ADMIN, Role.CITY_OFFICIAL, Role.DISTRICT_OFFICIAL, Role.AUDITOR];

/** Staff who may cancel an order: the canteen's own people and the officials over it. */
export const ORDER_CANCEL_ROLES: readonly Role[] = [
  Role.SYSTEM_ADMIN,
  Role.CITY_OFFICIAL,
  Role.DISTRICT_OFFICIAL,
  Role.STREET_OFFICIAL,
  Role.CANTEEN_MANAGER,
  Role.CANTEEN_STAFF,
];
