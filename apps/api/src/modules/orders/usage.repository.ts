import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { StaleReadError } from '../../common/database/transaction-retry.js';
import { DailyMenuItemEntity } from '../menus/daily-menu-item.entity.js';
import { ElderUsageDayEntity, ElderUsageMonthEntity, ElderUsageSlotEntity } from './usage.entity.js';

export interface UsageKey {
  elderId: string;
  serviceDate: string;
  slot: string;
  month: string;
}

export interface Usage {
  mealsToday: number;
  mealsThisSlot: number;
  subsidyThisMonthFen: number;
}

/**
 * A guarded claim found the counters changed since they were read (another order of the same elder got
 * there first): the order's transaction is rolled back and run again, on fresh counters.
 */
export class UsageChangedError extends StaleReadError {
  constructor() {
    super('The elder’s usage changed while the order was being placed');
    this.name = 'UsageChangedError';
  }
}

const isMysql = (manager: EntityManager) => manager.connection.options.type === 'mysql';

/**
 * Inserts a row unless its key exists (INSERT IGNORE on MySQL, INSERT OR IGNORE on SQLite); true when it was
 * inserted. Runs on the transaction's query runner, whose structured answer counts affected rows on both.
 */
async function insertIfAbsent(manager: EntityManager, table: string, values: Record<string, string | number>): Promise<boolean> {
  const columns = Object.keys(values);
  const verb = isMysql(manager) ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  const sql = `${verb} INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  return (await runOnTransaction(manager, sql, Object.values(values))) > 0;
}

/** A guarded UPDATE changed its one row: the guard let it through. */
async function changedOne(manager: EntityManager, sql: string, params: readonly unknown[]): Promise<boolean> {
  return (await runOnTransaction(manager, sql, params)) === 1;
}

/** Runs a statement on the transaction's query runner and answers how many rows it changed (both drivers). */
async function runOnTransaction(manager: EntityManager, sql: string, params: readonly unknown[]): Promise<number> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('This statement must run inside a transaction');
  const result = await runner.query(sql, [...params], true);
  return result.affected ?? 0;
}

/**
 * The counters behind every limit, changed only by guarded statements whose condition is the limit itself
 * (`… WHERE meals < :limit`, `… WHERE subsidy_fen + :fen <= :cap`), so two kiosks, two canteens or two API
 * processes can never together exceed a limit. The counters are read without locks to quote the order;
 * a claim the guards refuse means they moved meanwhile (UsageChangedError), never an exceeded limit.
 */
@Injectable()
export class UsageRepository {
  /** The three counters in one round trip (0 where a row does not exist yet). */
  async read(manager: EntityManager, key: UsageKey): Promise<Usage> {
    const [row] = await manager.query<{ day: number | string | null; slot: number | string | null; month: number | string | null }[]>(
      `SELECT
         (SELECT meals FROM elder_usage_days WHERE elder_id = ? AND service_date = ?) AS day,
         (SELECT meals FROM elder_usage_slots WHERE elder_id = ? AND service_date = ? AND slot = ?) AS slot,
         (SELECT subsidy_fen FROM elder_usage_months WHERE elder_id = ? AND month = ?) AS month`,
      [key.elderId, key.serviceDate, key.elderId, key.serviceDate, key.slot, key.elderId, key.month],
    );
    return {
      mealsToday: Number(row?.day ?? 0),
      mealsThisSlot: Number(row?.slot ?? 0),
      subsidyThisMonthFen: Number(row?.month ?? 0),
    };
  }

  /**
   * Takes one subsidised meal of the day and of the slot and `subsidyFen` of the month, each guarded by its
   * limit; throws UsageChangedError when a guard refuses (the caller's transaction then rolls back all of
   * it). A counter row that does not exist yet is created holding this order's share, which fits because
   * the quote was made on "nothing used"; if a concurrent order created it first, the guarded UPDATE runs.
   */
  async claim(
    manager: EntityManager,
    key: UsageKey,
    limits: { mealsPerDay: number; mealsPerSlot: number; monthlyCapFen: number },
    subsidyFen: number,
  ): Promise<void> {
    const day =
      (await insertIfAbsent(manager, 'elder_usage_days', { elder_id: key.elderId, service_date: key.serviceDate, meals: 1 })) ||
      (await changedOne(manager, 'UPDATE elder_usage_days SET meals = meals + 1 WHERE elder_id = ? AND service_date = ? AND meals < ?', [
        key.elderId,
        key.serviceDate,
        limits.mealsPerDay,
      ]));
    if (!day) throw new UsageChangedError();
    const slot =
      (await insertIfAbsent(manager, 'elder_usage_slots', { elder_id: key.elderId, service_date: key.serviceDate, slot: key.slot, meals: 1 })) ||
      (await changedOne(
        manager,
        'UPDATE elder_usage_slots SET meals = meals + 1 WHERE elder_id = ? AND service_date = ? AND slot = ? AND meals < ?',
        [key.elderId, key.serviceDate, key.slot, limits.mealsPerSlot],
      ));
    if (!slot) throw new UsageChangedError();
    // Most months already have a row: try the guarded UPDATE first.
    const month =
      (await changedOne(
        manager,
        'UPDATE elder_usage_months SET subsidy_fen = subsidy_fen + ? WHERE elder_id = ? AND month = ? AND subsidy_fen + ? <= ?',
        [subsidyFen, key.elderId, key.month, subsidyFen, limits.monthlyCapFen],
      )) ||
      (subsidyFen <= limits.monthlyCapFen &&
        (await insertIfAbsent(manager, 'elder_usage_months', { elder_id: key.elderId, month: key.month, subsidy_fen: subsidyFen })));
    if (!month) throw new UsageChangedError();
  }

  /** Gives a meal and its subsidy back (cancellation). */
  async release(manager: EntityManager, key: UsageKey, subsidyFen: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ElderUsageDayEntity)
      .set({ meals: () => 'meals - 1' })
      .where('elder_id = :elderId AND service_date = :serviceDate AND meals > 0', key)
      .execute();
    await manager
      .createQueryBuilder()
      .update(ElderUsageSlotEntity)
      .set({ meals: () => 'meals - 1' })
      .where('elder_id = :elderId AND service_date = :serviceDate AND slot = :slot AND meals > 0', key)
      .execute();
    await manager
      .createQueryBuilder()
      .update(ElderUsageMonthEntity)
      .set({ subsidyFen: () => 'subsidy_fen - :fen' })
      .where('elder_id = :elderId AND month = :month AND subsidy_fen >= :fen', { ...key, fen: subsidyFen })
      .execute();
  }

  /**
   * Takes the portions of every line of a cart in one guarded statement (rows locked in key order, so two
   * carts never deadlock); false when a line has too few left — then some lines may have been taken, and
   * the caller rolls its transaction back (`firstShortLine` then says which line it was).
   */
  async takePortions(manager: EntityManager, lines: readonly { menuItemId: string; qty: number }[]): Promise<boolean> {
    const cases = lines.map(() => 'WHEN ? THEN ?').join(' ');
    const caseParams = lines.flatMap((line) => [line.menuItemId, line.qty]);
    const ids = lines.map((line) => line.menuItemId);
    const taken = await runOnTransaction(
      manager,
      `UPDATE daily_menu_items SET portions_sold = portions_sold + CASE id ${cases} END
        WHERE id IN (${ids.map(() => '?').join(', ')}) AND portions_sold + CASE id ${cases} END <= portions`,
      [...caseParams, ...ids, ...caseParams],
    );
    return taken === lines.length;
  }

  /** The index of the first line with fewer portions left than it asks for, as committed now; -1 if none. */
  async firstShortLine(manager: EntityManager, lines: readonly { menuItemId: string; qty: number }[]): Promise<number> {
    const stock = await manager.findBy(DailyMenuItemEntity, { id: In(lines.map((line) => line.menuItemId)) });
    const left = new Map(stock.map((item) => [item.id, item.portions - item.portionsSold]));
    return lines.findIndex((line) => (left.get(line.menuItemId) ?? 0) < line.qty);
  }

  async returnPortions(manager: EntityManager, menuItemId: string, qty: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(DailyMenuItemEntity)
      .set({ portionsSold: () => 'portions_sold - :qty' })
      .where('id = :menuItemId AND portions_sold >= :qty', { menuItemId, qty })
      .execute();
  }

  /** The next pickup number of a canteen, day and prefix: one atomic upsert that also answers the number. */
  async nextTicket(manager: EntityManager, canteenId: string, serviceDate: string, prefix: string): Promise<number> {
    const params = [canteenId, serviceDate, prefix];
    if (isMysql(manager)) {
      // LAST_INSERT_ID(expr) hands the new value back in the statement's own answer.
      const result = await manager.query<{ insertId: number }>(
        'INSERT INTO ticket_counters (canteen_id, service_date, prefix, last) VALUES (?, ?, ?, LAST_INSERT_ID(1)) ' +
          'ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)',
        params,
      );
      return Number(result.insertId);
    }
    const [row] = await manager.query<{ last: number }[]>(
      'INSERT INTO ticket_counters (canteen_id, service_date, prefix, last) VALUES (?, ?, ?, 1) ' +
        'ON CONFLICT (canteen_id, service_date, prefix) DO UPDATE SET last = last + 1 RETURNING last',
      params,
    );
    return Number(row?.last);
  }
}
