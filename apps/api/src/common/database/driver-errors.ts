/** The driver's error code (mysql2 `ER_…`, better-sqlite3 `SQLITE_…`), wherever TypeORM put it. */
function driverCode(error: unknown): string | undefined {
  const failure = error as { driverError?: { code?: string }; code?: string };
  return failure.driverError?.code ?? failure.code;
}

/** A unique key or primary key refused the row (on MySQL/MariaDB and on SQLite). */
export function isUniqueViolation(error: unknown): boolean {
  const code = driverCode(error);
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** The database gave up on the transaction because of a lock conflict: running it again may succeed. */
export function isLockConflict(error: unknown): boolean {
  const code = driverCode(error);
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}
