import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DietTag, ElderStatus } from '@canteen/shared';

/**
 * A registered elder. The resident ID number and phones are stored encrypted, with a blind index for
 * exact look-up and a masked copy for display; the plain values never leave the service unmasked
 * except through the audited identity read.
 */
@Entity('elders')
export class ElderEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'id_number_cipher', type: 'varchar', length: 255 })
  idNumberCipher: string;

  @Column({ name: 'id_number_index', type: 'varchar', length: 64, unique: true })
  idNumberIndex: string;

  @Column({ name: 'id_number_masked', type: 'varchar', length: 18 })
  idNumberMasked: string;

  @Column({ name: 'birth_date', type: 'varchar', length: 10 })
  birthDate: string;

  @Column({ type: 'varchar', length: 1 })
  sex: 'M' | 'F';

  @Column({ name: 'phone_cipher', type: 'varchar', length: 255, nullable: true })
  phoneCipher: string | null;

  @Column({ name: 'phone_index', type: 'varchar', length: 64, nullable: true })
  phoneIndex: string | null;

  @Column({ name: 'phone_masked', type: 'varchar', length: 20, nullable: true })
  phoneMasked: string | null;

  /** 户籍: where the elder is registered; that district pays the subsidy. */
  @Column({ name: 'registered_region_code', type: 'varchar', length: 12 })
  registeredRegionCode: string;

  /** 常住: the community the elder lives in, whose workers look after the record. */
  @Column({ name: 'resident_region_code', type: 'varchar', length: 12 })
  residentRegionCode: string;

  @Column({ type: 'varchar', length: 255 })
  address: string;

  @Column({ name: 'emergency_contact_name', type: 'varchar', length: 64, nullable: true })
  emergencyContactName: string | null;

  @Column({ name: 'emergency_contact_phone_cipher', type: 'varchar', length: 255, nullable: true })
  emergencyContactPhoneCipher: string | null;

  @Column({ name: 'emergency_contact_phone_masked', type: 'varchar', length: 20, nullable: true })
  emergencyContactPhoneMasked: string | null;

  @Column({ name: 'diet_tags', type: 'simple-json' })
  dietTags: DietTag[];

  @Column({ type: 'varchar', length: 255, default: '' })
  allergies: string;

  @Column({ name: 'photo_url', type: 'varchar', length: 512, nullable: true })
  photoUrl: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ElderStatus;

  @Column({ name: 'status_effective_on', type: 'varchar', length: 10, nullable: true })
  statusEffectiveOn: string | null;

  @Column({ name: 'status_reason', type: 'varchar', length: 255, nullable: true })
  statusReason: string | null;

  /** Last time an official confirmed the elder's eligibility. */
  @Column({ name: 'verified_on', type: 'varchar', length: 10, nullable: true })
  verifiedOn: string | null;

  /** When eligibility must be confirmed again (verifiedOn + the district's interval). */
  @Column({ name: 'review_due_on', type: 'varchar', length: 10, nullable: true })
  reviewDueOn: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
