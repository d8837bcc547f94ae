/**
 * Every error the API can answer with. The apps translate `errors.<CODE>`; they never show server prose.
 * Grouped by domain; each group is re-exported as one flat union so a filter can switch over all of them.
 */
export const CommonErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  OUT_OF_SCOPE: 'OUT_OF_SCOPE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL: 'INTERNAL',
  /** Client-side only: the API could not be reached (offline, timeout). */
  NETWORK_ERROR: 'NETWORK_ERROR',
} as const;

export const AuthErrorCode = {
  AUTH_INVALID_CREDENTIALS: 'AUTH_INVALID_CREDENTIALS',
  AUTH_ACCOUNT_LOCKED: 'AUTH_ACCOUNT_LOCKED',
  AUTH_ACCOUNT_DISABLED: 'AUTH_ACCOUNT_DISABLED',
  AUTH_TOKEN_INVALID: 'AUTH_TOKEN_INVALID',
  AUTH_READ_ONLY_ROLE: 'AUTH_READ_ONLY_ROLE',
  DEVICE_TOKEN_INVALID: 'DEVICE_TOKEN_INVALID',
  DEVICE_REVOKED: 'DEVICE_REVOKED',
} as const;

export const CanteenErrorCode = {
  CANTEEN_NOT_FOUND: 'CANTEEN_NOT_FOUND',
  CANTEEN_CODE_TAKEN: 'CANTEEN_CODE_TAKEN',
  REGION_NOT_FOUND: 'REGION_NOT_FOUND',
} as const;

export const MenuErrorCode = {
  DISH_NOT_FOUND: 'DISH_NOT_FOUND',
  DAILY_MENU_NOT_FOUND: 'DAILY_MENU_NOT_FOUND',
  MENU_SLOT_NOT_SERVED: 'MENU_SLOT_NOT_SERVED',
  MENU_NO_UPCOMING_SLOT: 'MENU_NO_UPCOMING_SLOT',
} as const;

export const ElderErrorCode = {
  ELDER_NOT_FOUND: 'ELDER_NOT_FOUND',
  ELDER_ALREADY_REGISTERED: 'ELDER_ALREADY_REGISTERED',
  ELDER_ID_NUMBER_INVALID: 'ELDER_ID_NUMBER_INVALID',
  ELDER_TOO_YOUNG: 'ELDER_TOO_YOUNG',
  ELDER_DECEASED: 'ELDER_DECEASED',
  ELDER_SUSPENDED: 'ELDER_SUSPENDED',
  ELDER_MOVED_OUT: 'ELDER_MOVED_OUT',
  ELDER_CARD_BLOCKED: 'ELDER_CARD_BLOCKED',
  ELDER_CARD_INVALID: 'ELDER_CARD_INVALID',
  APPROVAL_NOT_FOUND: 'APPROVAL_NOT_FOUND',
  APPROVAL_NOT_PENDING: 'APPROVAL_NOT_PENDING',
  APPROVAL_OWN_PROPOSAL: 'APPROVAL_OWN_PROPOSAL',
} as const;

export const OrderErrorCode = {
  SOLD_OUT: 'SOLD_OUT',
  MENU_ITEM_NOT_FOUND: 'MENU_ITEM_NOT_FOUND',
  ORDER_NOT_FOUND: 'ORDER_NOT_FOUND',
  ORDER_IDEMPOTENCY_CONFLICT: 'ORDER_IDEMPOTENCY_CONFLICT',
  ORDER_STATUS_CONFLICT: 'ORDER_STATUS_CONFLICT',
  POLICY_NOT_FOUND: 'POLICY_NOT_FOUND',
  POLICY_INVALID: 'POLICY_INVALID',
  POLICY_NOT_DRAFT: 'POLICY_NOT_DRAFT',
  POLICY_OWN_SUBMISSION: 'POLICY_OWN_SUBMISSION',
  POLICY_NOT_PENDING: 'POLICY_NOT_PENDING',
} as const;

export const ErrorCode = {
  ...CommonErrorCode,
  ...AuthErrorCode,
  ...CanteenErrorCode,
  ...MenuErrorCode,
  ...ElderErrorCode,
  ...OrderErrorCode,
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The one error envelope every API error uses. */
export interface ErrorEnvelope {
  code: ErrorCode;
  message: string;
  details?: FieldError[];
}

/** One invalid field of a 422: `field` is a dotted path (`items.0.qty`), `constraint` a machine reason. */
export interface FieldError {
  field: string;
  constraint: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ErrorCode, value);
}
