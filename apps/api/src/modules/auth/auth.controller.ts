import { Body, Controller, Get, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff, Public } from '../../common/auth/auth.decorators.js';
import { UserDto } from '../users/user.mapper.js';
import { AuthService } from './auth.service.js';
import { LoginDto, LoginResponseDto } from './dto/login.dto.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly service: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(LoginRateLimitGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Log in a staff member or volunteer', operationId: 'login' })
  @ApiOkResponse({ type: LoginResponseDto })
  login(@Body() dto: LoginDto): Promise<LoginResponseDto> {
    return this.service.login(dto);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in user', operationId: 'getMe' })
  @ApiOkResponse({ type: UserDto })
  me(@CurrentStaff() actor: StaffActor): Promise<UserDto> {
    return this.service.me(actor);
  }
}
