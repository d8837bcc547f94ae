import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FUNDING_SOURCES, type FundingSource } from '@canteen/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export const BUDGET_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const REGION_CODE = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;
/** The columns are 32-bit integers on MySQL: 2,000,000,000 fen (20 million yuan) a line a month. */
export const MAX_BUDGET_FEN = 2_000_000_000;

export const BUDGET_ALERTS = ['OK', 'WARN_80', 'OVER_100'] as const;
export type BudgetAlert = (typeof BUDGET_ALERTS)[number];

export class SubsidyBudgetDto {
  @ApiProperty({ example: '530112' })
  regionCode: string;

  @ApiProperty({ example: '2026-11', description: 'YYYY-MM (service month)' })
  month: string;

  @ApiProperty({ enum: FUNDING_SOURCES, enumName: 'FundingSource' })
  source: FundingSource;

  @ApiProperty()
  budgetFen: number;

  @ApiProperty({ description: 'Charged by orders of the month (net of cancellations)' })
  spentFen: number;

  @ApiProperty({
    example: 81.5,
    description:
      'spent / budget in percent, rounded down to one decimal (100 for a zero budget); ' +
      '`alert` is WARN_80 from 80, OVER_100 from 100',
  })
  percentUsed: number;

  @ApiProperty({ enum: BUDGET_ALERTS, enumName: 'BudgetAlert' })
  alert: BudgetAlert;

  @ApiProperty({ description: 'When set, an order whose subsidy would overspend the line gets no subsidy' })
  hardStop: boolean;
}

export class ListSubsidyBudgetsQueryDto {
  @ApiPropertyOptional({ example: '530112', description: 'Only districts under this region (within your scope)' })
  @IsOptional()
  @Matches(REGION_CODE)
  regionCode?: string;

  @ApiPropertyOptional({ example: '2026-11', description: 'Default: the current month (Asia/Shanghai)' })
  @IsOptional()
  @Matches(BUDGET_MONTH_PATTERN)
  month?: string;
}

export class SubsidyBudgetPathDto {
  @ApiProperty({ example: '530112' })
  @Matches(/^\d{6}$/)
  regionCode: string;

  @ApiProperty({ example: '2026-11' })
  @Matches(BUDGET_MONTH_PATTERN)
  month: string;
}

export class SubsidyBudgetLineInputDto {
  @ApiProperty({ enum: FUNDING_SOURCES, enumName: 'FundingSource' })
  @IsIn(FUNDING_SOURCES)
  source: FundingSource;

  @ApiProperty({ minimum: 0, maximum: MAX_BUDGET_FEN })
  @IsInt()
  @Min(0)
  @Max(MAX_BUDGET_FEN)
  budgetFen: number;
}

export class PutSubsidyBudgetsDto {
  @ApiProperty({
    type: [SubsidyBudgetLineInputDto],
    description: 'One line per funding source (each at most once); sources left out keep their line',
  })
  @ValidateNested({ each: true })
  @Type(() => SubsidyBudgetLineInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(FUNDING_SOURCES.length)
  @ArrayUnique((line: SubsidyBudgetLineInputDto | null) => line?.source)
  lines: SubsidyBudgetLineInputDto[];

  @ApiProperty({ description: 'Applies to every line of the month' })
  @IsBoolean()
  hardStop: boolean;
}
