import { addDays } from '@canteen/shared';
import type { EntityManager } from 'typeorm';
import type { CanteenEntity } from '../../modules/canteens/canteen.entity.js';
import { DailyMenuItemEntity } from '../../modules/menus/daily-menu-item.entity.js';
import { DailyMenuEntity } from '../../modules/menus/daily-menu.entity.js';
import { DishEntity } from '../../modules/menus/dish.entity.js';
import { DEMO_DISHES } from './demo-data.js';

/** One menu item as the seeded orders see it: its price and the portions left. */
export interface ItemState {
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

/** The period's menus and their portions sold: the menus that exist, and the demo menus the seed adds. */
export class DemoMenuStock {
  /** By `canteenId|serviceDate|slot`, then by dish name. */
  private readonly menus = new Map<string, Map<string, ItemState>>();
  readonly newMenus: DailyMenuEntity[] = [];
  readonly newItems = new Map<string, DailyMenuItemEntity>();

  constructor(private readonly newId: () => string) {}

  /** The menu of a canteen's day and slot, by dish name (none: the canteen served nothing then). */
  menuOf(canteenId: string, date: string, slot: string): Map<string, ItemState> | undefined {
    return this.menus.get(`${canteenId}|${date}|${slot}`);
  }

  /** Every item, existing or new. */
  items(): ItemState[] {
    return [...this.menus.values()].flatMap((menu) => [...menu.values()]);
  }

  /** The menus of the period: those that exist, and the demo menu for every open day and slot without one. */
  async load(manager: EntityManager, canteens: readonly CanteenEntity[], from: string, to: string): Promise<void> {
    for (const canteen of canteens) {
      const existing = await manager
        .createQueryBuilder(DailyMenuEntity, 'menu')
        .leftJoinAndSelect('menu.items', 'item')
        .leftJoinAndSelect('item.dish', 'dish')
        .where('menu.canteen_id = :canteenId AND menu.service_date BETWEEN :from AND :to', { canteenId: canteen.id, from, to })
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
      for (let date = from; date <= to; date = addDays(date, 1)) {
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
}
