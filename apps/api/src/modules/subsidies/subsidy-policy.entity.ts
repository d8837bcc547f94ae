import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const POLICY_STATUSES = ['DRAFT', 'PENDING_APPROVAL', 'ACTIVE', 'REJECTED'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/**
 * One version of a district's subsidy policy. Drafts are edited freely; an activated version is never
 * edited again: a change is a new version from a date. The version in force on a date is the ACTIVE one
 * with the latest `effective_from` not after it.
 */
@Entity('subsidy_policies')
export class SubsidyPolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The district (6-digit county code) whose elders it covers (by 户籍). */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 24 })
  status: PolicyStatus;

  @Column({ name: 'effective_from', type: 'varchar', length: 10 })
  effectiveFrom: string;

  @Column({ type: 'varchar', length: 128 })
  label: string;

  /** The policy document (validated by subsidyPolicySchema), as JSON text. */
  @Column({ type: 'text' })
  document: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'submitted_by', type: 'varchar', length: 36, nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 36, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_note', type: 'varchar', length: 255, nullable: true })
  decisionNote: string | null;
}

/** A district's monthly budget for one funding source, and what orders have spent of it. */
@Entity('subsidy_budgets')
export class SubsidyBudgetEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  /** YYYY-MM */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'varchar', length: 24 })
  source: string;

  @Column({ name: 'budget_fen', type: 'integer' })
  budgetFen: number;

  /** Raised and lowered only by guarded atomic updates in the order transaction. */
  @Column({ name: 'spent_fen', type: 'integer', default: 0 })
  spentFen: number;

  /** When set, a subsidy that would overspend is refused instead of flagged. */
  @Column({ name: 'hard_stop', type: 'boolean', default: false })
  hardStop: boolean;
}
