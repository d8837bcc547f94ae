import { ApiProperty } from '@nestjs/swagger';
import { CANTEEN_KINDS, CANTEEN_STATUSES, type CanteenKind, type CanteenStatus } from '@canteen/shared';
import { SlotWindowDto } from './slot-window.dto.js';

export class CanteenDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'XS-JB-001' })
  code: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: CANTEEN_KINDS, enumName: 'CanteenKind' })
  kind: CanteenKind;

  @ApiProperty({ description: 'Community (社区/村) code' })
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  address: string;

  @ApiProperty({ enum: CANTEEN_STATUSES, enumName: 'CanteenStatus' })
  status: CanteenStatus;

  @ApiProperty({ type: String, nullable: true, example: '2025-03-01' })
  openedOn: string | null;

  @ApiProperty()
  seats: number;

  @ApiProperty()
  dailyCapacity: number;

  @ApiProperty({ example: 'Asia/Shanghai' })
  timeZone: string;

  @ApiProperty({ type: [SlotWindowDto] })
  slots: SlotWindowDto[];
}

export class CanteenPageDto {
  @ApiProperty({ type: [CanteenDto] })
  items: CanteenDto[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}
