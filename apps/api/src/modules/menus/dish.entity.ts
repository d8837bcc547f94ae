import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Allergen, DietTag } from '@canteen/shared';

/** A dish a canteen can put on a daily menu; its price is the default for new menus. */
@Entity('dishes')
export class DishEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'canteen_id', type: 'varchar', length: 36 })
  canteenId: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 255, default: '' })
  description: string;

  @Column({ name: 'photo_url', type: 'varchar', length: 512, nullable: true })
  photoUrl: string | null;

  @Column({ name: 'price_fen', type: 'integer' })
  priceFen: number;

  @Column({ name: 'diet_tags', type: 'simple-json' })
  dietTags: DietTag[];

  @Column({ type: 'simple-json' })
  allergens: Allergen[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
