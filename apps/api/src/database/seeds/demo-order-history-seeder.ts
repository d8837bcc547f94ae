import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDays,
  DEFAULT_TIME_ZONE,
  FUNDING_SOURCES,
  type MealSlot,
  type QuoteElder,
  quoteSubsidy,
  reviewStateFor,
  type SubsidyPolicy,
  type SubsidyQuote,
  SubsidyReason,
  todayIn,
} from '@canteen/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { type AuditActor, AuditService, orderChainOf } from '../../modules/audit/audit.service.js';
import { CanteenEntity } from '../../modules/canteens/canteen.entity.js';
import { ElderEntity } from '../../modules/elders/elder.entity.js';
import { type ElderExtras, EldersRepository } from '../../modules/elders/elders.repository.js';
import { KioskDeviceEntity } from '../../modules/kiosk-devices/kiosk-device.entity.js';
import { DailyMenuItemEntity } from '../../modules/menus/daily-menu-item.entity.js';
import { DailyMenuEntity } from '../../modules/menus/daily-menu.entity.js';
import { DishEntity } from '../../modules/menus/dish.entity.js';
import {
  OrderEntity,
  OrderEventEntity,
  OrderLineEntity,
  type OrderStatus,
  SubsidyLedgerEntity,
} from '../../modules/orders/order.entity.js';
import {
  ElderUsageDayEntity,
  ElderUsageMonthEntity,
  ElderUsageSlotEntity,
  TicketCounterEntity,
} from '../../modules/orders/usage.entity.js';
import { SubsidyPoliciesRepository } from '../../modules/subsidies/subsidy-policies.repository.js';
import { SubsidyBudgetEntity, type SubsidyPolicyEntity } from '../../modules/subsidies/subsidy-policy.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { bulkInsert } from './bulk-insert.js';
import { appendAuditEntries, type TimedAuditRecord } from '../../modules/audit/audit-chain-appender.js';
import { DEMO_CANTEEN_STAFF, DEMO_CANTEENS, DEMO_DISHES, DEMO_KIOSK_DEVICE_NAME, DEMO_USERS } from './demo-data.js';
import { generator } from './demo-elders.js';
import { DemoOrderPlanner, type OrderIntent, type PlanCanteen, type PlanElder } from './demo-order-plan.js';
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
import { DEMO_DISTRICT_POLICIES } from './demo-policies.js';
import { firstOfPreviousMonth, secondsOf, shiftMonth, zonedInstant } from './demo-time.js';

interface ItemState {
  id: string;
  dishId: string;
  name: string;
  priceFen: number;
  portions: number;
  active: boolean;
  /** Sold before this seed (an existing menu) and by it. */
  soldBefore: number;
  sold: number;
}

interface BudgetState {
  row: SubsidyBudgetEntity;
  created: boolean;
  /** What the seeded orders added to `spent_fen`. */
  addedFen: number;
}

interface PlacedOrder {
  order: OrderEntity;
  lines: { item: ItemState; qty: number }[];
  staff: OrderActor;
}

const NO_USAGE = { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 0 };
const DEVICE_ROLE = 'KIOSK_DEVICE';

function staffActor(user: UserEntity): OrderActor {
  return { kind: 'STAFF', id: user.id, name: user.displayName, role: user.role };
}

function auditActor(actor: OrderActor): AuditActor {
  return { id: actor.id, name: actor.name, role: actor.role };
}

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A deterministic v4-shaped UUID from the demo's pseudo-random sequence (tens of thousands: kept cheap). */
function uuidFrom(random: () => number): string {
  const words = [0, 0, 0, 0].map(() => Math.floor(random() * 4294967296));
  // Version 4 in the third group, RFC 4122 variant in the fourth.
  words[1] = (words[1]! & 0xffff0fff) | 0x00004000;
  words[2] = (words[2]! & 0x3fffffff) | 0x80000000;
  const hex = words.map(
    (word) => HEX_BYTES[word >>> 24]! + HEX_BYTES[(word >>> 16) & 0xff]! + HEX_BYTES[(word >>> 8) & 0xff]! + HEX_BYTES[word & 0xff]!,
  );
  return `${hex[0]}-${hex[1]!.slice(0, 4)}-${hex[1]!.slice(4)}-${hex[2]!.slice(0, 4)}-${hex[2]!.slice(4)}${hex[3]}`;
}

/**
 * A round budget near `fen`: to the nearest whole ¥100, ¥10 or ¥1, whichever is at most 1 % of it (to the
 * fen below ¥100), so a share aimed at (83 %, 103 %) stays within half a point of the aim.
 */
function roundBudget(fen: number): number {
  const step = fen >= 1_000_000 ? 10_000 : fen >= 100_000 ? 1_000 : fen >= 10_000 ? 100 : 1;
  return Math.max(step, Math.round(fen / step) * step);
}

/** A budget that `spentFen` uses `percent` of. */
function budgetFor(spentFen: number, percent: number): number {
  return roundBudget(Math.round((spentFen * 100) / percent));
}

/**
 * A realistic past for the demo: every day from the first of last month to yesterday, the demo elders eat
 * at their canteens (lunch mostly, some dinners and breakfasts, some meals brought home), visitors pay full
 * price, a few orders are cancelled — and every order is decided by the subsidy engine with the policy in
 * force for the elder's 户籍 district and the elder's usage so far, in the order the orders were placed.
 *
 * It writes what the live order path writes for each order, placed, paid, served or cancelled (orders,
 * lines, ledger, events, usage counters, pickup numbers, portions sold, budget spending, audit entries in
 * the canteen's order chain), in bulk and in one transaction, and the districts' monthly budgets around
 * it. Runs once: not when any demo canteen has an order already.
 */
@Injectable()
export class DemoOrderHistorySeeder {
  private readonly logger = new Logger(DemoOrderHistorySeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: SubsidyPoliciesRepository,
    private readonly elders: EldersRepository,
    private readonly audit: AuditService,
  ) {}

  async run(now = new Date()): Promise<void> {
    const started = Date.now();
    const cpuBefore = process.cpuUsage();
    const manager = this.dataSource.manager;
    const today = todayIn(DEFAULT_TIME_ZONE, now);
    const from = firstOfPreviousMonth(today);
    const to = addDays(today, -1);
    const canteens = (await manager.find(CanteenEntity, { order: { code: 'ASC' } })).filter(
      (canteen) => canteen.status === 'OPEN' && DEMO_CANTEENS.some((demo) => demo.code === canteen.code),
    );
    if (canteens.length === 0) return;
    const canteenIds = canteens.map((canteen) => canteen.id);
    const seededBefore = await manager
      .createQueryBuilder(OrderEntity, 'o')
      .where('o.canteen_id IN (:...canteenIds)', { canteenIds })
      .getExists();
    if (seededBefore) return;

    const history = new OrderHistory(this.newIdSource(), canteens, from, to, today);
    await history.loadPeople(manager);
    await history.loadMenus(manager);
    await history.loadBudgets(manager);
    const elders = await this.demoElders(manager);
    const ids = elders.map((elder) => elder.id);
    const planner = new DemoOrderPlanner(history.planCanteens(), await this.planElders(elders, today), today);
    const policyOn = this.policyInForce(from, to);
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const extras = await this.elders.loadExtras(ids, date);
      const context = new Map<string, ElderContext>();
      for (const elder of elders) {
        const district = elder.registeredRegionCode.length >= 6 ? elder.registeredRegionCode.slice(0, 6) : null;
        context.set(elder.id, {
          elder,
          district,
          policy: district ? await policyOn(district, date) : null,
          quoteElder: quoteElderOf(elder, extras, date),
        });
      }
      history.playDay(date, planner.planDay(date), (elderId) => context.get(elderId) ?? null);
    }
    await this.dataSource.transaction(async (tx) => {
      await history.write(tx);
      await this.recordBudgets(tx, history, today);
    });
    const cpu = process.cpuUsage(cpuBefore);
    this.logger.log(
      `demo order history: ${history.orderCount} orders ${from}…${to} in ${Date.now() - started} ms ` +
        `(${Math.round((cpu.user + cpu.system) / 1000)} ms CPU)`,
    );
  }

  /**
   * The district's version in force on a date (SubsidyPoliciesRepository `findInForce`, as the order path
   * asks it). When the version in force on the last day started by the first, no other can be in force in
   * between (a later start would have won on the last day), so one question per district usually does.
   */
  private policyInForce(from: string, to: string): (district: string, date: string) => Promise<SubsidyPolicyEntity | null> {
    const wholePeriod = new Map<string, Promise<SubsidyPolicyEntity | null>>();
    const byDate = new Map<string, Promise<SubsidyPolicyEntity | null>>();
    return async (district, date) => {
      if (!wholePeriod.has(district)) wholePeriod.set(district, this.policies.findInForce(district, to));
      const last = await wholePeriod.get(district)!;
      if (last && last.effectiveFrom <= from) return last;
      const key = `${district}|${date}`;
      if (!byDate.has(key)) byDate.set(key, this.policies.findInForce(district, date));
      return byDate.get(key)!;
    };
  }

  private newIdSource(): () => string {
    const random = generator(0x5eed0a11);
    return () => uuidFrom(random);
  }

  /** The demo elders (户籍 in the demo province), in an order that is the same on every machine. */
  private async demoElders(manager: EntityManager): Promise<ElderEntity[]> {
    const rows = await manager
      .createQueryBuilder(ElderEntity, 'elder')
      .where("elder.registered_region_code LIKE '53%'")
      .getMany();
    return rows.sort(
      (a, b) =>
        a.residentRegionCode.localeCompare(b.residentRegionCode) ||
        a.birthDate.localeCompare(b.birthDate) ||
        a.name.localeCompare(b.name) ||
        a.idNumberMasked.localeCompare(b.idNumberMasked) ||
        a.id.localeCompare(b.id),
    );
  }

  private async planElders(elders: readonly ElderEntity[], today: string): Promise<PlanElder[]> {
    const extras = await this.elders.loadExtras(
      elders.map((elder) => elder.id),
      today,
    );
    return elders.map((elder) => ({
      id: elder.id,
      birthDate: elder.birthDate,
      residentRegionCode: elder.residentRegionCode,
      categories: extras.categories.get(elder.id) ?? [],
      // Until the day they died, moved or were suspended, they ordered like anyone else.
      ordersOn: (date: string) => elder.status === 'ACTIVE' || (elder.statusEffectiveOn !== null && date < elder.statusEffectiveOn),
    }));
  }

  /** The audit entry SubsidyBudgetsService records when an official sets a month's budget lines. */
  private async recordBudgets(manager: EntityManager, history: OrderHistory, today: string): Promise<void> {
    const thisMonth = today.slice(0, 7);
    for (const { district, month, rows } of history.createdBudgetMonths()) {
      const demo = DEMO_DISTRICT_POLICIES.find((policy) => policy.regionCode === district);
      const official =
        (demo && (await manager.findOneBy(UserEntity, { username: demo.author }))) ??
        (await manager.findOneByOrFail(UserEntity, { username: 'admin' }));
      // Set a few days before the month began; next month's yesterday afternoon.
      const day = month > thisMonth ? addDays(today, -1) : addDays(`${month}-01`, -3);
      const at = zonedInstant(day, secondsOf(month > thisMonth ? '16:00' : '10:00'), DEFAULT_TIME_ZONE);
      const order = (source: string) => FUNDING_SOURCES.indexOf(source as (typeof FUNDING_SOURCES)[number]);
      await this.audit.record(
        manager,
        { id: official.id, name: official.displayName, role: official.role },
        {
          action: 'SUBSIDY_BUDGET_SET',
          entityType: 'SUBSIDY_BUDGET',
          entityId: `${district}:${month}`,
          regionCode: district,
          before: null,
          after: {
            lines: [...rows]
              .sort((a, b) => order(a.source) - order(b.source))
              .map((row) => ({ source: row.source, budgetFen: row.budgetFen, hardStop: Boolean(row.hardStop) })),
          },
        },
        at,
      );
    }
  }
}

function quoteElderOf(elder: ElderEntity, extras: ElderExtras, date: string): QuoteElder {
  return {
    birthDate: elder.birthDate,
    categories: extras.categories.get(elder.id) ?? [],
    assessmentGrade: extras.grades.get(elder.id) ?? null,
    eligible: reviewStateFor(elder.reviewDueOn, date) !== 'LAPSED',
  };
}

type ElderContext = { elder: ElderEntity; quoteElder: QuoteElder; district: string | null; policy: SubsidyPolicyEntity | null };

/** The seeded history in memory: counters kept as the live path keeps them, rows collected for the bulk write. */
class OrderHistory {
  orderCount = 0;
  private readonly random = generator(0x0da7a5);
  private readonly staffByCanteen = new Map<string, OrderActor>();
  private readonly deviceByCanteen = new Map<string, OrderActor>();
  private readonly menus = new Map<string, Map<string, ItemState>>();
  private readonly newMenus: DailyMenuEntity[] = [];
  private readonly newItems = new Map<string, DailyMenuItemEntity>();
  private readonly budgets = new Map<string, BudgetState>();
  private readonly lastMonth: string;
  private readonly canteenById: Map<string, CanteenEntity>;
  private readonly districts: string[];

  private readonly orders: OrderEntity[] = [];
  private readonly lines: OrderLineEntity[] = [];
  private readonly ledger: SubsidyLedgerEntity[] = [];
  private readonly events: OrderEventEntity[] = [];
  private readonly auditByChain = new Map<string, TimedAuditRecord[]>();
  private readonly usageDays = new Map<string, ElderUsageDayEntity>();
  private readonly usageSlots = new Map<string, ElderUsageSlotEntity>();
  private readonly usageMonths = new Map<string, ElderUsageMonthEntity>();
  private readonly tickets = new Map<string, TicketCounterEntity>();

  constructor(
    private readonly newId: () => string,
    private readonly canteens: readonly CanteenEntity[],
    private readonly from: string,
    private readonly to: string,
    private readonly today: string,
  ) {
    this.lastMonth = from.slice(0, 7);
    this.canteenById = new Map(canteens.map((canteen) => [canteen.id, canteen]));
    this.districts = [...new Set(canteens.map((canteen) => canteen.regionCode.slice(0, 6)))].sort();
  }

  planCanteens(): PlanCanteen[] {
    return this.canteens.map((canteen) => ({
      id: canteen.id,
      code: canteen.code,
      kind: canteen.kind,
      regionCode: canteen.regionCode,
      slots: canteen.slots,
      openedOn: canteen.openedOn,
    }));
  }

  /** Each canteen's counter staff (its manager or staff demo login) and its kiosk, when it has the demo one. */
  async loadPeople(manager: EntityManager): Promise<void> {
    const usernames = [...DEMO_USERS, ...DEMO_CANTEEN_STAFF].filter((user) => user.canteenCode).map((user) => user.username);
    const users = await manager.find(UserEntity, { where: { username: In(usernames) } });
    for (const user of users) {
      if (user.canteenId && !this.staffByCanteen.has(user.canteenId)) this.staffByCanteen.set(user.canteenId, staffActor(user));
    }
    const admin = await manager.findOneByOrFail(UserEntity, { username: 'admin' });
    for (const canteen of this.canteens) {
      if (!this.staffByCanteen.has(canteen.id)) this.staffByCanteen.set(canteen.id, staffActor(admin));
    }
    const devices = await manager.find(KioskDeviceEntity, {
      where: { canteenId: In(this.canteens.map((canteen) => canteen.id)), name: DEMO_KIOSK_DEVICE_NAME },
    });
    for (const device of devices) {
      if (!device.revokedAt) this.deviceByCanteen.set(device.canteenId, { kind: 'DEVICE', id: device.id, name: device.name, role: DEVICE_ROLE });
    }
  }

  /** The menus of the period: those that exist, and the demo menu for every open day and slot without one. */
  async loadMenus(manager: EntityManager): Promise<void> {
    for (const canteen of this.canteens) {
      const existing = await manager
        .createQueryBuilder(DailyMenuEntity, 'menu')
        .leftJoinAndSelect('menu.items', 'item')
        .leftJoinAndSelect('item.dish', 'dish')
        .where('menu.canteen_id = :canteenId AND menu.service_date BETWEEN :from AND :to', { canteenId: canteen.id, from: this.from, to: this.to })
        .getMany();
      for (const menu of existing) {
        this.menus.set(
          `${canteen.id}|${menu.serviceDate}|${menu.slot}`,
          new Map(
            menu.items.map((item) => [
              item.dish.name,
              {
                id: item.id,
                dishId: item.dishId,
                name: item.dish.name,
                priceFen: item.priceFen,
                portions: item.portions,
                active: item.dish.active,
                soldBefore: item.portionsSold,
                sold: 0,
              },
            ]),
          ),
        );
      }
      const dishes = await manager.find(DishEntity, { where: { canteenId: canteen.id } });
      for (let date = this.from; date <= this.to; date = addDays(date, 1)) {
        if (canteen.openedOn && canteen.openedOn > date) continue;
        for (const window of canteen.slots) {
          const key = `${canteen.id}|${date}|${window.slot}`;
          if (this.menus.has(key)) continue;
          const menu = Object.assign(new DailyMenuEntity(), { id: this.newId(), canteenId: canteen.id, serviceDate: date, slot: window.slot });
          const items = new Map<string, ItemState>();
          DEMO_DISHES.filter((demo) => demo.slots.includes(window.slot)).forEach((demo) => {
            const dish = dishes.find((row) => row.name === demo.name);
            if (!dish) return;
            const item = Object.assign(new DailyMenuItemEntity(), {
              id: this.newId(),
              dailyMenuId: menu.id,
              dishId: dish.id,
              priceFen: dish.priceFen,
              portions: demo.portions,
              portionsSold: 0,
              sortOrder: items.size,
            });
            this.newItems.set(item.id, item);
            items.set(dish.name, {
              id: item.id,
              dishId: dish.id,
              name: dish.name,
              priceFen: dish.priceFen,
              portions: demo.portions,
              active: dish.active,
              soldBefore: 0,
              sold: 0,
            });
          });
          if (items.size === 0) continue;
          this.newMenus.push(menu);
          this.menus.set(key, items);
        }
      }
    }
  }

  /**
   * The budget lines the orders will be charged to: those officials set already, and for last month, this
   * month and next, when a demo district has none, lines for each source of its example policy (their
   * amounts are set once the spending is known; without a hard stop the amount does not change a charge).
   */
  async loadBudgets(manager: EntityManager): Promise<void> {
    const months = [this.lastMonth, this.today.slice(0, 7), shiftMonth(this.today.slice(0, 7), 1)];
    const existing = await manager.find(SubsidyBudgetEntity, { where: { regionCode: In(this.districts), month: In(months) } });
    for (const row of existing) this.budgets.set(`${row.regionCode}|${row.month}|${row.source}`, { row, created: false, addedFen: 0 });
    for (const district of this.districts) {
      const demo = DEMO_DISTRICT_POLICIES.find((policy) => policy.regionCode === district);
      if (!demo) continue;
      for (const month of months) {
        if (existing.some((row) => row.regionCode === district && row.month === month)) continue;
        for (const { source } of demo.document.funding) {
          const row = Object.assign(new SubsidyBudgetEntity(), {
            id: this.newId(),
            regionCode: district,
            month,
            source,
            budgetFen: 0,
            spentFen: 0,
            hardStop: false,
          });
          this.budgets.set(`${district}|${month}|${source}`, { row, created: true, addedFen: 0 });
        }
      }
    }
  }

  /** One day's intents in the order they were placed, each cancellation at its own moment. */
  playDay(date: string, intents: readonly OrderIntent[], contextOf: (elderId: string) => ElderContext | null): void {
    const sorted = intents.map((intent, index) => ({ intent, index })).sort((a, b) => a.intent.placedSecond - b.intent.placedSecond || a.index - b.index);
    const cancels: { second: number; placed: PlacedOrder; reason: string; fromStatus: OrderStatus }[] = [];
    const flush = (until: number) => {
      cancels.sort((a, b) => a.second - b.second);
      while (cancels.length > 0 && cancels[0]!.second <= until) {
        const next = cancels.shift()!;
        this.cancel(next.placed, date, next.second, next.reason, next.fromStatus);
      }
    };
    for (const { intent } of sorted) {
      flush(intent.placedSecond);
      const placed = this.place(date, intent, intent.elderId ? contextOf(intent.elderId) : null);
      if (!placed) continue;
      const lifecycle = this.lifecycle(placed, intent, date);
      if (lifecycle) cancels.push({ ...lifecycle, placed });
    }
    flush(Number.POSITIVE_INFINITY);
  }

  private place(date: string, intent: OrderIntent, context: ElderContext | null): PlacedOrder | null {
    const canteen = this.canteenById.get(intent.canteenId)!;
    const menu = this.menus.get(`${canteen.id}|${date}|${intent.slot}`);
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

    const staff = this.staffByCanteen.get(canteen.id)!;
    const device = intent.channel === 'DINE_IN' ? this.deviceByCanteen.get(canteen.id) : undefined;
    const placedBy = device ?? staff;
    const { quote, countedMeal } = this.charge(date, intent, lines, context);
    const prefix = intent.channel === 'DELIVERY' ? 'D' : 'A';
    const ticket = this.nextTicket(canteen.id, date, prefix);
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
    this.orderCount += 1;
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
  private lifecycle(placed: PlacedOrder, intent: OrderIntent, date: string): { second: number; reason: string; fromStatus: OrderStatus } | null {
    const { order, staff } = placed;
    const canteen = this.canteenById.get(order.canteenId)!;
    const at = (second: number) => zonedInstant(date, second, canteen.timeZone);
    const placedBy: OrderActor = order.placedByKind === 'DEVICE' ? this.deviceByCanteen.get(canteen.id)! : staff;
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
    if (intent.cancel && cancelSecond !== null) return { second: cancelSecond, reason: intent.cancel.reason, fromStatus: order.status };
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
  private cancel(placed: PlacedOrder, date: string, second: number, reason: string, fromStatus: OrderStatus): void {
    const { order } = placed;
    const canteen = this.canteenById.get(order.canteenId)!;
    const at = zonedInstant(date, second, canteen.timeZone);
    if (order.status !== fromStatus) throw new Error('demo order history: cancelling an order that moved meanwhile');
    this.move(order, 'CANCELLED', placed.staff, at, { cancelReason: reason }, reason);
    this.ledger.push(...ledgerRows(order, 'REVERSAL', -1, at, this.newId));
    if (order.elderId && order.countedMeal) {
      const day = this.usageDays.get(`${order.elderId}|${order.serviceDate}`)!;
      const slot = this.usageSlots.get(`${order.elderId}|${order.serviceDate}|${order.slot}`)!;
      const month = this.usageMonths.get(`${order.elderId}|${order.serviceDate.slice(0, 7)}`)!;
      if (day.meals > 0) day.meals -= 1;
      if (slot.meals > 0) slot.meals -= 1;
      if (month.subsidyFen >= order.subsidyFen) month.subsidyFen -= order.subsidyFen;
      if (order.elderRegionCode) {
        for (const part of order.funding) {
          const budget = this.budgets.get(`${order.elderRegionCode}|${order.serviceDate.slice(0, 7)}|${part.source}`);
          if (!budget || part.fen <= 0) continue;
          const taken = Math.min(part.fen, budget.row.spentFen + budget.addedFen);
          budget.addedFen -= taken;
        }
      }
    }
    for (const line of placed.lines) line.item.sold -= line.qty;
  }

  /** SubsidyChargeService `charge`: quote on the elder's usage so far, claim the meal and the month, then the budget. */
  private charge(
    date: string,
    intent: OrderIntent,
    lines: readonly { item: ItemState; qty: number }[],
    context: ElderContext | null,
  ): { quote: SubsidyQuote; countedMeal: boolean } {
    const policy = context?.policy ? (JSON.parse(context.policy.document) as SubsidyPolicy) : null;
    const input = {
      policy,
      elder: context?.quoteElder ?? null,
      serviceDate: date,
      slot: intent.slot as MealSlot,
      channel: intent.channel,
      items: lines.map(({ item, qty }) => ({ priceFen: item.priceFen, qty })),
      deliveryFeeFen: intent.deliveryFeeFen,
    };
    if (!context || !policy || !context.district) return { quote: quoteSubsidy({ ...input, usage: NO_USAGE }), countedMeal: false };
    const elderId = context.elder.id;
    const month = date.slice(0, 7);
    const keys = { day: `${elderId}|${date}`, slot: `${elderId}|${date}|${intent.slot}`, month: `${elderId}|${month}` };
    const quote = quoteSubsidy({
      ...input,
      usage: {
        mealsToday: this.usageDays.get(keys.day)?.meals ?? 0,
        mealsThisSlot: this.usageSlots.get(keys.slot)?.meals ?? 0,
        subsidyThisMonthFen: this.usageMonths.get(keys.month)?.subsidyFen ?? 0,
      },
    });
    if (quote.subsidyFen === 0) return { quote, countedMeal: false };
    // UsageRepository `claim`: a counter row is created by the first meal that takes from it.
    const day = this.counter(this.usageDays, keys.day, () => Object.assign(new ElderUsageDayEntity(), { elderId, serviceDate: date, meals: 0 }));
    const slot = this.counter(this.usageSlots, keys.slot, () =>
      Object.assign(new ElderUsageSlotEntity(), { elderId, serviceDate: date, slot: intent.slot, meals: 0 }),
    );
    const monthly = this.counter(this.usageMonths, keys.month, () => Object.assign(new ElderUsageMonthEntity(), { elderId, month, subsidyFen: 0 }));
    const { limits } = policy;
    if (day.meals >= limits.mealsPerDay || slot.meals >= limits.mealsPerSlot || monthly.subsidyFen + quote.subsidyFen > limits.monthlyCapFen) {
      throw new Error('demo order history: the engine granted past a limit');
    }
    day.meals += 1;
    slot.meals += 1;
    monthly.subsidyFen += quote.subsidyFen;
    if (this.chargeBudget(context.district, month, quote.funding)) return { quote, countedMeal: true };
    day.meals -= 1;
    slot.meals -= 1;
    monthly.subsidyFen -= quote.subsidyFen;
    return {
      quote: { ...quote, subsidyFen: 0, payableFen: quote.totalFen, funding: [], reasons: [...quote.reasons, SubsidyReason.BUDGET_EXHAUSTED] },
      countedMeal: false,
    };
  }

  /** SubsidyBudgetsRepository `addSpent`: per source in source order; a hard-stopped line that would overspend refuses all. */
  private chargeBudget(district: string, month: string, funding: readonly { source: string; fen: number }[]): boolean {
    const bySource = new Map<string, number>();
    for (const part of funding) if (part.fen > 0) bySource.set(part.source, (bySource.get(part.source) ?? 0) + part.fen);
    const charged: { budget: BudgetState; fen: number }[] = [];
    for (const [source, fen] of [...bySource].sort(([a], [b]) => a.localeCompare(b))) {
      const budget = this.budgets.get(`${district}|${month}|${source}`);
      if (!budget) continue;
      const spent = budget.row.spentFen + budget.addedFen;
      if (budget.row.hardStop && spent + fen > budget.row.budgetFen) {
        for (const done of charged) done.budget.addedFen -= done.fen;
        return false;
      }
      budget.addedFen += fen;
      charged.push({ budget, fen });
    }
    return true;
  }

  private counter<T>(map: Map<string, T>, key: string, create: () => T): T {
    let row = map.get(key);
    if (!row) {
      row = create();
      map.set(key, row);
    }
    return row;
  }

  private nextTicket(canteenId: string, serviceDate: string, prefix: string): number {
    const counter = this.counter(this.tickets, `${canteenId}|${serviceDate}|${prefix}`, () =>
      Object.assign(new TicketCounterEntity(), { canteenId, serviceDate, prefix, last: 0 }),
    );
    counter.last += 1;
    return counter.last;
  }

  private recordAudit(order: OrderEntity, actor: OrderActor, record: TimedAuditRecord['record'], at: Date): void {
    const chain = orderChainOf(order.canteenId);
    const list = this.auditByChain.get(chain) ?? [];
    list.push({ actor: auditActor(actor), record, at });
    this.auditByChain.set(chain, list);
  }

  /** The new budget lines of each district and month, with their amounts set from the spending. */
  createdBudgetMonths(): { district: string; month: string; rows: SubsidyBudgetEntity[] }[] {
    const groups = new Map<string, { district: string; month: string; rows: SubsidyBudgetEntity[] }>();
    for (const budget of this.budgets.values()) {
      if (!budget.created) continue;
      const key = `${budget.row.regionCode}|${budget.row.month}`;
      const group = groups.get(key) ?? { district: budget.row.regionCode, month: budget.row.month, rows: [] };
      group.rows.push(budget.row);
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  /**
   * Amounts for the lines the seed creates: last month nearly used up (one line of 呈贡 past it), this
   * month at the example's share of the spending so far (西山's city line past 80 %), next month last
   * month's spending and 5 % more. Early in a month "so far" is a few days, and this month's lines are
   * small to match: the shares, not the amounts, are what the example shows.
   */
  private setBudgetAmounts(): void {
    const thisMonth = this.today.slice(0, 7);
    for (const budget of this.budgets.values()) {
      if (!budget.created) continue;
      const { row } = budget;
      const demo = DEMO_DISTRICT_POLICIES.find((policy) => policy.regionCode === row.regionCode);
      const source = row.source as (typeof FUNDING_SOURCES)[number];
      const lastSpent = this.budgets.get(`${row.regionCode}|${this.lastMonth}|${row.source}`)?.addedFen ?? 0;
      const lastBudget = lastSpent > 0 ? budgetFor(lastSpent, demo?.budgetUse.lastMonth[source] ?? 95) : 1_000_000;
      const spent = row.spentFen + budget.addedFen;
      if (row.month === this.lastMonth) row.budgetFen = lastBudget;
      else if (row.month === thisMonth) row.budgetFen = spent > 0 ? budgetFor(spent, demo?.budgetUse.thisMonth[source] ?? 70) : lastBudget;
      else row.budgetFen = lastSpent > 0 ? roundBudget(Math.round((lastSpent * 105) / 100)) : lastBudget;
    }
  }

  async write(manager: EntityManager): Promise<void> {
    this.setBudgetAmounts();
    await bulkInsert(manager, DailyMenuEntity, this.newMenus);
    const items = [...this.newItems.values()];
    const stateOf = new Map<string, ItemState>();
    for (const menu of this.menus.values()) for (const item of menu.values()) stateOf.set(item.id, item);
    for (const item of items) item.portionsSold = stateOf.get(item.id)?.sold ?? 0;
    await bulkInsert(manager, DailyMenuItemEntity, items);
    for (const item of stateOf.values()) {
      if (this.newItems.has(item.id) || item.sold === 0) continue;
      await manager
        .createQueryBuilder()
        .update(DailyMenuItemEntity)
        .set({ portionsSold: () => 'portions_sold + :sold' })
        .where('id = :id', { id: item.id, sold: item.sold })
        .execute();
    }
    await bulkInsert(manager, OrderEntity, this.orders);
    await bulkInsert(manager, OrderLineEntity, this.lines);
    await bulkInsert(manager, SubsidyLedgerEntity, this.ledger);
    await bulkInsert(manager, OrderEventEntity, this.events);
    await bulkInsert(manager, ElderUsageDayEntity, [...this.usageDays.values()]);
    await bulkInsert(manager, ElderUsageSlotEntity, [...this.usageSlots.values()]);
    await bulkInsert(manager, ElderUsageMonthEntity, [...this.usageMonths.values()]);
    await bulkInsert(manager, TicketCounterEntity, [...this.tickets.values()]);
    const created: SubsidyBudgetEntity[] = [];
    for (const budget of this.budgets.values()) {
      if (budget.created) {
        created.push(Object.assign(budget.row, { spentFen: budget.row.spentFen + budget.addedFen }));
      } else if (budget.addedFen !== 0) {
        await manager
          .createQueryBuilder()
          .update(SubsidyBudgetEntity)
          .set({ spentFen: () => 'CASE WHEN spent_fen + :fen > 0 THEN spent_fen + :fen ELSE 0 END' })
          .where('id = :id', { id: budget.row.id, fen: budget.addedFen })
          .execute();
      }
    }
    await bulkInsert(manager, SubsidyBudgetEntity, created);
    for (const [chain, entries] of [...this.auditByChain].sort(([a], [b]) => a.localeCompare(b))) {
      // Each chain in the order things happened (paying and serving were noted when the order was placed).
      const ordered = entries
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || a.index - b.index);
      await appendAuditEntries(manager, chain, ordered.map(({ entry }) => entry));
    }
  }
}
