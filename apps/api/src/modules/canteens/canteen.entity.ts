import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CanteenKind, CanteenStatus, SlotWindow } from '@canteen/shared';

/** A 老年幸福食堂 / 助餐点 / central kitchen, located in a community. */
@Entity('canteens')
export class CanteenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Column({ type: 'varchar', length: 24 })
  kind: CanteenKind;

  /** The community (社区/村) the canteen is in. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 255 })
  address: string;

  @Column({ type: 'varchar', length: 16 })
  status: CanteenStatus;

  /** Business date (YYYY-MM-DD) the canteen opened; counts towards that year's target. */
  @Column({ name: 'opened_on', type: 'varchar', length: 10, nullable: true })
  openedOn: string | null;

  @Column({ type: 'integer' })
  seats: number;

  @Column({ name: 'daily_capacity', type: 'integer' })
  dailyCapacity: number;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'simple-json' })
  slots: SlotWindow[];

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
