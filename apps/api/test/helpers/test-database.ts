/**
 * Which database the integration suite runs on: SQLite by default (a fresh file per test app), MySQL or
 * MariaDB when DATABASE_URL is a mysql:// URL (one database, recreated once per run by global-setup).
 */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url && url.startsWith('mysql://') ? url : undefined;
}


/**
 * On MySQL, a database of the suite's own (`<test database>_<suffix>`, dropped and created afresh) for a spec
 * that must see only its own rows, such as the demo seed's whole-database checks; undefined on SQLite,
 * where every test app has a fresh file anyway.
 */
export async function isolatedTestDatabaseUrl(suffix: string): Promise<string | undefined> {
  const shared = testDatabaseUrl();
  if (!shared) return undefined;
  const url = new URL(shared);
  const database = `${decodeURIComponent(url.pathname.replace(/^\//, ''))}_${suffix}`;
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`Unsafe test database name: ${database}`);
  const { default: mysql } = await import('mysql2/promise');
  const server = new URL(shared);
  server.pathname = '/';
  const connection = await mysql.createConnection({ uri: server.toString() });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  url.pathname = `/${database}`;
  return url.toString();
}
