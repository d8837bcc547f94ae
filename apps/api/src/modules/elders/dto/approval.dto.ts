import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPROVAL_STATUSES,
  APPROVAL_SUBJECTS,
  ASSESSMENT_GRADES,
  type ApprovalStatus,
  type ApprovalSubject,
  type AssessmentGrade,
  ELDER_CATEGORIES,
  type ElderCategory,
} from '@canteen/shared';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '#src/common/pagination.js';

export class ApprovalSummaryDto {
  @ApiPropertyOptional({ enum: ELDER_CATEGORIES, enumName: 'ElderCategory' })
  category?: ElderCategory;

  @ApiPropertyOptional({ enum: ASSESSMENT_GRADES, enumName: 'AssessmentGrade' })
  grade?: AssessmentGrade;

  @ApiPropertyOptional()
  source?: string;

  @ApiPropertyOptional()
  evidenceNote?: string;

  @ApiPropertyOptional()
  validFrom?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  validTo?: string | null;

  @ApiPropertyOptional()
  assessorOrg?: string;

  @ApiPropertyOptional()
  assessedOn?: string;

  @ApiPropertyOptional()
  reportRef?: string;

  @ApiPropertyOptional()
  validUntil?: string;
}

export class ApprovalItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: APPROVAL_SUBJECTS, enumName: 'ApprovalSubject' })
  subject: ApprovalSubject;

  @ApiProperty({ enum: APPROVAL_STATUSES, enumName: 'ApprovalStatus' })
  status: ApprovalStatus;

  @ApiProperty({ format: 'uuid' })
  elderId: string;

  @ApiProperty()
  elderName: string;

  @ApiProperty()
  residentRegionCode: string;

  @ApiProperty()
  residentRegionName: string;

  @ApiProperty({ type: ApprovalSummaryDto })
  summary: ApprovalSummaryDto;

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

export class ApprovalPageDto {
  @ApiProperty({ type: [ApprovalItemDto] })
  items: ApprovalItemDto[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}

export class ListApprovalsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPROVAL_SUBJECTS, enumName: 'ApprovalSubject' })
  @IsOptional()
  @IsIn(APPROVAL_SUBJECTS)
  subject?: ApprovalSubject;

  @ApiPropertyOptional({ enum: APPROVAL_STATUSES, enumName: 'ApprovalStatus', default: 'PENDING' })
  @IsOptional()
  @IsIn(APPROVAL_STATUSES)
  status?: ApprovalStatus;
}

export class ApprovalPathDto {
  @IsIn(APPROVAL_SUBJECTS)
  subject: ApprovalSubject;

  @IsUUID()
  id: string;
}

export class RejectProposalDto {
  @ApiProperty({ example: '证明材料不全' })
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  reason: string;
}

export class EligibilitySettingDto {
  @ApiProperty({ example: '530112' })
  regionCode: string;

  @ApiProperty({ minimum: 1, maximum: 36 })
  reviewIntervalMonths: number;
}

export class PutEligibilitySettingDto {
  @ApiProperty({ minimum: 1, maximum: 36 })
  @IsInt()
  @Min(1)
  @Max(36)
  reviewIntervalMonths: number;
}
