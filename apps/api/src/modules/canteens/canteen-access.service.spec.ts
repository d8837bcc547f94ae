import { jest } from '@jest/globals';
import type { Role } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { CanteenAccessService } from './canteen-access.service.js';
import { CanteenEntity } from './canteen.entity.js';
import type { CanteensRepository } from './canteens.repository.js';

const canteen = Object.assign(new CanteenEntity(), { id: 'c1', regionCode: '530112001001' });

function actor(role: Role, regionCode: string, canteenId: string | null = null): StaffActor {
  return { kind: 'staff', userId: 'u', username: 'u', displayName: 'U', role, regionCode, canteenId };
}

function setup() {
  const canteens = { findById: jest.fn(async (id: string) => (id === 'c1' ? canteen : null)) };
  return new CanteenAccessService(canteens as unknown as CanteensRepository);
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    if (error instanceof DomainException) return error.code;
    throw error;
  }
}

describe(CanteenAccessService.name, () => {
  it.each<[string, StaffActor, string, string]>([
    ['district official in scope', actor('DISTRICT_OFFICIAL', '530112'), 'allowed', 'allowed'],
    ['official of another district', actor('DISTRICT_OFFICIAL', '530114'), 'OUT_OF_SCOPE', 'OUT_OF_SCOPE'],
    ['its own manager', actor('CANTEEN_MANAGER', '530112001001', 'c1'), 'allowed', 'allowed'],
    ['manager of another canteen in the same community', actor('CANTEEN_MANAGER', '530112001001', 'c2'), 'OUT_OF_SCOPE', 'OUT_OF_SCOPE'],
    ['market regulator over the city', actor('MARKET_REGULATOR', '5301'), 'allowed', 'FORBIDDEN'],
    ['volunteer in the community', actor('VOLUNTEER', '530112001001'), 'allowed', 'FORBIDDEN'],
  ])('should answer %s: read %s, manage %s', async (_label, who, read, manage) => {
    const sut = setup();
    await expect(outcome(sut.getReadable(who, 'c1'))).resolves.toBe(read);
    await expect(outcome(sut.getManageable(who, 'c1'))).resolves.toBe(manage);
  });

  it('should say CANTEEN_NOT_FOUND for an unknown canteen', async () => {
    await expect(outcome(setup().getReadable(actor('SYSTEM_ADMIN', '53'), 'nope'))).resolves.toBe('CANTEEN_NOT_FOUND');
  });
});
