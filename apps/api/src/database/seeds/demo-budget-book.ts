import { FUNDING_SOURCES } from '@canteen/shared';
import { In, type EntityManager } from 'typeorm';
import type { OrderEntity } from '../../modules/orders/order.entity.js';
import { SubsidyBudgetEntity } from '../../modules/subsidies/subsidy-policy.entity.js';
import { DEMO_DISTRICT_POLICIES } from './demo-policies.js';

/** A budget line the seeded orders are charged to. */
export interface BudgetState {
  row: SubsidyBudgetEntity;
  /** Created by the seed (written whole), else set by an official before (only its spending changes). */
  created: boolean;
  /** What the seeded orders added to `spent_fen`. */
  addedFen: number;
}

/** One district's month of new budget lines. */
export interface BudgetMonth {
  district: string;
  month: string;
  rows: SubsidyBudgetEntity[];
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

/** The districts' monthly budget lines in memory, spent as SubsidyBudgetsRepository spends them. */
export class DemoBudgetBook {
  /** By `district|month|source`. */
  private readonly budgets = new Map<string, BudgetState>();

  constructor(private readonly newId: () => string) {}

  lines(): IterableIterator<BudgetState> {
    return this.budgets.values();
  }

  /**
   * The budget lines the orders will be charged to: those officials set already, and for each month given
   * (last month, this month and next), when a demo district has none, lines for each source of its example
   * policy (their amounts are set once the spending is known; without a hard stop the amount does not
   * change a charge).
   */
  async load(manager: EntityManager, districts: readonly string[], months: readonly string[]): Promise<void> {
    const existing = await manager.find(SubsidyBudgetEntity, { where: { regionCode: In(districts), month: In(months) } });
    for (const row of existing) this.budgets.set(`${row.regionCode}|${row.month}|${row.source}`, { row, created: false, addedFen: 0 });
    for (const district of districts) {
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

  /** SubsidyBudgetsRepository `addSpent`: per source in source order; a hard-stopped line that would overspend refuses all. */
  charge(district: string, month: string, funding: readonly { source: string; fen: number }[]): boolean {
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

  /** A cancelled order's subsidy back to its district's lines (never below nothing spent). */
  giveBack(order: OrderEntity): void {
    if (!order.elderRegionCode) return;
    for (const part of order.funding) {
      const budget = this.budgets.get(`${order.elderRegionCode}|${order.serviceDate.slice(0, 7)}|${part.source}`);
      if (!budget || part.fen <= 0) continue;
      const taken = Math.min(part.fen, budget.row.spentFen + budget.addedFen);
      budget.addedFen -= taken;
    }
  }

  /** The new budget lines of each district and month, with their amounts set from the spending. */
  createdMonths(): BudgetMonth[] {
    const groups = new Map<string, BudgetMonth>();
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
  setAmounts(lastMonth: string, thisMonth: string): void {
    for (const budget of this.budgets.values()) {
      if (!budget.created) continue;
      const { row } = budget;
      const demo = DEMO_DISTRICT_POLICIES.find((policy) => policy.regionCode === row.regionCode);
      const source = row.source as (typeof FUNDING_SOURCES)[number];
      const lastSpent = this.budgets.get(`${row.regionCode}|${lastMonth}|${row.source}`)?.addedFen ?? 0;
      const lastBudget = lastSpent > 0 ? budgetFor(lastSpent, demo?.budgetUse.lastMonth[source] ?? 95) : 1_000_000;
      const spent = row.spentFen + budget.addedFen;
      if (row.month === lastMonth) row.budgetFen = lastBudget;
      else if (row.month === thisMonth) row.budgetFen = spent > 0 ? budgetFor(spent, demo?.budgetUse.thisMonth[source] ?? 70) : lastBudget;
      else row.budgetFen = lastSpent > 0 ? roundBudget(Math.round((lastSpent * 105) / 100)) : lastBudget;
    }
  }
}
