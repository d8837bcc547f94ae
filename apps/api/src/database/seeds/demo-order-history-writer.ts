import { addDays, DEFAULT_TIME_ZONE, FUNDING_SOURCES } from '@canteen/shared';
import type { EntityManager } from 'typeorm';
import { appendAuditEntries } from '../../modules/audit/audit-chain-appender.js';
import type { AuditService } from '../../modules/audit/audit.service.js';
import { DailyMenuItemEntity } from '../../modules/menus/daily-menu-item.entity.js';
import { DailyMenuEntity } from '../../modules/menus/daily-menu.entity.js';
import { OrderEntity, OrderEventEntity, OrderLineEntity, SubsidyLedgerEntity } from '../../modules/orders/order.entity.js';
import {
  ElderUsageDayEntity,
  ElderUsageMonthEntity,
  ElderUsageSlotEntity,
  TicketCounterEntity,
} from '../../modules/orders/usage.entity.js';
import { SubsidyBudgetEntity } from '../../modules/subsidies/subsidy-policy.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { bulkInsert } from '../../common/database/bulk-insert.js';
import type { DemoBudgetBook } from './demo-budget-book.js';
import type { DemoMenuStock, ItemState } from './demo-menu-stock.js';
import type { DemoOrderBook } from './demo-order-book.js';
import { DEMO_DISTRICT_POLICIES } from './demo-policies.js';
import { secondsOf, zonedInstant } from './demo-time.js';
import type { DemoUsageBook } from './demo-usage-book.js';

/** What the history accumulated in memory, to be written. */
export interface DemoOrderHistoryRows {
  stock: DemoMenuStock;
  orders: DemoOrderBook;
  usage: DemoUsageBook;
}

/**
 * Writes the accumulated history in the caller's transaction, in bulk: the new menus and items with their
 * portions sold (and the portions sold of existing items), the orders with their lines, ledger and events,
 * the usage counters and pickup numbers, the budget lines (new ones whole, existing ones' spending), and
 * each canteen's order chain of audit entries.
 */
export async function writeDemoOrderHistory(manager: EntityManager, { stock, orders, usage }: DemoOrderHistoryRows): Promise<void> {
  await bulkInsert(manager, DailyMenuEntity, stock.newMenus);
  const items = [...stock.newItems.values()];
  const stateOf = new Map<string, ItemState>();
  for (const item of stock.items()) stateOf.set(item.id, item);
  for (const item of items) item.portionsSold = stateOf.get(item.id)?.sold ?? 0;
  await bulkInsert(manager, DailyMenuItemEntity, items);
  for (const item of stateOf.values()) {
    if (stock.newItems.has(item.id) || item.sold === 0) continue;
    await manager
      .createQueryBuilder()
      .update(DailyMenuItemEntity)
      .set({ portionsSold: () => 'portions_sold + :sold' })
      .where('id = :id', { id: item.id, sold: item.sold })
      .execute();
  }
  await bulkInsert(manager, OrderEntity, orders.orders);
  await bulkInsert(manager, OrderLineEntity, orders.lines);
  await bulkInsert(manager, SubsidyLedgerEntity, orders.ledger);
  await bulkInsert(manager, OrderEventEntity, orders.events);
  await bulkInsert(manager, ElderUsageDayEntity, [...usage.usageDays.values()]);
  await bulkInsert(manager, ElderUsageSlotEntity, [...usage.usageSlots.values()]);
  await bulkInsert(manager, ElderUsageMonthEntity, [...usage.usageMonths.values()]);
  await bulkInsert(manager, TicketCounterEntity, [...usage.tickets.values()]);
  await writeBudgets(manager, usage.budgets);
  for (const [chain, entries] of [...orders.auditByChain].sort(([a], [b]) => a.localeCompare(b))) {
    // Each chain in the order things happened (paying and serving were noted when the order was placed).
    const ordered = entries
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || a.index - b.index);
    await appendAuditEntries(manager, chain, ordered.map(({ entry }) => entry));
  }
}

/** New lines whole, with what the orders spent; existing lines' spending added (never below zero). */
async function writeBudgets(manager: EntityManager, budgets: DemoBudgetBook): Promise<void> {
  const created: SubsidyBudgetEntity[] = [];
  for (const budget of budgets.lines()) {
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
}

/** The audit entry SubsidyBudgetsService records when an official sets a month's budget lines, for each new month. */
export async function recordDemoBudgetsSet(manager: EntityManager, audit: AuditService, budgets: DemoBudgetBook, today: string): Promise<void> {
  const thisMonth = today.slice(0, 7);
  for (const { district, month, rows } of budgets.createdMonths()) {
    const demo = DEMO_DISTRICT_POLICIES.find((policy) => policy.regionCode === district);
    const official =
      (demo && (await manager.findOneBy(UserEntity, { username: demo.author }))) ??
      (await manager.findOneByOrFail(UserEntity, { username: 'admin' }));
    // Set a few days before the month began; next month's yesterday afternoon.
    const day = month > thisMonth ? addDays(today, -1) : addDays(`${month}-01`, -3);
    const at = zonedInstant(day, secondsOf(month > thisMonth ? '16:00' : '10:00'), DEFAULT_TIME_ZONE);
    const order = (source: string) => FUNDING_SOURCES.indexOf(source as (typeof FUNDING_SOURCES)[number]);
    await audit.record(
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
