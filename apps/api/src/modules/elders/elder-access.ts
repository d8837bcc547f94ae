import { ErrorCode, isWithinScope } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { ElderEntity } from './elder.entity.js';

/** Found, and visible to the actor: its 常住 community or its 户籍 region lies in their scope. */
export function assertElderReadable(actor: StaffActor, elder: ElderEntity | null): asserts elder is ElderEntity {
  if (!elder) throw DomainException.notFound(ErrorCode.ELDER_NOT_FOUND, 'No such elder');
  if (!isWithinScope(elder.residentRegionCode, actor.regionCode) && !isWithinScope(elder.registeredRegionCode, actor.regionCode)) {
    throw DomainException.outOfScope('This elder');
  }
}

/** Changes are made where the elder lives: the 常住 community must be in scope. */
export function assertElderWritable(actor: StaffActor, elder: ElderEntity | null): asserts elder is ElderEntity {
  assertElderReadable(actor, elder);
  if (!isWithinScope(elder.residentRegionCode, actor.regionCode)) throw DomainException.outOfScope('This elder');
}
