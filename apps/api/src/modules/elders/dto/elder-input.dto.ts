import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_BANDS,
  type AgeBand,
  ASSESSMENT_GRADES,
  type AssessmentGrade,
  DIET_TAGS,
  type DietTag,
  ELDER_CATEGORIES,
  ELDER_STATUSES,
  type ElderCategory,
  type ElderStatus,
} from '@canteen/shared';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '#src/common/pagination.js';
import { IsServiceDate } from '#src/common/validators.js';

const PHONE_PATTERN = /^\+?\d[\d-]{4,19}$/;
const REGION_CODE_PATTERN = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

export class DietaryNeedsInputDto {
  @ApiProperty({ enum: DIET_TAGS, enumName: 'DietTag', isArray: true })
  @IsIn(DIET_TAGS, { each: true })
  @ArrayUnique()
  tags: DietTag[];

  @ApiProperty({ example: '花生过敏' })
  @IsString()
  @MaxLength(255)
  allergies: string;
}

class ElderContactFieldsDto {
  @ApiPropertyOptional({ example: '13812345678' })
  @IsOptional()
  @Matches(PHONE_PATTERN)
  phone?: string;

  @ApiPropertyOptional({ description: '常住 community code (12 digits)' })
  @IsOptional()
  @Matches(/^\d{12}$/)
  residentRegionCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  address?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  emergencyContactName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN)
  emergencyContactPhone?: string;

  @ApiPropertyOptional({ type: DietaryNeedsInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DietaryNeedsInputDto)
  dietaryNeeds?: DietaryNeedsInputDto;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(/^(https:\/\/|\/)[^\s]{1,500}$/)
  photoUrl?: string | null;
}

export class RegisterElderDto extends ElderContactFieldsDto {
  @ApiProperty({ example: '张秀华' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  name: string;

  @ApiProperty({ description: '18-character resident ID number; birth date and sex are read from it' })
  @IsString()
  @MaxLength(32)
  idNumber: string;

  @ApiProperty({ description: '户籍 region code (any level)' })
  @Matches(REGION_CODE_PATTERN)
  registeredRegionCode: string;

  @ApiProperty({ description: '常住 community code (12 digits)' })
  @Matches(/^\d{12}$/)
  declare residentRegionCode: string;

  @ApiProperty()
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  declare address: string;
}

export class UpdateElderDto extends ElderContactFieldsDto {}

export class ChangeElderStatusDto {
  @ApiProperty({ enum: ELDER_STATUSES, enumName: 'ElderStatus' })
  @IsIn(ELDER_STATUSES)
  status: ElderStatus;

  @ApiProperty({ example: '2026-11-20' })
  @IsServiceDate()
  effectiveOn: string;

  @ApiProperty({ example: '家属告知' })
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  reason: string;
}

export class VerifyElderDto {
  @ApiProperty({ example: '入户核实' })
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  note: string;
}

export class ProposeCategoryDto {
  @ApiProperty({ enum: ELDER_CATEGORIES, enumName: 'ElderCategory' })
  @IsIn(ELDER_CATEGORIES)
  category: ElderCategory;

  @ApiProperty({ example: '区民政局低保名册 2026-10' })
  @IsString()
  @MinLength(2)
  @MaxLength(128)
  source: string;

  @ApiProperty({ example: '低保证编号 XS2026-0142' })
  @IsString()
  @MaxLength(500)
  evidenceNote: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsServiceDate()
  validFrom: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsServiceDate()
  validTo?: string | null;
}

export class ProposeAssessmentDto {
  @ApiProperty({ example: '昆明市康养评估中心' })
  @IsString()
  @MinLength(2)
  @MaxLength(128)
  assessorOrg: string;

  @ApiProperty()
  @IsServiceDate()
  assessedOn: string;

  @ApiProperty({ enum: ASSESSMENT_GRADES, enumName: 'AssessmentGrade' })
  @IsIn(ASSESSMENT_GRADES)
  grade: AssessmentGrade;

  @ApiProperty({ example: 'PG-2026-0031' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  reportRef: string;

  @ApiProperty()
  @IsServiceDate()
  validUntil: string;
}

export class ReplaceCardDto {
  @ApiProperty({ enum: ['LOST', 'DAMAGED'] })
  @IsIn(['LOST', 'DAMAGED'])
  reason: 'LOST' | 'DAMAGED';
}

export class ListEldersQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(REGION_CODE_PATTERN)
  regionCode?: string;

  @ApiPropertyOptional({ enum: ELDER_CATEGORIES, enumName: 'ElderCategory' })
  @IsOptional()
  @IsIn(ELDER_CATEGORIES)
  category?: ElderCategory;

  @ApiPropertyOptional({ enum: AGE_BANDS, enumName: 'AgeBand' })
  @IsOptional()
  @IsIn(AGE_BANDS)
  ageBand?: AgeBand;

  @ApiPropertyOptional({ enum: ELDER_STATUSES, enumName: 'ElderStatus' })
  @IsOptional()
  @IsIn(ELDER_STATUSES)
  status?: ElderStatus;

  @ApiPropertyOptional({ enum: ['DUE', 'LAPSED'] })
  @IsOptional()
  @IsIn(['DUE', 'LAPSED'])
  review?: 'DUE' | 'LAPSED';

  @ApiPropertyOptional({ description: 'Name, card number, or a full resident ID number' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  q?: string;
}

export class ElderStatsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(REGION_CODE_PATTERN)
  regionCode?: string;
}
