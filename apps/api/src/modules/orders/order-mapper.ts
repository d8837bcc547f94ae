import { maskName, type SubsidyReason } from '@canteen/shared';
import type { Actor } from '../../common/auth/actor.js';
import type { OrderDto, OrderEventDto, OrderLineDto } from './dto/order.dto.js';
import type { OrderEntity, OrderEventEntity, OrderLineEntity } from './order.entity.js';

export function toOrderLineDto(line: Pick<OrderLineEntity, 'menuItemId' | 'dishId' | 'name' | 'priceFen' | 'qty'>): OrderLineDto {
  return {
    menuItemId: line.menuItemId,
    dishId: line.dishId,
    name: line.name,
    priceFen: line.priceFen,
    qty: line.qty,
    lineFen: line.priceFen * line.qty,
  };
}

/**
 * A kiosk sees amounts and the pickup number only; the tier, policy version and funding split are for
 * staff: the screen and the receipt look the same for every elder.
 */
export function toOrderDto(
  order: OrderEntity,
  lines: OrderLineEntity[],
  canteenName: string,
  elderName: string | null,
  viewer: Actor,
): OrderDto {
  const staff = viewer.kind === 'staff';
  return {
    id: order.id,
    ticketNo: order.ticketNo,
    status: order.status,
    canteen: { id: order.canteenId, name: canteenName },
    elderMaskedName: elderName ? maskName(elderName) : null,
    serviceDate: order.serviceDate,
    slot: order.slot,
    channel: order.channel,
    lines: lines.map(toOrderLineDto),
    deliveryFeeFen: order.deliveryFeeFen,
    totalFen: order.totalFen,
    subsidyFen: order.subsidyFen,
    payableFen: order.payableFen,
    reasons: order.reasons as SubsidyReason[],
    paymentMethod: order.paymentMethod,
    placedAt: order.placedAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    servedAt: order.servedAt?.toISOString() ?? null,
    cancelledAt: order.cancelledAt?.toISOString() ?? null,
    cancelReason: order.cancelReason,
    tierCode: staff ? order.tierCode : null,
    policyVersion: staff ? order.policyVersion : null,
    policyId: staff ? order.policyId : null,
    funding: staff ? order.funding : [],
    elderId: staff ? order.elderId : null,
  };
}

export function toOrderEventDto(event: OrderEventEntity): OrderEventDto {
  return {
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    actorKind: event.actorKind,
    actorName: event.actorName,
    reason: event.reason,
    at: event.at.toISOString(),
  };
}
