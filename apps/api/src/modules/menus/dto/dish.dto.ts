import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ALLERGENS, type Allergen, DIET_TAGS, type DietTag } from '@canteen/shared';
import {
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class DishDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  canteenId: string;

  @ApiProperty({ example: '番茄炒蛋' })
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: String, nullable: true })
  photoUrl: string | null;

  @ApiProperty({ description: 'Default price in fen', example: 1200 })
  priceFen: number;

  @ApiProperty({ enum: DIET_TAGS, enumName: 'DietTag', isArray: true })
  dietTags: DietTag[];

  @ApiProperty({ enum: ALLERGENS, enumName: 'Allergen', isArray: true })
  allergens: Allergen[];

  @ApiProperty()
  active: boolean;
}

export class CreateDishDto {
  @ApiProperty({ example: '番茄炒蛋' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  name: string;

  @ApiPropertyOptional({ default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  description?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'An absolute https URL or a path on this server' })
  @IsOptional()
  @Matches(/^(https:\/\/|\/)[^\s]{1,500}$/)
  photoUrl?: string | null;

  @ApiProperty({ minimum: 0, maximum: 100000, example: 1200 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  priceFen: number;

  @ApiPropertyOptional({ enum: DIET_TAGS, enumName: 'DietTag', isArray: true, default: [] })
  @IsOptional()
  @IsIn(DIET_TAGS, { each: true })
  @ArrayUnique()
  dietTags?: DietTag[];

  @ApiPropertyOptional({ enum: ALLERGENS, enumName: 'Allergen', isArray: true, default: [] })
  @IsOptional()
  @IsIn(ALLERGENS, { each: true })
  @ArrayUnique()
  allergens?: Allergen[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateDishDto extends PartialType(CreateDishDto) {}
