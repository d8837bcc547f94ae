import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Bound parameters per statement: well under SQLite's 32,766 and MySQL's 65,535. */
const MAX_PARAMETERS = 20_000;

/**
 * Multi-row INSERTs of whole rows, in chunks, in the caller's transaction. Every value goes through the
 * driver's own `preparePersistentValue` (dates, booleans, simple-json), so a row is stored exactly as
 * `manager.insert` would store it — without TypeORM building and post-processing an entity per row or
 * reading defaults back: the demo history writes thousands of rows a second with it, and the order path
 * saves a round trip and most of the CPU per table. Every column must be given (no defaults filled in).
 */
export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const table = driver.escape(metadata.tableName);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      for (const column of columns) {
        const value: unknown = (row as Record<string, unknown>)[column.propertyName];
        if (value === undefined) throw new Error(`bulkInsert ${metadata.tableName}: no value for ${column.propertyName}`);
        parameters.push(driver.preparePersistentValue(value, column));
      }
    }
    await manager.query(`INSERT INTO ${table} (${names}) VALUES ${chunk.map(() => tuple).join(', ')}`, parameters);
  }
}
