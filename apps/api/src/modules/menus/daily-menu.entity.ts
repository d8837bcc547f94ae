import { Column, Entity, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import type { MealSlot } from '@canteen/shared';
import { DailyMenuItemEntity } from './daily-menu-item.entity.js';

/** What a canteen serves on one service date and slot; unique per (canteen, date, slot). */
@Entity('daily_menus')
export class DailyMenuEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'canteen_id', type: 'varchar', length: 36 })
  canteenId: string;

  @Column({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate: string;

  @Column({ type: 'varchar', length: 16 })
  slot: MealSlot;

  @OneToMany(() => DailyMenuItemEntity, (item) => item.dailyMenu, { cascade: true })
  items: Relation<DailyMenuItemEntity>[];
}
