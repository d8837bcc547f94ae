import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, DEFAULT_TIME_ZONE, type QuoteElder, reviewStateFor, todayIn } from '@canteen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../modules/audit/audit.service.js';
import { CanteenEntity } from '../../modules/canteens/canteen.entity.js';
import { ElderEntity } from '../../modules/elders/elder.entity.js';
import { type ElderExtras, EldersRepository } from '../../modules/elders/elders.repository.js';
import { OrderEntity } from '../../modules/orders/order.entity.js';
import { SubsidyPoliciesRepository } from '../../modules/subsidies/subsidy-policies.repository.js';
import type { SubsidyPolicyEntity } from '../../modules/subsidies/subsidy-policy.entity.js';
import { DemoBudgetBook } from './demo-budget-book.js';
import { DEMO_CANTEENS } from './demo-data.js';
import { demoIdSource } from './demo-ids.js';
import { DemoMenuStock } from './demo-menu-stock.js';
import { loadDemoOrderActors } from './demo-order-actors.js';
import { DemoOrderBook } from './demo-order-book.js';
import { recordDemoBudgetsSet, writeDemoOrderHistory } from './demo-order-history-writer.js';
import { DemoOrderPlanner, type PlanCanteen, type PlanElder } from './demo-order-plan.js';
import { firstOfPreviousMonth, shiftMonth } from './demo-time.js';
import { DemoUsageBook, type ElderContext } from './demo-usage-book.js';

function quoteElderOf(elder: ElderEntity, extras: ElderExtras, date: string): QuoteElder {
  return {
    birthDate: elder.birthDate,
    categories: extras.categories.get(elder.id) ?? [],
    assessmentGrade: extras.grades.get(elder.id) ?? null,
    eligible: reviewStateFor(elder.reviewDueOn, date) !== 'LAPSED',
  };
}

function planCanteenOf(canteen: CanteenEntity): PlanCanteen {
  return {
    id: canteen.id,
    code: canteen.code,
    kind: canteen.kind,
    regionCode: canteen.regionCode,
    slots: canteen.slots,
    openedOn: canteen.openedOn,
  };
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
 *
 * The parts: DemoOrderPlanner (who eats where and when), DemoMenuStock (menus and portions),
 * DemoUsageBook and DemoBudgetBook (the live limits, in memory), DemoOrderBook (each order and its status
 * steps), writeDemoOrderHistory (the bulk write).
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
    const lastMonth = from.slice(0, 7);
    const thisMonth = today.slice(0, 7);
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

    const newId = demoIdSource(0x5eed0a11);
    const actors = await loadDemoOrderActors(manager, canteens);
    const stock = new DemoMenuStock(newId);
    await stock.load(manager, canteens, from, to);
    const budgets = new DemoBudgetBook(newId);
    const districts = [...new Set(canteens.map((canteen) => canteen.regionCode.slice(0, 6)))].sort();
    await budgets.load(manager, districts, [lastMonth, thisMonth, shiftMonth(thisMonth, 1)]);
    const usage = new DemoUsageBook(budgets);
    const orders = new DemoOrderBook(newId, canteens, actors, stock, usage);

    const elders = await this.demoElders(manager);
    const ids = elders.map((elder) => elder.id);
    const planner = new DemoOrderPlanner(canteens.map(planCanteenOf), await this.planElders(elders, today), today);
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
      orders.playDay(date, planner.planDay(date), (elderId) => context.get(elderId) ?? null);
    }
    budgets.setAmounts(lastMonth, thisMonth);
    await this.dataSource.transaction(async (tx) => {
      await writeDemoOrderHistory(tx, { stock, orders, usage });
      await recordDemoBudgetsSet(tx, this.audit, budgets, today);
    });
    const cpu = process.cpuUsage(cpuBefore);
    this.logger.log(
      `demo order history: ${orders.orders.length} orders ${from}…${to} in ${Date.now() - started} ms ` +
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
}
