import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegionLevel } from '@canteen/shared';

/** A node of the administrative division tree; its code is a prefix of its children's codes. */
@Entity('regions')
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;
}
