import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MealSlot, OrderChannel } from '@canteen/shared';

export const ORDER_STATUSES = ['PLACED', 'PAID', 'SERVED', 'CANCELLED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const PAYMENT_METHODS = ['CASH', 'QR', 'CARD_BALANCE'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * An order with the snapshot that decided its subsidy (policy version, tier, amounts, funding parts,
 * reasons, the elder's and the canteen's regions), so later changes to policies or people never change
 * what was paid.
 */
@Entity('orders')
export class OrderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ticket_no', type: 'varchar', length: 16 })
  ticketNo: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, unique: true })
  idempotencyKey: string;

  /** SHA-256 of the request body, so a reused key with another body is recognised. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'canteen_id', type: 'varchar', length: 36 })
  canteenId: string;

  @Column({ name: 'canteen_region_code', type: 'varchar', length: 12 })
  canteenRegionCode: string;

  @Column({ name: 'elder_id', type: 'varchar', length: 36, nullable: true })
  elderId: string | null;

  /** The elder's 户籍 district at the time: the district that pays. */
  @Column({ name: 'elder_region_code', type: 'varchar', length: 12, nullable: true })
  elderRegionCode: string | null;

  @Column({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate: string;

  @Column({ type: 'varchar', length: 16 })
  slot: MealSlot;

  @Column({ type: 'varchar', length: 16 })
  channel: OrderChannel;

  @Column({ type: 'varchar', length: 16 })
  status: OrderStatus;

  @Column({ name: 'policy_id', type: 'varchar', length: 36, nullable: true })
  policyId: string | null;

  @Column({ name: 'policy_version', type: 'integer', nullable: true })
  policyVersion: number | null;

  @Column({ name: 'tier_code', type: 'varchar', length: 32, nullable: true })
  tierCode: string | null;

  @Column({ name: 'items_fen', type: 'integer' })
  itemsFen: number;

  @Column({ name: 'delivery_fee_fen', type: 'integer' })
  deliveryFeeFen: number;

  @Column({ name: 'total_fen', type: 'integer' })
  totalFen: number;

  @Column({ name: 'subsidy_fen', type: 'integer' })
  subsidyFen: number;

  @Column({ name: 'payable_fen', type: 'integer' })
  payableFen: number;

  @Column({ name: 'funding', type: 'simple-json' })
  funding: { source: string; fen: number }[];

  @Column({ type: 'simple-json' })
  reasons: string[];

  /** Whether this order took one of the elder's subsidised meals (given back on cancellation). */
  @Column({ name: 'counted_meal', type: 'boolean', default: false })
  countedMeal: boolean;

  @Column({ name: 'payment_method', type: 'varchar', length: 16 })
  paymentMethod: PaymentMethod;

  @Column({ name: 'placed_by_kind', type: 'varchar', length: 8 })
  placedByKind: 'DEVICE' | 'STAFF';

  @Column({ name: 'placed_by_id', type: 'varchar', length: 36 })
  placedById: string;

  @Column({ name: 'placed_at', type: 'datetime', precision: 3 })
  placedAt: Date;

  @Column({ name: 'paid_at', type: 'datetime', precision: 3, nullable: true })
  paidAt: Date | null;

  @Column({ name: 'served_at', type: 'datetime', precision: 3, nullable: true })
  servedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 255, nullable: true })
  cancelReason: string | null;
}

@Entity('order_lines')
export class OrderLineEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId: string;

  @Column({ name: 'menu_item_id', type: 'varchar', length: 36 })
  menuItemId: string;

  @Column({ name: 'dish_id', type: 'varchar', length: 36 })
  dishId: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'price_fen', type: 'integer' })
  priceFen: number;

  @Column({ type: 'integer' })
  qty: number;
}

/** Every fen of subsidy, one row per funding source; a cancellation adds the negative rows. */
@Entity('subsidy_ledger')
export class SubsidyLedgerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId: string;

  @Column({ name: 'elder_id', type: 'varchar', length: 36 })
  elderId: string;

  @Column({ name: 'canteen_id', type: 'varchar', length: 36 })
  canteenId: string;

  /** The paying district. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 24 })
  source: string;

  @Column({ type: 'integer' })
  fen: number;

  @Column({ type: 'varchar', length: 16 })
  kind: 'CHARGE' | 'REVERSAL';

  @Column({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate: string;

  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

/** Who moved an order from one status to another, when and why. */
@Entity('order_events')
export class OrderEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: OrderStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: OrderStatus;

  @Column({ name: 'actor_kind', type: 'varchar', length: 8 })
  actorKind: 'DEVICE' | 'STAFF';

  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId: string;

  @Column({ name: 'actor_name', type: 'varchar', length: 64 })
  actorName: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  reason: string | null;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}
