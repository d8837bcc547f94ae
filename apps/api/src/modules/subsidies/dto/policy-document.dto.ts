import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  ASSESSMENT_GRADES,
  type AssessmentGrade,
  ELDER_CATEGORIES,
  type ElderCategory,
  FUNDING_SOURCES,
  type FundingSource,
  MEAL_SLOTS,
  type MealSlot,
  ORDER_CHANNELS,
  type OrderChannel,
} from '@canteen/shared';

/*
 * The policy document's shape for the OpenAPI document and the generated client only. The API validates
 * a document with `parseSubsidyPolicy` (the strict zod schema in @canteen/shared), not with these classes,
 * so the rules live in one place and the kiosk's offline preview applies the very same ones.
 */

export class PolicyTierConditionDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 150, description: 'Age on the service date, at least' })
  minAge?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 150, description: 'Age on the service date, at most' })
  maxAge?: number;

  @ApiPropertyOptional({ enum: ELDER_CATEGORIES, enumName: 'ElderCategory', isArray: true })
  categoriesAny?: ElderCategory[];

  @ApiPropertyOptional({ enum: ASSESSMENT_GRADES, enumName: 'AssessmentGrade', isArray: true })
  gradesAny?: AssessmentGrade[];
}

export class PolicyBenefitFreeDto {
  @ApiProperty({ enum: ['FREE'], description: 'The meal is free (minimum self-pay does not apply)' })
  type: 'FREE';
}

export class PolicyBenefitFixedDto {
  @ApiProperty({ enum: ['FIXED'], description: 'A fixed amount off the meal' })
  type: 'FIXED';

  @ApiProperty({ minimum: 0, maximum: 10_000_000, example: 300 })
  fen: number;
}

export class PolicyBenefitPercentDto {
  @ApiProperty({ enum: ['PERCENT'], description: 'A share of the meal price, rounded down to the fen' })
  type: 'PERCENT';

  @ApiProperty({ minimum: 1, maximum: 100, example: 50 })
  percent: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10_000_000, description: 'At most this much per meal' })
  maxFen?: number;
}

export const POLICY_BENEFIT_MODELS = [PolicyBenefitFreeDto, PolicyBenefitFixedDto, PolicyBenefitPercentDto];

export class PolicyTierDto {
  @ApiProperty({ pattern: '^[A-Z][A-Z0-9_]{0,31}$', example: 'AGE_80' })
  code: string;

  @ApiPropertyOptional({ maxLength: 64, example: '80 周岁以上' })
  label?: string;

  @ApiProperty({
    type: PolicyTierConditionDto,
    description:
      'Every condition given must hold: age on the service date within minAge–maxAge, one of categoriesAny approved ' +
      'and in force, the assessment grade among gradesAny',
  })
  when: PolicyTierConditionDto;

  @ApiProperty({
    oneOf: POLICY_BENEFIT_MODELS.map((model) => ({ $ref: getSchemaPath(model) })),
    discriminator: {
      propertyName: 'type',
      mapping: {
        FREE: getSchemaPath(PolicyBenefitFreeDto),
        FIXED: getSchemaPath(PolicyBenefitFixedDto),
        PERCENT: getSchemaPath(PolicyBenefitPercentDto),
      },
    },
  })
  benefit: PolicyBenefitFreeDto | PolicyBenefitFixedDto | PolicyBenefitPercentDto;
}

export class PolicyLimitsDto {
  @ApiProperty({ minimum: 0, maximum: 10, description: 'Subsidised meals per elder per day' })
  mealsPerDay: number;

  @ApiProperty({ minimum: 0, maximum: 10, description: 'Subsidised meals per elder per slot' })
  mealsPerSlot: number;

  @ApiProperty({ minimum: 0, maximum: 10_000_000, description: 'Subsidy per elder per calendar month' })
  monthlyCapFen: number;
}

export class PolicyFundingShareDto {
  @ApiProperty({ enum: FUNDING_SOURCES, enumName: 'FundingSource' })
  source: FundingSource;

  @ApiProperty({ minimum: 0, maximum: 10_000, description: 'Basis points; the shares sum to 10000' })
  bp: number;
}

export class PolicyDocumentDto {
  @ApiProperty({
    type: [PolicyTierDto],
    minItems: 1,
    maxItems: 20,
    description: 'The tier giving the largest subsidy wins; on a tie the first listed',
  })
  tiers: PolicyTierDto[];

  @ApiProperty({ type: PolicyLimitsDto })
  limits: PolicyLimitsDto;

  @ApiProperty({ enum: MEAL_SLOTS, enumName: 'MealSlot', isArray: true })
  slots: MealSlot[];

  // No description on enum properties: it would land on the shared enum schema.
  @ApiProperty({ enum: ORDER_CHANNELS, enumName: 'OrderChannel', isArray: true })
  channels: OrderChannel[];

  @ApiProperty({ minimum: 0, maximum: 10_000_000, description: 'The elder pays at least this much (not for FREE tiers)' })
  minSelfPayFen: number;

  @ApiProperty({ minimum: 0, maximum: 10_000_000, description: 'Off the delivery fee, for subsidised delivery orders' })
  deliverySubsidyFen: number;

  @ApiProperty({ type: [PolicyFundingShareDto], description: 'How each fen of subsidy is split between funding sources' })
  funding: PolicyFundingShareDto[];
}
