/** What a canteen is and where it stands in its lifecycle. */
export const CanteenKind = {
  CANTEEN: 'CANTEEN',
  MEAL_POINT: 'MEAL_POINT',
  CENTRAL_KITCHEN: 'CENTRAL_KITCHEN',
} as const;
export type CanteenKind = (typeof CanteenKind)[keyof typeof CanteenKind];
export const CANTEEN_KINDS: readonly CanteenKind[] = Object.values(CanteenKind);

export const CanteenStatus = {
  PLANNED: 'PLANNED',
  OPEN: 'OPEN',
  SUSPENDED: 'SUSPENDED',
  CLOSED: 'CLOSED',
} as const;
export type CanteenStatus = (typeof CanteenStatus)[keyof typeof CanteenStatus];
export const CANTEEN_STATUSES: readonly CanteenStatus[] = Object.values(CanteenStatus);
