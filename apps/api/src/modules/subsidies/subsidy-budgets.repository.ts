import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { SubsidyBudgetEntity } from './subsidy-policy.entity.js';

/** One funding source's share of an order's subsidy, in fen. */
export interface BudgetPart {
  source: string;
  fen: number;
}

/** Positive parts merged per source and sorted by it, so every transaction locks budget rows in one order. */
function normalised(parts: readonly BudgetPart[]): BudgetPart[] {
  const bySource = new Map<string, number>();
  for (const part of parts) {
    if (part.fen > 0) bySource.set(part.source, (bySource.get(part.source) ?? 0) + part.fen);
  }
  return [...bySource].sort(([a], [b]) => a.localeCompare(b)).map(([source, fen]) => ({ source, fen }));
}

const KEY = 'region_code = :regionCode AND month = :month AND source = :source';

/**
 * A district's monthly budget per funding source and what orders have spent of it. Budgets are set by
 * officials (`upsertLines`, which never touches `spent_fen`); `spent_fen` moves only through `addSpent`
 * and `releaseSpent`, called inside the order transaction, each one guarded atomic UPDATE per source —
 * so the figures hold with several API processes on one MySQL, and on SQLite.
 */
@Injectable()
export class SubsidyBudgetsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Charges an order's subsidy to the paying district's budgets of the service month (`month` YYYY-MM),
   * source by source, each as `UPDATE … SET spent_fen = spent_fen + :fen WHERE <row> AND (hard_stop = 0
   * OR spent_fen + :fen <= budget_fen)`:
   *
   * - a source with no budget row for that district and month is not tracked (nothing to charge);
   * - a row without a hard stop always takes the charge, even past its budget: the overspend shows as the
   *   `OVER_100` alert of `GET /subsidy-budgets` (flagged, not refused);
   * - a hard-stopped row that the charge would take past its budget refuses it. Then the parts already
   *   charged by this call are taken back and `{ refused: true }` is returned, so the caller may either
   *   roll its transaction back or carry on with the subsidy dropped (reason `BUDGET_EXHAUSTED`) without
   *   calling this again. Nothing is left half-charged either way.
   *
   * Must run in the caller's transaction (`manager`), so the charge commits or rolls back with the order.
   */
  async addSpent(
    manager: EntityManager,
    regionCode: string,
    month: string,
    parts: readonly BudgetPart[],
  ): Promise<{ refused: boolean }> {
    const charged: BudgetPart[] = [];
    for (const part of normalised(parts)) {
      const result = await manager
        .createQueryBuilder()
        .update(SubsidyBudgetEntity)
        .set({ spentFen: () => 'spent_fen + :fen' })
        .where(`${KEY} AND (hard_stop = 0 OR spent_fen + :fen <= budget_fen)`, { regionCode, month, ...part })
        .execute();
      if ((result.affected ?? 0) > 0) {
        charged.push(part);
        continue;
      }
      const tracked = await manager
        .createQueryBuilder(SubsidyBudgetEntity, 'budget')
        .where(KEY, { regionCode, month, source: part.source })
        .getExists();
      if (tracked) {
        await this.releaseSpent(manager, regionCode, month, charged);
        return { refused: true };
      }
    }
    return { refused: false };
  }

  /**
   * Gives a cancelled order's subsidy back to the budgets it was charged to (same district, month and
   * parts as the `addSpent` call). Never takes `spent_fen` below zero, e.g. when the budget row was
   * created after the order was charged. Must run in the caller's transaction.
   */
  async releaseSpent(manager: EntityManager, regionCode: string, month: string, parts: readonly BudgetPart[]): Promise<void> {
    for (const part of normalised(parts)) {
      await manager
        .createQueryBuilder()
        .update(SubsidyBudgetEntity)
        .set({ spentFen: () => 'CASE WHEN spent_fen > :fen THEN spent_fen - :fen ELSE 0 END' })
        .where(KEY, { regionCode, month, ...part })
        .execute();
    }
  }

  /** Creates or changes the month's budget lines (never `spent_fen`), and sets the month's hard stop on every line. */
  async upsertLines(
    manager: EntityManager,
    regionCode: string,
    month: string,
    lines: readonly { source: string; budgetFen: number }[],
    hardStop: boolean,
  ): Promise<void> {
    for (const line of lines) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(SubsidyBudgetEntity)
        .values({ id: randomUUID(), regionCode, month, source: line.source, budgetFen: line.budgetFen, spentFen: 0, hardStop })
        .orIgnore()
        .execute();
      await manager
        .createQueryBuilder()
        .update(SubsidyBudgetEntity)
        .set({ budgetFen: line.budgetFen })
        .where(KEY, { regionCode, month, source: line.source })
        .execute();
    }
    await manager
      .createQueryBuilder()
      .update(SubsidyBudgetEntity)
      .set({ hardStop })
      .where('region_code = :regionCode AND month = :month', { regionCode, month })
      .execute();
  }

  findForMonth(
    regionCode: string,
    month: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubsidyBudgetEntity[]> {
    return manager.find(SubsidyBudgetEntity, { where: { regionCode, month } });
  }

  /** Budget lines of a month in scope (and under a region), by district. */
  searchMonth(scopePattern: string, regionPattern: string | undefined, month: string): Promise<SubsidyBudgetEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(SubsidyBudgetEntity, 'budget')
      .where('budget.month = :month', { month })
      .andWhere('budget.region_code LIKE :scopePattern', { scopePattern });
    if (regionPattern) query.andWhere('budget.region_code LIKE :regionPattern', { regionPattern });
    return query.orderBy('budget.region_code', 'ASC').addOrderBy('budget.source', 'ASC').getMany();
  }
}
