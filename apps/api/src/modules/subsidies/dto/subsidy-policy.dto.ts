import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FUNDING_SOURCES, type FundingSource, type SubsidyPolicy } from '@canteen/shared';
import { Allow, IsDefined, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IsServiceDate } from '#src/common/validators.js';
import { POLICY_STATUSES, type PolicyStatus } from '../subsidy-policy.entity.js';
import { PolicyDocumentDto } from './policy-document.dto.js';

const DISTRICT_CODE = /^\d{6}$/;
const REGION_CODE = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

export class SubsidyPolicyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '530112', description: 'The district (6-digit county code) whose elders it covers, by 户籍' })
  regionCode: string;

  @ApiProperty({ example: '西山区' })
  regionName: string;

  @ApiProperty({ minimum: 1, description: 'Per district, from 1' })
  version: number;

  @ApiProperty({ enum: POLICY_STATUSES, enumName: 'PolicyStatus' })
  status: PolicyStatus;

  @ApiProperty({ example: '2027-01-01', description: 'First service date it applies to (when ACTIVE)' })
  effectiveFrom: string;

  @ApiProperty({ example: '2027 年助餐补贴（示例）' })
  label: string;

  @ApiProperty({ type: PolicyDocumentDto })
  document: SubsidyPolicy;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Who drafted it (four eyes: not its approver)' })
  createdById: string | null;

  @ApiProperty({ type: String, nullable: true })
  createdByName: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Who submitted it (four eyes: not its approver)' })
  submittedById: string | null;

  @ApiProperty({ type: String, nullable: true })
  submittedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who approved or rejected it' })
  decidedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionNote: string | null;
}

export class ListSubsidyPoliciesQueryDto {
  @ApiPropertyOptional({ example: '530112', description: 'Only districts under this region (within your scope)' })
  @IsOptional()
  @Matches(REGION_CODE)
  regionCode?: string;

  @ApiPropertyOptional({ enum: POLICY_STATUSES, enumName: 'PolicyStatus' })
  @IsOptional()
  @IsIn(POLICY_STATUSES)
  status?: PolicyStatus;
}

export class CreateSubsidyPolicyDto {
  @ApiProperty({ example: '530112', description: 'A district (6-digit county code) within your scope' })
  @Matches(DISTRICT_CODE)
  regionCode: string;

  @ApiProperty({ example: '2027 年助餐补贴（示例）' })
  @IsString()
  @MinLength(2)
  @MaxLength(128)
  label: string;

  @ApiProperty({ example: '2027-01-01' })
  @IsServiceDate()
  effectiveFrom: string;

  @ApiProperty({
    type: PolicyDocumentDto,
    description:
      'Checked against the policy schema of @canteen/shared; problems answer 422 POLICY_INVALID with `document.<path>` fields',
  })
  @IsDefined()
  document: PolicyDocumentDto;
}

/** Every field optional, but none may be null: a label or a date cannot be removed from a draft. */
const ifGiven = ValidateIf((_dto: object, value: unknown) => value !== undefined);

export class UpdateSubsidyPolicyDto {
  @ApiPropertyOptional({ example: '2027 年助餐补贴（示例）' })
  @ifGiven
  @IsString()
  @MinLength(2)
  @MaxLength(128)
  label?: string;

  @ApiPropertyOptional({ example: '2027-01-01' })
  @ifGiven
  @IsServiceDate()
  effectiveFrom?: string;

  @ApiPropertyOptional({
    type: PolicyDocumentDto,
    description: 'The whole document (replaced, not merged); checked as on creation',
  })
  @Allow()
  document?: PolicyDocumentDto;
}

export class ApproveSubsidyPolicyDto {
  @ApiPropertyOptional({ maxLength: 255, example: '经局务会审议通过' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  note?: string;
}

export class RejectSubsidyPolicyDto {
  @ApiProperty({ maxLength: 255, example: '高龄档标准需与财政局再核' })
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  note: string;
}

export class SimulatePolicyDto {
  @ApiPropertyOptional({
    example: '2026-10-01',
    description: 'Default: the first day of the last full calendar month (or of `to`’s month)',
  })
  @IsOptional()
  @IsServiceDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-10-31',
    description: 'Default: the last day of `from`’s month; at most 92 days after `from`',
  })
  @IsOptional()
  @IsServiceDate()
  to?: string;
}

export class SimulationTierTotalDto {
  @ApiProperty({ type: String, nullable: true, description: 'null: no tier applied (or no elder data)' })
  tierCode: string | null;

  @ApiProperty()
  orders: number;

  @ApiProperty()
  subsidyFen: number;
}

export class SimulationSourceTotalDto {
  @ApiProperty({ enum: FUNDING_SOURCES, enumName: 'FundingSource' })
  source: FundingSource;

  @ApiProperty()
  subsidyFen: number;
}

export class SimulationCanteenTotalDto {
  @ApiProperty({ format: 'uuid' })
  canteenId: string;

  @ApiProperty()
  canteenName: string;

  @ApiProperty()
  orders: number;

  @ApiProperty()
  subsidyFen: number;
}

export class SimulationBreakdownDto {
  @ApiProperty()
  totalSubsidyFen: number;

  @ApiProperty({ type: [SimulationTierTotalDto], description: 'By tier code, "no tier" last' })
  byTier: SimulationTierTotalDto[];

  @ApiProperty({ type: [SimulationSourceTotalDto], description: 'Every funding source, in a fixed order' })
  bySource: SimulationSourceTotalDto[];

  @ApiProperty({ type: [SimulationCanteenTotalDto], description: 'By canteen name' })
  byCanteen: SimulationCanteenTotalDto[];
}

export class PolicySimulationDto {
  @ApiProperty({ format: 'uuid' })
  policyId: string;

  @ApiProperty({ example: '530112' })
  regionCode: string;

  @ApiProperty()
  version: number;

  @ApiProperty({ example: '2026-10-01' })
  from: string;

  @ApiProperty({ example: '2026-10-31' })
  to: string;

  @ApiProperty({ description: 'Orders of the district’s elders in the period (cancelled ones left out)' })
  orders: number;

  @ApiProperty({ description: 'Distinct elders among them' })
  elders: number;

  @ApiProperty({ description: 'Orders whose simulated subsidy differs from what was granted' })
  ordersChanged: number;

  @ApiProperty({ type: SimulationBreakdownDto, description: 'What was actually granted' })
  actual: SimulationBreakdownDto;

  @ApiProperty({ type: SimulationBreakdownDto, description: 'What this version would have granted' })
  simulated: SimulationBreakdownDto;
}
