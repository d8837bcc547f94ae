import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  CANTEEN_KINDS,
  CANTEEN_STATUSES,
  type CanteenKind,
  type CanteenStatus,
} from '@canteen/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsServiceDate } from '#src/common/validators.js';
import { PageQueryDto } from '#src/common/pagination.js';
import { SlotWindowDto } from './slot-window.dto.js';

export class CreateCanteenDto {
  @ApiProperty({ example: 'XS-JB-001' })
  @Matches(/^[A-Z0-9-]{2,32}$/)
  code: string;

  @ApiProperty()
  @IsString()
  @MinLength(2)
  @MaxLength(128)
  name: string;

  @ApiProperty({ enum: CANTEEN_KINDS, enumName: 'CanteenKind' })
  @IsIn(CANTEEN_KINDS)
  kind: CanteenKind;

  @ApiProperty({ description: 'Community (社区/村) code, 12 digits' })
  @Matches(/^\d{12}$/)
  regionCode: string;

  @ApiProperty()
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  address: string;

  @ApiProperty({ enum: CANTEEN_STATUSES, enumName: 'CanteenStatus' })
  @IsIn(CANTEEN_STATUSES)
  status: CanteenStatus;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-03-01' })
  @IsOptional()
  @IsServiceDate()
  openedOn?: string | null;

  @ApiProperty({ minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  seats: number;

  @ApiProperty({ minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  dailyCapacity: number;

  @ApiPropertyOptional({ example: 'Asia/Shanghai', default: 'Asia/Shanghai' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiProperty({ type: [SlotWindowDto] })
  @ValidateNested({ each: true })
  @Type(() => SlotWindowDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  slots: SlotWindowDto[];
}

export class UpdateCanteenDto extends PartialType(CreateCanteenDto) {}

export class ListCanteensQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Limit to this region and below (within your scope)' })
  @IsOptional()
  @Matches(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/)
  regionCode?: string;

  @ApiPropertyOptional({ enum: CANTEEN_STATUSES, enumName: 'CanteenStatus' })
  @IsOptional()
  @IsIn(CANTEEN_STATUSES)
  status?: CanteenStatus;

  @ApiPropertyOptional({ description: 'Matches name, code or address' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  q?: string;
}
