import type { DataSource, EntityManager } from 'typeorm';

/**
 * SQLite has one connection per process, and TypeORM turns a second `transaction()` that starts while
 * another is open into a SAVEPOINT inside it: two requests' transactions would interleave and one's
 * rollback could undo the other's work. On SQLite every transaction through the data source therefore
 * waits for the previous one to finish (a process-local queue: the embedded database serves one process).
 * MySQL keeps one connection per transaction from its pool and needs none of this.
 */
export function serializeSqliteTransactions(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = tail.then(() => transaction(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as EntityManager['transaction'];
  return dataSource;
}
