import { isWithinScope } from '@canteen/shared';
import { DomainException } from '../errors/domain.exception.js';
import type { StaffActor } from './actor.js';

/** Throws OUT_OF_SCOPE unless the region lies within the actor's scope. */
export function assertRegionInScope(actor: StaffActor, regionCode: string, what: string): void {
  if (!isWithinScope(regionCode, actor.regionCode)) throw DomainException.outOfScope(what);
}

/** The LIKE pattern that limits a region_code column to the actor's scope. */
export function regionScopePattern(actor: StaffActor): string {
  return `${actor.regionCode}%`;
}
