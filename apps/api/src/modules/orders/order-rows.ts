import { createHash } from 'node:crypto';
import type { MealSlot, OrderChannel, SubsidyQuote } from '@canteen/shared';
import { canonicalJson } from '../audit/audit-hash.js';
import type { AuditRecord } from '../audit/audit-chain-appender.js';
import {
  OrderEntity,
  OrderEventEntity,
  OrderLineEntity,
  type OrderStatus,
  type PaymentMethod,
  SubsidyLedgerEntity,
} from './order.entity.js';

/**
 * The rows of one order and of its status changes, as pure functions: the order path (OrdersService) and
 * the demo history (which writes thousands of them in bulk) build them with the same code.
 */

/** Who acts on an order: a kiosk device or a member of staff (`role` is what the audit entry records). */
export interface OrderActor {
  kind: 'DEVICE' | 'STAFF';
  id: string;
  name: string;
  /** The user's role, or `KIOSK_DEVICE`. */
  role: string;
}

/** What of the request body (PlaceOrderDto) the order row keeps. */
export interface PlaceOrderBody {
  idempotencyKey: string;
  payment: { method: PaymentMethod };
}

/** SHA-256 of the request as the client meant it (canonical JSON), so a reused key with another body is caught. */
export function requestHashOf(body: object): string {
  return createHash('sha256').update(canonicalJson(JSON.parse(JSON.stringify(body)) as object)).digest('hex');
}

export interface NewOrderInput {
  id: string;
  ticketNo: string;
  body: PlaceOrderBody;
  /** SHA-256 of the whole request (requestHashOf). */
  requestHash: string;
  serviceDate: string;
  slot: MealSlot;
  channel: OrderChannel;
  canteen: { id: string; regionCode: string };
  elderId: string | null;
  payingDistrict: string | null;
  policy: { id: string; version: number } | null;
  deliveryFeeFen: number;
  quote: SubsidyQuote;
  countedMeal: boolean;
  placedBy: OrderActor;
  placedAt: Date;
}

/** The order row as placed, with the snapshot that decided its subsidy: nothing left to pay settles it at once. */
export function newOrderRow(input: NewOrderInput): OrderEntity {
  const { quote } = input;
  const settled = quote.payableFen === 0;
  return Object.assign(new OrderEntity(), {
    id: input.id,
    ticketNo: input.ticketNo,
    idempotencyKey: input.body.idempotencyKey,
    requestHash: input.requestHash,
    canteenId: input.canteen.id,
    canteenRegionCode: input.canteen.regionCode,
    elderId: input.elderId,
    elderRegionCode: input.payingDistrict,
    serviceDate: input.serviceDate,
    slot: input.slot,
    channel: input.channel,
    status: settled ? 'PAID' : 'PLACED',
    policyId: input.policy?.id ?? null,
    policyVersion: input.policy?.version ?? null,
    tierCode: quote.tierCode,
    itemsFen: quote.totalFen - input.deliveryFeeFen,
    deliveryFeeFen: input.deliveryFeeFen,
    totalFen: quote.totalFen,
    subsidyFen: quote.subsidyFen,
    payableFen: quote.payableFen,
    funding: quote.funding,
    reasons: quote.reasons,
    countedMeal: input.countedMeal,
    paymentMethod: input.body.payment.method,
    placedByKind: input.placedBy.kind,
    placedById: input.placedBy.id,
    placedAt: input.placedAt,
    paidAt: settled ? input.placedAt : null,
    servedAt: null,
    cancelledAt: null,
    cancelReason: null,
  });
}

export function orderLineRow(
  id: string,
  orderId: string,
  line: { menuItemId: string; dishId: string; name: string; priceFen: number; qty: number },
): OrderLineEntity {
  return Object.assign(new OrderLineEntity(), { id, orderId, ...line });
}

/** One ledger row per funding part: `sign` 1 charges, -1 reverses. Visitors' orders have none. */
export function ledgerRows(
  order: OrderEntity,
  kind: 'CHARGE' | 'REVERSAL',
  sign: 1 | -1,
  at: Date,
  newId: () => string,
): SubsidyLedgerEntity[] {
  if (!order.elderId || !order.elderRegionCode) return [];
  return order.funding
    .filter((part) => part.fen > 0)
    .map((part) =>
      Object.assign(new SubsidyLedgerEntity(), {
        id: newId(),
        orderId: order.id,
        elderId: order.elderId,
        canteenId: order.canteenId,
        regionCode: order.elderRegionCode,
        source: part.source,
        fen: sign * part.fen,
        kind,
        serviceDate: order.serviceDate,
        month: order.serviceDate.slice(0, 7),
        createdAt: at,
      }),
    );
}

export function orderEventRow(
  id: string,
  orderId: string,
  from: OrderStatus | null,
  to: OrderStatus,
  by: OrderActor,
  reason: string | null,
  at: Date,
): OrderEventEntity {
  return Object.assign(new OrderEventEntity(), {
    id,
    orderId,
    fromStatus: from,
    toStatus: to,
    actorKind: by.kind,
    actorId: by.id,
    actorName: by.name.slice(0, 64),
    reason,
    at,
  });
}

/** The audit trail's name for orders. */
export const ORDER_ENTITY_TYPE = 'ORDER';

/** The ORDER_PLACED entry the order path records with a new order. */
export function orderPlacedAudit(order: OrderEntity): AuditRecord {
  return {
    action: 'ORDER_PLACED',
    entityType: ORDER_ENTITY_TYPE,
    entityId: order.id,
    regionCode: order.elderRegionCode ?? order.canteenRegionCode,
    after: {
      ticketNo: order.ticketNo,
      canteenId: order.canteenId,
      elderId: order.elderId,
      serviceDate: order.serviceDate,
      slot: order.slot,
      channel: order.channel,
      policyId: order.policyId,
      policyVersion: order.policyVersion,
      tierCode: order.tierCode,
      totalFen: order.totalFen,
      subsidyFen: order.subsidyFen,
      payableFen: order.payableFen,
      funding: order.funding,
      reasons: order.reasons,
    },
  };
}

/** The entry of a status change: ORDER_PAID, ORDER_SERVED, ORDER_CANCELLED. */
export function orderMovedAudit(
  order: OrderEntity,
  from: OrderStatus,
  to: OrderStatus,
  changes: { paymentMethod?: PaymentMethod; cancelReason?: string },
): AuditRecord {
  return {
    action: `ORDER_${to}`,
    entityType: ORDER_ENTITY_TYPE,
    entityId: order.id,
    regionCode: order.elderRegionCode ?? order.canteenRegionCode,
    before: { status: from },
    after: { status: to, ...changes },
  };
}
