import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { UserDto } from '../../users/user.mapper.js';

export class LoginDto {
  @ApiProperty({ example: 'xishan' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'Demo@2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'JWT to send as Authorization: Bearer <token>' })
  accessToken: string;

  @ApiProperty({ type: UserDto })
  user: UserDto;
}
