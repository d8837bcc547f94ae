import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One append-only audit record. `hash` covers the record and the previous record's hash, so changing or
 * removing any row breaks the chain from there on (see AuditService.verifyChain).
 */
@Entity('audit_entries')
export class AuditEntryEntity {
  /** Which chain the entry belongs to: `main`, or `orders:<canteen id>`. Not hashed: the links are. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  chain: string;

  /** Position in its chain, from 1. */
  @PrimaryColumn({ type: 'integer' })
  seq: number;

  /** ISO-8601 instant, kept as text so the hashed value is exactly what is stored on every database. */
  @Column({ name: 'occurred_at', type: 'varchar', length: 30 })
  occurredAt: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 64 })
  actorName: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 32 })
  actorRole: string;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @Column({ name: 'before_json', type: 'text', nullable: true })
  beforeJson: string | null;

  @Column({ name: 'after_json', type: 'text', nullable: true })
  afterJson: string | null;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

/** The head of one chain: its UPDATE takes the lock that the chain's writers queue on. */
@Entity('audit_chains')
export class AuditChainEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  chain: string;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq: number;

  @Column({ name: 'last_hash', type: 'varchar', length: 64 })
  lastHash: string;
}
