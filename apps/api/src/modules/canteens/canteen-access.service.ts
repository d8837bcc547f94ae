import { Injectable } from '@nestjs/common';
import { CANTEEN_ADMIN_ROLES, CANTEEN_ROLES, ErrorCode, isWithinScope } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { CanteenEntity } from './canteen.entity.js';
import { CanteensRepository } from './canteens.repository.js';

/**
 * The one place that decides whether a staff member may see or change a canteen and what hangs off it
 * (dishes, menus, kiosk devices): the canteen must lie in their region scope, and canteen managers and
 * staff reach only their own canteen.
 */
@Injectable()
export class CanteenAccessService {
  constructor(private readonly canteens: CanteensRepository) {}

  async getReadable(actor: StaffActor, canteenId: string): Promise<CanteenEntity> {
    const canteen = await this.canteens.findById(canteenId);
    if (!canteen) throw DomainException.notFound(ErrorCode.CANTEEN_NOT_FOUND, 'No such canteen');
    if (!isWithinScope(canteen.regionCode, actor.regionCode)) throw DomainException.outOfScope('This canteen');
    if (CANTEEN_ROLES.includes(actor.role) && actor.canteenId !== canteen.id) {
      throw DomainException.outOfScope('This canteen');
    }
    return canteen;
  }

  /** Readable, and the actor is an official over it or works in it. */
  async getManageable(actor: StaffActor, canteenId: string): Promise<CanteenEntity> {
    const canteen = await this.getReadable(actor, canteenId);
    if (!CANTEEN_ADMIN_ROLES.includes(actor.role) && !CANTEEN_ROLES.includes(actor.role)) {
      throw DomainException.forbidden(ErrorCode.FORBIDDEN, 'Your role may not change canteen records');
    }
    return canteen;
  }
}
