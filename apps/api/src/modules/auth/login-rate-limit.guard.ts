import { type CanActivate, type ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@canteen/shared';
import type { Request } from 'express';
import { DomainException } from '../../common/errors/domain.exception.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { RateLimiterService } from '../rate-limit/rate-limiter.service.js';

/**
 * Rate limit for login, per client address and username, so one client cannot spray passwords and one
 * canteen's shared address does not lock out its colleagues. The lockout after five failures is the
 * second line of defence.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limiter: RateLimiterService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const body = request.body as { username?: unknown } | undefined;
    const username = typeof body?.username === 'string' ? body.username.slice(0, 64) : '';
    const allowed = await this.limiter.hit('login', `${request.ip}|${username}`, this.config.loginRateLimitPerMinute, 60_000);
    if (!allowed) {
      throw new DomainException(ErrorCode.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS, 'Too many login attempts');
    }
    return true;
  }
}
