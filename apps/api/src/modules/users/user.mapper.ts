import { ApiProperty } from '@nestjs/swagger';
import { ALL_ROLES, type Role } from '@canteen/shared';
import type { UserEntity } from './user.entity.js';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: ALL_ROLES, enumName: 'Role' })
  role: Role;

  @ApiProperty({ description: 'Region scope of the user (a region code)' })
  regionCode: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  canteenId: string | null;
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionCode: user.regionCode,
    canteenId: user.canteenId,
  };
}
