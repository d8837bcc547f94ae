import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { MealSlot } from '@canteen/shared';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { DailyMenuItemEntity } from './daily-menu-item.entity.js';
import { DailyMenuEntity } from './daily-menu.entity.js';
import { DishEntity } from './dish.entity.js';

export interface MenuItemInput {
  dishId: string;
  priceFen: number;
  portions: number;
}

/** A menu line as an order takes it. */
export interface CartLine {
  id: string;
  dishId: string;
  name: string;
  priceFen: number;
  active: boolean;
}

@Injectable()
export class MenusRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(DishEntity) private readonly dishes: Repository<DishEntity>,
    @InjectRepository(DailyMenuEntity) private readonly menus: Repository<DailyMenuEntity>,
  ) {}

  findDishesOfCanteen(canteenId: string): Promise<DishEntity[]> {
    return this.dishes.find({ where: { canteenId }, order: { name: 'ASC' } });
  }

  findDishOfCanteen(canteenId: string, dishId: string): Promise<DishEntity | null> {
    return this.dishes.findOneBy({ canteenId, id: dishId });
  }

  /** Which of these dish ids belong to the canteen. */
  async findDishIdsOfCanteen(canteenId: string, dishIds: readonly string[]): Promise<Set<string>> {
    if (dishIds.length === 0) return new Set();
    const rows = await this.dishes.find({ select: { id: true }, where: { canteenId, id: In([...dishIds]) } });
    return new Set(rows.map((row) => row.id));
  }

  saveDish(dish: DishEntity): Promise<DishEntity> {
    return this.dishes.save(dish);
  }

  /** Daily menus of a canteen between two dates (inclusive), items with their dishes, in serving order. */
  findMenusBetween(canteenId: string, from: string, to: string): Promise<DailyMenuEntity[]> {
    return this.menuQuery()
      .where('menu.canteen_id = :canteenId', { canteenId })
      .andWhere('menu.service_date BETWEEN :from AND :to', { from, to })
      .orderBy('menu.service_date', 'ASC')
      .addOrderBy('menu.slot', 'ASC')
      .addOrderBy('item.sort_order', 'ASC')
      .getMany();
  }

  /**
   * The lines of one (canteen, date, slot) menu that a cart names, with what an order keeps of them: one
   * narrow query (orders need no photos, tags or allergens). Lines not on that menu are simply absent.
   */
  async findCartLines(canteenId: string, serviceDate: string, slot: MealSlot, menuItemIds: readonly string[]): Promise<CartLine[]> {
    if (menuItemIds.length === 0) return [];
    const rows = await this.dataSource.query<
      { id: string; dish_id: string; name: string; price_fen: number | string; active: number | boolean | string }[]
    >(
      `SELECT item.id AS id, item.dish_id AS dish_id, dish.name AS name, item.price_fen AS price_fen, dish.active AS active
         FROM daily_menu_items item
         JOIN daily_menus menu ON menu.id = item.daily_menu_id
         JOIN dishes dish ON dish.id = item.dish_id
        WHERE menu.canteen_id = ? AND menu.service_date = ? AND menu.slot = ? AND item.id IN (${menuItemIds.map(() => '?').join(', ')})`,
      [canteenId, serviceDate, slot, ...menuItemIds],
    );
    return rows.map((row) => ({
      id: row.id,
      dishId: row.dish_id,
      name: row.name,
      priceFen: Number(row.price_fen),
      active: row.active === true || Number(row.active) === 1,
    }));
  }

  findMenu(canteenId: string, serviceDate: string, slot: MealSlot): Promise<DailyMenuEntity | null> {
    return this.menuQuery()
      .where('menu.canteen_id = :canteenId AND menu.service_date = :serviceDate AND menu.slot = :slot', {
        canteenId,
        serviceDate,
        slot,
      })
      .orderBy('item.sort_order', 'ASC')
      .getOne();
  }

  /**
   * Writes the items of one (canteen, date, slot) menu in one transaction, creating the menu if needed.
   * Portions already sold on a dish that stays are kept; the caller checks they still fit.
   */
  async replaceMenuItems(
    canteenId: string,
    serviceDate: string,
    slot: MealSlot,
    items: readonly MenuItemInput[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const menu = await this.findOrCreateMenu(manager, canteenId, serviceDate, slot);
      const existing = await manager.findBy(DailyMenuItemEntity, { dailyMenuId: menu.id });
      const soldByDish = new Map(existing.map((item) => [item.dishId, item.portionsSold]));
      await manager.delete(DailyMenuItemEntity, { dailyMenuId: menu.id });
      if (items.length === 0) return;
      await manager.insert(
        DailyMenuItemEntity,
        items.map((item, index) => ({
          id: randomUUID(),
          dailyMenuId: menu.id,
          dishId: item.dishId,
          priceFen: item.priceFen,
          portions: item.portions,
          portionsSold: soldByDish.get(item.dishId) ?? 0,
          sortOrder: index,
        })),
      );
    });
  }

  private async findOrCreateMenu(
    manager: EntityManager,
    canteenId: string,
    serviceDate: string,
    slot: MealSlot,
  ): Promise<DailyMenuEntity> {
    const found = await manager.findOneBy(DailyMenuEntity, { canteenId, serviceDate, slot });
    if (found) return found;
    const menu = manager.create(DailyMenuEntity, { id: randomUUID(), canteenId, serviceDate, slot });
    // The unique key (canteen, date, slot) makes a concurrent first write fail here rather than duplicate.
    await manager.insert(DailyMenuEntity, menu);
    return menu;
  }

  private menuQuery() {
    return this.menus
      .createQueryBuilder('menu')
      .leftJoinAndSelect('menu.items', 'item')
      .leftJoinAndSelect('item.dish', 'dish');
  }
}
