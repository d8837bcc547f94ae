import type { DataSource, EntityManager } from 'typeorm';

/** Errors after which the whole transaction may simply be run again. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}

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
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
