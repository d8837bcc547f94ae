import type { DataSource, EntityManager } from 'typeorm';
import { isLockConflict } from './driver-errors.js';

/**
 * Runs `work` in a transaction, again (up to `attempts` times, with a short random pause) when the
 * database chose it as a deadlock victim. Correctness never depends on this: the guarded updates inside
 * hold on their own; this only turns a rare lock conflict into a success instead of an error.
 */
export async function transactionWithRetry<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= attempts || !isLockConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
