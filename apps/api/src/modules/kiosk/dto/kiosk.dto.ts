import { ApiProperty } from '@nestjs/swagger';
import { MEAL_SLOTS, type MealSlot } from '@canteen/shared';
import { MenuItemDto } from '../../menus/dto/daily-menu.dto.js';

export class KioskCanteenDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  address: string;

  @ApiProperty({ example: 'Asia/Shanghai' })
  timeZone: string;
}

export class KioskDeviceInfoDto {
  @ApiProperty({ format: 'uuid' })
  deviceId: string;

  @ApiProperty()
  deviceName: string;

  @ApiProperty({ type: KioskCanteenDto })
  canteen: KioskCanteenDto;
}

export class KioskMenuCanteenDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class KioskMenuDto {
  @ApiProperty({ type: KioskMenuCanteenDto })
  canteen: KioskMenuCanteenDto;

  @ApiProperty({ example: '2026-11-23' })
  serviceDate: string;

  @ApiProperty({ enum: MEAL_SLOTS, enumName: 'MealSlot' })
  slot: MealSlot;

  @ApiProperty({ example: '11:00' })
  start: string;

  @ApiProperty({ example: '13:30' })
  end: string;

  @ApiProperty({ description: 'true while the slot is being served; false: it is the next to open' })
  isOpen: boolean;

  @ApiProperty({ type: [MenuItemDto] })
  items: MenuItemDto[];
}
