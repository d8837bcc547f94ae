import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DailyMenuItemEntity } from '../menus/daily-menu-item.entity.js';
import {
  ElderUsageDayEntity,
  ElderUsageMonthEntity,
  ElderUsageSlotEntity,
  TicketCounterEntity,
} from './usage.entity.js';

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

const isMysql = (manager: EntityManager) => manager.connection.options.type === 'mysql';

/**
 * The counters behind every limit. Rows are created with INSERT IGNORE, read with a row lock on MySQL
 * (so two orders of one elder queue instead of both reading "0 meals"), and changed only by guarded
 * atomic UPDATEs whose WHERE clause is the limit itself.
 */
@Injectable()
export class UsageRepository {
  /** The counters as they are, without creating or locking rows (quotes). */
  async read(manager: EntityManager, key: UsageKey): Promise<Usage> {
    const [day, slot, month] = await Promise.all([
      manager.findOneBy(ElderUsageDayEntity, { elderId: key.elderId, serviceDate: key.serviceDate }),
      manager.findOneBy(ElderUsageSlotEntity, { elderId: key.elderId, serviceDate: key.serviceDate, slot: key.slot }),
      manager.findOneBy(ElderUsageMonthEntity, { elderId: key.elderId, month: key.month }),
    ]);
    return { mealsToday: day?.meals ?? 0, mealsThisSlot: slot?.meals ?? 0, subsidyThisMonthFen: month?.subsidyFen ?? 0 };
  }

  async lockAndRead(manager: EntityManager, key: UsageKey): Promise<Usage> {
    await manager.createQueryBuilder().insert().into(ElderUsageDayEntity).values({ elderId: key.elderId, serviceDate: key.serviceDate, meals: 0 }).orIgnore().execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(ElderUsageSlotEntity)
      .values({ elderId: key.elderId, serviceDate: key.serviceDate, slot: key.slot, meals: 0 })
      .orIgnore()
      .execute();
    await manager.createQueryBuilder().insert().into(ElderUsageMonthEntity).values({ elderId: key.elderId, month: key.month, subsidyFen: 0 }).orIgnore().execute();
    const lock = <T extends object>(query: ReturnType<EntityManager['createQueryBuilder']> & { getOne(): Promise<T | null> }) =>
      isMysql(manager) ? query.setLock('pessimistic_write') : query;
    const month = await lock(
      manager.createQueryBuilder(ElderUsageMonthEntity, 'usage').where('usage.elder_id = :elderId AND usage.month = :month', key),
    ).getOne();
    const day = await lock(
      manager
        .createQueryBuilder(ElderUsageDayEntity, 'usage')
        .where('usage.elder_id = :elderId AND usage.service_date = :serviceDate', key),
    ).getOne();
    const slot = await lock(
      manager
        .createQueryBuilder(ElderUsageSlotEntity, 'usage')
        .where('usage.elder_id = :elderId AND usage.service_date = :serviceDate AND usage.slot = :slot', key),
    ).getOne();
    return {
      mealsToday: day?.meals ?? 0,
      mealsThisSlot: slot?.meals ?? 0,
      subsidyThisMonthFen: month?.subsidyFen ?? 0,
    };
  }

  /** Takes one subsidised meal and `subsidyFen` of the month, all three guarded; false if any limit refused. */
  async claim(
    manager: EntityManager,
    key: UsageKey,
    limits: { mealsPerDay: number; mealsPerSlot: number; monthlyCapFen: number },
    subsidyFen: number,
  ): Promise<boolean> {
    const day = await manager
      .createQueryBuilder()
      .update(ElderUsageDayEntity)
      .set({ meals: () => 'meals + 1' })
      .where('elder_id = :elderId AND service_date = :serviceDate AND meals < :limit', { ...key, limit: limits.mealsPerDay })
      .execute();
    const slot = await manager
      .createQueryBuilder()
      .update(ElderUsageSlotEntity)
      .set({ meals: () => 'meals + 1' })
      .where('elder_id = :elderId AND service_date = :serviceDate AND slot = :slot AND meals < :limit', {
        ...key,
        limit: limits.mealsPerSlot,
      })
      .execute();
    const month = await manager
      .createQueryBuilder()
      .update(ElderUsageMonthEntity)
      .set({ subsidyFen: () => 'subsidy_fen + :fen' })
      .where('elder_id = :elderId AND month = :month AND subsidy_fen + :fen <= :cap', { ...key, fen: subsidyFen, cap: limits.monthlyCapFen })
      .execute();
    return [day, slot, month].every((result) => (result.affected ?? 0) === 1);
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

  /** Takes `qty` portions of a menu line if that many are left; false when sold out. */
  async takePortions(manager: EntityManager, menuItemId: string, qty: number): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(DailyMenuItemEntity)
      .set({ portionsSold: () => 'portions_sold + :qty' })
      .where('id = :menuItemId AND portions_sold + :qty <= portions', { menuItemId, qty })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async returnPortions(manager: EntityManager, menuItemId: string, qty: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(DailyMenuItemEntity)
      .set({ portionsSold: () => 'portions_sold - :qty' })
      .where('id = :menuItemId AND portions_sold >= :qty', { menuItemId, qty })
      .execute();
  }

  /** The next pickup number of a canteen, day and prefix: one atomic increment. */
  async nextTicket(manager: EntityManager, canteenId: string, serviceDate: string, prefix: string): Promise<number> {
    await manager.createQueryBuilder().insert().into(TicketCounterEntity).values({ canteenId, serviceDate, prefix, last: 0 }).orIgnore().execute();
    await manager
      .createQueryBuilder()
      .update(TicketCounterEntity)
      .set({ last: () => 'last + 1' })
      .where('canteen_id = :canteenId AND service_date = :serviceDate AND prefix = :prefix', { canteenId, serviceDate, prefix })
      .execute();
    const counter = await manager.findOneByOrFail(TicketCounterEntity, { canteenId, serviceDate, prefix });
    return counter.last;
  }
}
