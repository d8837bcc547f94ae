import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UserEntity } from './user.entity.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username });
  }

  save(user: UserEntity): Promise<UserEntity> {
    return this.users.save(user);
  }

  /**
   * Counts one failed login atomically; the failure that reaches the limit locks the account and resets
   * the count. Safe with several API processes: the increment happens in the database.
   */
  async recordFailedLogin(id: string, now: Date): Promise<{ locked: boolean }> {
    await this.users
      .createQueryBuilder()
      .update()
      .set({ failedLoginCount: () => 'failed_login_count + 1' })
      .where('id = :id', { id })
      .execute();
    const result = await this.users
      .createQueryBuilder()
      .update()
      .set({ failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) })
      .where('id = :id AND failed_login_count >= :max', { id, max: MAX_FAILED_LOGINS })
      .execute();
    return { locked: (result.affected ?? 0) > 0 };
  }

  async recordSuccessfulLogin(id: string): Promise<void> {
    await this.users.update({ id }, { failedLoginCount: 0, lockedUntil: null });
  }
}
