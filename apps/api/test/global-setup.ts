import mysql from 'mysql2/promise';

/**
 * On MySQL, recreates the suite's database once per run so no run depends on an earlier one's rows.
 * A selected database that cannot be reached fails the run; it is never skipped or swapped for SQLite.
 */
// Jest loads this file outside its module mapper, so it reads DATABASE_URL itself (no relative imports).
export default async function globalSetup(): Promise<void> {
  const url = process.env.DATABASE_URL?.startsWith('mysql://') ? process.env.DATABASE_URL : undefined;
  process.stdout.write(`\nIntegration suite database: ${url ? `MySQL ${new URL(url).host}` : 'SQLite'}\n`);
  if (!url) {
    if (process.env.REQUIRE_MYSQL === '1') {
      throw new Error('REQUIRE_MYSQL=1 but DATABASE_URL is not a mysql:// URL');
    }
    return;
  }
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`Unsafe test database name: ${database}`);
  parsed.pathname = '/';
  let connection: mysql.Connection;
  try {
    connection = await mysql.createConnection({ uri: parsed.toString(), connectTimeout: 5000 });
  } catch (error) {
    throw new Error(`MySQL at ${parsed.host} is unreachable: ${(error as Error).message}`, { cause: error });
  }
  await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
}
