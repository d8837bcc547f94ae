import { ApiProperty } from '@nestjs/swagger';
import { RegionLevel } from '@canteen/shared';
import type { RegionEntity } from './region.entity.js';

export class RegionDto {
  @ApiProperty({ example: '530112' })
  code: string;

  @ApiProperty({ example: '西山区' })
  name: string;

  @ApiProperty({ enum: Object.values(RegionLevel), enumName: 'RegionLevel' })
  level: RegionLevel;

  @ApiProperty({ type: String, nullable: true })
  parentCode: string | null;
}

export function toRegionDto(region: RegionEntity): RegionDto {
  return { code: region.code, name: region.name, level: region.level, parentCode: region.parentCode };
}
