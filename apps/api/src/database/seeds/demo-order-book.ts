import { type AuditActor, orderChainOf } from '../../modules/audit/audit.service.js';
import type { TimedAuditRecord } from '../../modules/audit/audit-chain-appender.js';
import type { CanteenEntity } from '../../modules/canteens/canteen.entity.js';
import type {
  OrderEntity,
  OrderEventEntity,
  OrderLineEntity,
  OrderStatus,
  SubsidyLedgerEntity,
} from '../../modules/orders/order.entity.js';
import {
  ledgerRows,
  newOrderRow,
  type OrderActor,
  orderEventRow,
  orderLineRow,
  orderMovedAudit,
  orderPlacedAudit,
  requestHashOf,
} from '../../modules/orders/order-rows.js';
import { generator } from './demo-elders.js';
import type { ItemState, DemoMenuStock } from './demo-menu-stock.js';
import type { DemoOrderActors } from './demo-order-actors.js';
import type { OrderIntent } from './demo-order-plan.js';
import { secondsOf, zonedInstant } from './demo-time.js';
import type { DemoUsageBook, ElderContext } from './demo-usage-book.js';

interface PlacedOrder {
  order: OrderEntity;
  lines: { item: ItemState; qty: number }[];
  staff: OrderActor;
}

/** A cancellation still to come, at its second of the day. */
interface PendingCancel {
  second: number;
  placed: PlacedOrder;
  reason: string;
}

function auditActor(actor: OrderActor): AuditActor {
  return { id: actor.id, name: actor.name, role: actor.role };
}

/**
 * The seeded orders, day by day: each intent placed, paid, served or cancelled as the live order path
 * does it (portions, subsidy and counters through the menu stock and the usage book), and the rows it
 * writes — orders, lines, ledger, events, audit entries by chain — collected for the bulk write.
 */
export class DemoOrderBook {
  readonly orders: OrderEntity[] = [];
  readonly lines: OrderLineEntity[] = [];
  readonly ledger: SubsidyLedgerEntity[] = [];
  readonly events: OrderEventEntity[] = [];
  /** By audit chain (each canteen's order chain), in the order recorded. */
  readonly auditByChain = new Map<string, TimedAuditRecord[]>();
  private readonly random = generator(0x0da7a5);
  private readonly canteenById: Map<string, CanteenEntity>;

  constructor(
    private readonly newId: () => string,
    canteens: readonly CanteenEntity[],
    private readonly actors: DemoOrderActors,
    private readonly stock: DemoMenuStock,
    private readonly usage: DemoUsageBook,
  ) {
    this.canteenById = new Map(canteens.map((canteen) => [canteen.id, canteen]));
  }

  /** One day's intents in the order they were placed, each cancellation at its own moment. */
  playDay(date: string, intents: readonly OrderIntent[], contextOf: (elderId: string) => ElderContext | null): void {
    const sorted = intents.map((intent, index) => ({ intent, index })).sort((a, b) => a.intent.placedSecond - b.intent.placedSecond || a.index - b.index);
    const cancels: PendingCancel[] = [];
    const flush = (until: number) => {
      cancels.sort((a, b) => a.second - b.second);
      while (cancels.length > 0 && cancels[0]!.second <= until) {
        const next = cancels.shift()!;
        this.cancel(next.placed, date, next.second, next.reason);
      }
    };
    for (const { intent } of sorted) {
      flush(intent.placedSecond);
      const placed = this.place(date, intent, intent.elderId ? contextOf(intent.elderId) : null);
      if (!placed) continue;
      const pending = this.payAndServe(placed, intent, date);
      if (pending) cancels.push({ ...pending, placed });
    }
    flush(Number.POSITIVE_INFINITY);
  }

  private place(date: string, intent: OrderIntent, context: ElderContext | null): PlacedOrder | null {
    const canteen = this.canteenById.get(intent.canteenId)!;
    const menu = this.stock.menuOf(canteen.id, date, intent.slot);
    if (!menu) return null;
    const lines: { item: ItemState; qty: number }[] = [];
    for (const course of intent.courses) {
      const item = course.dishes
        .map((name) => menu.get(name))
        .find(
          (candidate) =>
            candidate !== undefined &&
            candidate.active &&
            !lines.some((line) => line.item === candidate) &&
            candidate.soldBefore + candidate.sold + course.qty <= candidate.portions,
        );
      if (item) lines.push({ item, qty: course.qty });
    }
    if (lines.length === 0) return null;
    for (const line of lines) line.item.sold += line.qty;

    const staff = this.actors.staffByCanteen.get(canteen.id)!;
    const device = intent.channel === 'DINE_IN' ? this.actors.deviceByCanteen.get(canteen.id) : undefined;
    const placedBy = device ?? staff;
    const { quote, countedMeal } = this.usage.charge(date, intent, lines, context);
    const prefix = intent.channel === 'DELIVERY' ? 'D' : 'A';
    const ticket = this.usage.nextTicket(canteen.id, date, prefix);
    const body = {
      elder: context ? { elderId: context.elder.id } : null,
      ...(placedBy.kind === 'STAFF' ? { canteenId: canteen.id } : {}),
      serviceDate: date,
      slot: intent.slot,
      channel: intent.channel,
      items: lines.map(({ item, qty }) => ({ menuItemId: item.id, qty })),
      ...(intent.channel === 'DELIVERY' ? { delivery: { feeFen: intent.deliveryFeeFen } } : {}),
      idempotencyKey: this.newId(),
      // Nothing to pay: the kiosk skips its pay screen and sends cash ("settled at the counter").
      payment: { method: quote.payableFen === 0 ? ('CASH' as const) : intent.paymentMethod },
    };
    const placedAt = zonedInstant(date, intent.placedSecond, canteen.timeZone);
    const order = newOrderRow({
      id: this.newId(),
      ticketNo: `${prefix}-${String(ticket).padStart(3, '0')}`,
      body,
      requestHash: requestHashOf(body),
      serviceDate: date,
      slot: intent.slot,
      channel: intent.channel,
      canteen,
      elderId: context?.elder.id ?? null,
      payingDistrict: context?.district ?? null,
      policy: context?.policy ?? null,
      deliveryFeeFen: intent.deliveryFeeFen,
      quote,
      countedMeal,
      placedBy,
      placedAt,
    });
    this.orders.push(order);
    lines.forEach(({ item, qty }) =>
      this.lines.push(orderLineRow(this.newId(), order.id, { menuItemId: item.id, dishId: item.dishId, name: item.name, priceFen: item.priceFen, qty })),
    );
    this.ledger.push(...ledgerRows(order, 'CHARGE', 1, placedAt, this.newId));
    this.events.push(orderEventRow(this.newId(), order.id, null, order.status, placedBy, null, placedAt));
    this.recordAudit(order, placedBy, orderPlacedAudit(order), placedAt);
    return { order, lines, staff };
  }

  /**
   * Pays and serves the order (or, for one to be cancelled, pays it if that came first) and answers the
   * cancellation still to come. Paying and serving change no counter, so they are written at once.
   */
  private payAndServe(placed: PlacedOrder, intent: OrderIntent, date: string): Omit<PendingCancel, 'placed'> | null {
    const { order, staff } = placed;
    const canteen = this.canteenById.get(order.canteenId)!;
    const at = (second: number) => zonedInstant(date, second, canteen.timeZone);
    const placedBy: OrderActor = order.placedByKind === 'DEVICE' ? this.actors.deviceByCanteen.get(canteen.id)! : staff;
    const delivery = order.channel === 'DELIVERY';
    const window = canteen.slots.find((slot) => slot.slot === order.slot)!;
    const serveSecond = delivery
      ? secondsOf(window.start) + 600 + Math.floor(this.random() * 3600)
      : intent.placedSecond + 240 + Math.floor(this.random() * 660);
    const paySecond = delivery ? serveSecond - 60 : intent.placedSecond + 30 + Math.floor(this.random() * 120);
    const payer = placedBy.kind === 'DEVICE' && order.paymentMethod !== 'CASH' ? placedBy : staff;
    const cancelSecond = intent.cancel ? intent.placedSecond + intent.cancel.afterSeconds : null;
    if (order.status === 'PLACED' && (cancelSecond === null || paySecond <= cancelSecond)) {
      this.move(order, 'PAID', payer, at(paySecond), { paymentMethod: order.paymentMethod }, null);
    }
    if (intent.cancel && cancelSecond !== null) return { second: cancelSecond, reason: intent.cancel.reason };
    this.move(order, 'SERVED', staff, at(serveSecond), {}, null);
    return null;
  }

  private move(
    order: OrderEntity,
    to: OrderStatus,
    by: OrderActor,
    at: Date,
    changes: { paymentMethod?: OrderEntity['paymentMethod']; cancelReason?: string },
    reason: string | null,
  ): void {
    const from = order.status;
    this.events.push(orderEventRow(this.newId(), order.id, from, to, by, reason, at));
    this.recordAudit(order, by, orderMovedAudit(order, from, to, changes), at);
    order.status = to;
    if (to === 'PAID') order.paidAt = at;
    if (to === 'SERVED') order.servedAt = at;
    if (to === 'CANCELLED') order.cancelledAt = at;
    Object.assign(order, changes);
  }

  /** OrdersService `giveBack`: reversal rows, the meal, the month's subsidy, the budget and the portions. */
  private cancel(placed: PlacedOrder, date: string, second: number, reason: string): void {
    const { order } = placed;
    const canteen = this.canteenById.get(order.canteenId)!;
    const at = zonedInstant(date, second, canteen.timeZone);
    this.move(order, 'CANCELLED', placed.staff, at, { cancelReason: reason }, reason);
    this.ledger.push(...ledgerRows(order, 'REVERSAL', -1, at, this.newId));
    this.usage.giveBack(order);
    for (const line of placed.lines) line.item.sold -= line.qty;
  }

  private recordAudit(order: OrderEntity, actor: OrderActor, record: TimedAuditRecord['record'], at: Date): void {
    const chain = orderChainOf(order.canteenId);
    const list = this.auditByChain.get(chain) ?? [];
    list.push({ actor: auditActor(actor), record, at });
    this.auditByChain.set(chain, list);
  }
}
