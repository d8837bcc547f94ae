import { ApiProperty } from '@nestjs/swagger';
import {
  AGE_BANDS,
  type AgeBand,
  APPROVAL_STATUSES,
  type ApprovalStatus,
  ASSESSMENT_GRADES,
  type AssessmentGrade,
  type CardStatus,
  DIET_TAGS,
  type DietTag,
  ELDER_CATEGORIES,
  ELDER_STATUSES,
  type ElderCategory,
  type ElderStatus,
  REVIEW_STATES,
  type ReviewState,
} from '@canteen/shared';

export class DietaryNeedsDto {
  @ApiProperty({ enum: DIET_TAGS, enumName: 'DietTag', isArray: true })
  tags: DietTag[];

  @ApiProperty({ example: '花生过敏' })
  allergies: string;
}

export class ElderSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '张秀华' })
  name: string;

  @ApiProperty({ example: '5301**********123X' })
  idNumberMasked: string;

  @ApiProperty({ enum: ['M', 'F'] })
  sex: 'M' | 'F';

  @ApiProperty({ example: '1940-03-15' })
  birthDate: string;

  @ApiProperty({ description: 'Full years today' })
  age: number;

  @ApiProperty({ description: '常住 community code' })
  residentRegionCode: string;

  @ApiProperty()
  residentRegionName: string;

  @ApiProperty({ description: '户籍 region code' })
  registeredRegionCode: string;

  @ApiProperty({ enum: ELDER_STATUSES, enumName: 'ElderStatus' })
  status: ElderStatus;

  @ApiProperty({ enum: ELDER_CATEGORIES, enumName: 'ElderCategory', isArray: true, description: 'Approved and valid today' })
  categories: ElderCategory[];

  @ApiProperty({ enum: ASSESSMENT_GRADES, enumName: 'AssessmentGrade', nullable: true })
  assessmentGrade: AssessmentGrade | null;

  @ApiProperty({ type: String, nullable: true })
  reviewDueOn: string | null;

  @ApiProperty({ enum: REVIEW_STATES, enumName: 'ReviewState' })
  reviewState: ReviewState;

  @ApiProperty({ type: String, nullable: true, description: 'The active card' })
  cardNumber: string | null;
}

export class ElderPageDto {
  @ApiProperty({ type: [ElderSummaryDto] })
  items: ElderSummaryDto[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}

class ProposalFieldsDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: APPROVAL_STATUSES, enumName: 'ApprovalStatus' })
  status: ApprovalStatus;

  @ApiProperty()
  proposedByName: string;

  @ApiProperty({ format: 'date-time' })
  proposedAt: string;

  @ApiProperty({ type: String, nullable: true })
  decidedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  rejectionReason: string | null;
}

export class ElderCategoryDto extends ProposalFieldsDto {
  @ApiProperty({ enum: ELDER_CATEGORIES, enumName: 'ElderCategory' })
  category: ElderCategory;

  @ApiProperty({ example: '区民政局低保名册 2026-10' })
  source: string;

  @ApiProperty()
  evidenceNote: string;

  @ApiProperty({ example: '2026-01-01' })
  validFrom: string;

  @ApiProperty({ type: String, nullable: true })
  validTo: string | null;
}

export class AssessmentDto extends ProposalFieldsDto {
  @ApiProperty()
  assessorOrg: string;

  @ApiProperty()
  assessedOn: string;

  @ApiProperty({ enum: ASSESSMENT_GRADES, enumName: 'AssessmentGrade' })
  grade: AssessmentGrade;

  @ApiProperty()
  reportRef: string;

  @ApiProperty()
  validUntil: string;
}

export class ElderCardDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '800000000018' })
  cardNumber: string;

  @ApiProperty({ example: 'XFST:800000000018', description: 'What the card’s QR code holds' })
  qrPayload: string;

  @ApiProperty({ enum: ['ACTIVE', 'BLOCKED'] })
  status: CardStatus;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  blockedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  blockedReason: string | null;
}

export class ElderDetailDto extends ElderSummaryDto {
  @ApiProperty({ type: String, nullable: true, example: '138****5678' })
  phoneMasked: string | null;

  @ApiProperty()
  address: string;

  @ApiProperty({ type: String, nullable: true })
  emergencyContactName: string | null;

  @ApiProperty({ type: String, nullable: true })
  emergencyContactPhoneMasked: string | null;

  @ApiProperty({ type: DietaryNeedsDto })
  dietaryNeeds: DietaryNeedsDto;

  @ApiProperty({ type: String, nullable: true })
  photoUrl: string | null;

  @ApiProperty({ type: String, nullable: true })
  statusEffectiveOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  statusReason: string | null;

  @ApiProperty({ type: String, nullable: true })
  verifiedOn: string | null;

  @ApiProperty({ type: [ElderCategoryDto] })
  categoryRecords: ElderCategoryDto[];

  @ApiProperty({ type: [AssessmentDto] })
  assessments: AssessmentDto[];

  @ApiProperty({ type: [ElderCardDto] })
  cards: ElderCardDto[];
}

export class ElderIdentityDto {
  @ApiProperty({ example: '53011219400315123X' })
  idNumber: string;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
}

export class CategoryCountDto {
  @ApiProperty({ enum: ELDER_CATEGORIES, enumName: 'ElderCategory' })
  category: ElderCategory;

  @ApiProperty()
  count: number;
}

export class AgeBandCountDto {
  @ApiProperty({ enum: AGE_BANDS, enumName: 'AgeBand' })
  ageBand: AgeBand;

  @ApiProperty()
  count: number;
}

export class RegionCountDto {
  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  count: number;
}

export class ElderStatsDto {
  @ApiProperty({ description: 'ACTIVE elders in the region' })
  total: number;

  @ApiProperty({ type: [CategoryCountDto] })
  byCategory: CategoryCountDto[];

  @ApiProperty({ type: [AgeBandCountDto] })
  byAgeBand: AgeBandCountDto[];

  @ApiProperty({ type: [RegionCountDto], description: 'Per child region of the one asked for' })
  byRegion: RegionCountDto[];
}

export class AuditEntryDto {
  @ApiProperty()
  id: number;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty()
  actorName: string;

  @ApiProperty({ example: 'ELDER_UPDATED' })
  action: string;

  @ApiProperty()
  entityType: string;

  @ApiProperty()
  entityId: string;

  @ApiProperty({ type: Object, nullable: true })
  before: Record<string, unknown> | null;

  @ApiProperty({ type: Object, nullable: true })
  after: Record<string, unknown> | null;
}
