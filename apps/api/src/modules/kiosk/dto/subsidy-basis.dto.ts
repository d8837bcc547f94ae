import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENT_GRADES,
  type AssessmentGrade,
  ELDER_CATEGORIES,
  type ElderCategory,
  MEAL_SLOTS,
  type MealSlot,
  type SubsidyPolicy,
} from '@canteen/shared';
import { IsIn, IsOptional } from 'class-validator';
import { IsServiceDate } from '#src/common/validators.js';
import { PolicyDocumentDto } from '../../subsidies/dto/policy-document.dto.js';

export class SubsidyBasisQueryDto {
  @ApiPropertyOptional({ example: '2026-11-23', description: 'Default: the slot the kiosk menu shows now' })
  @IsOptional()
  @IsServiceDate()
  serviceDate?: string;

  @ApiPropertyOptional({ enum: MEAL_SLOTS, enumName: 'MealSlot' })
  @IsOptional()
  @IsIn(MEAL_SLOTS)
  slot?: MealSlot;
}

/** What the engine needs of the elder on the service date (`QuoteElder` in @canteen/shared). */
export class SubsidyBasisElderDto {
  @ApiProperty({ example: '1942-05-01' })
  birthDate: string;

  @ApiProperty({ enum: ELDER_CATEGORIES, enumName: 'ElderCategory', isArray: true, description: 'Approved and in force on the service date' })
  categories: ElderCategory[];

  @ApiProperty({ enum: ASSESSMENT_GRADES, enumName: 'AssessmentGrade', nullable: true })
  assessmentGrade: AssessmentGrade | null;

  @ApiProperty({ description: 'false: no subsidy at all on that date (eligibility review lapsed)' })
  eligible: boolean;
}

/** What the elder already used (`QuoteUsage` in @canteen/shared), read without locking. */
export class SubsidyBasisUsageDto {
  @ApiProperty({ description: 'Subsidised meals on the service date' })
  mealsToday: number;

  @ApiProperty({ description: 'Subsidised meals in this slot of the service date' })
  mealsThisSlot: number;

  @ApiProperty({ description: 'Subsidy granted in the calendar month of the service date' })
  subsidyThisMonthFen: number;
}

/**
 * Everything `quoteSubsidy` needs besides the cart, so the kiosk can preview 政府补贴 the moment a dish is
 * chosen. A preview only: `POST /orders/quote` decides. Held in the kiosk's memory for one visit and never
 * shown as such (no tier, no category on screen).
 */
export class SubsidyBasisDto {
  @ApiProperty({ example: '2026-11-23' })
  serviceDate: string;

  @ApiProperty({ enum: MEAL_SLOTS, enumName: 'MealSlot' })
  slot: MealSlot;

  @ApiProperty({
    type: PolicyDocumentDto,
    nullable: true,
    description: "The elder's 户籍 district's policy in force on the service date; null: none (full price)",
  })
  policy: SubsidyPolicy | null;

  @ApiProperty({ type: SubsidyBasisElderDto })
  elder: SubsidyBasisElderDto;

  @ApiProperty({ type: SubsidyBasisUsageDto })
  usage: SubsidyBasisUsageDto;
}
