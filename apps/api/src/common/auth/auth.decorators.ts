import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@canteen/shared';
import type { Actor, AuthenticatedRequest, DeviceActor, StaffActor } from './actor.js';

export const PUBLIC_KEY = 'auth:public';
export const DEVICE_KEY = 'auth:device';
export const ROLES_KEY = 'auth:roles';
export const DEVICE_OR_STAFF_KEY = 'auth:device-or-staff';

/** No authentication at all (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Authenticated by a kiosk device token (X-Device-Token) instead of a staff bearer token. */
export const DeviceAuth = () => SetMetadata(DEVICE_KEY, true);

/** A kiosk (X-Device-Token) or a staff member (bearer token) may call it; the header present decides. */
export const DeviceOrStaffAuth = () => SetMetadata(DEVICE_OR_STAFF_KEY, true);

/** Only these staff roles may call the endpoint (read-only roles are refused writes anyway). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on an endpoint without authentication');
  return actor;
});

export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffActor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (actor?.kind !== 'staff') throw new Error('CurrentStaff used on an endpoint without staff authentication');
  return actor;
});

export const CurrentDevice = createParamDecorator((_data: unknown, context: ExecutionContext): DeviceActor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (actor?.kind !== 'device') throw new Error('CurrentDevice used on an endpoint without device authentication');
  return actor;
});
