import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class KioskDeviceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  canteenId: string;

  @ApiProperty({ example: '大厅1号机' })
  name: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastSeenAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;
}

export class RegisteredKioskDeviceDto extends KioskDeviceDto {
  @ApiProperty({ description: 'The device token. Shown only in this response; only its hash is kept.' })
  token: string;
}

export class RegisterKioskDeviceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  canteenId: string;

  @ApiProperty({ example: '大厅1号机' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  name: string;
}

export class ListKioskDevicesQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  canteenId?: string;
}
