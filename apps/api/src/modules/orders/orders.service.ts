import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CANTEEN_ROLES, ErrorCode, isWithinScope, Role } from '@canteen/shared';
import type { EntityManager } from 'typeorm';
import type { Actor, StaffActor } from '../../common/auth/actor.js';
import { regionScopePattern } from '../../common/auth/region-scope.js';
import { isUniqueViolation } from '../../common/database/driver-errors.js';
import { transactionWithRetry } from '../../common/database/transaction-retry.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { type Page, pageOffset } from '../../common/pagination.js';
import { type AuditActor, AuditService, orderChainOf } from '../audit/audit.service.js';
import type {
  ListOrdersQueryDto,
  OrderDetailDto,
  OrderDto,
  OrderQuoteDto,
  PlaceOrderDto,
  QuoteOrderDto,
} from './dto/order.dto.js';
import { OrderContextService, type OrderContext } from './order-context.service.js';
import { toOrderDto, toOrderEventDto, toOrderLineDto } from './order-mapper.js';
import {
  ledgerRows,
  newOrderRow,
  type OrderActor,
  orderEventRow,
  orderLineRow,
  orderMovedAudit,
  orderPlacedAudit,
  requestHashOf,
} from './order-rows.js';
import type { OrderEntity, OrderLineEntity, OrderStatus, PaymentMethod } from './order.entity.js';
import { ORDER_CANCEL_ROLES } from './order-roles.js';
import { OrdersRepository } from './orders.repository.js';
import { BudgetRefusedError, SubsidyChargeService } from './subsidy-charge.service.js';
import { UsageRepository } from './usage.repository.js';

interface PlacedRows {
  order: OrderEntity;
  lines: OrderLineEntity[];
}

/** A line of the cart had too few portions left: the transaction rolls back and the answer is 409 SOLD_OUT. */
class PortionsShortError extends Error {}

export interface PlacedOrder {
  order: OrderDto;
  /** false: the idempotency key had already made this order, which is answered again (200, not 201). */
  created: boolean;
}

/** Who acts on an order, as its rows and audit entries name them. */
function orderActorOf(actor: Actor): OrderActor {
  return actor.kind === 'staff'
    ? { kind: 'STAFF', id: actor.userId, name: actor.displayName, role: actor.role }
    : { kind: 'DEVICE', id: actor.deviceId, name: actor.deviceName, role: 'KIOSK_DEVICE' };
}

function auditActorOf({ id, name, role }: OrderActor): AuditActor {
  return { id, name, role };
}

/**
 * Orders: quoted and placed in one transaction that takes the portions, the elder's subsidised meal and
 * monthly subsidy, the budget, a pickup number, and writes the order with its snapshot, the ledger (one row
 * per funding source), its first event and an audit entry; then paid, served or cancelled (which reverses
 * the ledger and gives everything back).
 */
@Injectable()
export class OrdersService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly context: OrderContextService,
    private readonly charges: SubsidyChargeService,
    private readonly usage: UsageRepository,
    private readonly audit: AuditService,
  ) {}

  async quote(actor: Actor, dto: QuoteOrderDto, now = new Date()): Promise<OrderQuoteDto> {
    const context = await this.context.resolve(actor, dto, now);
    const usage = await this.charges.readUsage(this.orders.source.manager, context);
    const quote = this.charges.quote(context, usage);
    return {
      serviceDate: context.serviceDate,
      slot: context.slot,
      channel: context.channel,
      lines: context.lines.map(({ item, qty }) =>
        toOrderLineDto({ menuItemId: item.id, dishId: item.dishId, name: item.name, priceFen: item.priceFen, qty }),
      ),
      deliveryFeeFen: context.deliveryFeeFen,
      totalFen: quote.totalFen,
      subsidyFen: quote.subsidyFen,
      payableFen: quote.payableFen,
      reasons: quote.reasons,
    };
  }

  async place(actor: Actor, dto: PlaceOrderDto, now = new Date()): Promise<PlacedOrder> {
    const requestHash = requestHashOf(dto);
    const earlier = await this.orders.findByIdempotencyKey(dto.idempotencyKey);
    if (earlier) return { order: await this.replay(actor, earlier, requestHash), created: false };

    const context = await this.context.resolve(actor, dto, now);
    try {
      const { order, lines } = await this.placeWithoutSubsidyIfBudgetRefuses(actor, dto, context, requestHash, now);
      const elderName = actor.kind === 'staff' ? (context.elder?.name ?? null) : null;
      return { order: toOrderDto(order, lines, context.canteen.name, elderName, actor), created: true };
    } catch (error) {
      if (error instanceof PortionsShortError) throw await this.soldOut(context);
      // The same key arrived twice at once: the other request's order won the unique key.
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.orders.findByIdempotencyKey(dto.idempotencyKey);
      if (!winner) throw error;
      return { order: await this.replay(actor, winner, requestHash), created: false };
    }
  }

  async get(actor: Actor, id: string): Promise<OrderDetailDto> {
    const order = await this.toDto(actor, await this.readable(actor, id));
    const events = actor.kind === 'staff' ? (await this.orders.findEvents(id)).map(toOrderEventDto) : [];
    return { ...order, events };
  }

  async list(actor: StaffActor, query: ListOrdersQueryDto): Promise<Page<OrderDto>> {
    const ownCanteen = CANTEEN_ROLES.includes(actor.role) ? actor.canteenId : null;
    if (ownCanteen && query.canteenId && query.canteenId !== ownCanteen) throw DomainException.outOfScope('This canteen');
    const { rows, total } = await this.orders.search({
      scopePattern: regionScopePattern(actor),
      canteenId: ownCanteen ?? query.canteenId,
      from: query.from,
      to: query.to,
      status: query.status,
      channel: query.channel,
      elderId: query.elderId,
      ticketNo: query.q?.trim() || undefined,
      offset: pageOffset(query),
      limit: query.pageSize,
    });
    return { items: await this.toDtos(actor, rows), total, page: query.page, pageSize: query.pageSize };
  }

  async pay(actor: Actor, id: string, method: PaymentMethod): Promise<OrderDetailDto> {
    return this.move(actor, id, ['PLACED'], 'PAID', { paymentMethod: method }, null);
  }

  async serve(actor: Actor, id: string): Promise<OrderDetailDto> {
    return this.move(actor, id, ['PAID'], 'SERVED', {}, null);
  }

  /** Staff cancel before serving; a kiosk cancels its own canteen's order while the elder is still there. */
  async cancel(actor: Actor, id: string, reason: string): Promise<OrderDetailDto> {
    if (actor.kind === 'staff' && !ORDER_CANCEL_ROLES.includes(actor.role)) {
      throw DomainException.forbidden(ErrorCode.FORBIDDEN, 'Your role may not cancel orders');
    }
    return this.move(actor, id, ['PLACED', 'PAID'], 'CANCELLED', { cancelReason: reason }, reason);
  }

  private async placeWithoutSubsidyIfBudgetRefuses(
    actor: Actor,
    dto: PlaceOrderDto,
    context: OrderContext,
    requestHash: string,
    now: Date,
  ): Promise<PlacedRows> {
    const attempt = (budgetExhausted: boolean) =>
      transactionWithRetry(this.orders.source, (manager) =>
        this.placeIn(manager, actor, dto, context, requestHash, now, budgetExhausted),
      );
    try {
      return await attempt(false);
    } catch (error) {
      if (!(error instanceof BudgetRefusedError)) throw error;
      return attempt(true);
    }
  }

  /**
   * The order transaction. Contended rows come last, so their locks are held briefly: the elder's own
   * counters first, then the dish portions and the canteen's pickup counter, the rows, the canteen's audit
   * chain and the district budget just before COMMIT.
   */
  private async placeIn(
    manager: EntityManager,
    actor: Actor,
    dto: PlaceOrderDto,
    context: OrderContext,
    requestHash: string,
    now: Date,
    budgetExhausted: boolean,
  ): Promise<PlacedRows> {
    const charge = await this.charges.claimUsage(manager, context, budgetExhausted);
    const cart = context.lines.map(({ item, qty }) => ({ menuItemId: item.id, qty }));
    if (!(await this.usage.takePortions(manager, cart))) throw new PortionsShortError();
    const prefix = context.channel === 'DELIVERY' ? 'D' : 'A';
    const ticket = await this.usage.nextTicket(manager, context.canteen.id, context.serviceDate, prefix);
    const by = orderActorOf(actor);
    const order = newOrderRow({
      id: randomUUID(),
      ticketNo: `${prefix}-${String(ticket).padStart(3, '0')}`,
      body: dto,
      requestHash,
      serviceDate: context.serviceDate,
      slot: context.slot,
      channel: context.channel,
      canteen: context.canteen,
      elderId: context.elderId,
      payingDistrict: context.payingDistrict,
      policy: context.policyRow,
      deliveryFeeFen: context.deliveryFeeFen,
      quote: charge.quote,
      countedMeal: charge.countedMeal,
      placedBy: by,
      placedAt: now,
    });
    const lines = context.lines.map(({ item, qty }) =>
      orderLineRow(randomUUID(), order.id, { menuItemId: item.id, dishId: item.dishId, name: item.name, priceFen: item.priceFen, qty }),
    );
    const ledger = ledgerRows(order, 'CHARGE', 1, now, randomUUID);
    const event = orderEventRow(randomUUID(), order.id, null, order.status, by, null, now);
    await this.orders.insertPlaced(manager, order, lines, ledger, event);
    await this.audit.record(manager, auditActorOf(by), orderPlacedAudit(order), now, orderChainOf(order.canteenId));
    await this.charges.chargeBudget(manager, context, charge);
    return { order, lines };
  }

  /** 409 SOLD_OUT naming the first line that has too few portions left now (after the rollback). */
  private async soldOut(context: OrderContext): Promise<DomainException> {
    const cart = context.lines.map(({ item, qty }) => ({ menuItemId: item.id, qty }));
    const index = Math.max(0, await this.usage.firstShortLine(this.orders.source.manager, cart));
    return new DomainException(ErrorCode.SOLD_OUT, HttpStatus.CONFLICT, `${context.lines[index]!.item.name} is sold out`, [
      { field: `items.${index}.menuItemId`, constraint: 'soldOut' },
    ]);
  }

  /** One guarded status change with its event, audit entry and (for a cancellation) everything given back. */
  private async move(
    actor: Actor,
    id: string,
    from: readonly OrderStatus[],
    to: OrderStatus,
    changes: { paymentMethod?: PaymentMethod; cancelReason?: string },
    reason: string | null,
  ): Promise<OrderDetailDto> {
    const order = await this.readable(actor, id);
    if (actor.kind === 'staff' && to !== 'CANCELLED') this.assertCanteenStaff(actor, order);
    if (actor.kind === 'device' && to === 'SERVED') {
      throw DomainException.forbidden(ErrorCode.FORBIDDEN, 'Serving is marked at the counter');
    }
    const now = new Date();
    const stamp = to === 'PAID' ? { paidAt: now } : to === 'SERVED' ? { servedAt: now } : { cancelledAt: now };
    const by = orderActorOf(actor);
    await transactionWithRetry(this.orders.source, async (manager) => {
      const moved = await this.orders.transition(manager, id, from, to, { ...changes, ...stamp });
      if (!moved) throw this.statusConflict(order.status, to);
      await this.orders.insertEvent(manager, orderEventRow(randomUUID(), id, order.status, to, by, reason, now));
      if (to === 'CANCELLED') await this.giveBack(manager, order, now);
      const entry = orderMovedAudit(order, order.status, to, changes);
      await this.audit.record(manager, auditActorOf(by), entry, now, orderChainOf(order.canteenId));
    });
    return this.get(actor, id);
  }

  private async giveBack(manager: EntityManager, order: OrderEntity, now: Date): Promise<void> {
    await this.orders.insertLedger(manager, ledgerRows(order, 'REVERSAL', -1, now, randomUUID));
    await this.charges.release(manager, order, order.elderRegionCode, order.funding);
    for (const line of await this.orders.findLines([order.id])) {
      await this.usage.returnPortions(manager, line.menuItemId, line.qty);
    }
  }

  private statusConflict(from: OrderStatus, to: OrderStatus): DomainException {
    return DomainException.conflict(ErrorCode.ORDER_STATUS_CONFLICT, `A ${from} order cannot become ${to}`);
  }

  /** Paying and serving happen at the counter: the canteen's own people (or a system administrator). */
  private assertCanteenStaff(actor: StaffActor, order: OrderEntity): void {
    if (actor.role === Role.SYSTEM_ADMIN) return;
    if (!CANTEEN_ROLES.includes(actor.role) || actor.canteenId !== order.canteenId) {
      throw DomainException.forbidden(ErrorCode.FORBIDDEN, 'Only the canteen’s staff mark orders paid or served');
    }
  }

  /** A device sees its canteen's orders; staff the orders of canteens or elders in their scope. */
  private async readable(actor: Actor, id: string): Promise<OrderEntity> {
    const order = await this.orders.findById(id);
    if (!order) throw DomainException.notFound(ErrorCode.ORDER_NOT_FOUND, 'No such order');
    const visible =
      actor.kind === 'device'
        ? order.canteenId === actor.canteenId
        : CANTEEN_ROLES.includes(actor.role)
          ? order.canteenId === actor.canteenId
          : isWithinScope(order.canteenRegionCode, actor.regionCode) ||
            (order.elderRegionCode !== null && isWithinScope(order.elderRegionCode, actor.regionCode));
    if (!visible) throw DomainException.outOfScope('This order');
    return order;
  }

  private async replay(actor: Actor, order: OrderEntity, requestHash: string): Promise<OrderDto> {
    if (order.requestHash !== requestHash) {
      throw DomainException.conflict(ErrorCode.ORDER_IDEMPOTENCY_CONFLICT, 'This key was used for another order');
    }
    return this.toDto(actor, await this.readable(actor, order.id));
  }

  private async toDto(actor: Actor, order: OrderEntity): Promise<OrderDto> {
    return (await this.toDtos(actor, [order]))[0]!;
  }

  private async toDtos(actor: Actor, rows: OrderEntity[]): Promise<OrderDto[]> {
    const [lines, canteens, elders] = await Promise.all([
      this.orders.findLines(rows.map((row) => row.id)),
      this.orders.canteenNames(rows.map((row) => row.canteenId)),
      actor.kind === 'staff' ? this.orders.elderNames(rows.map((row) => row.elderId)) : Promise.resolve(new Map<string, string>()),
    ]);
    const byOrder = new Map<string, OrderLineEntity[]>();
    for (const line of lines) byOrder.set(line.orderId, [...(byOrder.get(line.orderId) ?? []), line]);
    return rows.map((row) =>
      toOrderDto(
        row,
        byOrder.get(row.id) ?? [],
        canteens.get(row.canteenId) ?? '',
        row.elderId ? (elders.get(row.elderId) ?? null) : null,
        actor,
      ),
    );
  }
}
