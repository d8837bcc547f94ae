import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApprovalStatus, AssessmentGrade, CardStatus, ElderCategory } from '@canteen/shared';

/** Fields every proposal shares: it takes effect only once someone other than its proposer approves it. */
abstract class ProposalColumns {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'elder_id', type: 'varchar', length: 36 })
  elderId: string;

  @Column({ type: 'varchar', length: 16 })
  status: ApprovalStatus;

  @Column({ name: 'proposed_by', type: 'varchar', length: 36, nullable: true })
  proposedBy: string | null;

  @Column({ name: 'proposed_by_name', type: 'varchar', length: 64 })
  proposedByName: string;

  @Column({ name: 'proposed_at', type: 'datetime' })
  proposedAt: Date;

  @Column({ name: 'decided_by', type: 'varchar', length: 36, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_by_name', type: 'varchar', length: 64, nullable: true })
  decidedByName: string | null;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 255, nullable: true })
  rejectionReason: string | null;
}

/** One category (特困, 低保, 独居 …) of an elder, with its source, evidence and validity. */
@Entity('elder_categories')
export class ElderCategoryEntity extends ProposalColumns {
  @Column({ type: 'varchar', length: 32 })
  category: ElderCategory;

  @Column({ type: 'varchar', length: 128 })
  source: string;

  @Column({ name: 'evidence_note', type: 'varchar', length: 500, default: '' })
  evidenceNote: string;

  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  validTo: string | null;
}

/** A 老年人能力评估 by a third party (GB/T 42195-2022 grade). */
@Entity('elder_assessments')
export class ElderAssessmentEntity extends ProposalColumns {
  @Column({ name: 'assessor_org', type: 'varchar', length: 128 })
  assessorOrg: string;

  @Column({ name: 'assessed_on', type: 'varchar', length: 10 })
  assessedOn: string;

  @Column({ type: 'varchar', length: 16 })
  grade: AssessmentGrade;

  @Column({ name: 'report_ref', type: 'varchar', length: 128 })
  reportRef: string;

  @Column({ name: 'valid_until', type: 'varchar', length: 10 })
  validUntil: string;
}

/** An elder card; a lost card is blocked and a new number issued. */
@Entity('elder_cards')
export class ElderCardEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'elder_id', type: 'varchar', length: 36 })
  elderId: string;

  @Column({ name: 'card_number', type: 'varchar', length: 12, unique: true })
  cardNumber: string;

  @Column({ type: 'varchar', length: 16 })
  status: CardStatus;

  @Column({ name: 'issued_at', type: 'datetime' })
  issuedAt: Date;

  @Column({ name: 'blocked_at', type: 'datetime', nullable: true })
  blockedAt: Date | null;

  @Column({ name: 'blocked_reason', type: 'varchar', length: 64, nullable: true })
  blockedReason: string | null;
}

/** How often a district re-verifies eligibility. */
@Entity('eligibility_settings')
export class EligibilitySettingEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'review_interval_months', type: 'integer' })
  reviewIntervalMonths: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true })
  updatedBy: string | null;
}
