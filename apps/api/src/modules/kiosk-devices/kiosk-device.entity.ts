import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A kiosk registered to one canteen. Only a SHA-256 of its token is kept; the token is shown once. */
@Entity('kiosk_devices')
export class KioskDeviceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'canteen_id', type: 'varchar', length: 36 })
  canteenId: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'datetime', nullable: true })
  lastSeenAt: Date | null;

  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
