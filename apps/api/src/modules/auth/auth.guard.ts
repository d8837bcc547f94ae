import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode, isReadOnlyRole, type Role } from '@canteen/shared';
import type { Request } from 'express';
import type { AuthenticatedRequest, StaffActor } from '../../common/auth/actor.js';
import { DEVICE_KEY, DEVICE_OR_STAFF_KEY, PUBLIC_KEY, ROLES_KEY } from '../../common/auth/auth.decorators.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { KioskDevicesService } from '../kiosk-devices/kiosk-devices.service.js';
import { UsersRepository } from '../users/users.repository.js';
import type { AccessTokenPayload } from './auth.service.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place that decides who is calling: a kiosk device token on device endpoints, a staff bearer
 * token everywhere else. It also enforces the role list of an endpoint and that read-only roles
 * (auditors) never write. Region scope is then applied by the services through the actor it sets.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
    private readonly devices: KioskDevicesService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();

    const deviceToken = request.header('x-device-token');
    const deviceOrStaff = this.reflector.getAllAndOverride<boolean>(DEVICE_OR_STAFF_KEY, targets);
    if (this.reflector.getAllAndOverride<boolean>(DEVICE_KEY, targets) || (deviceOrStaff && deviceToken)) {
      request.actor = await this.devices.authenticate(request.header('x-device-token'));
      return true;
    }

    const actor = await this.authenticateStaff(request.header('authorization'));
    if (!READ_METHODS.has(request.method) && isReadOnlyRole(actor.role)) {
      throw DomainException.forbidden(ErrorCode.AUTH_READ_ONLY_ROLE, 'Your role may read but not change records');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role)) {
      throw DomainException.forbidden(ErrorCode.FORBIDDEN, 'Your role may not do this');
    }
    request.actor = actor;
    return true;
  }

  private async authenticateStaff(authorization: string | undefined): Promise<StaffActor> {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw DomainException.unauthenticated(ErrorCode.UNAUTHENTICATED, 'Log in first');
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
    } catch {
      throw DomainException.unauthenticated(ErrorCode.AUTH_TOKEN_INVALID, 'Session expired or invalid');
    }
    const user = await this.users.findById(payload.sub);
    if (!user || !user.active) {
      throw DomainException.unauthenticated(ErrorCode.AUTH_TOKEN_INVALID, 'Session no longer valid');
    }
    return {
      kind: 'staff',
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      regionCode: user.regionCode,
      canteenId: user.canteenId,
    };
  }
}
