import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { toUserDto, type UserDto } from '../users/user.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import type { LoginDto, LoginResponseDto } from './dto/login.dto.js';
import { PasswordHasher } from './password-hasher.js';

export interface AccessTokenPayload {
  sub: string;
}

const invalidCredentials = () =>
  DomainException.unauthenticated(ErrorCode.AUTH_INVALID_CREDENTIALS, 'Wrong username or password');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
  ) {}

  async login(dto: LoginDto, now = new Date()): Promise<LoginResponseDto> {
    const user = await this.users.findByUsername(dto.username);
    if (!user) {
      await this.hasher.verifyAgainstNothing(dto.password);
      throw invalidCredentials();
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new DomainException(ErrorCode.AUTH_ACCOUNT_LOCKED, HttpStatus.LOCKED, 'Account locked after failed logins');
    }
    if (!(await this.hasher.verify(user.passwordHash, dto.password))) {
      const { locked } = await this.users.recordFailedLogin(user.id, now);
      if (locked) {
        this.logger.warn(`account ${user.id} locked after repeated failed logins`);
        throw new DomainException(ErrorCode.AUTH_ACCOUNT_LOCKED, HttpStatus.LOCKED, 'Account locked after failed logins');
      }
      throw invalidCredentials();
    }
    if (!user.active) {
      throw DomainException.forbidden(ErrorCode.AUTH_ACCOUNT_DISABLED, 'Account disabled');
    }
    await this.users.recordSuccessfulLogin(user.id);
    const payload: AccessTokenPayload = { sub: user.id };
    return { accessToken: await this.jwt.signAsync(payload), user: toUserDto(user) };
  }

  async me(actor: StaffActor): Promise<UserDto> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw DomainException.unauthenticated(ErrorCode.AUTH_TOKEN_INVALID, 'User no longer exists');
    return toUserDto(user);
  }
}
