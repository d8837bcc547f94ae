import type { DataSource, EntityManager } from 'typeorm';
import { isLockConflict } from './driver-errors.js';

/**
 * Thrown inside a transaction when a guarded statement found that data it had read moved meanwhile: the
 * transaction is rolled back and `transactionWithRetry` runs it again on fresh data.
 */
export class StaleReadError extends Error {}

/**
 * Runs `work` in a transaction, again (up to `attempts` times, with a short random pause) when the
 * database chose it as a deadlock victim or it threw a StaleReadError. Correctness never depends on this:
 * the guarded updates inside hold on their own; this only turns a rare conflict into a success instead of
 * an error.
 */
export async function transactionWithRetry<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  attempts = 5,
): Promise<T> {
  // MySQL: READ COMMITTED, so the guarded statements take no gap locks (INSERT IGNORE under REPEATABLE READ
  // would) and plain reads see what was committed; every limit is one atomic statement anyway.
  const run = () =>
    dataSource.options.type === 'mysql' ? dataSource.transaction('READ COMMITTED', work) : dataSource.transaction(work);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !(isLockConflict(error) || error instanceof StaleReadError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
