import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DailyMenuEntity } from './daily-menu.entity.js';
import { DishEntity } from './dish.entity.js';

/** One dish on a daily menu, with that day's price and the portions prepared. */
@Entity('daily_menu_items')
export class DailyMenuItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'daily_menu_id', type: 'varchar', length: 36 })
  dailyMenuId: string;

  @ManyToOne(() => DailyMenuEntity, (menu) => menu.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'daily_menu_id' })
  dailyMenu: Relation<DailyMenuEntity>;

  @Column({ name: 'dish_id', type: 'varchar', length: 36 })
  dishId: string;

  @ManyToOne(() => DishEntity)
  @JoinColumn({ name: 'dish_id' })
  dish: Relation<DishEntity>;

  @Column({ name: 'price_fen', type: 'integer' })
  priceFen: number;

  @Column({ type: 'integer' })
  portions: number;

  /** Raised only by a guarded `UPDATE … WHERE portions_sold + n <= portions` when orders arrive. */
  @Column({ name: 'portions_sold', type: 'integer', default: 0 })
  portionsSold: number;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;
}
