import { jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { DomainException } from '../../common/errors/domain.exception.js';
import { UserEntity } from '../users/user.entity.js';
import type { UsersRepository } from '../users/users.repository.js';
import { AuthService } from './auth.service.js';
import type { PasswordHasher } from './password-hasher.js';

function newUser(overrides: Partial<UserEntity> = {}): UserEntity {
  return Object.assign(new UserEntity(), {
    id: 'u1',
    username: 'xishan',
    displayName: '西山区民政局',
    passwordHash: 'hash',
    role: 'DISTRICT_OFFICIAL',
    regionCode: '530112',
    canteenId: null,
    active: true,
    failedLoginCount: 0,
    lockedUntil: null,
    ...overrides,
  });
}

function setup(user: UserEntity | null, passwordOk: boolean, lockedNow = false) {
  const users = {
    findByUsername: jest.fn(async () => user),
    recordFailedLogin: jest.fn(async () => ({ locked: lockedNow })),
    recordSuccessfulLogin: jest.fn(async () => undefined),
  };
  const hasher = {
    verify: jest.fn(async () => passwordOk),
    verifyAgainstNothing: jest.fn(async () => false as const),
  };
  const sut = new AuthService(
    users as unknown as UsersRepository,
    hasher as unknown as PasswordHasher,
    new JwtService({ secret: 'x'.repeat(32) }),
  );
  return { sut, users, hasher };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainException) return error.code;
    throw error;
  }
  throw new Error('expected a DomainException');
}

describe(AuthService.name, () => {
  it('should issue a token and reset the failure count on success', async () => {
    const { sut, users } = setup(newUser(), true);
    const result = await sut.login({ username: 'xishan', password: 'right' });
    expect(result.user.username).toBe('xishan');
    expect(result.accessToken.split('.')).toHaveLength(3);
    expect(users.recordSuccessfulLogin).toHaveBeenCalledWith('u1');
  });

  it('should spend the same hashing work on an unknown user', async () => {
    const { sut, hasher } = setup(null, false);
    await expect(codeOf(sut.login({ username: 'ghost', password: 'x' }))).resolves.toBe('AUTH_INVALID_CREDENTIALS');
    expect(hasher.verifyAgainstNothing).toHaveBeenCalledTimes(1);
  });

  it('should refuse a locked account without checking the password', async () => {
    const { sut, hasher } = setup(newUser({ lockedUntil: new Date(Date.now() + 60_000) }), true);
    await expect(codeOf(sut.login({ username: 'xishan', password: 'right' }))).resolves.toBe('AUTH_ACCOUNT_LOCKED');
    expect(hasher.verify).not.toHaveBeenCalled();
  });

  it('should report the lock on the failure that causes it', async () => {
    const { sut, users } = setup(newUser(), false, true);
    await expect(codeOf(sut.login({ username: 'xishan', password: 'wrong' }))).resolves.toBe('AUTH_ACCOUNT_LOCKED');
    expect(users.recordFailedLogin).toHaveBeenCalledTimes(1);
  });

  it('should refuse a disabled account only after the password matched', async () => {
    const { sut } = setup(newUser({ active: false }), true);
    await expect(codeOf(sut.login({ username: 'xishan', password: 'right' }))).resolves.toBe('AUTH_ACCOUNT_DISABLED');
  });
});
