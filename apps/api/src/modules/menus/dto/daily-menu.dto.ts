import { ApiProperty } from '@nestjs/swagger';
import {
  ALLERGENS,
  type Allergen,
  DIET_TAGS,
  type DietTag,
  MEAL_SLOTS,
  type MealSlot,
} from '@canteen/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsServiceDate } from '#src/common/validators.js';

export class MenuItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  dishId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: String, nullable: true })
  photoUrl: string | null;

  @ApiProperty({ description: 'Price on this menu, in fen' })
  priceFen: number;

  @ApiProperty({ description: 'Portions prepared' })
  portions: number;

  @ApiProperty({ description: 'Portions not yet ordered' })
  portionsLeft: number;

  @ApiProperty()
  soldOut: boolean;

  @ApiProperty({ enum: DIET_TAGS, enumName: 'DietTag', isArray: true })
  dietTags: DietTag[];

  @ApiProperty({ enum: ALLERGENS, enumName: 'Allergen', isArray: true })
  allergens: Allergen[];
}

export class DailyMenuDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  canteenId: string;

  @ApiProperty({ example: '2026-11-23' })
  serviceDate: string;

  @ApiProperty({ enum: MEAL_SLOTS, enumName: 'MealSlot' })
  slot: MealSlot;

  @ApiProperty({ type: [MenuItemDto] })
  items: MenuItemDto[];
}

export class MenuItemInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  dishId: string;

  @ApiProperty({ minimum: 0, maximum: 100000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  priceFen: number;

  @ApiProperty({ minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10_000)
  portions: number;
}

export class PutDailyMenuDto {
  @ApiProperty({ type: [MenuItemInputDto] })
  @IsArray()
  @ArrayMaxSize(60)
  @ArrayUnique((item: MenuItemInputDto) => item.dishId)
  @ValidateNested({ each: true })
  @Type(() => MenuItemInputDto)
  items: MenuItemInputDto[];
}

/** Path parameters of one day-slot menu; canteenId is listed so the whitelist accepts it. */
export class DailyMenuPathDto {
  @IsUUID()
  canteenId: string;

  @IsServiceDate()
  serviceDate: string;

  @IsIn(MEAL_SLOTS)
  slot: MealSlot;
}

export class DailyMenuRangeQueryDto {
  @ApiProperty({ example: '2026-11-23' })
  @IsServiceDate()
  from: string;

  @ApiProperty({ example: '2026-11-29' })
  @IsServiceDate()
  to: string;
}

export class CopyDailyMenusDto {
  @ApiProperty({ example: '2026-11-23' })
  @IsServiceDate()
  fromDate: string;

  @ApiProperty({ example: ['2026-11-24', '2026-11-25'] })
  @IsArray()
  @ArrayMaxSize(31)
  @ArrayUnique()
  @IsServiceDate({ each: true })
  toDates: string[];
}

export class CopyDailyMenusResultDto {
  @ApiProperty({ description: 'How many day-slot menus were written' })
  copied: number;
}
