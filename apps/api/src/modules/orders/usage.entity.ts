import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Counter rows that keep subsidy limits in the database: raised only by guarded UPDATEs
 * (`… WHERE meals < :limit`, `… WHERE subsidy_fen + :fen <= :cap`), so two kiosks, two canteens or two
 * API processes can never together exceed a limit.
 */
@Entity('elder_usage_days')
export class ElderUsageDayEntity {
  @PrimaryColumn({ name: 'elder_id', type: 'varchar', length: 36 })
  elderId: string;

  @PrimaryColumn({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate: string;

  @Column({ type: 'integer', default: 0 })
  meals: number;
}

@Entity('elder_usage_slots')
export class ElderUsageSlotEntity {
  @PrimaryColumn({ name: 'elder_id', type: 'varchar', length: 36 })
  elderId: string;

  @PrimaryColumn({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  slot: string;

  @Column({ type: 'integer', default: 0 })
  meals: number;
}

@Entity('elder_usage_months')
export class ElderUsageMonthEntity {
  @PrimaryColumn({ name: 'elder_id', type: 'varchar', length: 36 })
  elderId: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @Column({ name: 'subsidy_fen', type: 'integer', default: 0 })
  subsidyFen: number;
}

/** The last pickup number handed out per canteen, day and prefix (A- dine-in, D- delivery). */
@Entity('ticket_counters')
export class TicketCounterEntity {
  @PrimaryColumn({ name: 'canteen_id', type: 'varchar', length: 36 })
  canteenId: string;

  @PrimaryColumn({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  prefix: string;

  @Column({ type: 'integer', default: 0 })
  last: number;
}
